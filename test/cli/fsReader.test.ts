/**
 * The file-system corpus reader on hostile folders: limits on files and bytes, special files,
 * symbolic links to files and folders, loops and dangling links. Every listing ends, says what it
 * skipped, and lists each file once.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCorpus } from '../../server/src/core';
import { FsCorpusReader } from '../../server/src/node/fsReader';

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-reader-'));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, name: string, text = `# ${name}\n\nThe ferry carries 420 passengers.\n`): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** Makes a FIFO with mkfifo; undefined when the system has none. */
function mkfifo(file: string): string | undefined {
  const r = spawnSync('mkfifo', [file]);
  return r.status === 0 ? file : undefined;
}
const HAS_MKFIFO = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;

const names = (entries: readonly { path: string }[], root: string): string[] => entries.map((e) => path.relative(root, e.path).split(path.sep).join('/')).sort();

void test('the reader keeps its shape: new FsCorpusReader(roots), list(), read(), warnings', async () => {
  const dir = tempDir();
  write(dir, 'a.md');
  write(dir, 'sub/b.txt');
  write(dir, '.hidden.md');
  write(dir, 'node_modules/c.md');
  const reader = new FsCorpusReader([dir]);
  const entries = await reader.list();
  assert.deepEqual(names(entries, dir), ['a.md', 'sub/b.txt']);
  assert.deepEqual(
    entries.map((e) => e.name),
    ['a.md', 'sub/b.txt'],
  );
  assert.ok(entries.every((e) => typeof e.size === 'number' && e.size > 0));
  assert.match(Buffer.from(await reader.read(entries[0]!.path)).toString('utf8'), /420 passengers/);
  assert.deepEqual(reader.warnings, []);
  assert.equal(reader.limitReached, undefined);
});

void test('listing stops at maxFiles, with a warning naming the limit and how to raise it', async () => {
  const dir = tempDir();
  for (let i = 0; i < 12; i++) write(dir, `doc-${String(i).padStart(2, '0')}.md`);
  const reader = new FsCorpusReader([dir], { maxFiles: 5, hints: { maxFiles: '--max-corpus-files N' } });
  const entries = await reader.list();
  assert.equal(entries.length, 5);
  assert.equal(reader.limitReached?.kind, 'files');
  assert.equal(reader.limitReached.max, 5);
  assert.equal(reader.warnings.length, 1);
  assert.match(reader.warnings[0]!, /cut at 5 files or folders; the rest is not read \(raise the limit with --max-corpus-files N\)/);
  // Under the limit, nothing is said.
  const roomy = new FsCorpusReader([dir], { maxFiles: 12 });
  assert.equal((await roomy.list()).length, 12);
  assert.equal(roomy.limitReached, undefined);
});

void test('folders count against maxFiles too: a deep empty tree ends', async () => {
  const dir = tempDir();
  for (let i = 0; i < 20; i++) fs.mkdirSync(path.join(dir, `empty-${i}`, 'deeper'), { recursive: true });
  const reader = new FsCorpusReader([dir], { maxFiles: 10 });
  assert.deepEqual(await reader.list(), []);
  assert.equal(reader.limitReached?.kind, 'files');
});

void test('listing stops at maxBytes of source files; other files do not count', async () => {
  const dir = tempDir();
  for (let i = 0; i < 6; i++) write(dir, `doc-${i}.md`, 'x'.repeat(1000));
  write(dir, 'big.csv', 'y'.repeat(100_000));
  const reader = new FsCorpusReader([dir], { maxBytes: 3500, hints: { maxBytes: '--max-corpus-bytes N' } });
  const entries = await reader.list();
  assert.deepEqual(names(entries, dir), ['big.csv', 'doc-0.md', 'doc-1.md', 'doc-2.md']);
  assert.equal(reader.limitReached?.kind, 'bytes');
  assert.match(reader.warnings.join('\n'), /cut at 3,500 bytes of source files; the rest is not read \(raise the limit with --max-corpus-bytes N\)/);
});

void test('FIFOs and sockets are skipped without being opened; read() refuses one without blocking', { skip: HAS_MKFIFO ? false : 'mkfifo is not available' }, async () => {
  const dir = tempDir();
  write(dir, 'a.md');
  const fifo = mkfifo(path.join(dir, 'pipe.md'));
  assert.ok(fifo, 'mkfifo failed');
  const reader = new FsCorpusReader([dir]);
  const entries = await reader.list();
  assert.deepEqual(names(entries, dir), ['a.md']);
  assert.deepEqual(reader.warnings, [`${fifo}: skipped (not a regular file)`]);
  // A FIFO put where a listed file was: read() fails at once instead of waiting for a writer.
  await assert.rejects(reader.read(fifo), /not a regular file/);
  // The loader on the folder ends and loads the real document.
  const loaded = await loadCorpus(new FsCorpusReader([dir]));
  assert.equal(loaded.documents.length, 1);
});

void test('links to files and to folders are followed; a file reached twice is listed once, under its own path', { skip: process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false }, async () => {
  const base = tempDir();
  const dir = path.join(base, 'corpus');
  const outside = path.join(base, 'elsewhere');
  write(dir, 'a.md');
  write(outside, 'shared/b.md');
  write(outside, 'c.txt');
  fs.symlinkSync(path.join(outside, 'shared'), path.join(dir, 'linked-folder'));
  fs.symlinkSync(path.join(outside, 'c.txt'), path.join(dir, 'linked-file.txt'));
  // Two more ways to the same files: a link to a.md, and a link to the folder "corpus/sub".
  write(dir, 'sub/d.md');
  fs.symlinkSync(path.join(dir, 'a.md'), path.join(dir, '0-alias.md'));
  fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, '0-sub-alias'));
  const reader = new FsCorpusReader([dir]);
  const entries = await reader.list();
  assert.deepEqual(names(entries, dir), ['a.md', 'linked-file.txt', 'linked-folder/b.md', 'sub/d.md']);
  assert.deepEqual(reader.warnings, []);
  const linked = entries.find((e) => e.path.endsWith('b.md'))!;
  assert.equal(linked.name, 'linked-folder/b.md');
  assert.ok(linked.size! > 0);
  // Each file's real path is worked out as it is listed, as the system gives it.
  for (const e of entries) assert.equal(reader.realPathOf(e.path), fs.realpathSync(e.path), e.path);
  assert.equal(reader.realPathOf(path.join(dir, 'not-listed.md')), undefined);
});

void test('a link loop and a dangling link get one warning each, and the listing ends', { skip: process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false }, async () => {
  const dir = tempDir();
  write(dir, 'a.md');
  write(dir, 'sub/b.md');
  fs.symlinkSync('..', path.join(dir, 'sub', 'up')); // sub/up → the corpus itself
  fs.symlinkSync('.', path.join(dir, 'self')); // a folder linked to itself
  fs.symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'dangling.md'));
  fs.symlinkSync('ring-b', path.join(dir, 'ring-a'));
  fs.symlinkSync('ring-a', path.join(dir, 'ring-b'));
  const reader = new FsCorpusReader([dir]);
  const entries = await reader.list();
  assert.deepEqual(names(entries, dir), ['a.md', 'sub/b.md']);
  const warnings = reader.warnings.join('\n');
  assert.equal(reader.warnings.length, 5, warnings);
  assert.match(warnings, /sub\/up: skipped \(a symbolic link to .*, a folder above it: a loop\)/);
  assert.match(warnings, /self: skipped \(a symbolic link to .*, a folder above it: a loop\)/);
  assert.match(warnings, /dangling\.md: skipped \(a symbolic link to nothing\)/);
  assert.match(warnings, /ring-a: skipped \(a loop of symbolic links\)/);
  assert.match(warnings, /ring-b: skipped \(a loop of symbolic links\)/);
});

void test('a root that is a link is read; two roots naming one folder list it once', { skip: process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false }, async () => {
  const base = tempDir();
  const dir = path.join(base, 'corpus');
  write(dir, 'a.md');
  fs.symlinkSync(dir, path.join(base, 'alias'));
  const reader = new FsCorpusReader([path.join(base, 'alias'), dir]);
  const entries = await reader.list();
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.name, 'a.md');
});

void test('the system trees are not corpora', { skip: process.platform === 'linux' ? false : 'Linux only' }, async () => {
  const reader = new FsCorpusReader(['/proc/self']);
  assert.deepEqual(await reader.list(), []);
  assert.match(reader.warnings.join('\n'), /\/proc\/self: not read \(a system folder, not documents\)/);
});
