/**
 * Files unchanged since they were read (size and modification time) are taken from the file
 * cache, not read again; a file changed since, even to the same size, is read and analysed again;
 * a damaged cache file is ignored with a warning and rewritten.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createChecker, loadCorpus, type CorpusReader, type SourceDocument } from '../../server/src/core';
import { buildIndex } from '../../server/src/node/buildIndex';
import { FileCache } from '../../server/src/node/fileCache';
import { FsCorpusReader } from '../../server/src/node/fsReader';
import { loadWordKnowledge } from '../../server/src/node/lexicon';
import { repoRoot } from '../root';

const lexicon = loadWordKnowledge();
const fixtures = path.join(repoRoot(), 'test', 'fixtures');
const HOUR = 3600_000;

function tempCorpus(): { dir: string; cacheDir: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-files-'));
  const dir = path.join(base, 'corpus');
  fs.cpSync(path.join(fixtures, 'corpora', 'football'), dir, { recursive: true });
  // Written an hour ago: settled, so that their size and time can be trusted.
  const then = new Date(Date.now() - HOUR);
  for (const f of fs.readdirSync(dir)) fs.utimesSync(path.join(dir, f), then, then);
  return { dir, cacheDir: path.join(base, 'cache') };
}

/** Loads the corpus through the file cache, counting the files read. */
async function load(dir: string, cacheDir: string | undefined, warnings: string[] = []): Promise<{ documents: SourceDocument[]; reads: number; warnings: string[] }> {
  const fsReader = new FsCorpusReader([dir]);
  let reads = 0;
  const reader: CorpusReader = { list: () => fsReader.list(), read: (f) => (reads++, fsReader.read(f)) };
  const files = cacheDir ? new FileCache(cacheDir, [dir], (m) => warnings.push(m)) : undefined;
  await files?.load();
  const loaded = await loadCorpus(reader, files ? { files } : {});
  await files?.save();
  return { documents: loaded.documents, reads, warnings: loaded.warnings };
}

async function verdicts(dir: string, cacheDir: string | undefined): Promise<unknown> {
  const { documents } = await load(dir, cacheDir);
  const { index } = await buildIndex(documents, { roots: [dir], ...(cacheDir ? { cacheDir } : {}), warn: () => undefined, workers: 1 });
  return createChecker(index, { lexicon }).check(fs.readFileSync(path.join(fixtures, 'drafts', 'football.md'), 'utf8'));
}

void test('unchanged files are not read again; a same-size edit with a new time is', async () => {
  const { dir, cacheDir } = tempCorpus();
  const fresh = await load(dir, undefined);
  const first = await load(dir, cacheDir);
  assert.equal(first.reads, fresh.documents.length);
  assert.deepEqual(first.documents, fresh.documents);
  const second = await load(dir, cacheDir);
  assert.equal(second.reads, 0, 'nothing read');
  assert.deepEqual(second.documents, fresh.documents);
  assert.deepEqual(second.warnings, fresh.warnings);
  const expected = await verdicts(dir, undefined);
  assert.deepEqual(await verdicts(dir, cacheDir), expected);

  // The same number of bytes, a new time: read again, and the verdicts follow the new text.
  const files = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort();
  const changed = path.join(dir, files[0]!);
  const before = fs.readFileSync(changed, 'utf8');
  const after = before.replace(/\d/, (d) => String((Number(d) + 1) % 10));
  assert.notEqual(after, before);
  assert.equal(Buffer.byteLength(after), Buffer.byteLength(before));
  fs.writeFileSync(changed, after);
  const later = new Date(Date.now() - HOUR / 2);
  fs.utimesSync(changed, later, later);
  const third = await load(dir, cacheDir);
  assert.equal(third.reads, 1, 'only the changed file is read');
  assert.deepEqual(third.documents, (await load(dir, undefined)).documents);
  assert.deepEqual(await verdicts(dir, cacheDir), await verdicts(dir, undefined));

  // A file modified a moment before it was read may change again within the same time: never trusted.
  const now = new Date();
  fs.utimesSync(changed, now, now);
  await load(dir, cacheDir);
  assert.equal((await load(dir, cacheDir)).reads, 1, 'a file modified just before it was read is read again');
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

void test('a truncated, damaged or foreign file cache is ignored with a warning and rewritten', async () => {
  const { dir, cacheDir } = tempCorpus();
  const fresh = await load(dir, undefined);
  await load(dir, cacheDir);
  const file = new FileCache(cacheDir, [dir], () => undefined).file;
  const good = fs.readFileSync(file);
  const spoil: Record<string, Buffer> = {
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    damaged: Buffer.concat([good.subarray(0, good.length - 10), Buffer.from('0123456789')]),
    foreign: Buffer.from('{"not": "a file cache"}\n'),
    empty: Buffer.alloc(0),
  };
  for (const [name, bytes] of Object.entries(spoil)) {
    fs.writeFileSync(file, bytes);
    const warnings: string[] = [];
    const r = await load(dir, cacheDir, warnings);
    assert.equal(r.reads, fresh.documents.length, `${name}: every file read`);
    assert.ok(warnings.some((w) => /file cache/.test(w)), `${name}: warned (${warnings.join('; ')})`);
    assert.deepEqual(r.documents, fresh.documents, `${name}: same documents`);
    assert.equal((await load(dir, cacheDir)).reads, 0, `${name}: the cache was rewritten`);
  }
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});
