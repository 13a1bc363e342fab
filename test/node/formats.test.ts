/**
 * Text extraction of HTML, PDF and Word sources (node/formats, node/extractor): the map from the
 * extracted text back to the file, metadata, the views of PDF and Word text, and the bounds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { convertedDocument, documentSentences } from '../../server/src/core';
import { extractSource } from '../../server/src/node/formats';
import { SourceExtractor } from '../../server/src/node/extractor';
import { ARTICLE_HTML, MINUTES_PARAGRAPHS, REPORT_PAGES, writeDocx, writePdf } from '../formats/fixtures';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Every character of the text, through the map, is that character in the file (an entity: its "&"). */
function assertMapExact(text: string, map: readonly number[], file: string): void {
  const lines = file.split('\n');
  for (let j = 0; j < map.length; j += 3) {
    const from = map[j]!;
    const to = j + 3 < map.length ? map[j + 3]! : text.length;
    const line = lines[map[j + 1]!]!;
    for (let k = from; k < to; k++) {
      const ch = text[k]!;
      if (ch === '\n') continue; // between blocks
      const at = line[map[j + 2]! + k - from];
      if (ch === ' ') assert.match(at ?? '\n', /\s|</, `a space at ${k} maps to white space or a tag`);
      else if (at === '&') continue; // an entity's character points at the entity
      else assert.equal(at, ch, `character ${k} (${JSON.stringify(text.slice(Math.max(0, k - 10), k + 10))})`);
    }
  }
}

void test('a web page: the article only, every character mapped to its place in the file', async () => {
  const x = await extractSource(bytes(ARTICLE_HTML), 'html', 'bridge.html');
  assert.match(x.text, /About 12,000 vehicles cross the bridge every day, according to the city & county transport office/);
  for (const furniture of ['Subscribe', 'Advertisement', 'Rimz', '0800', 'document.write', '555', 'color: red', 'Home']) assert.ok(!x.text.includes(furniture), furniture);
  assertMapExact(x.text, x.origin.map, ARTICLE_HTML);
  assert.equal(x.title, 'Old bridge reopens after eight months of repairs');
  assert.equal(x.publisher, 'The Daily Courier');
  assert.equal(x.author, 'Ana Ruiz');
  assert.equal(x.date, '2024-05-14T09:00:00Z');
  // Links stay words: no markup, no target.
  assert.ok(x.text.includes('rebuilt the parapets along both sides'));
  assert.ok(!x.text.includes('javascript'));
});

void test("a page's date: article:published_time, else JSON-LD's datePublished, else a <time>", async () => {
  const body = '<article><h1>Vote count</h1><p>' + 'The election office counted 48,112 ballots by midnight, with turnout well above the last vote. '.repeat(4) + '</p></article>';
  const page = (head: string, extra = ''): string => `<html><head>${head}</head><body>${extra}${body}</body></html>`;
  const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2021-06-02","headline":"Votes counted","publisher":{"name":"Wire"}}]}</script>';
  const a = await extractSource(bytes(page(`<meta property="article:published_time" content="2021-06-03">${ld}`)), 'html', 'a.html');
  assert.equal(a.date, '2021-06-03');
  const b = await extractSource(bytes(page(ld)), 'html', 'b.html');
  assert.equal(b.date, '2021-06-02');
  assert.equal(b.title, 'Votes counted');
  assert.equal(b.publisher, 'Wire');
  const c = await extractSource(bytes(page('<title>Votes</title>', '<time datetime="2021-06-04T10:00">Friday</time>')), 'html', 'c.html');
  assert.equal(c.date, '2021-06-04T10:00');
  const broken = await extractSource(bytes(page('<script type="application/ld+json">{not json</script>')), 'html', 'd.html');
  assert.equal(broken.date, undefined);
  assert.match(broken.text, /48,112 ballots/);
});

void test('minified HTML on one line, and a page Readability finds no article in, still map exactly', async () => {
  const minified = '<html><body><nav>Menu 1 2 3</nav><div><p>The mill employed 310 people.</p><p>It closed in 1998 &ndash; after 80 years.</p></div><footer>Footer 42</footer></body></html>';
  const x = await extractSource(bytes(minified), 'html', 'm.html');
  assert.ok(x.text.includes('The mill employed 310 people.'));
  assert.ok(x.text.includes('It closed in 1998 – after 80 years.'));
  assert.ok(!x.text.includes('Footer 42') && !x.text.includes('Menu'));
  assertMapExact(x.text, x.origin.map, minified);
  const doc = convertedDocument({ path: 'm.html' }, x, 'html', []);
  assert.ok(doc);
  const s = documentSentences(doc).find((d) => d.text.includes('1998'))!;
  assert.equal(s.line, 0);
  assert.equal(minified.slice(s.character, s.character + 9), 'It closed');
});

void test('a PDF: text per page, each sentence in its page, placed in the view the editor shows', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pdf-'));
  try {
    const file = await writePdf(path.join(dir, 'r.pdf'), REPORT_PAGES, { title: 'Annual Report', author: 'Harbour Authority', created: new Date('2023-03-01T12:00:00Z') });
    const x = await extractSource(fs.readFileSync(file), 'pdf', 'r.pdf');
    assert.equal(x.title, 'Annual Report');
    assert.equal(x.author, 'Harbour Authority');
    assert.equal(x.date, '2023-03-01');
    const view = x.view!.split('\n');
    assert.match(view[0]!, /^r\.pdf: the text of a PDF of 3 pages/);
    const doc = convertedDocument({ path: file }, x, 'pdf', [])!;
    const sentences = documentSentences(doc);
    const ships = sentences.find((s) => s.text.includes('4,210'))!;
    assert.equal(ships.part, 2);
    assert.equal(view[ships.line]!.slice(ships.character, ships.character + 7), 'In 2022');
    // The page's heading is just above its text.
    assert.ok(view.slice(0, ships.line).reverse().find((l) => l.startsWith('──')) === '── Page 2 ──');
    assert.equal(sentences.find((s) => s.text.includes('1,350'))!.part, 3);
    assert.ok(!x.text.includes('Page 2'), 'the headings are not indexed');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

void test('a Word document: paragraphs numbered as citations name them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-docx-'));
  try {
    const file = await writeDocx(path.join(dir, 'm.docx'), MINUTES_PARAGRAPHS);
    const x = await extractSource(fs.readFileSync(file), 'docx', 'm.docx');
    const doc = convertedDocument({ path: file }, x, 'docx', [])!;
    assert.equal(doc.title, MINUTES_PARAGRAPHS[0]);
    const s = documentSentences(doc).find((d) => d.text.includes('3.2 million'))!;
    assert.equal(s.part, 3);
    const view = x.view!.split('\n');
    assert.equal(view[s.line]!.slice(0, 4), '[3] ');
    assert.equal(view[s.line]!.slice(s.character), MINUTES_PARAGRAPHS[2]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

void test('the extractor runs on a worker: past its time limit a file is skipped with a message, and the worker is replaced', async () => {
  const slow = new SourceExtractor({ timeoutMs: 1 });
  try {
    // Starting a worker and loading the readers takes far longer than a millisecond.
    await assert.rejects(slow.extract('a.html', bytes(ARTICLE_HTML), 'html'), /took longer than 0 s; skipped|took longer than/);
    await assert.rejects(slow.extract('b.html', bytes(ARTICLE_HTML), 'html'), /took longer than/);
  } finally {
    await slow.close();
  }
  const ok = new SourceExtractor();
  try {
    const x = await ok.extract('a.html', bytes(ARTICLE_HTML), 'html');
    assert.match(x.text, /12,000 vehicles/);
    await assert.rejects(ok.extract('x.pdf', bytes('%PDF-1.4 nothing'), 'pdf'), /not a readable PDF|could not be read/);
    // The worker is still there for the next file after a failure.
    assert.match((await ok.extract('b.html', bytes(ARTICLE_HTML), 'html')).text, /2\.4 million euros/);
  } finally {
    await ok.close();
  }
});

void test('converted text whose map does not fit it is refused with a warning, not indexed wrong', () => {
  const warnings: string[] = [];
  assert.equal(convertedDocument({ path: 'x.html' }, { text: 'Some 12 words.', origin: { map: [3, 0, 0] } }, 'html', warnings), null);
  assert.equal(convertedDocument({ path: 'x.html' }, { text: 'Some 12 words.', origin: { map: [0, 0, 0, 99, 1, 0] } }, 'html', warnings), null);
  assert.equal(convertedDocument({ path: 'x.html' }, { text: '  ', origin: { map: [0, 0, 0] } }, 'html', warnings), null);
  assert.deepEqual(warnings, ['x.html: skipped (the extracted text does not match its map)', 'x.html: skipped (the extracted text does not match its map)', 'x.html: skipped (no text could be extracted)']);
});
