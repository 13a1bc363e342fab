/** The command line's own glob matcher: segments, classes, alternatives, "**", hidden names. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expandGlob, hasMagic, segmentRegExp } from '../../server/src/cli/glob';

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-glob-'));
  tempDirs.push(dir);
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x\n');
  }
  return dir;
}

void test('hasMagic tells patterns from paths', () => {
  for (const p of ['*.md', 'drafts/**/*.md', 'a?.md', '[ab].md', '{a,b}.md']) assert.ok(hasMagic(p), p);
  for (const p of ['drafts/a.md', 'a.b.c', '-', '/tmp/x y.md']) assert.ok(!hasMagic(p), p);
});

void test('segment patterns', () => {
  const cases: [string, string[], string[]][] = [
    ['*.md', ['a.md', '.md', 'x.y.md'], ['a.txt', 'a.mdx', 'a/b.md']],
    ['a?.md', ['ab.md', 'a1.md'], ['a.md', 'abc.md']],
    ['[ab]*.txt', ['a.txt', 'b1.txt'], ['c.txt']],
    ['[!ab]*.txt', ['c.txt'], ['a.txt', 'b.txt']],
    ['[a-c].md', ['b.md'], ['d.md']],
    ['*.{md,txt}', ['a.md', 'b.txt'], ['c.csv']],
    ['{draft,note}-*.md', ['draft-1.md', 'note-x.md'], ['memo-1.md']],
    ['a+b(1).md', ['a+b(1).md'], ['aab1.md']],
    ['[unclosed', ['[unclosed'], ['u']],
    ['{single}', ['{single}'], ['single']],
    ['\\*.md', ['*.md'], ['a.md']],
  ];
  for (const [pattern, yes, no] of cases) {
    const re = segmentRegExp(pattern);
    for (const s of yes) assert.ok(re.test(s), `${pattern} should match ${s}`);
    for (const s of no) assert.ok(!re.test(s), `${pattern} should not match ${s}`);
  }
});

void test('expandGlob: "*", "**" and a literal base folder; hidden folders, node_modules and .git are left out', async () => {
  const dir = tree([
    'a.md',
    'b.txt',
    '.hidden.md',
    'drafts/one.md',
    'drafts/two.markdown',
    'drafts/deep/er/three.md',
    'drafts/.secret/four.md',
    'drafts/node_modules/five.md',
    'drafts/.git/six.md',
    'other/seven.md',
  ]);
  const glob = async (p: string): Promise<string[]> => (await expandGlob(p, { cwd: dir })).files.map((f) => f.split(path.sep).join('/'));
  assert.deepEqual(await glob('*.md'), ['a.md']);
  assert.deepEqual(await glob('.*.md'), ['.hidden.md']);
  assert.deepEqual(await glob('*.{md,txt}'), ['a.md', 'b.txt']);
  assert.deepEqual(await glob('drafts/*'), ['drafts/one.md', 'drafts/two.markdown']);
  assert.deepEqual(await glob('drafts/**/*.md'), ['drafts/deep/er/three.md', 'drafts/one.md']);
  assert.deepEqual(await glob('**/*.md'), ['a.md', 'drafts/deep/er/three.md', 'drafts/one.md', 'other/seven.md']);
  assert.deepEqual(await glob('drafts/**'), ['drafts/deep/er/three.md', 'drafts/one.md', 'drafts/two.markdown']);
  assert.deepEqual(await glob('*/one.md'), ['drafts/one.md']);
  assert.deepEqual(await glob('nothing/*.md'), []);
  assert.deepEqual(await glob('*.csv'), []);
  // An absolute pattern is spelled absolute.
  assert.deepEqual((await expandGlob(path.join(dir, 'drafts', '*.md'))).files, [path.join(dir, 'drafts', 'one.md')]);
});

void test('expandGlob does not follow links to folders, so a loop cannot trap it', { skip: process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false }, async () => {
  const dir = tree(['d/a.md']);
  fs.symlinkSync('..', path.join(dir, 'd', 'up'));
  const { files, truncated } = await expandGlob('**/*.md', { cwd: dir });
  assert.deepEqual(files, [path.join('d', 'a.md')]);
  assert.equal(truncated, false);
});

void test('expandGlob stops after maxFolders and says so', async () => {
  const dir = tree(Array.from({ length: 30 }, (_, i) => `f${i}/x.md`));
  const { files, truncated } = await expandGlob('**/*.md', { cwd: dir, maxFolders: 5 });
  assert.equal(truncated, true);
  assert.ok(files.length < 30);
});
