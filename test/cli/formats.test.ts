/**
 * HTML, PDF and Word sources through the built command line (dist/cli.js): a corpus folder with a
 * web page, a PDF and a Word document, all generated here, checked with `--format json`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../root';
import { writeDocx, writeMixedCorpus, writePdf, REPORT_PAGES } from '../formats/fixtures';

const BIN = path.join(ROOT, 'bin', 'corroborate.js');

interface Evidence {
  file: string;
  line: number;
  character: number;
  page?: number;
  paragraph?: number;
  title: string;
  publisher?: string;
  author?: string;
  date?: string;
  text: string;
  match?: { text: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
}
interface Claim {
  text: string;
  verdict: string;
  message: string;
  evidence: Evidence[];
}
interface Report {
  corpus: { documents: number };
  files: { claims: Claim[] }[];
}

function corroborate(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  // The timeout only keeps a hung process from hanging the suite; nothing asserts on time.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir = '';
let corpus = '';
let files: { html: string; pdf: string; docx: string };
const DRAFT = [
  'About 12,000 vehicles cross the bridge every day, the transport office says.',
  'The repairs cost the city 2.4 million euros.',
  'In 2022 the harbour handled 4,210 cargo ships.',
  'The authority employed 1,350 dock workers at the end of the year.',
  'The council approved a budget of 3.2 million euros for the library.',
].join(' ');

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-formats-'));
  corpus = path.join(dir, 'corpus');
  files = await writeMixedCorpus(corpus);
  fs.writeFileSync(path.join(dir, 'draft.md'), `${DRAFT}\n`);
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(draft: string, ...extra: string[]): { report: Report; stderr: string; code: number | null } {
  const r = corroborate('check', '--format', 'json', '--no-cache', '--corpus', corpus, ...extra, draft);
  assert.ok(r.stdout.trim(), `a report (stderr: ${r.stderr})`);
  return { report: JSON.parse(r.stdout) as Report, stderr: r.stderr, code: r.code };
}

const claim = (report: Report, text: string): Claim => {
  const c = report.files[0]!.claims.find((x) => x.text === text);
  assert.ok(c, `a claim "${text}" in ${JSON.stringify(report.files[0]!.claims.map((x) => x.text))}`);
  return c;
};

void test('a figure from a web page, a PDF and a Word document is supported, with evidence naming its file', () => {
  const { report, code, stderr } = check(path.join(dir, 'draft.md'));
  assert.equal(report.corpus.documents, 3, stderr);
  assert.equal(code, 0, stderr);
  const html = claim(report, '12,000');
  assert.equal(html.verdict, 'supported');
  assert.equal(html.evidence[0]!.file, files.html);
  assert.equal(html.evidence[0]!.publisher, 'The Daily Courier');
  // article:published_time comes before JSON-LD's datePublished; the headline is the title.
  assert.equal(html.evidence[0]!.date, '2024-05-14');
  assert.equal(html.evidence[0]!.title, 'Old bridge reopens after eight months of repairs');
  assert.equal(html.evidence[0]!.author, 'Ana Ruiz');

  const pdf = claim(report, '4,210');
  assert.equal(pdf.verdict, 'supported');
  assert.equal(pdf.evidence[0]!.file, files.pdf);
  assert.equal(pdf.evidence[0]!.page, 2);
  assert.equal(pdf.evidence[0]!.title, 'Harbour Authority Annual Report 2022');
  assert.equal(pdf.evidence[0]!.date, '2023-03-01');
  assert.match(pdf.message, /p\. 2\)/);
  const third = claim(report, '1,350');
  assert.equal(third.verdict, 'supported');
  assert.equal(third.evidence[0]!.page, 3);

  const docx = claim(report, '3.2 million euros');
  assert.equal(docx.verdict, 'supported');
  assert.equal(docx.evidence[0]!.file, files.docx);
  assert.equal(docx.evidence[0]!.paragraph, 3);
  assert.match(docx.message, /para\. 3\)/);
  assert.equal(docx.evidence[0]!.page, undefined);
});

void test("a web page's evidence points at the figure's own line and column in the HTML file", () => {
  const { report } = check(path.join(dir, 'draft.md'));
  const lines = fs.readFileSync(files.html, 'utf8').split('\n');
  for (const text of ['12,000', '2.4 million euros']) {
    const e = claim(report, text).evidence[0]!;
    const r = e.match!.range;
    assert.equal(r.start.line, r.end.line);
    assert.equal(lines[r.start.line]!.slice(r.start.character, r.end.character), text);
    assert.equal(e.line, r.start.line + 1);
  }
  // The sentence wraps in the file: its range ends on the next line, after "March."
  const wrapped = claim(report, '12,000').evidence[0]!;
  const end = (wrapped as unknown as { range: { end: { line: number; character: number } } }).range.end;
  assert.equal(lines[end.line]!.slice(0, end.character).endsWith('in March.'), true);
});

void test('navigation, ads, footers and scripts of a page are not sources', () => {
  const draft = path.join(dir, 'furniture.md');
  fs.writeFileSync(draft, 'Readers can subscribe for 99 cents a week. Readers paid 555 euros. The style sheet has 777 rules.\n');
  const { report } = check(draft);
  for (const text of ['99 cents a week', '555 euros', '777']) assert.equal(claim(report, text).verdict, 'unsupported', text);
});

void test('a broken or encrypted PDF or Word file, or a binary page, is skipped with a warning and the rest is checked', async () => {
  const hostile = path.join(dir, 'hostile');
  await writeMixedCorpus(hostile);
  await writePdf(path.join(hostile, 'locked.pdf'), ['Secret: 9,999 ships.'], { password: 'secret' });
  fs.writeFileSync(path.join(hostile, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage');
  fs.writeFileSync(path.join(hostile, 'truncated.pdf'), fs.readFileSync(files.pdf).subarray(0, 400));
  fs.writeFileSync(path.join(hostile, 'broken.docx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  // An encrypted Word file is an OLE compound file, not a ZIP archive.
  fs.writeFileSync(path.join(hostile, 'locked.docx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
  fs.writeFileSync(path.join(hostile, 'binary.html'), Buffer.alloc(300, 0));
  await writeDocx(path.join(hostile, 'empty.docx'), ['']);
  const r = corroborate('check', '--format', 'json', '--no-cache', '--corpus', hostile, path.join(dir, 'draft.md'));
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.corpus.documents, 3);
  const warned = (name: string, why: RegExp): void => {
    const line = r.stderr.split('\n').find((l) => l.includes(path.join(hostile, name)));
    assert.ok(line, `a warning about ${name} in ${r.stderr}`);
    assert.match(line, why);
  };
  warned('locked.pdf', /encrypted \(password-protected\)/);
  warned('broken.pdf', /not a readable PDF|could not be read/);
  warned('truncated.pdf', /not a readable PDF|could not be read|no text/);
  warned('broken.docx', /not a readable Word document/);
  warned('locked.docx', /encrypted/);
  warned('binary.html', /binary/);
  warned('empty.docx', /no text/);
  assert.doesNotMatch(r.stderr, /TypeError|at .*\.js:\d+/);
});

void test('the index cache keeps converted sources, and a changed PDF is read again', async () => {
  const cacheDir = path.join(dir, 'cache');
  const own = path.join(dir, 'cached-corpus');
  await writeMixedCorpus(own);
  const draft = path.join(dir, 'draft.md');
  const run = (): Report => {
    const r = corroborate('check', '--format', 'json', '--cache-dir', cacheDir, '--corpus', own, draft);
    return JSON.parse(r.stdout) as Report;
  };
  const first = run();
  assert.equal(claim(first, '4,210').verdict, 'supported');
  assert.ok(fs.readdirSync(cacheDir).some((f) => f.startsWith('index-')));
  const second = run();
  assert.deepEqual(second, first);
  await writePdf(path.join(own, 'harbour-report.pdf'), REPORT_PAGES.map((p) => p.replace('4,210', '4,250')), { title: 'Harbour Authority Annual Report 2022' });
  const third = run();
  const changed = claim(third, '4,210');
  assert.equal(changed.verdict, 'conflict');
  assert.equal(changed.evidence[0]!.page, 2);
  assert.match(changed.message, /4,250/);
});

void test('in SARIF, evidence in a PDF or Word file names its page or paragraph and gives no text region; a web page keeps its region', () => {
  const draft = path.join(dir, 'conflicts.md');
  fs.writeFileSync(draft, 'About 15,000 vehicles cross the bridge every day. In 2022 the harbour handled 4,900 cargo ships. The council approved a budget of 3.9 million euros for the library.\n');
  const r = corroborate('check', '--format', 'sarif', '--no-cache', '--corpus', corpus, draft);
  assert.equal(r.code, 1, r.stderr);
  const sarif = JSON.parse(r.stdout) as { runs: { results: { relatedLocations: { message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }[] }[] }[] };
  const related = sarif.runs[0]!.results.flatMap((x) => x.relatedLocations);
  const inPdf = related.filter((l) => l.physicalLocation.artifactLocation.uri.endsWith('harbour-report.pdf'));
  assert.ok(inPdf.length > 0);
  for (const l of inPdf) {
    assert.equal(l.physicalLocation.region, undefined);
    assert.match(l.message.text, /\(page [23]\)/);
  }
  const inDocx = related.filter((l) => l.physicalLocation.artifactLocation.uri.endsWith('council-minutes.docx'));
  assert.ok(inDocx.some((l) => /\(paragraph 3\)/.test(l.message.text)));
  const inHtml = related.filter((l) => l.physicalLocation.artifactLocation.uri.endsWith('bridge.html'));
  assert.ok(inHtml.length > 0 && inHtml.every((l) => l.physicalLocation.region !== undefined));
});
