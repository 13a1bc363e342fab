/**
 * End-to-end tests of the command line: the built bundle (dist/cli.js, through bin/corroborate.js)
 * is run as a separate process, the way a user or a CI job runs it. `npm test` builds before it
 * runs the tests, so dist/ exists.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function corroborate(...args: string[]): Run {
  // The timeout only keeps a hung process from hanging the suite; nothing asserts on time.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cli-'));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Asserts the exit code, showing the process's output when it is not the expected one. */
function assertExit(r: Run, code: number): void {
  assert.equal(r.code, code, `exit ${r.code}, expected ${code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
}

/** Exit 2, nothing on stdout, a "corroborate: ..." message matching `message` on stderr. */
function assertInputError(r: Run, message: RegExp): void {
  assertExit(r, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^corroborate: /);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, 'a stack trace instead of a message');
}

// ---------------------------------------------------------------------------------------------
// JSON output and its shape

interface JsonEvidence {
  relation: string;
  source: string;
  title: string;
  publisher?: string;
  date?: string;
  file: string;
  line: number;
  text: string;
}
interface JsonClaim {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  kind: string;
  verdict: string;
  message: string;
  evidence: JsonEvidence[];
}
interface JsonReport {
  version: 1;
  corpus: { documents: number; sentences: number };
  files: { path: string; claims: JsonClaim[] }[];
}

/**
 * Keys the CLI writes beyond the documented shape. They are tolerated (nothing else is): claim
 * offsets, the engine's reading of a figure, the evidence hash and the reasons for a figure's
 * verdict; the source author, the column of the evidence sentence and the matched words in it.
 */
const EXTRA_CLAIM_KEYS = ['start', 'end', 'reading', 'evidenceHash', 'reasons'];
const EXTRA_EVIDENCE_KEYS = ['author', 'character', 'match', 'range'];

function assertKeys(what: string, obj: object, required: readonly string[], optional: readonly string[] = []): void {
  const keys = Object.keys(obj);
  for (const k of required) assert.ok(keys.includes(k), `${what} lacks "${k}": ${JSON.stringify(obj)}`);
  for (const k of keys) assert.ok(required.includes(k) || optional.includes(k), `${what} has an unexpected key "${k}"`);
}

const isNat = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;
const VERDICTS = ['supported', 'conflict', 'disputed', 'unsupported'];
const CODES = ['conflict', 'misquote', 'disputed', 'unsupported-figure', 'unsupported-quote', 'misattributed', 'inconsistent'];
const KINDS = ['count', 'money', 'percent', 'date', 'time', 'duration', 'age', 'ordinal', 'score', 'quote'];

function assertJsonShape(report: unknown): asserts report is JsonReport {
  assert.ok(report && typeof report === 'object' && !Array.isArray(report));
  assertKeys('report', report, ['version', 'corpus', 'files']);
  const r = report as JsonReport;
  assert.equal(r.version, 1);
  assertKeys('corpus', r.corpus, ['documents', 'sentences']);
  assert.ok(isNat(r.corpus.documents) && isNat(r.corpus.sentences));
  assert.ok(Array.isArray(r.files));
  for (const f of r.files) {
    assertKeys('file', f, ['path', 'claims']);
    assert.equal(typeof f.path, 'string');
    assert.ok(Array.isArray(f.claims));
    for (const c of f.claims) {
      assertKeys('claim', c, ['range', 'text', 'kind', 'verdict', 'message', 'evidence', 'codes'], [...EXTRA_CLAIM_KEYS, 'attribution', 'inconsistent']);
      const codes = (c as unknown as { codes: unknown }).codes;
      assert.ok(Array.isArray(codes) && codes.every((x) => CODES.includes(x as string)), `codes: ${JSON.stringify(codes)}`);
      for (const r of (c as { reasons?: unknown[] }).reasons ?? []) {
        assertKeys('reason', r as object, ['relation', 'source', 'figure', 'probability', 'value', 'features']);
        const reason = r as { probability: number; features: unknown[] };
        assert.ok(reason.probability >= 0 && reason.probability <= 1, 'a reason\'s probability lies in [0, 1]');
        for (const f of reason.features) assertKeys('reason feature', f as object, ['feature', 'value', 'weight']);
      }
      assertKeys('range', c.range, ['start', 'end']);
      for (const p of [c.range.start, c.range.end]) {
        assertKeys('position', p, ['line', 'character']);
        assert.ok(isNat(p.line) && isNat(p.character), JSON.stringify(p));
      }
      assert.equal(typeof c.text, 'string');
      assert.ok(c.text.length > 0);
      assert.ok(KINDS.includes(c.kind), c.kind);
      assert.ok(VERDICTS.includes(c.verdict), c.verdict);
      assert.equal(typeof c.message, 'string');
      assert.ok(c.message.length > 0);
      assert.ok(Array.isArray(c.evidence));
      for (const e of c.evidence) {
        assertKeys('evidence', e, ['relation', 'source', 'title', 'file', 'line', 'text'], ['publisher', 'date', ...EXTRA_EVIDENCE_KEYS]);
        assert.ok(e.relation === 'supports' || e.relation === 'contradicts', e.relation);
        for (const k of ['source', 'title', 'file', 'text'] as const) assert.equal(typeof e[k], 'string', k);
        for (const k of ['publisher', 'date'] as const) if (k in e) assert.equal(typeof e[k], 'string', k);
        assert.ok(Number.isInteger(e.line) && e.line >= 1, `evidence line is 1-based: ${e.line}`);
      }
    }
  }
}

function checkJson(...args: string[]): { run: Run; report: JsonReport } {
  const run = corroborate('check', '--format', 'json', ...args);
  assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}\n${run.stderr}`);
  const report: unknown = JSON.parse(run.stdout);
  assertJsonShape(report);
  return { run, report };
}

/** UTF-16 offset of a 0-based line/character position. */
function offsetAt(text: string, pos: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const nl = text.indexOf('\n', offset);
    assert.ok(nl >= 0, `line ${pos.line} is past the end of the draft`);
    offset = nl + 1;
  }
  return offset + pos.character;
}

function sliceRange(text: string, range: JsonClaim['range']): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

const verdictsOf = (claims: readonly JsonClaim[]): Record<string, string> => Object.fromEntries(claims.map((c) => [c.text.replace(/\s+/g, ' '), c.verdict]));

// ---------------------------------------------------------------------------------------------
// Exit codes

void test('exit 0 when every claim of the draft is supported', () => {
  const r = corroborate('check', ...BOTH, SUPPORTED);
  assertExit(r, 0);
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 1, `only the summary is printed:\n${r.stdout}`);
  const m = lines[0]!.match(/^(\d+) claims checked in 1 file against 3 sources: (\d+) supported, 0 conflict, 0 disputed, 0 unsupported\.$/);
  assert.ok(m, lines[0]);
  assert.equal(m[1], m[2]);
  assert.ok(Number(m[1]) >= 6);
});

void test('exit 1 when the draft has conflicts', () => {
  const r = corroborate('check', ...BOTH, CONFLICTS);
  assertExit(r, 1);
  assert.match(r.stdout, /conflicts\.md:3:\d+: error: .*515 million euros.* \[conflict\]/);
  assert.match(r.stdout, /conflicts\.md:7:\d+: error: .*12,000.* \[conflict\]/);
  assert.match(r.stdout, /: 2 supported, 2 conflict, 0 disputed, 0 unsupported\.$/m);
});

void test('every claim of the fixtures gets the expected verdict', () => {
  const { report } = checkJson(...BOTH, SUPPORTED, CONFLICTS, MARATHON_TXT);
  // Every claim of supported.md is supported; these ones at least must be found.
  const supported = verdictsOf(report.files[0]!.claims);
  for (const text of ['May 14, 2024', '412 million euros', '1,850 metres', '4', '38,000']) {
    assert.equal(supported[text], 'supported', `${text} in ${JSON.stringify(supported)}`);
  }
  assert.ok(Object.values(supported).every((v) => v === 'supported'), JSON.stringify(supported));
  // The quote (whether its closing comma is part of the claim or not).
  const quote = report.files[0]!.claims.find((c) => c.kind === 'quote');
  assert.match(quote?.text ?? '', /^This bridge joins two halves of one city,?$/);
  assert.equal(quote?.verdict, 'supported');
  assert.deepEqual(verdictsOf(report.files[1]!.claims), { '515 million euros': 'conflict', '2,300': 'supported', '12,000': 'conflict', Saturday: 'supported' });
  assert.deepEqual(verdictsOf(report.files[2]!.claims), { '9,400': 'supported', '560,000 dollars': 'supported', Saturday: 'supported' });
});

// ---------------------------------------------------------------------------------------------
// Usage and input errors: exit 2 with a message

void test('exit 2 for a draft file that does not exist', () => {
  const missing = path.join(tempDir(), 'no-such-draft.md');
  assertInputError(corroborate('check', ...BOTH, missing), /^corroborate: .*no-such-draft\.md: file not found$/m);
});

void test('exit 2 for a folder given as the draft that holds no draft', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'figures.csv'), 'a,b\n1,2\n');
  assertInputError(corroborate('check', ...BOTH, dir), new RegExp(`^corroborate: ${escape(dir)}: no \\.md, \\.markdown or \\.txt file in this folder$`, 'm'));
});

void test('exit 2 for a --corpus folder that does not exist', () => {
  const missing = path.join(tempDir(), 'no-such-corpus');
  assertInputError(corroborate('check', '--corpus', missing, SUPPORTED), /corpus folder not found: .*no-such-corpus/);
});

void test('exit 2 for a --corpus that is a file, not a folder', () => {
  assertInputError(corroborate('check', '--corpus', SUPPORTED, SUPPORTED), /corpus is not a folder/);
});

void test('exit 2 for an empty corpus folder', () => {
  const dir = tempDir();
  assertInputError(corroborate('check', '--corpus', dir, SUPPORTED), /no readable sources \(\.md, \.markdown, \.txt, \.html, \.htm, \.pdf and \.docx files\)/);
});

void test('exit 2 for a corpus folder with no .md or .txt file in it', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'figures.csv'), 'bridge,cost\nLindqvist,412000000\n');
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'notes.json'), '{"cost": 412}\n');
  const r = corroborate('check', '--corpus', dir, SUPPORTED);
  assertInputError(r, /no readable sources \(\.md, \.markdown, \.txt, \.html, \.htm, \.pdf and \.docx files\)/);
  assert.match(r.stderr, /warning: .*figures\.csv: skipped/);
});

void test('exit 2 and the usage for an unknown option', () => {
  const r = corroborate('check', ...BOTH, '--frobnicate', SUPPORTED);
  assertInputError(r, /unknown option "--frobnicate"/);
  assert.match(r.stderr, /usage: corroborate check/);
});

void test('exit 2 and the usage for an unknown --format', () => {
  for (const args of [['--format', 'xml'], ['--format=yaml']]) {
    const r = corroborate('check', ...BOTH, ...args, SUPPORTED);
    assertInputError(r, /unknown format "(xml|yaml)" \(text, json or sarif\)/);
    assert.match(r.stderr, /usage: corroborate check/);
  }
});

void test('exit 2 for --format or --corpus without a value', () => {
  assertInputError(corroborate('check', SUPPORTED, '--format'), /--format needs a value/);
  assertInputError(corroborate('check', SUPPORTED, '--corpus'), /--corpus needs a value/);
});

void test('exit 2 and the usage when no file is given', () => {
  const r = corroborate('check', ...BOTH);
  assertInputError(r, /no file to check/);
  assert.match(r.stderr, /usage: corroborate check/);
});

void test('exit 2 for a missing or unknown command', () => {
  assertInputError(corroborate(), /missing command/);
  assertInputError(corroborate('verify', SUPPORTED), /unknown command "verify"/);
});

void test('exit 2 for a binary draft (NUL bytes)', () => {
  const file = path.join(tempDir(), 'photo.md');
  fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]));
  assertInputError(corroborate('check', ...BOTH, file), /photo\.md: looks like a binary file, not a draft/);
});

void test('--help and --version exit 0', () => {
  const help = corroborate('--help');
  assertExit(help, 0);
  assert.match(help.stdout, /^usage: corroborate check/);
  const version = corroborate('--version');
  assertExit(version, 0);
  assert.match(version.stdout.trim(), /^\d+\.\d+\.\d+/);
});

// ---------------------------------------------------------------------------------------------
// Awkward input that is still read

void test('a draft with one bad byte in a UTF-8 text keeps its other characters, and the line is named', () => {
  const file = path.join(tempDir(), 'one-bad-byte.md');
  const text = 'Caf\u00e9 news.\n\nThe bridge cost 412 million euros, according to the regional transport office.\n';
  fs.writeFileSync(file, Buffer.concat([Buffer.from('Caf\u00e9 news \u2014 ', 'utf8'), Buffer.from([0xff]), Buffer.from(text.slice(9), 'utf8')]));
  const r = corroborate('check', ...BOTH, '--format', 'json', file);
  assertExit(r, 0);
  assert.match(r.stderr, /warning: .*one-bad-byte\.md: bytes that are not valid UTF-8 on line 1; each read as U\+FFFD/);
  assert.doesNotMatch(r.stderr, /Latin-1/);
  const report: unknown = JSON.parse(r.stdout);
  assertJsonShape(report);
  const [claim] = report.files[0]!.claims;
  assert.equal(claim?.text, '412 million euros');
  assert.equal(claim?.range.start.line, 2);
});

void test('a draft with invalid UTF-8 is read as Latin-1, with a warning', () => {
  const file = path.join(tempDir(), 'latin1.md');
  // "Café news: the bridge cost 412 million euros, ..." with é as the Latin-1 byte 0xE9.
  const text = 'Caf\u00e9 news: the bridge cost 412 million euros, according to the regional transport office.\n';
  fs.writeFileSync(file, Buffer.from(text, 'latin1'));
  const r = corroborate('check', ...BOTH, '--format', 'json', file);
  assertExit(r, 0);
  assert.match(r.stderr, /warning: .*latin1\.md: not valid UTF-8; read as Latin-1/);
  const report: unknown = JSON.parse(r.stdout);
  assertJsonShape(report);
  const [claim] = report.files[0]!.claims;
  assert.equal(claim?.text, '412 million euros');
  assert.equal(claim?.verdict, 'supported');
  assert.equal(sliceRange(text, claim.range), '412 million euros');
});

void test('an empty draft has no claims and exits 0', () => {
  const file = path.join(tempDir(), 'empty.md');
  fs.writeFileSync(file, '');
  const r = corroborate('check', ...BOTH, file);
  assertExit(r, 0);
  assert.match(r.stdout, /^0 claims checked in 1 file against 3 sources/);
});

void test('a corpus with a binary file, an unknown extension and an empty file loads the rest, with warnings', () => {
  const dir = tempDir();
  for (const src of [HARBOUR, MARATHON]) {
    const sub = path.join(dir, path.basename(src));
    fs.mkdirSync(sub);
    for (const f of fs.readdirSync(path.join(ROOT, src))) fs.copyFileSync(path.join(ROOT, src, f), path.join(sub, f));
  }
  fs.writeFileSync(path.join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00]));
  fs.writeFileSync(path.join(dir, 'timetable.csv'), 'route,departures\nharbour,48\n');
  fs.writeFileSync(path.join(dir, 'blank.txt'), '');
  const r = corroborate('check', '--corpus', dir, '--format', 'json', SUPPORTED);
  assertExit(r, 0);
  assert.match(r.stderr, /warning: .*scan\.md: skipped \(binary content\)/);
  assert.match(r.stderr, /warning: .*timetable\.csv: skipped \(not a source: only \.md, \.markdown, \.txt, \.html, \.htm, \.pdf and \.docx files are read\)/);
  assert.match(r.stderr, /warning: .*blank\.txt: skipped \(empty\)/);
  const report: unknown = JSON.parse(r.stdout);
  assertJsonShape(report);
  assert.equal(report.corpus.documents, 3);
  assert.ok(report.files[0]!.claims.every((c) => c.verdict === 'supported'));
});

// ---------------------------------------------------------------------------------------------
// Output formats

void test('--format json has the documented shape and lists supported claims too', () => {
  const { run, report } = checkJson(...BOTH, CONFLICTS);
  assertExit(run, 1);
  assert.equal(report.corpus.documents, 3);
  assert.ok(report.corpus.sentences > 3);
  assert.equal(report.files.length, 1);
  assert.equal(report.files[0]!.path, CONFLICTS);
  const claims = report.files[0]!.claims;
  const supported = claims.find((c) => c.verdict === 'supported');
  assert.equal(supported?.text, '2,300');
  assert.equal(supported.kind, 'count');
  assert.ok(supported.evidence.length >= 1);
  assert.ok(supported.evidence.every((e) => e.relation === 'supports'));

  const conflict = claims.find((c) => c.text === '515 million euros');
  assert.equal(conflict?.verdict, 'conflict');
  assert.equal(conflict.kind, 'money');
  const e = conflict.evidence[0]!;
  assert.equal(e.relation, 'contradicts');
  assert.equal(e.source, 'harbour-bridge-opens');
  assert.equal(e.title, 'Lindqvist Harbour Bridge opens to traffic');
  assert.equal(e.publisher, 'Coastal Courier');
  assert.equal(e.date, '2024-05-14');
  assert.equal(e.text, 'The bridge cost 412 million euros, according to the regional transport office.');
});

void test('--format json: evidence points at the source file and its 1-based line', () => {
  const { report } = checkJson(...BOTH, SUPPORTED, CONFLICTS, MARATHON_TXT);
  let seen = 0;
  for (const f of report.files) {
    for (const c of f.claims) {
      for (const e of c.evidence) {
        const source = fs.readFileSync(path.resolve(ROOT, e.file), 'utf8');
        const line = source.split('\n')[e.line - 1];
        assert.ok(line?.includes(e.text.split('\n')[0]!), `${e.file}:${e.line} is "${line}", not "${e.text}"`);
        seen++;
      }
    }
  }
  assert.ok(seen > 5);
  // A .txt source without front matter: no publisher or date, title from its first line.
  const txt = report.files[2]!.claims[0]!.evidence[0]!;
  assert.equal(txt.title, 'Record field runs the Greywater Valley Marathon');
  assert.ok(!('publisher' in txt) && !('date' in txt));
});

void test('--format json: ranges are 0-based lines and UTF-16 characters that slice the draft to the claim', () => {
  const dir = tempDir();
  // Astral characters (two UTF-16 units each), accents, a CRLF line and a claim split over two lines.
  const drafts: [string, string][] = [
    [path.join(dir, 'unicode.md'), '# Br\u00fccke \u{1F309}\n\n\u{1F309}\u{1F309} Caf\u00e9 \u2014 the bridge cost 412 million euros, according to the regional transport office.\r\nAbout 2,300 workers were employed on the site at the peak of\nconstruction. The bridge is 1,850\nmetres long.\n'],
    [path.join(ROOT, SUPPORTED), fs.readFileSync(path.join(ROOT, SUPPORTED), 'utf8')],
    [path.join(ROOT, MARATHON_TXT), fs.readFileSync(path.join(ROOT, MARATHON_TXT), 'utf8')],
  ];
  fs.writeFileSync(drafts[0]![0], drafts[0]![1]);
  const { report } = checkJson(...BOTH, ...drafts.map(([file]) => file));
  assert.equal(report.files.length, drafts.length);
  let multiline = 0;
  for (const [i, [, text]] of drafts.entries()) {
    const claims = report.files[i]!.claims;
    assert.ok(claims.length >= 2, `claims of draft ${i}`);
    for (const c of claims) {
      assert.equal(sliceRange(text.replace(/\r\n/g, '\n'), c.range), c.text, JSON.stringify(c.range));
      if (c.range.end.line > c.range.start.line) multiline++;
    }
  }
  assert.ok(multiline >= 1, 'a claim split over two lines');
  const unicode = report.files[0]!.claims.find((c) => c.text === '412 million euros');
  // "🌉🌉 Café — the bridge cost " is 2 + 2 + 1 + 4 + 1 + 1 + 1 + 16 = 28 UTF-16 units.
  assert.deepEqual(unicode?.range, { start: { line: 2, character: 28 }, end: { line: 2, character: 45 } });
});

void test('--format sarif is SARIF 2.1.0 with 1-based regions and the verdict as rule', () => {
  const run = corroborate('check', ...BOTH, '--format', 'sarif', CONFLICTS, SUPPORTED);
  assertExit(run, 1);
  const sarif = JSON.parse(run.stdout) as {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string }[] } };
      results: {
        ruleId: string;
        level: string;
        message: { text: string };
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      }[];
    }[];
  };
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs.length, 1);
  const [sarifRun] = sarif.runs;
  assert.equal(sarifRun!.tool.driver.name, 'corroborate');
  const ruleIds = sarifRun!.tool.driver.rules.map((r) => r.id);

  const { report } = checkJson(...BOTH, CONFLICTS, SUPPORTED);
  const expected = report.files.flatMap((f) => f.claims.filter((c) => c.verdict !== 'supported').map((c) => ({ file: f.path, c })));
  assert.equal(sarifRun!.results.length, expected.length);
  assert.equal(expected.length, 2);
  for (const [i, result] of sarifRun!.results.entries()) {
    const { file, c } = expected[i]!;
    assert.equal(result.ruleId, c.verdict);
    assert.ok(ruleIds.includes(result.ruleId));
    assert.equal(result.level, c.verdict === 'conflict' ? 'error' : 'warning');
    assert.equal(result.message.text, c.message);
    const loc = result.locations[0]!.physicalLocation;
    assert.equal(loc.artifactLocation.uri, file.split(path.sep).join('/'));
    assert.deepEqual(loc.region, {
      ...loc.region,
      startLine: c.range.start.line + 1,
      startColumn: c.range.start.character + 1,
      endLine: c.range.end.line + 1,
      endColumn: c.range.end.character + 1,
    });
  }
});

void test('--format sarif of a fully supported draft has no results and exits 0', () => {
  const run = corroborate('check', ...BOTH, '--format', 'sarif', SUPPORTED);
  assertExit(run, 0);
  const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: unknown[] }[] };
  assert.equal(sarif.version, '2.1.0');
  assert.deepEqual(sarif.runs[0]!.results, []);
});

void test('text format: one file:line:col line per claim that is not supported, then a summary', () => {
  const run = corroborate('check', ...BOTH, CONFLICTS, SUPPORTED, MARATHON_TXT);
  assertExit(run, 1);
  const lines = run.stdout.trimEnd().split('\n');
  const summary = lines.pop()!;
  const { report } = checkJson(...BOTH, CONFLICTS, SUPPORTED, MARATHON_TXT);
  const all = report.files.flatMap((f) => f.claims);
  const count = (v: string): number => all.filter((c) => c.verdict === v).length;
  assert.equal(
    summary,
    `${all.length} claims checked in 3 files against 3 sources: ${count('supported')} supported, 2 conflict, 0 disputed, 0 unsupported.`,
  );
  const expected = report.files.flatMap((f) => f.claims.filter((c) => c.verdict !== 'supported').map((c) => ({ file: f.path, c })));
  assert.equal(lines.length, expected.length);
  for (const [i, line] of lines.entries()) {
    const m = line.match(/^(.+):(\d+):(\d+): (error|warning): (.+) \[(conflict|disputed|unsupported)\]$/);
    assert.ok(m, `not a compiler-style line: ${line}`);
    const { file, c } = expected[i]!;
    assert.equal(m[1], file);
    assert.equal(Number(m[2]), c.range.start.line + 1);
    assert.equal(Number(m[3]), c.range.start.character + 1);
    assert.equal(m[4], c.verdict === 'conflict' ? 'error' : 'warning');
    assert.equal(m[5], c.message.replace(/\s+/g, ' '));
    assert.equal(m[6], c.verdict);
  }
});

void test('text format: singular summary for one claim', () => {
  const file = path.join(tempDir(), 'one.txt');
  fs.writeFileSync(file, 'A record 9,400 runners started the Greywater Valley Marathon.\n');
  const run = corroborate('check', '--corpus', MARATHON, file);
  assertExit(run, 0);
  assert.equal(run.stdout, '1 claim checked in 1 file against 1 source: 1 supported, 0 conflict, 0 disputed, 0 unsupported.\n');
});

// ---------------------------------------------------------------------------------------------
// Corpora, files and options

void test('--corpus repeated merges the folders', () => {
  const harbourOnly = checkJson('--corpus', HARBOUR, MARATHON_TXT).report;
  assert.equal(harbourOnly.corpus.documents, 2);
  assert.ok(harbourOnly.files[0]!.claims.every((c) => c.verdict === 'unsupported'));

  const marathonOnly = checkJson('--corpus', MARATHON, CONFLICTS).report;
  assert.equal(marathonOnly.corpus.documents, 1);
  assert.equal(verdictsOf(marathonOnly.files[0]!.claims)['515 million euros'], 'unsupported');

  const both = checkJson(...BOTH, MARATHON_TXT).report;
  assert.equal(both.corpus.documents, 3);
  assert.ok(both.files[0]!.claims.every((c) => c.verdict === 'supported'));
  const sources = new Set(checkJson(...BOTH, CONFLICTS).report.files[0]!.claims.flatMap((c) => c.evidence.map((e) => e.source)));
  assert.deepEqual([...sources].sort(), ['harbour-bridge-opens', 'valley-marathon-2023']);
  // --corpus=DIR is the same as --corpus DIR.
  assert.equal(checkJson(`--corpus=${HARBOUR}`, `--corpus=${MARATHON}`, MARATHON_TXT).report.corpus.documents, 3);
});

void test('--corpus replaces the bundled corpus', () => {
  const bundled = checkJson(SUPPORTED).report;
  const bundledDocs = fs.readdirSync(path.join(ROOT, 'corpus')).filter((f) => /\.(md|txt)$/.test(f)).length;
  assert.equal(bundled.corpus.documents, bundledDocs);
  const own = checkJson(...BOTH, SUPPORTED).report;
  assert.equal(own.corpus.documents, 3);
  for (const c of own.files[0]!.claims) for (const e of c.evidence) assert.ok(e.file.startsWith(FIXTURES), e.file);
});

void test('several files are reported separately, in the order given', () => {
  const { run, report } = checkJson(...BOTH, MARATHON_TXT, SUPPORTED);
  assertExit(run, 0);
  assert.deepEqual(
    report.files.map((f) => f.path),
    [MARATHON_TXT, SUPPORTED],
  );
  assert.deepEqual(verdictsOf(report.files[0]!.claims), { '9,400': 'supported', '560,000 dollars': 'supported', Saturday: 'supported' });
  assert.ok(report.files[1]!.claims.length >= 6);
  assert.ok(report.files[1]!.claims.every((c) => c.verdict === 'supported'));
  // One bad draft anywhere in the list is an input error, and the others are still reported.
  const gone = corroborate('check', ...BOTH, SUPPORTED, path.join(tempDir(), 'gone.md'));
  assertExit(gone, 2);
  assert.match(gone.stderr, /^corroborate: .*gone\.md: file not found$/m);
  assert.match(gone.stdout, /^\d+ claims checked in 1 file against 3 sources: .* 1 file could not be checked in full/m);
  // One draft with conflicts makes the whole run exit 1.
  assertExit(corroborate('check', ...BOTH, SUPPORTED, CONFLICTS), 1);
});

void test('--no-quotes leaves quotes out', () => {
  const withQuotes = checkJson(...BOTH, SUPPORTED).report.files[0]!.claims;
  const without = checkJson(...BOTH, '--no-quotes', SUPPORTED).report.files[0]!.claims;
  assert.ok(withQuotes.some((c) => c.kind === 'quote'));
  assert.ok(!without.some((c) => c.kind === 'quote'));
  assert.deepEqual(
    without.map((c) => c.text),
    withQuotes.filter((c) => c.kind !== 'quote').map((c) => c.text),
  );
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

void test('a draft kept inside the corpus folder is not evidence for itself', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-self-'));
  tempDirs.push(dir);
  fs.writeFileSync(path.join(dir, 'source.md'), '---\ntitle: Ferry\n---\nThe new ferry carries 420 passengers.\n');
  fs.writeFileSync(path.join(dir, 'draft.md'), 'The new ferry carries 480 passengers.\n');
  const r = corroborate('check', '--format', 'json', '--corpus', dir, path.join(dir, 'draft.md'));
  assert.equal(r.code, 1, r.stderr);
  const claim = JSON.parse(r.stdout).files[0].claims[0];
  assert.equal(claim.verdict, 'conflict');
  assert.ok(claim.evidence.every((e: { file: string }) => !e.file.endsWith('draft.md')));
});

void test('a draft reached through a link inside the corpus folder is not evidence for itself', { skip: process.platform === 'win32' ? 'symbolic links need privileges on Windows' : false }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-self-'));
  tempDirs.push(dir);
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(corpus);
  fs.writeFileSync(path.join(corpus, 'source.md'), '---\ntitle: Ferry\n---\nThe new ferry carries 420 passengers.\n');
  fs.writeFileSync(path.join(dir, 'draft.md'), 'The new ferry carries 480 passengers.\n');
  fs.symlinkSync(path.join(dir, 'draft.md'), path.join(corpus, 'alias.md'));
  const r = corroborate('check', '--no-cache', '--format', 'json', '--corpus', corpus, path.join(dir, 'draft.md'));
  assert.equal(r.code, 1, r.stderr);
  const claim = JSON.parse(r.stdout).files[0].claims[0];
  assert.equal(claim.verdict, 'conflict');
  assert.ok(claim.evidence.every((e: { file: string }) => !e.file.endsWith('alias.md')));
});

void test('--corpus followed by another option asks for a value', () => {
  const r = corroborate('check', '--corpus', '--format', 'json', 'x.md');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--corpus needs a value/);
});

// ---------------------------------------------------------------------------------------------
// corroborate report

void test('report -o writes one HTML page with every claim; the exit status is check\'s', () => {
  const dir = tempDir();
  const out = path.join(dir, 'report.html');
  const r = corroborate('report', '--no-cache', '--corpus', HARBOUR, '-o', out, CONFLICTS);
  assertExit(r, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /wrote .*report\.html: \d+ claims? checked in 1 file/);
  const html = fs.readFileSync(out, 'utf8');
  const json = JSON.parse(corroborate('check', '--no-cache', '--corpus', HARBOUR, '--format', 'json', CONFLICTS).stdout) as JsonReport;
  const claims = json.files[0]!.claims;
  assert.ok(claims.length > 0);
  assert.equal(html.match(/<article class="card /g)?.length, claims.length);
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.ok(!/<script/i.test(html));
  assert.deepEqual(fs.readdirSync(dir), ['report.html'], 'no temporary file is left');
});

void test('report without -o writes the page to standard output', () => {
  const r = corroborate('report', '--no-cache', '--corpus', HARBOUR, SUPPORTED);
  assertExit(r, 0);
  assert.match(r.stdout, /^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
});

void test('report: a folder that does not exist, a folder as the file, --format: clear messages, exit 2', () => {
  const dir = tempDir();
  assertInputError(corroborate('report', '--corpus', HARBOUR, '-o', path.join(dir, 'missing', 'r.html'), SUPPORTED), /cannot write the report to .*: the folder .* does not exist/);
  assertInputError(corroborate('report', '--corpus', HARBOUR, '-o', dir, SUPPORTED), /cannot write the report to .*: it is a folder/);
  const usage = corroborate('report', '--format', 'json', SUPPORTED);
  assertExit(usage, 2);
  assert.match(usage.stderr, /--format is an option of check/);
  const check = corroborate('check', '-o', path.join(dir, 'x.html'), SUPPORTED);
  assertExit(check, 2);
  assert.match(check.stderr, /--output is for baseline and report/);
});
