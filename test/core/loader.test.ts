/** The corpus loader with good and bad input, through an in-memory reader. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, documentSentences, loadCorpus, parseDocument, type CorpusReader } from '../../server/src/core';
import { checkerFor, memoryReader } from './helpers';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const warningsAbout = (warnings: readonly string[], path: string): string[] => warnings.filter((w) => w.startsWith(`${path}:`));

void test('binary content (NUL bytes) is skipped with a warning', async () => {
  const { documents, warnings } = await loadCorpus(
    memoryReader({ 'photo.md': new Uint8Array([0x23, 0x20, 0x00, 0x00, 0x89, 0x50, 0x4e, 0x47]), 'ok.md': 'Some 40 boats sailed.' }),
  );
  assert.deepEqual(documents.map((d) => d.file), ['ok.md']);
  assert.equal(warningsAbout(warnings, 'photo.md').length, 1);
  assert.match(warningsAbout(warnings, 'photo.md')[0]!, /binary/);
});

void test('text full of control characters is treated as binary', async () => {
  const junk = new Uint8Array(64).map((_, i) => (i % 2 ? 0x01 : 0x41));
  const { documents, warnings } = await loadCorpus(memoryReader({ 'junk.txt': junk }));
  assert.deepEqual(documents, []);
  assert.match(warnings[0] ?? '', /^junk\.txt: .*binary/);
});

void test('invalid UTF-8 is read as Latin-1, with a warning', async () => {
  const bytes = new Uint8Array([...enc('---\nid: cafe\ntitle: Caf'), 0xe9, ...enc(' news\n---\nThe caf'), 0xe9, ...enc(' sold 40 pastries.\n')]);
  const { documents, warnings } = await loadCorpus(memoryReader({ 'cafe.md': bytes }));
  assert.equal(documents.length, 1);
  assert.equal(documents[0]!.title, 'Café news');
  assert.equal(documents[0]!.text, 'The café sold 40 pastries.\n');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^cafe\.md: .*Latin-1/);
});

void test('valid UTF-8 with a byte-order mark and CRLF line ends reads cleanly', async () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc('---\r\nid: bom\r\ntitle: Zürich rail\r\n---\r\nTrains ran 40 minutes late.\r\n')]);
  const { documents, warnings } = await loadCorpus(memoryReader({ 'bom.md': bytes }));
  assert.deepEqual(warnings, []);
  assert.equal(documents[0]!.id, 'bom');
  assert.equal(documents[0]!.title, 'Zürich rail');
  assert.equal(documents[0]!.text, 'Trains ran 40 minutes late.\n');
  assert.equal(documents[0]!.bodyLine, 4);
});

void test('empty and blank files are skipped with a warning', async () => {
  const { documents, warnings } = await loadCorpus(memoryReader({ 'empty.md': '', 'blank.txt': ' \n\n\t\n' }));
  assert.deepEqual(documents, []);
  assert.equal(warnings.length, 2);
  for (const w of warnings) assert.match(w, /empty/);
});

void test('files of unknown kinds are skipped with a warning, without being read', async () => {
  let reads = 0;
  const reader = memoryReader({ 'chart.png': 'x', 'data.csv': 'a,b', 'notes.MD': 'Nine ships docked.', 'long.markdown': 'Ten ships left.', 'log.TXT': 'Log\nEleven ships waited.' });
  const counting = { list: reader.list, read: async (p: string) => (reads++, reader.read(p)) };
  const { documents, warnings } = await loadCorpus(counting);
  assert.deepEqual(documents.map((d) => d.file).sort(), ['log.TXT', 'long.markdown', 'notes.MD']);
  assert.equal(reads, 3);
  assert.equal(warningsAbout(warnings, 'chart.png').length, 1);
  assert.equal(warningsAbout(warnings, 'data.csv').length, 1);
});

void test('broken YAML front matter: the document is still loaded, with a warning', async () => {
  const { documents, warnings } = await loadCorpus(memoryReader({ 'storm-report.md': '---\ntitle: [unclosed\nid: ignored-id\n---\nThe storm felled 300 trees.\n' }));
  assert.equal(documents.length, 1);
  const d = documents[0]!;
  assert.equal(d.id, 'storm-report', 'the id falls back to the file name');
  assert.equal(d.text, 'The storm felled 300 trees.\n', 'the front matter is still cut from the body');
  assert.equal(d.bodyLine, 4);
  assert.equal(d.title, 'The storm felled 300 trees.', 'the title falls back to the first line');
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^storm-report\.md: front matter/);
});

void test('front matter that is not a map is ignored with a warning', async () => {
  const { documents, warnings } = await loadCorpus(memoryReader({ 'list.md': '---\n- one\n- two\n---\n# Harbour news\n\nNine ships docked.\n' }));
  assert.equal(documents.length, 1);
  assert.equal(documents[0]!.title, 'Harbour news');
  assert.equal(warnings.length, 1);
});

void test('duplicate ids get suffixed, with a warning for each file whose declared id was taken', async () => {
  const files = {
    'a/one.md': '---\nid: same\ntitle: One\n---\nFirst.\n',
    'b/two.md': '---\nid: same\ntitle: Two\n---\nSecond.\n',
    'c/three.md': '---\nid: same\ntitle: Three\n---\nThird.\n',
    'd/same.md': 'Fourth.\n',
  };
  const { documents, warnings } = await loadCorpus(memoryReader(files));
  assert.deepEqual(
    documents.map((d) => [d.file, d.id]),
    [
      ['a/one.md', 'same'],
      ['b/two.md', 'same-2'],
      ['c/three.md', 'same-3'],
      ['d/same.md', 'same-4'],
    ],
  );
  // d/same.md declares no id: its derived one is made unique without a warning.
  assert.equal(warnings.length, 2);
  assert.equal(new Set(documents.map((d) => d.id)).size, documents.length);
});

void test('a reader whose read() throws gives a warning, not a crash', async () => {
  const { documents, warnings } = await loadCorpus(memoryReader({ 'gone.md': null, 'here.md': 'Twelve ferries sailed.' }));
  assert.deepEqual(documents.map((d) => d.file), ['here.md']);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^gone\.md: could not be read \(cannot read gone\.md\)/);
});

void test('a reader that throws a non-Error value gives a warning too', async () => {
  const reader = { list: async () => [{ path: 'odd.md' }], read: async (): Promise<Uint8Array> => Promise.reject('disk unplugged') };
  const { documents, warnings } = await loadCorpus(reader);
  assert.deepEqual(documents, []);
  assert.match(warnings[0] ?? '', /disk unplugged/);
});

void test('files over maxBytes are skipped: by listed size without reading, or by bytes read', async () => {
  const read: string[] = [];
  const base = memoryReader({ 'listed-big.md': 'x'.repeat(10), 'actually-big.md': 'Seven trains ran late. '.repeat(40), 'small.md': 'Seven trains ran late.' }, { 'listed-big.md': 5000 });
  const reader = { list: base.list, read: async (p: string) => (read.push(p), base.read(p)) };
  const { documents, warnings } = await loadCorpus(reader, { maxBytes: 200 });
  assert.deepEqual(documents.map((d) => d.file), ['small.md']);
  assert.ok(!read.includes('listed-big.md'), 'a file listed as too big is not read');
  assert.equal(warningsAbout(warnings, 'listed-big.md').length, 1);
  assert.match(warningsAbout(warnings, 'listed-big.md')[0]!, /5000 bytes/);
  assert.equal(warningsAbout(warnings, 'actually-big.md').length, 1);
});

void test('front matter fields: id, title, publisher, author, date', async () => {
  const md = [
    '---',
    'id: harbour-2023',
    'title: "Harbour traffic: a record year"',
    'publisher: The Port Gazette',
    'author: Jo Bloggs',
    'date: 2023-09-20',
    '---',
    '',
    'The harbour handled 1,200 ships in 2023.',
  ].join('\n');
  const { documents, warnings } = await loadCorpus(memoryReader({ 'news/harbour.md': md }));
  assert.deepEqual(warnings, []);
  assert.deepEqual(documents[0], {
    id: 'harbour-2023',
    title: 'Harbour traffic: a record year',
    publisher: 'The Port Gazette',
    author: 'Jo Bloggs',
    date: '2023-09-20',
    file: 'news/harbour.md',
    text: '\nThe harbour handled 1,200 ships in 2023.',
    bodyLine: 7,
  });
});

void test('dates in front matter: partial dates kept, timestamps cut to the day, unquoted YAML dates', async () => {
  const doc = (date: string): string => `---\nid: d\ndate: ${date}\n---\nText.\n`;
  const dateOf = async (date: string): Promise<string | undefined> => (await loadCorpus(memoryReader({ 'd.md': doc(date) }))).documents[0]!.date;
  assert.equal(await dateOf('2023'), '2023');
  assert.equal(await dateOf('2023-09'), '2023-09');
  assert.equal(await dateOf('"2023-09-20T14:30:00Z"'), '2023-09-20');
  assert.equal(await dateOf('2023-09-20'), '2023-09-20');
});

void test('without front matter: id from the file name, title from the first heading', async () => {
  const { documents } = await loadCorpus(memoryReader({ 'reports/Dam Repair (Final).md': 'Intro line.\n\n## The dam is fixed\n\nIt took 3 weeks.\n' }));
  const d = documents[0]!;
  assert.equal(d.id, 'dam-repair-final');
  assert.equal(d.title, 'The dam is fixed');
  assert.equal(d.bodyLine, 0);
  assert.equal(d.publisher, undefined);
  assert.equal(d.author, undefined);
  assert.equal(d.date, undefined);
});

void test('.txt files: the title is the first non-blank line; the text is the whole file', async () => {
  const txt = '\n  Storm season review  \nThe storm hit at 7 a.m. on Monday.\n';
  const { documents, warnings } = await loadCorpus(memoryReader({ 'weather/Storm Log.txt': txt }));
  assert.deepEqual(warnings, []);
  const d = documents[0]!;
  assert.equal(d.title, 'Storm season review');
  assert.equal(d.id, 'storm-log');
  assert.equal(d.text, txt);
  assert.equal(d.bodyLine, 0);
});

void test('.txt files: front-matter-like lines are not parsed', async () => {
  const { documents } = await loadCorpus(memoryReader({ 'plain.txt': '---\nid: nope\n---\nBody.\n' }));
  assert.equal(documents[0]!.id, 'plain');
  assert.equal(documents[0]!.text, '---\nid: nope\n---\nBody.\n');
});

void test('indexed sentence lines count the front matter (0-based in SourceSentence)', async () => {
  const md = '---\nid: tides\ntitle: Tides\n---\n# Tides\n\nHigh tide came at 6 a.m. on Friday.\nIt rose 3 metres.\n\nBoats waited.\n';
  const { documents } = await loadCorpus(memoryReader({ 'tides.md': md }));
  const sentences = documentSentences(documents[0]!);
  assert.deepEqual(
    sentences.map((s) => [s.line, s.character, s.text]),
    [
      [4, 0, '# Tides'],
      [6, 0, 'High tide came at 6 a.m. on Friday.'],
      [7, 0, 'It rose 3 metres.'],
      [9, 0, 'Boats waited.'],
    ],
  );
  assert.equal(sentences[1]!.key, 'tides#1');
  assert.equal(sentences[2]!.previous, 'High tide came at 6 a.m. on Friday.');
  assert.equal(sentences[1]!.source.title, 'Tides');
});

void test('evidence lines are 1-based in the file, counting front matter lines; columns are 0-based', async () => {
  const md = '---\nid: tides\ntitle: Tides\npublisher: Coast Watch\n---\n\nBoats waited in the bay. High tide came at 6 a.m. on Friday.\n';
  const txt = 'Harbour Log\n\nBoats waited in the bay.\nThe lock gates opened at 8 a.m. on Friday.\n';
  const { checker } = await checkerFor({ 'tides.md': md, 'log.txt': txt });
  const claims = await checker.check('High tide came at 6 a.m. on Friday. The lock gates opened at 8 a.m. on Friday.');
  const tide = claims.find((c) => c.text === '6 a.m.');
  const lock = claims.find((c) => c.text === '8 a.m.');
  assert.ok(tide && lock);
  assert.equal(tide.verdict, 'supported', tide.message);
  const e1 = tide.evidence.find((e) => e.source === 'tides')!;
  assert.equal(e1.line, 7);
  assert.equal(e1.character, 25);
  assert.equal(md.split('\n')[e1.line - 1]!.slice(e1.character), 'High tide came at 6 a.m. on Friday.');
  assert.equal(lock.verdict, 'supported', lock.message);
  const e2 = lock.evidence.find((e) => e.source === 'log')!;
  assert.equal(e2.line, 4);
  assert.equal(e2.character, 0);
  assert.equal(e2.title, 'Harbour Log');
});

void test('parseDocument and decodeText can be used on their own', () => {
  const warnings: string[] = [];
  assert.equal(parseDocument('big.md', enc('x'.repeat(50)), 'md', 10, warnings), null);
  assert.equal(warnings.length, 1);
  assert.equal(decodeText(new Uint8Array([0x41, 0x00, 0x42])), null);
  assert.deepEqual(decodeText(enc('a\r\nb\rc')), { text: 'a\nb\nc', latin1: false });
  assert.deepEqual(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])), { text: 'café', latin1: true });
});

void test('a cancelled load stops early', async () => {
  const { documents } = await loadCorpus(memoryReader({ 'a.md': 'One.', 'b.md': 'Two.' }), {}, { isCancellationRequested: true });
  assert.deepEqual(documents, []);
});

void test('the title line of a .txt source is a sentence of its own', async () => {
  const txt = 'Storm season review\nThe storm hit at 7 a.m. on Monday.\n';
  const { documents } = await loadCorpus(memoryReader({ 'storm.txt': txt }));
  const sentences = documentSentences(documents[0]!);
  assert.deepEqual(
    sentences.map((s) => [s.line, s.text]),
    [
      [0, 'Storm season review'],
      [1, 'The storm hit at 7 a.m. on Monday.'],
    ],
  );
});

void test('a document without a declared id is named by its path in the corpus', async () => {
  const reader: CorpusReader = {
    list: async () => [
      { path: '/c/world/001.txt', name: 'world/001.txt' },
      { path: '/c/sport/001.txt', name: 'sport/001.txt' },
    ],
    read: async (p) => new TextEncoder().encode(p.includes('world') ? 'Floods\nRain fell.' : 'Final\nThe hosts won.'),
  };
  const { documents, warnings } = await loadCorpus(reader);
  assert.deepEqual(documents.map((d) => d.id).sort(), ['sport-001', 'world-001']);
  assert.deepEqual(warnings, []);
});
