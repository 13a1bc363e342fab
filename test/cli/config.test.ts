/**
 * The project configuration, suppressions and baselines through the built command line
 * (dist/cli.js run as a process). Every test builds its own project folder: a `.git` folder
 * bounds the search for a configuration, `sources/` holds the harbour corpus of the fixtures.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../root';

const BIN = path.join(ROOT, 'bin', 'corroborate.js');
const HARBOUR = path.join(ROOT, 'test', 'fixtures', 'cli', 'corpus-harbour');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A project folder: .git, sources/ (the harbour corpus), and the given files. */
function project(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-config-')));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, '.git'));
  fs.cpSync(HARBOUR, path.join(dir, 'sources'), { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function corroborate(cwd: string, ...args: string[]): Run {
  // The timeout only keeps a hung process from hanging the suite; nothing asserts on time.
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, XDG_CACHE_HOME: path.join(cwd, '.cache') } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertExit(r: Run, code: number): void {
  assert.equal(r.code, code, `exit ${r.code}, expected ${code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
}

/** Text-format problem lines: "file:line:col: level: ... [verdict]" → [line, level, verdict]. */
function problems(stdout: string): [number, string, string][] {
  return stdout
    .split('\n')
    .map((l) => /^[^:]+:(\d+):\d+: (\w+): .* \[(\w+)\]$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), m[2]!, m[3]!]);
}

const BRIDGE = 'The bridge cost 515 million euros, according to the regional transport office.\n\nAbout 2,300 workers were employed on the site at the peak of construction.\n';
const LIGHTHOUSES = 'The harbour has 17 lighthouses.\n';
const VEHICLES = 'Engineers expect 40,000 vehicles to cross the bridge every day.\n';

interface JsonClaim {
  text: string;
  verdict: string;
  suppressed?: boolean;
  inBaseline?: boolean;
}
function jsonClaims(stdout: string): JsonClaim[] {
  return (JSON.parse(stdout) as { files: { claims: JsonClaim[] }[] }).files.flatMap((f) => f.claims);
}

void describe('.corroborate.yaml on the command line', () => {
  void it('sets the corpus and a severity; --corpus and --no-config override it', () => {
    const dir = project({ 'drafts/bridge.md': BRIDGE });
    // No configuration: the bundled corpus knows nothing of the bridge.
    const unconfigured = [
      [1, 'warning', 'unsupported'],
      [3, 'warning', 'unsupported'],
    ];
    assert.deepEqual(problems(corroborate(dir, 'check', 'drafts/bridge.md').stdout), unconfigured);

    fs.writeFileSync(path.join(dir, '.corroborate.yaml'), '# the harbour desk\ncorpus:\n  - sources\n');
    const configured = corroborate(dir, 'check', 'drafts/bridge.md');
    assertExit(configured, 1);
    assert.deepEqual(problems(configured.stdout), [[1, 'error', 'conflict']]);
    assert.match(configured.stdout, /Sources say 412 million euros \(Coastal Courier/);

    fs.writeFileSync(path.join(dir, '.corroborate.yaml'), 'corpus: [sources]\nseverity:\n  conflict: warning\n');
    const softer = corroborate(dir, 'check', 'drafts/bridge.md');
    assert.deepEqual(problems(softer.stdout), [[1, 'warning', 'conflict']]);
    assertExit(softer, 1);
    // A conflict is a warning now: --max-warnings lets it pass.
    assertExit(corroborate(dir, 'check', '--max-warnings', '1', 'drafts/bridge.md'), 0);
    // Found from a draft below the configuration's folder, whatever the working folder.
    assert.deepEqual(problems(corroborate(path.join(dir, 'drafts'), 'check', 'bridge.md').stdout), [[1, 'warning', 'conflict']]);

    // Command-line flags first: --corpus replaces the configured corpus; --no-config ignores the file.
    fs.mkdirSync(path.join(dir, 'other'));
    fs.writeFileSync(path.join(dir, 'other', 'note.md'), 'The bridge cost 515 million euros, the transport office said.\n');
    assertExit(corroborate(dir, 'check', '--corpus', 'other', 'drafts/bridge.md'), 1); // 2,300 is unsupported there
    assert.deepEqual(problems(corroborate(dir, 'check', '--corpus', 'other', 'drafts/bridge.md').stdout), [[3, 'warning', 'unsupported']]);
    assert.deepEqual(problems(corroborate(dir, 'check', '--no-config', 'drafts/bridge.md').stdout), unconfigured);

    // severity off: not listed, does not fail.
    fs.writeFileSync(path.join(dir, '.corroborate.json'), '{ "corpus": ["sources"], "severity": { "conflict": "off" } }\n');
    fs.rmSync(path.join(dir, '.corroborate.yaml'));
    const off = corroborate(dir, 'check', 'drafts/bridge.md');
    assertExit(off, 0);
    assert.deepEqual(problems(off.stdout), []);
  });

  void it('checkQuotes: false leaves quotes out, and --quotes brings them back', () => {
    const quote = '"This bridge joins two halves of one country," said mayor Ingrid Solberg.\n';
    const dir = project({ 'drafts/q.md': quote, '.corroborate.yaml': 'corpus: [sources]\ncheckQuotes: false\n' });
    const kinds = (r: Run): string[] => jsonClaims(r.stdout).map((c) => (c as unknown as { kind: string }).kind);
    assert.ok(!kinds(corroborate(dir, 'check', '--format', 'json', 'drafts/q.md')).includes('quote'), 'no quote claim');
    assert.ok(kinds(corroborate(dir, 'check', '--format', 'json', '--quotes', 'drafts/q.md')).includes('quote'), 'the quote checked');
  });

  void it('refuses a bad configuration with its line, exit 2 and nothing on standard output', () => {
    const dir = project({ 'drafts/bridge.md': BRIDGE, '.corroborate.yaml': 'corpus: [sources]\nseverity:\n  conflict: loud\nexlude: [x]\n' });
    const r = corroborate(dir, 'check', 'drafts/bridge.md');
    assertExit(r, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /\.corroborate\.yaml:3:13: "severity\.conflict" must be one of error, warning, information, hint, off, not "loud"/);
    assert.match(r.stderr, /\.corroborate\.yaml:4:1: unknown key "exlude" \(did you mean "exclude"\?\)/);
    assert.match(r.stderr, /cannot be used \(2 problems above\); nothing was checked/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);

    fs.writeFileSync(path.join(dir, '.corroborate.yaml'), 'corpus: [sources\n');
    const broken = corroborate(dir, 'check', 'drafts/bridge.md');
    assertExit(broken, 2);
    assert.match(broken.stderr, /\.corroborate\.yaml:\d+:\d+: not valid YAML: /);
    fs.writeFileSync(path.join(dir, 'named.json'), '{ "corpus": ["sources"], }');
    assert.match(corroborate(dir, 'check', '--config', 'named.json', 'drafts/bridge.md').stderr, /named\.json:1:\d+: not valid JSON: /);
    assertExit(corroborate(dir, 'check', '--config', 'missing.yaml', 'drafts/bridge.md'), 2);
  });

  void it('leaves out excluded drafts and sources, and cites publishers by their alias', () => {
    const dir = project({
      'drafts/bridge.md': BRIDGE,
      'drafts/archive/old.md': LIGHTHOUSES,
      'sources/old/wire.md': '---\npublisher: Old Wire\n---\nThe bridge cost 515 million euros, according to the regional transport office.\n',
      '.corroborate.yaml': 'corpus: [sources]\nexclude:\n  - archive\n  - sources/old/**\npublishers:\n  CC: [Coastal Courier]\n',
    });
    const r = corroborate(dir, 'check', '--format', 'json', 'drafts');
    assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['drafts/bridge.md']);
    const [cost] = jsonClaims(r.stdout);
    // The old wire would support the draft (a dispute); excluded, the courier's figure is a conflict, cited as "CC".
    assert.equal(cost!.verdict, 'conflict');
    assert.match((cost as unknown as { message: string }).message, /\(CC, 14 May 2024\)/);
    // A draft named on the command line but excluded is said so, and not checked.
    const named = corroborate(dir, 'check', 'drafts/archive/old.md');
    assertExit(named, 0);
    assert.match(named.stderr, /drafts\/archive\/old\.md: left out by \.corroborate\.yaml/);
    assert.equal(named.stdout, '');
    // include: only the drafts it names.
    fs.writeFileSync(path.join(dir, '.corroborate.yaml'), 'corpus: [sources]\ninclude: ["drafts/archive/*.md"]\n');
    const included = corroborate(dir, 'check', '--format', 'json', 'drafts');
    assert.deepEqual((JSON.parse(included.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['drafts/archive/old.md']);
  });
});

void describe('suppressions on the command line', () => {
  void it('a disable-next-line comment silences exactly one claim; JSON keeps it as suppressed', () => {
    const text = `${VEHICLES}\n<!-- corroborate-disable-next-line -->\n${BRIDGE}\n${LIGHTHOUSES}`;
    const dir = project({ 'drafts/a.md': text, '.corroborate.yaml': 'corpus: [sources]\n' });
    const r = corroborate(dir, 'check', 'drafts/a.md');
    assertExit(r, 1);
    assert.deepEqual(problems(r.stdout), [
      [1, 'error', 'conflict'],
      [8, 'warning', 'unsupported'],
    ]);
    assert.match(r.stdout, /: 1 supported, 1 conflict, 0 disputed, 1 unsupported \(1 suppressed\)\.$/m);
    const claims = jsonClaims(corroborate(dir, 'check', '--format', 'json', 'drafts/a.md').stdout);
    assert.deepEqual(
      claims.filter((c) => c.suppressed).map((c) => [c.text, c.verdict]),
      [['515 million euros', 'conflict']],
    );
    assert.equal(claims.length, 4);
    const sarif = JSON.parse(corroborate(dir, 'check', '--format', 'sarif', 'drafts/a.md').stdout) as { runs: { results: { suppressions?: unknown[] }[] }[] };
    assert.equal(sarif.runs[0]!.results.filter((x) => x.suppressions).length, 1);
  });

  void it('disable … enable with codes, and corroborate: false in front matter', () => {
    const text = `<!-- corroborate-disable unsupported -->\n${VEHICLES}\n${LIGHTHOUSES}<!-- corroborate-enable -->\n\nThe mayor owns 3 bicycles.\n`;
    const dir = project({ 'drafts/a.md': text, 'drafts/off.md': `---\ncorroborate: false\n---\n${VEHICLES}`, '.corroborate.yaml': 'corpus: [sources]\n' });
    // Only unsupported claims are off between the comments: the conflict stays, the ferries after enable too.
    assert.deepEqual(problems(corroborate(dir, 'check', 'drafts/a.md').stdout), [
      [2, 'error', 'conflict'],
      [7, 'warning', 'unsupported'],
    ]);
    const off = corroborate(dir, 'check', 'drafts/off.md');
    assertExit(off, 0);
    assert.deepEqual(problems(off.stdout), []);
    // A directive in code is not one.
    fs.writeFileSync(path.join(dir, 'drafts', 'code.md'), `\`<!-- corroborate-disable -->\`\n\n${VEHICLES}`);
    assertExit(corroborate(dir, 'check', 'drafts/code.md'), 1);
    // An unknown code is named, and silences nothing.
    fs.writeFileSync(path.join(dir, 'drafts', 'typo.md'), `<!-- corroborate-disable-next-line confict -->\n${VEHICLES}`);
    const typo = corroborate(dir, 'check', 'drafts/typo.md');
    assertExit(typo, 1);
    assert.match(typo.stderr, /typo\.md:1: unknown code "confict"/);
  });
});

void describe('baselines', () => {
  void it('--baseline passes a run with only known problems and fails on a new conflict, after edits elsewhere', () => {
    const dir = project({ 'drafts/a.md': `${BRIDGE}\n${LIGHTHOUSES}`, '.corroborate.yaml': 'corpus: [sources]\n' });
    assertExit(corroborate(dir, 'check', 'drafts/a.md'), 1);
    const written = corroborate(dir, 'baseline', '--output', 'ci/baseline.json', 'drafts');
    assertExit(written, 0);
    assert.equal(written.stdout, '');
    assert.match(written.stderr, /wrote 2 problems of 1 draft to ci\/baseline\.json/);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8')) as { version: number; problems: { file: string; text: string; verdict: string }[] };
    assert.equal(baseline.version, 1);
    assert.deepEqual(baseline.problems.map((p) => [p.file, p.text, p.verdict]), [
      ['../drafts/a.md', '515 million euros', 'conflict'],
      ['../drafts/a.md', '17', 'unsupported'],
    ]);

    // Only known problems: exit 0, nothing listed, the summary says why.
    const known = corroborate(dir, 'check', '--baseline', 'ci/baseline.json', 'drafts/a.md');
    assertExit(known, 0);
    assert.deepEqual(problems(known.stdout), []);
    assert.match(known.stdout, /\(2 in the baseline\)\.$/m);

    // Edits elsewhere (a new first paragraph, the lines move): still known. A new conflict fails the run alone.
    fs.writeFileSync(path.join(dir, 'drafts', 'a.md'), `# Harbour\n\n${VEHICLES}\n${BRIDGE}\n${LIGHTHOUSES}`);
    const added = corroborate(dir, 'check', '--baseline', 'ci/baseline.json', 'drafts/a.md');
    assertExit(added, 1);
    assert.deepEqual(problems(added.stdout), [[3, 'error', 'conflict']]);
    assert.match(added.stdout, /40,000/);
    const json = jsonClaims(corroborate(dir, 'check', '--format', 'json', '--baseline', 'ci/baseline.json', 'drafts/a.md').stdout);
    assert.deepEqual(json.filter((c) => c.inBaseline).map((c) => c.text), ['515 million euros', '17']);
    const sarif = JSON.parse(corroborate(dir, 'check', '--format', 'sarif', '--baseline', 'ci/baseline.json', 'drafts/a.md').stdout) as {
      runs: { results: { baselineState: string }[] }[];
    };
    assert.deepEqual(sarif.runs[0]!.results.map((x) => x.baselineState), ['new', 'unchanged', 'unchanged']);

    // --max-warnings composes: a new unsupported figure is a warning it may tolerate.
    fs.writeFileSync(path.join(dir, 'drafts', 'a.md'), `${BRIDGE}\n${LIGHTHOUSES}\nThe mayor owns 3 bicycles.\n`);
    assertExit(corroborate(dir, 'check', '--baseline', 'ci/baseline.json', 'drafts/a.md'), 1);
    assertExit(corroborate(dir, 'check', '--baseline', 'ci/baseline.json', '--max-warnings', '1', 'drafts/a.md'), 0);
    // The known warning is not counted against --max-warnings 0... but the new one is.
    assertExit(corroborate(dir, 'check', '--baseline', 'ci/baseline.json', '--max-warnings', '0', 'drafts/a.md'), 1);
  });

  void it('a baseline that cannot be used is an input error', () => {
    const dir = project({ 'drafts/a.md': BRIDGE, '.corroborate.yaml': 'corpus: [sources]\n', 'bad.json': '{ "version": 1 }' });
    for (const [file, message] of [
      ['missing.json', /baseline not found/],
      ['bad.json', /not a corroborate baseline/],
      ['drafts', /not a regular file/],
    ] as const) {
      const r = corroborate(dir, 'check', '--baseline', file, 'drafts/a.md');
      assertExit(r, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    }
    assert.match(corroborate(dir, 'baseline', 'drafts/a.md').stderr, /baseline needs --output FILE/);
    assert.match(corroborate(dir, 'check', '--output', 'x.json', 'drafts/a.md').stderr, /--output is for baseline/);
  });
});
