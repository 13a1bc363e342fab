/** Reading files: encodings, bad bytes, and front matter too large to parse whole. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, loadCorpus, parseDocument } from '../../server/src/core';
import { checkerFor, claimOf, FILLER, mdSource, memoryReader } from './helpers';

const HOSTILE = { timeout: 120_000 };
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

/** UTF-16 bytes of a text, with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const put = (i: number, unit: number): void => {
    out[i] = endian === 'le' ? unit & 0xff : unit >> 8;
    out[i + 1] = endian === 'le' ? unit >> 8 : unit & 0xff;
  };
  put(0, 0xfeff);
  for (let i = 0; i < text.length; i++) put(2 + 2 * i, text.charCodeAt(i));
  return out;
}

void test('UTF-16 with a byte-order mark, little- or big-endian, is decoded', () => {
  const text = '# Zürich “rail”\r\nThe line carried 15,000 people 🚆.\n';
  for (const endian of ['le', 'be'] as const) {
    const decoded = decodeText(utf16(text, endian));
    assert.ok(decoded, endian);
    assert.equal(decoded.text, text.replace(/\r\n/g, '\n'));
    assert.equal(decoded.latin1, false);
    assert.equal(decoded.encoding, endian === 'le' ? 'utf-16le' : 'utf-16be');
    assert.equal(decoded.badLines, undefined);
  }
  // Without a byte-order mark the NUL bytes still say binary.
  assert.equal(decodeText(utf16(text, 'le').subarray(2)), null);
});

void test('a UTF-16 corpus file is read, and its figures checked against', async () => {
  const body = mdSource('rail', 'Rail Desk', 'The line carried 15,000 people on its first day.');
  const { documents, warnings, checker } = await checkerFor({ ...FILLER, 'rail.md': utf16(body, 'le') });
  assert.deepEqual(warnings, []);
  assert.equal(documents.find((d) => d.id === 'rail')?.title, 'Rail Desk report');
  const [claim] = await checker.check('The line carried 15,000 people on its first day.');
  assert.equal(claim?.text, '15,000');
  assert.equal(claim?.verdict, 'supported');
});

void test('one bad byte in UTF-8 text: only that byte is replaced, and its line reported', () => {
  const good = enc('The “new” café opened.\nIt cost £5m\nand hired 40 people.\n');
  // A stray 0x92 (a Windows-1252 apostrophe) on the third line.
  const at = good.lastIndexOf(0x20);
  const bytes = new Uint8Array([...good.subarray(0, at), 0x92, ...good.subarray(at)]);
  const decoded = decodeText(bytes);
  assert.ok(decoded);
  assert.equal(decoded.text, 'The “new” café opened.\nIt cost £5m\nand hired 40\ufffd people.\n');
  assert.equal(decoded.latin1, false);
  assert.deepEqual(decoded.badLines, [3]);
  const warnings: string[] = [];
  const doc = parseDocument('cafe.md', bytes, 'md', 1 << 20, warnings);
  assert.equal(doc?.text, decoded.text);
  assert.deepEqual(warnings, ['cafe.md: bytes that are not valid UTF-8 on line 3; each read as U+FFFD']);
});

void test('bad bytes on several lines, and line ends of every kind, are counted as editors count them', () => {
  const bytes = new Uint8Array([...enc('“a” “b”\r\n'), 0xff, ...enc('\rb\n'), 0xc3, ...enc('\r\n\r\n'), 0xe2, 0x80, ...enc('c')]);
  const decoded = decodeText(bytes);
  assert.ok(decoded);
  assert.deepEqual(decoded.badLines, [2, 4, 6]);
  assert.equal(decoded.text, '“a” “b”\n\ufffd\nb\n\ufffd\n\n\ufffdc');
});

void test('a file whose non-ASCII bytes are all invalid UTF-8 is still read as Latin-1', () => {
  assert.deepEqual(decodeText(new Uint8Array([...enc('Caf'), 0xe9, ...enc(' cost '), 0xa3, ...enc('5.')])), { text: 'Café cost £5.', latin1: true });
});

void test('a draft read through decodeText keeps its figures whole around a bad byte', async () => {
  const { checker } = await checkerFor({ ...FILLER, 'x.md': mdSource('x', 'X', 'The “bridge” cost 412 million euros.') });
  const bytes = new Uint8Array([...enc('The “bridge” cost 412 million euros'), 0xe9, ...enc('.\n')]);
  const decoded = decodeText(bytes)!;
  assert.deepEqual(decoded.badLines, [1]);
  const claim = claimOf(await checker.check(decoded.text), '412 million euros');
  assert.equal(claim.verdict, 'supported');
});

// ---------------------------------------------------------------------------------------------
// Front matter

void test('front matter of 100,000 keys is ignored with a warning; the body is still read', HOSTILE, async () => {
  const keys = Array.from({ length: 100_000 }, (_, i) => `k${i}: v${i}`).join('\n');
  const { documents, warnings } = await loadCorpus(memoryReader({ 'big.md': `---\nid: big\ntitle: Big\n${keys}\n---\nThe dam held 40 tonnes.\n` }));
  assert.equal(documents.length, 1);
  assert.equal(documents[0]!.id, 'big', 'the id falls back to the file name');
  assert.equal(documents[0]!.text, 'The dam held 40 tonnes.\n');
  assert.equal(documents[0]!.bodyLine, 100_004);
  assert.deepEqual(warnings, ['big.md: front matter is over 64 KB; ignored']);
});

void test('front matter of thousands of keys under 64 KB: only the fields used are read', HOSTILE, async () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `k${i}: ${i}`).join('\n');
  const fm = [
    '"id": many-keys',
    'tags:',
    '- one',
    '- two',
    keys,
    'title: >-',
    '  A title folded',
    '  over two lines',
    "publisher: 'The Herald'",
    'nested:',
    '  title: not this one',
    'date: 2024-03-09',
    'author: Jo # a comment',
  ].join('\n');
  assert.ok(fm.length > 4096 && fm.length < 65_536);
  const { documents, warnings } = await loadCorpus(memoryReader({ 'many.md': `---\n${fm}\n---\nBody 12.\n` }));
  assert.deepEqual(warnings, []);
  const d = documents[0]!;
  assert.deepEqual([d.id, d.title, d.publisher, d.author, d.date, d.text], ['many-keys', 'A title folded over two lines', 'The Herald', 'Jo', '2024-03-09', 'Body 12.\n']);
});

void test('large front matter with a broken or repeated field used is ignored with a warning', async () => {
  const filler = Array.from({ length: 600 }, (_, i) => `k${i}: ${i}`).join('\n');
  for (const bad of ['title: [unclosed', 'title: One\ntitle: Two']) {
    const { documents, warnings } = await loadCorpus(memoryReader({ 'bad.md': `---\nid: bad-id\n${filler}\n${bad}\n---\nBody.\n` }));
    assert.equal(documents[0]!.id, 'bad');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^bad\.md: front matter could not be parsed/);
  }
});
