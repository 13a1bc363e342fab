/**
 * The persistent index cache: verdicts are the same with it, without it and after a source changes;
 * a damaged, truncated or foreign cache file is ignored with a warning, never trusted.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { analyseDocument, createChecker, decodeAnalysis, encodeAnalysis, loadCorpus, type ClaimResult, type SourceDocument } from '../../server/src/core';
import { buildIndex } from '../../server/src/node/buildIndex';
import { FsCorpusReader } from '../../server/src/node/fsReader';
import { checksum, decodeSentence, encodeSentence, IndexCache } from '../../server/src/node/indexCache';
import { loadWordKnowledge } from '../../server/src/node/lexicon';
import { repoRoot } from '../root';

const lexicon = loadWordKnowledge();
const fixtures = path.join(repoRoot(), 'test', 'fixtures');

function tempCorpus(): { dir: string; cacheDir: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-'));
  const dir = path.join(base, 'corpus');
  fs.cpSync(path.join(fixtures, 'corpora', 'football'), dir, { recursive: true });
  return { dir, cacheDir: path.join(base, 'cache') };
}

async function documents(dir: string): Promise<SourceDocument[]> {
  return (await loadCorpus(new FsCorpusReader([dir]))).documents;
}

async function verdicts(dir: string, cacheDir: string | undefined, warnings: string[] = []): Promise<{ claims: ClaimResult[]; cached: number; analysed: number }> {
  const { index, cached, analysed } = await buildIndex(await documents(dir), { roots: [dir], ...(cacheDir ? { cacheDir } : {}), warn: (m) => warnings.push(m) });
  const draft = fs.readFileSync(path.join(fixtures, 'drafts', 'football.md'), 'utf8');
  return { claims: await createChecker(index, { lexicon }).check(draft), cached, analysed };
}

void test('verdicts are identical without the cache, when it is written, when it is read and after a source changes', async () => {
  const { dir, cacheDir } = tempCorpus();
  const fresh = await verdicts(dir, undefined);
  assert.ok(fresh.claims.length > 3);
  const filled = await verdicts(dir, cacheDir);
  assert.equal(filled.cached, 0);
  assert.deepEqual(filled.claims, fresh.claims);
  const reread = await verdicts(dir, cacheDir);
  assert.equal(reread.analysed, 0, 'every document comes from the cache');
  assert.deepEqual(reread.claims, fresh.claims);

  // One source changes: only it is analysed again, and the verdicts follow the new text.
  const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const changed = path.join(dir, files[0]!);
  fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace(/\d+/, (n) => String(Number(n) + 7)));
  const after = await verdicts(dir, cacheDir);
  assert.equal(after.analysed, 1);
  assert.equal(after.cached, files.length - 1);
  assert.deepEqual(after.claims, (await verdicts(dir, undefined)).claims);
});

void test('a truncated, damaged or foreign cache file is ignored with a warning and rewritten', async () => {
  const { dir, cacheDir } = tempCorpus();
  const fresh = await verdicts(dir, undefined);
  await verdicts(dir, cacheDir);
  const file = new IndexCache(cacheDir, [dir], () => undefined).file;
  const good = fs.readFileSync(file);
  const spoil: Record<string, Buffer> = {
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    damaged: Buffer.concat([good.subarray(0, good.length - 10), Buffer.from('0123456789')]),
    foreign: Buffer.from('{"not": "an index cache"}\n'),
    empty: Buffer.alloc(0),
  };
  for (const [name, bytes] of Object.entries(spoil)) {
    fs.writeFileSync(file, bytes);
    const warnings: string[] = [];
    const r = await verdicts(dir, cacheDir, warnings);
    assert.equal(r.cached, 0, `${name}: nothing taken from the cache`);
    assert.ok(warnings.some((w) => /index cache|not an index cache/.test(w)), `${name}: warned (${warnings.join('; ')})`);
    assert.deepEqual(r.claims, fresh.claims, `${name}: same verdicts`);
    assert.equal((await verdicts(dir, cacheDir)).analysed, 0, `${name}: the cache was rewritten`);
  }
});

void test('a cache that is not a regular file is not read', async () => {
  const { dir, cacheDir } = tempCorpus();
  const file = new IndexCache(cacheDir, [dir], () => undefined).file;
  fs.mkdirSync(file, { recursive: true });
  const warnings: string[] = [];
  const r = await verdicts(dir, cacheDir, warnings);
  assert.equal(r.cached, 0);
  assert.ok(warnings.some((w) => /not a regular file/.test(w)));
  assert.ok(warnings.some((w) => /cannot write the index cache/.test(w)));
});

void test('an analysis that does not decode is read as a sentence with no figures', () => {
  for (const bad of ['', '{', 'null', '[]', '{"frames": 3}', '{"frames": [], "concepts": "x"}']) {
    const a = decodeAnalysis(bad);
    assert.deepEqual(a.frames, []);
    assert.ok(Array.isArray(a.concepts) && Array.isArray(a.words) && Array.isArray(a.around) && Array.isArray(a.windows));
  }
});

void test('an analysis survives its encoding', async () => {
  const docs = await documents(path.join(fixtures, 'corpora', 'earnings'));
  let frames = 0;
  for (const doc of docs) {
    for (const s of analyseDocument(doc).sentences) {
      const a = decodeAnalysis(s.analysis);
      frames += a.frames.length;
      assert.equal(encodeAnalysis(a), s.analysis);
    }
  }
  assert.ok(frames > 5);
});

void test('a large source comes back from the workers and from the cache, in parts, as analysed in one thread', async () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-'));
  const cacheDir = path.join(base, 'cache');
  const towns = ['Riverton', 'Lakeside', 'Hillford', 'Oakvale'];
  let text = '';
  for (let i = 0; text.length < 600_000; i++) text += `The ${towns[i % 4]} council said on day ${(i % 28) + 1} it would hire ${100 + ((i * 37) % 9000)} staff, at a cost of $${(i % 97) + 1}.${i % 10} million.${i % 5 === 4 ? '\n\n' : ' '}`;
  const docs: SourceDocument[] = [
    { id: 'small', title: 'A small source', file: path.join(base, 'small.md'), text: 'The Lakeside council hired 12 staff in 2023.\n', bodyLine: 0 },
    { id: 'digest', title: 'Municipal digest', file: path.join(base, 'digest.md'), text, bodyLine: 0 },
    { id: 'empty', title: 'An empty source', file: path.join(base, 'empty.md'), text: '', bodyLine: 0 },
  ];
  const oneThread = await buildIndex(docs, { roots: [base], warn: () => undefined, workers: 1 });
  const workers = await buildIndex(docs, { roots: [base], warn: () => undefined, workers: 2, yielding: true, cacheDir });
  assert.equal(workers.analysed, 3);
  const cached = await buildIndex(docs, { roots: [base], warn: () => undefined, yielding: true, cacheDir });
  assert.equal(cached.cached, 3);
  for (const { id } of docs) {
    assert.deepEqual(workers.index.analysed(id), oneThread.index.analysed(id), `${id} from the workers`);
    assert.deepEqual(cached.index.analysed(id), oneThread.index.analysed(id), `${id} from the cache`);
  }
  assert.deepEqual(workers.index.snapshot(), oneThread.index.snapshot());
  assert.deepEqual(cached.index.snapshot(), oneThread.index.snapshot());
  fs.rmSync(base, { recursive: true, force: true });
});

void test('a sentence whose stored bytes are damaged is analysed again from its source when read, and the cache rebuilt', async () => {
  const { dir, cacheDir } = tempCorpus();
  const fresh = await verdicts(dir, undefined);
  await verdicts(dir, cacheDir);
  const file = new IndexCache(cacheDir, [dir], () => undefined).file;
  const bytes = fs.readFileSync(file);
  // The sentences' bytes follow the header line and their 8-byte length; only the head is hashed
  // as the file is opened, so the damage is found when a sentence is read.
  const from = bytes.indexOf(10) + 1 + 8;
  const length = Number(bytes.readBigUInt64LE(from - 8));
  assert.ok(length > 1000);
  for (let i = from + 20; i < from + length; i += 97) bytes[i] = bytes[i]! ^ 0x5a;
  fs.writeFileSync(file, bytes);
  const warnings: string[] = [];
  const r = await verdicts(dir, cacheDir, warnings);
  assert.equal(r.analysed, 0, 'the documents are taken from the cache as it is opened');
  assert.equal(warnings.filter((w) => /index cache .* is damaged/.test(w)).length, 1, `warned once (${warnings.join('; ')})`);
  assert.deepEqual(r.claims, fresh.claims, 'same verdicts');
  assert.ok(!fs.existsSync(file), 'the damaged cache is removed');
  const again = await verdicts(dir, cacheDir);
  assert.ok(again.analysed > 0, 'analysed again');
  assert.deepEqual(again.claims, fresh.claims);
  const reread = await verdicts(dir, cacheDir);
  assert.equal(reread.analysed, 0, 'the cache was rewritten');
  assert.deepEqual(reread.claims, fresh.claims);
});

void test('a stored sentence comes back as it was, in whatever text it holds, and damaged bytes are refused', () => {
  const sentences = [
    { text: 'Plain text, 12 staff.', line: 3, character: 7, analysis: '{"frames":[]}', terms: 'staff\n#count:12' },
    { text: 'Broken\u00a0across lines — “quoted” 𝄞.', line: 0, character: 0, breaks: [6], analysis: '', terms: 'broken\nline' },
    { text: 'A lone \ud800 surrogate', line: 9, character: 1, origins: [0, 4, 2, 5, 4, 9], part: 2, analysis: '', terms: 'lone\n\udc00' },
    { text: '', line: 0, character: 0, analysis: '', terms: '' },
  ];
  for (const s of sentences) {
    const b = encodeSentence(s);
    const back = decodeSentence(b, 0, b.length);
    assert.deepEqual(back, s);
    assert.deepEqual(Object.keys(back!), Object.keys(s));
    assert.equal(decodeSentence(b, 0, b.length - 1), undefined, 'cut short');
    const wrong = Buffer.from(b);
    wrong[0] = 7;
    assert.equal(decodeSentence(wrong, 0, wrong.length), undefined, 'unknown encoding');
    assert.notEqual(checksum(wrong, 0, wrong.length), checksum(b, 0, b.length));
  }
  assert.equal(decodeSentence(Buffer.alloc(5), 0, 5), undefined);
});

void test('an index read from the cache keeps reading its own file when another run replaces it', { skip: process.platform === 'win32' ? 'a file open elsewhere is not replaced on Windows' : false }, async () => {
  const { dir, cacheDir } = tempCorpus();
  const fresh = await verdicts(dir, undefined);
  await verdicts(dir, cacheDir);
  const docs = await documents(dir);
  const warnings: string[] = [];
  const { index, cached } = await buildIndex(docs, { roots: [dir], cacheDir, warn: (m) => warnings.push(m) });
  assert.equal(cached, docs.length);
  // Another run, after a source changed, writes a new file in place of the one this index reads.
  const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const changed = path.join(dir, files[0]!);
  fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace(/\d+/, (n) => String(Number(n) + 7)));
  assert.equal((await verdicts(dir, cacheDir)).analysed, 1);
  const draft = fs.readFileSync(path.join(fixtures, 'drafts', 'football.md'), 'utf8');
  assert.deepEqual(await createChecker(index, { lexicon }).check(draft), fresh.claims);
  assert.deepEqual(warnings, []);
});
