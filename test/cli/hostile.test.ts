/**
 * The command line on hostile input: several drafts of which some cannot be read, standard input,
 * folders and patterns, warning budgets, huge drafts and outputs, time budgets, special files,
 * links, and corpora too large to read. Every run ends, with exit 0, 1 or 2, a clear
 * "corroborate: ..." message for what went wrong, and never a stack trace. Like cli.test.ts, it
 * runs the built bundle (dist/cli.js through bin/corroborate.js) as a separate process.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../root';

const BIN = path.join(ROOT, 'bin', 'corroborate.js');
const FIXTURES = path.join('test', 'fixtures', 'cli'); // relative to ROOT, the cwd of every run
const HARBOUR = path.join(FIXTURES, 'corpus-harbour');
const MARATHON = path.join(FIXTURES, 'corpus-marathon');
const BOTH = ['--corpus', HARBOUR, '--corpus', MARATHON];
const SUPPORTED = path.join(FIXTURES, 'supported.md');
const CONFLICTS = path.join(FIXTURES, 'conflicts.md');
const MARATHON_TXT = path.join(FIXTURES, 'marathon.txt');
/** Generous: only keeps a hung process from hanging the suite. Nothing asserts on time. */
const TIMEOUT = 300_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

interface Options {
  input?: string | Buffer;
  /** Node options before the script (e.g. a heap limit). */
  node?: string[];
  /** Writes stdout to this file instead of collecting it (huge outputs). */
  stdoutFile?: string;
  cwd?: string;
}

function corroborate(args: readonly string[], options: Options = {}): Run {
  const fd = options.stdoutFile === undefined ? undefined : fs.openSync(options.stdoutFile, 'w');
  try {
    const r = spawnSync(process.execPath, [...(options.node ?? []), BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      encoding: 'utf8',
      timeout: TIMEOUT,
      maxBuffer: 256 * 1024 * 1024,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', fd ?? 'pipe', 'pipe'],
      ...(options.input === undefined ? {} : { input: options.input }),
    });
    if (r.error) throw r.error;
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-hostile-'));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function assertExit(r: Run, code: number): void {
  assert.equal(r.code, code, `exit ${r.code}, expected ${code}\n--- stdout\n${r.stdout.slice(0, 4000)}\n--- stderr\n${r.stderr.slice(0, 4000)}`);
}

/** The run ended by itself with 0, 1 or 2 and no internal error or stack trace. */
function assertClean(r: Run): void {
  assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `exit ${r.code}\n${r.stderr.slice(0, 4000)}`);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at |RangeError|FATAL/, 'a crash or a stack trace instead of a message');
}

/** The messages on stderr that are not warnings. */
const errors = (r: Run): string[] => r.stderr.split('\n').filter((l) => l.startsWith('corroborate: ') && !l.startsWith('corroborate: warning: '));

interface Claim {
  text: string;
  verdict: string;
  kind: string;
  range: { start: { line: number; character: number } };
}
interface Report {
  version: 1;
  corpus: { documents: number; sentences: number };
  files: { path: string; claims: Claim[]; truncated?: string; checkedLines?: number }[];
  errors?: { path: string; message: string }[];
}

const HAS_MKFIFO = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;
const LINKS = process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false;

function mkfifo(file: string): string {
  const r = spawnSync('mkfifo', [file]);
  assert.equal(r.status, 0, `mkfifo ${file}: ${r.stderr?.toString()}`);
  return file;
}

// ---------------------------------------------------------------------------------------------
// 1. Several drafts, some unreadable

void test('one unreadable draft among good ones: the good ones are reported, each failure named, exit 2', { skip: HAS_MKFIFO ? false : 'mkfifo is not available' }, () => {
  const dir = tempDir();
  const missing = path.join(dir, 'missing.md');
  const binary = path.join(dir, 'scan.md');
  fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00]));
  const fifo = mkfifo(path.join(dir, 'pipe.md'));
  const locked = path.join(dir, 'locked.md');
  fs.writeFileSync(locked, 'The bridge cost 412 million euros.\n');
  fs.chmodSync(locked, 0o000);
  const canLock = (() => {
    try {
      fs.readFileSync(locked);
      return false; // root reads anything
    } catch {
      return true;
    }
  })();
  const files = [SUPPORTED, missing, binary, CONFLICTS, fifo, locked];

  const text = corroborate(['check', ...BOTH, ...files]);
  assertClean(text);
  assertExit(text, 2);
  const messages = errors(text);
  assert.ok(messages.includes(`corroborate: ${missing}: file not found`), messages.join('\n'));
  assert.ok(messages.includes(`corroborate: ${binary}: looks like a binary file, not a draft`), messages.join('\n'));
  assert.ok(messages.includes(`corroborate: ${fifo}: not a regular file (a FIFO, socket or device); skipped`), messages.join('\n'));
  if (canLock) assert.ok(messages.includes(`corroborate: ${locked}: permission denied`), messages.join('\n'));
  const lines = text.stdout.trimEnd().split('\n');
  assert.match(lines.pop()!, new RegExp(`^\\d+ claims checked in ${canLock ? 2 : 3} files against 3 sources: .*, 2 conflict, .* ${canLock ? 4 : 3} files could not be checked in full \\(see above\\)\\.$`));
  assert.equal(lines.length, 2);
  assert.ok(lines.every((l) => l.startsWith(`${CONFLICTS}:`)));

  const json = corroborate(['check', ...BOTH, '--format', 'json', ...files]);
  assertClean(json);
  assertExit(json, 2);
  const report = JSON.parse(json.stdout) as Report;
  assert.deepEqual(
    report.files.map((f) => f.path),
    canLock ? [SUPPORTED, CONFLICTS] : [SUPPORTED, CONFLICTS, locked],
  );
  assert.ok(report.files[0]!.claims.length >= 6);
  assert.deepEqual(
    report.errors?.map((e) => e.path),
    canLock ? [missing, binary, fifo, locked] : [missing, binary, fifo],
  );

  const sarif = corroborate(['check', ...BOTH, '--format', 'sarif', ...files]);
  assertClean(sarif);
  assertExit(sarif, 2);
  const run = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[] }).runs[0]!;
  assert.deepEqual(
    run.results.map((r) => r.ruleId),
    ['conflict', 'conflict'],
  );
  assert.equal(run.invocations[0]!.executionSuccessful, false);
  assert.ok(run.invocations[0]!.toolExecutionNotifications.some((n) => n.message.text === `${missing}: file not found`));
  fs.chmodSync(locked, 0o644);
});

void test('when no draft can be read there is no report, only the reasons, and the corpus is not read', () => {
  const dir = tempDir();
  const r = corroborate(['check', '--corpus', path.join(dir, 'no-such-corpus'), path.join(dir, 'a.md'), path.join(dir, 'b.md')]);
  assertClean(r);
  assertExit(r, 2);
  assert.equal(r.stdout, '');
  assert.deepEqual(errors(r), [`corroborate: ${path.join(dir, 'a.md')}: file not found`, `corroborate: ${path.join(dir, 'b.md')}: file not found`]);
});

void test('a draft over the size limit is named and skipped; the others are checked', () => {
  const dir = tempDir();
  const huge = path.join(dir, 'huge.md');
  fs.writeFileSync(huge, Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
  const r = corroborate(['check', ...BOTH, '--format', 'json', huge, SUPPORTED]);
  assertClean(r);
  assertExit(r, 2);
  assert.ok(errors(r).includes(`corroborate: ${huge}: too large to check (10485761 bytes; the limit is 10485760); skipped`), r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(
    report.files.map((f) => f.path),
    [SUPPORTED],
  );
});

// ---------------------------------------------------------------------------------------------
// 2. Standard input

void test('- reads a draft from standard input, reported as <stdin>', () => {
  const draft = fs.readFileSync(path.join(ROOT, CONFLICTS));
  const r = corroborate(['check', ...BOTH, '-'], { input: draft });
  assertClean(r);
  assertExit(r, 1);
  assert.match(r.stdout, /^<stdin>:3:35: error: Sources say 412 million euros .* \[conflict\]$/m);
  assert.match(r.stdout, /^4 claims checked in 1 file against 3 sources: 2 supported, 2 conflict/m);
  // Beside files, in the order given.
  const json = corroborate(['check', ...BOTH, '--format', 'json', SUPPORTED, '-'], { input: draft });
  assertExit(json, 1);
  assert.deepEqual(
    (JSON.parse(json.stdout) as Report).files.map((f) => f.path),
    [SUPPORTED, '<stdin>'],
  );
});

void test('--stdin-filename names the draft read from - and picks its kind by extension', () => {
  // In Markdown the fenced block is code, not prose; in plain text its figure is a claim.
  const input = 'The bridge cost 412 million euros, according to the regional transport office.\n\n```\nThe ferry carries 300 cars.\n```\n';
  const md = corroborate(['check', ...BOTH, '--format', 'json', '--stdin-filename', 'notes/bridge.md', '-'], { input });
  assertExit(md, 0);
  const mdReport = JSON.parse(md.stdout) as Report;
  assert.equal(mdReport.files[0]!.path, 'notes/bridge.md');
  assert.deepEqual(
    mdReport.files[0]!.claims.map((c) => c.text),
    ['412 million euros'],
  );
  const txt = corroborate(['check', ...BOTH, '--format', 'json', '--stdin-filename=notes/bridge.txt', '-'], { input });
  assertClean(txt);
  const txtReport = JSON.parse(txt.stdout) as Report;
  assert.equal(txtReport.files[0]!.path, 'notes/bridge.txt');
  assert.deepEqual(
    txtReport.files[0]!.claims.map((c) => c.text),
    ['412 million euros', '300'],
  );
});

void test('standard input: empty, binary, over the size limit; - twice and --stdin-filename without - are usage errors', () => {
  const empty = corroborate(['check', ...BOTH, '-'], { input: '' });
  assertExit(empty, 0);
  assert.match(empty.stdout, /^0 claims checked in 1 file/);

  const binary = corroborate(['check', ...BOTH, '-'], { input: Buffer.from([0, 1, 2, 3, 0, 0, 255]) });
  assertClean(binary);
  assertExit(binary, 2);
  assert.deepEqual(errors(binary), ['corroborate: <stdin>: looks like a binary file, not a draft']);

  const huge = corroborate(['check', ...BOTH, '-', SUPPORTED], { input: Buffer.alloc(10 * 1024 * 1024 + 100, 'a') });
  assertClean(huge);
  assertExit(huge, 2);
  assert.deepEqual(errors(huge), ['corroborate: <stdin>: too large to check (over 10485760 bytes); skipped']);
  assert.match(huge.stdout, /claims checked in 1 file/);

  for (const [args, message] of [
    [['-', '-'], /- \(standard input\) can be given only once/],
    [['--stdin-filename', 'x.md', SUPPORTED], /--stdin-filename names the draft read from -/],
  ] as const) {
    const r = corroborate(['check', ...BOTH, ...args]);
    assertExit(r, 2);
    assert.match(r.stderr, message);
    assert.match(r.stderr, /usage: corroborate check/);
  }
});

void test('standard input that is never closed ends at the time budget', { skip: process.platform === 'win32' ? 'POSIX only' : false }, async () => {
  // A child whose stdin stays open: nothing is written and it is never ended.
  const child = spawn(process.execPath, [BIN, 'check', ...BOTH, '--timeout-per-file', '3', '-', SUPPORTED], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const guard = setTimeout(() => child.kill('SIGKILL'), TIMEOUT);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(guard);
  child.stdin.destroy();
  const r = { code, stdout, stderr };
  assertClean(r);
  assertExit(r, 2);
  assert.deepEqual(errors(r), ['corroborate: <stdin>: standard input was not closed within 3 s (--timeout-per-file); skipped']);
  assert.match(stdout, /claims checked in 1 file/);
});

// ---------------------------------------------------------------------------------------------
// 3. Folders and patterns

function draftsTree(): string {
  const dir = tempDir();
  const put = (name: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  put('a.md', 'The bridge cost 412 million euros, according to the regional transport office.\n');
  put('notes/b.txt', 'A record 9,400 runners started the Greywater Valley Marathon.\n');
  put('notes/deep/c.markdown', 'The bridge cost 515 million euros, according to the regional transport office.\n');
  put('notes/photo.png', '\x89PNG\x00\x00');
  put('.drafts/hidden.md', 'The bridge cost 999 million euros.\n');
  put('node_modules/pkg/readme.md', 'The bridge cost 998 million euros.\n');
  put('.git/notes.md', 'The bridge cost 997 million euros.\n');
  return dir;
}

void test('a folder checks every .md, .markdown and .txt file below it, skipping hidden ones, node_modules and .git', () => {
  const dir = draftsTree();
  const r = corroborate(['check', ...BOTH, '--format', 'json', dir]);
  assertClean(r);
  assertExit(r, 1);
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(
    report.files.map((f) => path.relative(dir, f.path).split(path.sep).join('/')),
    ['a.md', 'notes/b.txt', 'notes/deep/c.markdown'],
  );
  assert.deepEqual(
    report.files.map((f) => f.claims.map((c) => c.verdict).join()),
    ['supported', 'supported', 'conflict'],
  );
});

void test('a quoted pattern is expanded by the command line; a pattern with no match is named, exit 2', () => {
  const dir = draftsTree();
  const both = ['--corpus', path.join(ROOT, HARBOUR), '--corpus', path.join(ROOT, MARATHON)];
  const glob = corroborate(['check', ...both, '--format', 'json', '**/*.md', 'notes/*.txt'], { cwd: dir });
  assertClean(glob);
  assertExit(glob, 0);
  assert.deepEqual(
    (JSON.parse(glob.stdout) as Report).files.map((f) => f.path.split(path.sep).join('/')),
    ['a.md', 'notes/b.txt'],
  );
  // Relative to the current folder; the same file twice is checked once.
  const corpus = ['--corpus', path.join(ROOT, HARBOUR)];
  const twice = corroborate(['check', ...corpus, '--format', 'json', 'a.md', '*.md', 'notes/**/*.{md,markdown}'], { cwd: dir });
  assertExit(twice, 1);
  assert.deepEqual(
    (JSON.parse(twice.stdout) as Report).files.map((f) => f.path.split(path.sep).join('/')),
    ['a.md', 'notes/deep/c.markdown'],
  );

  const none = corroborate(['check', ...corpus, 'drafts/**/*.md', 'a.md', 'notes/*.png'], { cwd: dir });
  assertClean(none);
  assertExit(none, 2);
  assert.deepEqual(errors(none), ['corroborate: drafts/**/*.md: no file matches this pattern', 'corroborate: notes/*.png: the pattern matches no .md, .markdown or .txt file']);
  assert.match(none.stdout, /^1 claim checked in 1 file against 2 sources/m);
});

// ---------------------------------------------------------------------------------------------
// 4. --max-warnings and --quiet

function warningsDraft(): string {
  const file = path.join(tempDir(), 'warnings.md');
  // Three figures no source states, one that a source supports.
  fs.writeFileSync(
    file,
    'The bridge cost 412 million euros, according to the regional transport office.\n\n' +
      'The harbour museum welcomed 71,000 visitors last year.\n\n' +
      'The city council has 45 members.\n\n' +
      'The old lighthouse is 130 years old.\n',
  );
  return file;
}

void test('--max-warnings N: up to N unsupported or disputed claims pass; more fail; conflicts always fail', () => {
  const file = warningsDraft();
  const json = corroborate(['check', ...BOTH, '--format', 'json', file]);
  const claims = (JSON.parse(json.stdout) as Report).files[0]!.claims;
  const warned = claims.filter((c) => c.verdict === 'unsupported' || c.verdict === 'disputed').length;
  assert.ok(warned >= 2, JSON.stringify(claims.map((c) => [c.text, c.verdict])));
  assert.ok(!claims.some((c) => c.verdict === 'conflict'));

  assertExit(corroborate(['check', ...BOTH, file]), 1); // default -1: any warning fails
  assertExit(corroborate(['check', ...BOTH, '--max-warnings', '-1', file]), 1);
  assertExit(corroborate(['check', ...BOTH, '--max-warnings', String(warned), file]), 0);
  assertExit(corroborate(['check', ...BOTH, `--max-warnings=${warned + 5}`, file]), 0);
  const over = corroborate(['check', ...BOTH, '--max-warnings', String(warned - 1), file]);
  assertExit(over, 1);
  assert.match(over.stderr, new RegExp(`^corroborate: ${warned} warnings \\(claims unsupported, disputed, misattributed or inconsistent\\), more than --max-warnings ${warned - 1}$`, 'm'));
  // A conflict fails whatever the budget.
  assertExit(corroborate(['check', ...BOTH, '--max-warnings', '1000', CONFLICTS]), 1);
  assertExit(corroborate(['check', ...BOTH, '--max-warnings', '0', SUPPORTED]), 0);
  for (const bad of ['x', '-2', '1.5', '']) {
    const r = corroborate(['check', ...BOTH, `--max-warnings=${bad}`, file]);
    assertExit(r, 2);
    assert.match(r.stderr, bad === '' ? /--max-warnings needs a value/ : /--max-warnings needs a whole number/);
  }
});

void test('--quiet: the text lists only errors (conflicts), the summary counts everything, json stays complete', () => {
  const file = warningsDraft();
  const loud = corroborate(['check', ...BOTH, file, CONFLICTS]);
  const quiet = corroborate(['check', ...BOTH, '--quiet', file, CONFLICTS]);
  assertExit(loud, 1);
  assertExit(quiet, 1);
  const loudLines = loud.stdout.trimEnd().split('\n');
  const quietLines = quiet.stdout.trimEnd().split('\n');
  assert.ok(loudLines.some((l) => / warning: .*\[unsupported\]$/.test(l)));
  assert.deepEqual(
    quietLines.slice(0, -1),
    loudLines.filter((l) => / error: .*\[conflict\]$/.test(l)),
  );
  assert.equal(quietLines.length - 1, 2);
  assert.equal(quietLines.at(-1), loudLines.at(-1), 'the same summary');
  const jsonQuiet = corroborate(['check', ...BOTH, '-q', '--format', 'json', file]);
  const jsonLoud = corroborate(['check', ...BOTH, '--format', 'json', file]);
  assert.equal(jsonQuiet.stdout, jsonLoud.stdout);
  // The exit status is that of --max-warnings, quiet or not.
  assertExit(corroborate(['check', ...BOTH, '--quiet', file]), 1);
});

// ---------------------------------------------------------------------------------------------
// 5. Huge drafts and outputs

/** A draft of about `bytes` bytes: sentences with figures, a paragraph every four. */
function hugeDraft(bytes: number, sentence: (n: number) => string): string {
  const file = path.join(tempDir(), 'huge-draft.md');
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const s = sentence(n) + (n % 4 === 3 ? '\n\n' : ' ');
    parts.push(s);
    size += Buffer.byteLength(s);
  }
  fs.writeFileSync(file, parts.join(''));
  assert.ok(fs.statSync(file).size < 10 * 1024 * 1024);
  return file;
}

const NINE_MB = 9 * 1024 * 1024;

void test('a 9 MB draft full of figures: the check stops at --max-claims (default 10,000) with valid JSON and a note', () => {
  const file = hugeDraft(NINE_MB, (n) => `The bridge cost ${400 + (n % 97)} million euros and ${1000 + n} workers built it in ${2000 + (n % 24)}.`);
  const out = path.join(tempDir(), 'report.json');
  const r = corroborate(['check', '--corpus', HARBOUR, '--format', 'json', file], { stdoutFile: out });
  assertClean(r);
  assertExit(r, 2);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  const [f] = report.files;
  assert.equal(f!.claims.length, 10_000);
  assert.equal(f!.truncated, 'max-claims');
  assert.ok(f!.checkedLines! > 0);
  const lines = fs.readFileSync(file, 'utf8').split('\n').length - 1;
  assert.deepEqual(errors(r), [`corroborate: ${file}: stopped after 10,000 claims (--max-claims 10000); the report of this draft is partial: ${f!.checkedLines} of ${lines} lines checked`]);
  assert.equal(report.errors?.length, 1);
  // The claims kept are the first ones, in order, and none lies below the lines said to be checked in full...
  const starts = f!.claims.map((c) => c.range.start.line);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  assert.ok(starts.at(-1)! <= f!.checkedLines!);
  // ...and a smaller limit stops sooner.
  const small = corroborate(['check', '--corpus', HARBOUR, '--format', 'json', '--max-claims', '25', file]);
  assertExit(small, 2);
  assert.equal((JSON.parse(small.stdout) as Report).files[0]!.claims.length, 25);
});

void test('streamed reports: a 9 MB draft with --max-claims 0 gives its whole JSON and SARIF in a 64 MB heap', () => {
  // Before streaming, the report was built as one string: this run died with "JavaScript heap out of memory".
  const file = hugeDraft(NINE_MB, (n) => `The planning committee of the northern district met for ${(n % 300) + 2} hours to discuss the long and winding proposal again.`);
  const out = path.join(tempDir(), 'report.json');
  const r = corroborate(['check', '--no-cache', '--corpus', MARATHON, '--format', 'json', '--max-claims', '0', file], { node: ['--max-old-space-size=64'], stdoutFile: out });
  assertClean(r);
  assertExit(r, 1);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  assert.equal(report.files.length, 1);
  assert.equal(report.files[0]!.truncated, undefined);
  const sentences = fs.readFileSync(file, 'utf8').split('The planning committee').length - 1;
  assert.equal(report.files[0]!.claims.length, sentences);
  assert.ok(report.files[0]!.claims.every((c) => c.verdict === 'unsupported' && c.kind === 'duration'));
  fs.rmSync(out);

  const sarifOut = path.join(tempDir(), 'report.sarif');
  const s = corroborate(['check', '--no-cache', '--corpus', MARATHON, '--format', 'sarif', '--max-claims', '0', file], { node: ['--max-old-space-size=64'], stdoutFile: sarifOut });
  assertClean(s);
  assertExit(s, 1);
  const sarif = JSON.parse(fs.readFileSync(sarifOut, 'utf8')) as { version: string; runs: { results: { ruleId: string }[]; invocations: { executionSuccessful: boolean }[] }[] };
  assert.equal(sarif.version, '2.1.0');
  // One result per claim, and one more for each figure the draft gives another value elsewhere
  // (as many as the consistency pass compared within its share of the time budget).
  assert.equal(sarif.runs[0]!.results.filter((x) => x.ruleId === 'unsupported').length, sentences);
  assert.ok(sarif.runs[0]!.results.every((x) => x.ruleId === 'unsupported' || x.ruleId === 'inconsistent'));
  assert.equal(sarif.runs[0]!.invocations[0]!.executionSuccessful, true);
});

void test('a reader that goes away (| head) ends the run without a stack trace', async () => {
  const file = hugeDraft(2 * 1024 * 1024, (n) => `The planning committee met for ${(n % 300) + 2} hours.`);
  const child = spawn(process.execPath, [BIN, 'check', '--corpus', MARATHON, '--format', 'json', '--max-claims', '0', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const guard = setTimeout(() => child.kill('SIGKILL'), TIMEOUT);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c, signal) => resolve(c ?? (signal === 'SIGPIPE' ? 2 : null))));
  clearTimeout(guard);
  assertClean({ code, stdout: '', stderr });
});

void test('a very long sentence full of figures is checked in pieces and ends', () => {
  const file = path.join(tempDir(), 'long-sentence.md');
  let s = 'The bridge';
  for (let i = 0; i < 3000; i++) s += ` cost ${i} euros and`;
  fs.writeFileSync(file, `${s} nothing more.\n`);
  const r = corroborate(['check', '--corpus', HARBOUR, '--format', 'json', '--max-claims', '0', file]);
  assertClean(r);
  assertExit(r, 1);
  assert.equal((JSON.parse(r.stdout) as Report).files[0]!.claims.length, 3000);
});

// ---------------------------------------------------------------------------------------------
// 6. Time budget per draft

void test('--timeout-per-file stops a long check: partial report, a note on stderr, exit 2; the next draft is checked', () => {
  const file = hugeDraft(NINE_MB, (n) => `The bridge cost ${400 + (n % 97)} million euros and ${1000 + n} workers built it in ${2000 + (n % 24)}.`);
  const out = path.join(tempDir(), 'report.json');
  const lines = fs.readFileSync(file, 'utf8').split('\n').length - 1;
  // Three seconds: far less than the minutes this draft takes, far more than the small one needs.
  const r = corroborate(['check', '--corpus', HARBOUR, '--format', 'json', '--max-claims', '0', '--timeout-per-file', '3', file, SUPPORTED], { stdoutFile: out });
  assertClean(r);
  assertExit(r, 2);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  const [slow, quick] = report.files;
  assert.equal(slow!.truncated, 'timeout');
  assert.ok(slow!.checkedLines! < lines);
  assert.equal(quick!.path, SUPPORTED);
  assert.equal(quick!.truncated, undefined);
  const [message, ...others] = errors(r);
  assert.deepEqual(others, []);
  assert.match(message!, new RegExp(`^corroborate: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: stopped after 3 s \\(--timeout-per-file 3\\); the report of this draft is partial: ${slow!.checkedLines} of ${lines} lines checked$`));
  for (const bad of ['soon', '-1']) {
    const u = corroborate(['check', ...BOTH, '--timeout-per-file', bad, SUPPORTED]);
    assertExit(u, 2);
    assert.match(u.stderr, /--timeout-per-file needs a number of seconds/);
  }
});

// ---------------------------------------------------------------------------------------------
// 7. The corpus: limits, special files, links

void test('--corpus / ends quickly with a clear message instead of walking the whole disk', { skip: process.platform === 'win32' ? 'POSIX only' : false }, () => {
  const r = corroborate(['check', '--no-cache', '--corpus', '/', SUPPORTED]);
  assertClean(r);
  const refused = 'corroborate: the corpus / has more than 50,000 files or folders; nothing was checked (give --corpus a smaller folder, or raise the limit with --max-corpus-files N)';
  if (errors(r).includes(refused)) {
    assertExit(r, 2);
    assert.equal(r.stdout, '');
  } else {
    // A system small enough to stay under the limit is read as a corpus, and the draft checked.
    assert.match(r.stdout, /claims checked in 1 file/, r.stderr);
  }
});

void test('--max-corpus-files and --max-corpus-bytes refuse a corpus over them, naming the flag', () => {
  const files = corroborate(['check', ...BOTH, '--max-corpus-files', '2', SUPPORTED]);
  assertClean(files);
  assertExit(files, 2);
  assert.match(files.stderr, /^corroborate: the corpus .* has more than 2 files or folders; nothing was checked \(give --corpus a smaller folder, or raise the limit with --max-corpus-files N\)$/m);
  const bytes = corroborate(['check', ...BOTH, '--max-corpus-bytes', '1K', SUPPORTED]);
  assertClean(bytes);
  assertExit(bytes, 2);
  assert.match(bytes.stderr, /^corroborate: the corpus .* has more than 1,024 bytes of source files; nothing was checked \(give --corpus a smaller folder, or raise the limit with --max-corpus-bytes N\)$/m);
  assertExit(corroborate(['check', ...BOTH, '--max-corpus-files', '10', '--max-corpus-bytes', '1M', SUPPORTED]), 0);
  for (const [flag, bad] of [
    ['--max-corpus-files', '0'],
    ['--max-corpus-bytes', 'lots'],
    ['--max-claims', '-3'],
  ] as const) {
    const u = corroborate(['check', ...BOTH, flag, bad, SUPPORTED]);
    assertExit(u, 2);
    assert.match(u.stderr, new RegExp(`${flag} needs a`));
  }
});

/** A corpus folder with copies of the harbour and marathon sources. */
function corpusCopy(): string {
  const dir = tempDir();
  for (const src of [HARBOUR, MARATHON]) for (const f of fs.readdirSync(path.join(ROOT, src))) fs.copyFileSync(path.join(ROOT, src, f), path.join(dir, f));
  return dir;
}

void test('a FIFO in the corpus is skipped with a warning and never blocks the run', { skip: HAS_MKFIFO ? false : 'mkfifo is not available' }, () => {
  const dir = corpusCopy();
  const fifo = mkfifo(path.join(dir, 'incoming.md'));
  const r = corroborate(['check', '--no-cache', '--corpus', dir, SUPPORTED]);
  assertClean(r);
  assertExit(r, 0);
  assert.match(r.stderr, new RegExp(`^corroborate: warning: ${fifo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: skipped \\(not a regular file\\)$`, 'm'));
});

void test('sources reached through links count as sources; a loop and a dangling link are warned about once', { skip: LINKS }, () => {
  const base = tempDir();
  const real = path.join(base, 'archive');
  fs.mkdirSync(real);
  for (const src of [HARBOUR, MARATHON]) for (const f of fs.readdirSync(path.join(ROOT, src))) fs.copyFileSync(path.join(ROOT, src, f), path.join(real, f));
  const corpus = path.join(base, 'corpus');
  fs.mkdirSync(corpus);
  // The harbour sources through a linked folder, the marathon one through a linked file.
  fs.mkdirSync(path.join(real, 'harbour'));
  for (const f of fs.readdirSync(path.join(ROOT, HARBOUR))) fs.renameSync(path.join(real, f), path.join(real, 'harbour', f));
  fs.symlinkSync(path.join(real, 'harbour'), path.join(corpus, 'harbour'));
  const [marathon] = fs.readdirSync(path.join(ROOT, MARATHON));
  fs.symlinkSync(path.join(real, marathon!), path.join(corpus, marathon!));
  fs.symlinkSync(corpus, path.join(corpus, 'harbour-loop'));
  fs.symlinkSync(path.join(base, 'gone.md'), path.join(corpus, 'gone.md'));
  const r = corroborate(['check', '--no-cache', '--corpus', corpus, '--format', 'json', SUPPORTED, MARATHON_TXT]);
  assertClean(r);
  assertExit(r, 0);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.corpus.documents, 3);
  assert.equal(r.stderr.split('\n').filter((l) => /harbour-loop: skipped .*a loop/.test(l)).length, 1, r.stderr);
  assert.equal(r.stderr.split('\n').filter((l) => /gone\.md: skipped \(a symbolic link to nothing\)/.test(l)).length, 1, r.stderr);
});

void test('a draft that is a link into the corpus is not evidence for itself', { skip: LINKS }, () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'source.md'), '---\ntitle: Ferry\n---\nThe new ferry carries 420 passengers.\n');
  fs.writeFileSync(path.join(dir, 'draft.md'), 'The new ferry carries 480 passengers.\n');
  const link = path.join(tempDir(), 'draft-link.md');
  fs.symlinkSync(path.join(dir, 'draft.md'), link);
  const r = corroborate(['check', '--no-cache', '--format', 'json', '--corpus', dir, link]);
  assertExit(r, 1);
  const claim = (JSON.parse(r.stdout) as Report).files[0]!.claims[0]!;
  assert.equal(claim.verdict, 'conflict');
});

void test('a corpus with many skipped files lists the first 100 warnings and counts the rest', () => {
  const dir = corpusCopy();
  for (let i = 0; i < 130; i++) fs.writeFileSync(path.join(dir, `data-${String(i).padStart(3, '0')}.csv`), 'a,b\n');
  const r = corroborate(['check', '--no-cache', '--corpus', dir, SUPPORTED]);
  assertClean(r);
  assertExit(r, 0);
  const warnings = r.stderr.split('\n').filter((l) => l.startsWith('corroborate: warning: '));
  assert.equal(warnings.length, 101);
  assert.equal(warnings.at(-1), 'corroborate: warning: 30 more warnings about the corpus not shown');
});
