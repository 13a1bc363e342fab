#!/usr/bin/env node
// Scale benchmark of Corroborate, as its users meet it: whole CLI processes, and the language
// server over stdio, on the corpus ×1, ×4 and ×16, against a floor that only reads the corpus.
//
//   npm run bench [-- --scales 1,4,16] [-- --repeat N] [-- --corpus DIR] [-- --draft FILE]
//
// For each scale it measures:
//   floor         bench/floor.mjs: read every source file and regex-scan its words and figures
//   cold check    node dist/cli.js check --format json --no-cache --quiet --corpus DIR DRAFT
//   cache fill    the same with --cache-dir TMP (the first run, which writes the cache)
//   cached check  the same again, reading the cache
//   peak RSS      of those CLI processes (bench/rss.mjs, preloaded, reports maxRSS at exit)
//   per claim     in process (bench/per-claim.mjs with an esbuild bundle of server/src): each
//                 sentence of the draft checked alone against the warm index, time ÷ its claims
//   keystrokes    node dist/server.js --stdio driven by a minimal LSP client (bench/lsp.mjs):
//                 open the draft, wait for the corpus to be indexed, then single-character edits
//                 in words and digits in figures, each timed from textDocument/didChange to the
//                 diagnostics of that version
//
// Whole-process times are from spawn to exit, median of --repeat runs; a run slower than
// SOLO_RUN_MS is not repeated (the table says so). ×N corpora are synthesized into a temporary
// folder (bench/corpus.mjs: copy k has its numbers shifted by k) and deleted afterwards. The
// corpus (default ../shared/bench/bbc-news/bbc, 2,225 BBC News articles) is measurement data:
// it is read in place, never copied into the project. The bundles are run from a copy of dist/
// taken at the start, so that a rebuild meanwhile cannot change the engine halfway.
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceFiles, synthesizeCorpus } from './corpus.mjs';
import { ErrorCodes, LspClient, LspError } from './lsp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const DIST = path.join(ROOT, 'dist');
/** The bundles the benchmark runs, copied from dist/ by snapshotDist(); `data` is the word knowledge. */
const BUNDLES = ['cli.js', 'server.js', 'indexWorker.js'];
const build = { dir: DIST, cli: path.join(DIST, 'cli.js'), server: path.join(DIST, 'server.js'), data: path.join(DIST, 'data') };

/** A whole-process run slower than this is not repeated (cold checks on large corpora). */
const SOLO_RUN_MS = 45_000;
/** Keystroke samples: single letters inserted into words, digits changed in figures. */
const WORD_EDITS = 100;
const FIGURE_EDITS = 40;
/** Typing bursts: BURST_KEYS letters BURST_GAP_MS apart, each change pulling diagnostics. */
const BURSTS = 8;
const BURST_KEYS = 6;
const BURST_GAP_MS = 80; // a fast typist: 150 words a minute
/** Longest wait for one answer of the server (the first one includes indexing the corpus). */
const FIRST_DIAGNOSTICS_TIMEOUT_MS = 20 * 60_000;
const EDIT_TIMEOUT_MS = 120_000;

const USAGE = `usage: node bench/bench.mjs [--scales 1,4,16] [--repeat N] [--corpus DIR] [--draft FILE]
  --scales LIST  corpus multiples to measure (default: 1,4,16); ×N has N copies of every file,
                 copy k with its numbers shifted by k
  --repeat N     runs of each whole-process measurement, median reported (default: 3)
  --corpus DIR   folder of .md/.txt sources (default: ../shared/bench/bbc-news/bbc from the repo root)
  --draft FILE   Markdown draft to check (default: bench/draft-2000.md)`;

/** An error the user can act on: printed as a message, without a stack trace. */
class BenchError extends Error {}

function parseArgs(argv) {
  const args = {
    corpus: path.resolve(ROOT, '..', 'shared', 'bench', 'bbc-news', 'bbc'),
    draft: path.join(BENCH, 'draft-2000.md'),
    scales: [1, 4, 16],
    repeat: 3,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new BenchError(`${name} needs a value\n${USAGE}`);
      return v;
    };
    if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (name === '--corpus') args.corpus = path.resolve(value());
    else if (name === '--draft') args.draft = path.resolve(value());
    else if (name === '--repeat') {
      args.repeat = Number(value());
      if (!Number.isInteger(args.repeat) || args.repeat < 1) throw new BenchError('--repeat needs a whole number of at least 1');
    } else if (name === '--scales') {
      args.scales = [...new Set(value().split(',').map((s) => Number(s.trim())))];
      if (!args.scales.every((n) => Number.isInteger(n) && n >= 1 && n <= 64)) throw new BenchError('--scales needs whole numbers from 1 to 64, e.g. 1,4,16');
      args.scales.sort((x, y) => x - y);
    } else throw new BenchError(`unknown argument "${a}"\n${USAGE}`);
  }
  return args;
}

/** Everything the benchmark needs, checked before any measurement, with what to do about it. */
function preflight(args) {
  if (!fs.existsSync(args.corpus) || !fs.statSync(args.corpus).isDirectory()) {
    throw new BenchError(
      `benchmark corpus not found: ${args.corpus}\n` +
        'Pass --corpus DIR (a folder of .md/.txt files), or place the BBC News corpus at ../shared/bench/bbc-news/bbc (see ../shared/bench/bbc-news/ABOUT.md).',
    );
  }
  if (!sourceFiles(args.corpus).length) throw new BenchError(`the corpus has no .md or .txt files: ${args.corpus}`);
  if (!fs.existsSync(args.draft) || !fs.statSync(args.draft).isFile()) throw new BenchError(`draft not found: ${args.draft}`);
  const missing = BUNDLES.map((f) => path.join(DIST, f)).filter((f) => !fs.existsSync(f));
  if (missing.length) throw new BenchError(`not built: ${missing.map((f) => path.relative(ROOT, f)).join(', ')} missing. Run \`npm run build\` (or \`npm run bench\`, which builds first).`);
  if (!fs.existsSync(path.join(DIST, 'data'))) throw new BenchError('dist/data is missing: run `npm run build` (it writes the word knowledge files).');
}

/**
 * Copies the bundles and their data out of dist/ into a temporary folder, which the whole run then
 * uses: a rebuild of dist/ meanwhile (by a test run, a watcher) cannot change the engine under
 * measurement halfway. The copies resolve their data and worker script next to themselves, as in
 * dist/. Returns a fingerprint of what was copied, to tell later whether dist/ moved on.
 */
function snapshotDist() {
  const dir = tempDir('dist');
  for (const f of fs.readdirSync(DIST)) {
    if (BUNDLES.includes(f) || BUNDLES.includes(f.replace(/\.map$/, ''))) fs.copyFileSync(path.join(DIST, f), path.join(dir, f));
  }
  fs.cpSync(path.join(DIST, 'data'), path.join(dir, 'data'), { recursive: true });
  Object.assign(build, { dir, cli: path.join(dir, 'cli.js'), server: path.join(dir, 'server.js'), data: path.join(dir, 'data') });
  return fingerprint(dir);
}

function fingerprint(dir) {
  const hash = createHash('sha1');
  for (const f of BUNDLES) hash.update(fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f)) : `${f} missing`);
  return hash.digest('hex');
}

// ---- Temporary folders, removed on every way out.

const temporary = new Set();
function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `corroborate-bench-${prefix}-`));
  temporary.add(dir);
  return dir;
}
function removeTemp(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  temporary.delete(dir);
}
const children = new Set();
process.on('exit', () => {
  for (const c of children) c.kill();
  for (const dir of temporary) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// ---- Statistics and formatting.

function quantile(samples, q) {
  if (!samples.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
const median = (samples) => quantile(samples, 0.5);
const round = (x, digits = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const mb = (bytes) => (bytes === null || bytes === undefined ? null : round(bytes / 1024 / 1024, 0));
const dist = (samples) => ({ n: samples.length, p50: round(quantile(samples, 0.5), 2), p95: round(quantile(samples, 0.95), 2), max: round(quantile(samples, 1), 2) });
const seconds = (ms) => (ms === null || ms === undefined ? '–' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
const millis = (d) => (!d || d.p50 === null ? '–' : `${fmtMs(d.p50)} / ${fmtMs(d.p95)} ms`);
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const ratio = (ms, floor) => (ms === null || ms === undefined || !floor ? null : round(ms / floor, 1));

// ---- Processes.

/** Runs a process to its end: wall time from spawn to exit, its output, and its peak RSS if preloaded with rss.mjs. */
function run(command, argv, { rss = false } = {}) {
  const rssFile = rss ? path.join(tempDir('rss'), 'rss') : undefined;
  const env = rssFile ? { ...process.env, CORROBORATE_BENCH_RSS_FILE: rssFile } : process.env;
  const args = rss ? ['--import', pathToFileURL(path.join(BENCH, 'rss.mjs')).href, ...argv] : argv;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = performance.now() - t0;
      children.delete(child);
      let peak = null;
      if (rssFile) {
        const text = fs.existsSync(rssFile) ? fs.readFileSync(rssFile, 'utf8') : '';
        peak = text ? Number(text) : null;
        removeTemp(path.dirname(rssFile));
      }
      resolve({ ms, code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), rss: peak });
    });
  });
}

const tail = (s, n = 1500) => (s.length > n ? `…${s.slice(-n)}` : s).trim();

/** `times` runs of `once` (fewer when one is slower than SOLO_RUN_MS); returns the runs. */
async function series(times, once) {
  const runs = [];
  for (let i = 0; i < times; i++) {
    runs.push(await once());
    if (runs.at(-1).ms > SOLO_RUN_MS) break;
  }
  return runs;
}

function floorRun(corpus) {
  return run(process.execPath, [path.join(BENCH, 'floor.mjs'), corpus]).then((r) => {
    if (r.code !== 0) throw new BenchError(`bench/floor.mjs failed (exit ${r.code ?? r.signal}): ${tail(r.stderr)}`);
    return { ...r, counts: JSON.parse(r.stdout) };
  });
}

async function checkRun(corpus, draft, cache) {
  const r = await run(process.execPath, [build.cli, 'check', '--format', 'json', ...cache, '--quiet', '--corpus', corpus, draft], { rss: true });
  // 0: every claim supported, 1: some claim is not; 2 (or a signal) is a failure.
  if (r.code !== 0 && r.code !== 1) throw new BenchError(`corroborate check failed (exit ${r.code ?? r.signal}): ${tail(r.stderr)}`);
  const report = JSON.parse(r.stdout);
  const verdicts = { supported: 0, conflict: 0, disputed: 0, unsupported: 0 };
  for (const f of report.files) for (const c of f.claims) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
  const warnings = r.stderr.split('\n').filter((l) => /warning:/.test(l)).length;
  return { ms: r.ms, rss: r.rss, documents: report.corpus.documents, sentences: report.corpus.sentences, verdicts, warnings };
}

const summary = (runs) => ({
  n: runs.length,
  medianMs: round(median(runs.map((r) => r.ms))),
  runsMs: runs.map((r) => round(r.ms)),
  peakRssMB: mb(Math.max(...runs.map((r) => r.rss ?? 0)) || null),
});

// ---- The engine bundle for the in-process per-claim row.

/**
 * Bundles server/src/core and the Node helpers the CLI uses to a CommonJS file; returns its path.
 * The bundle stands in for the CLI's bundle: the index cache is keyed by the bytes of the running
 * bundle's own file (`__filename`), so naming cli.js lets it read the cache the CLI wrote, and
 * `__dirname` lets it find the worker script and data as the CLI does. The CLI was built from the
 * same server/src moments before; should server/src have changed in between, the verdict counts,
 * which are compared with the CLI's, tell.
 */
async function bundleEngine() {
  const outfile = path.join(tempDir('engine'), 'engine.cjs');
  try {
    await esbuild.build({
      stdin: {
        contents: [
          "export * from './server/src/core/index';",
          "export { FsCorpusReader } from './server/src/node/fsReader';",
          "export { buildIndex } from './server/src/node/buildIndex';",
          "export { loadWordKnowledge } from './server/src/node/lexicon';",
        ].join('\n'),
        resolveDir: ROOT,
        sourcefile: 'bench-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      define: { __filename: JSON.stringify(build.cli), __dirname: JSON.stringify(build.dir) },
      logLevel: 'silent',
    });
  } catch (e) {
    throw new BenchError(`could not bundle the engine from server/src for the per-claim row:\n${e.message}`);
  }
  return outfile;
}

async function perClaim(engine, corpus, cacheDir, draft) {
  const r = await run(process.execPath, [path.join(BENCH, 'per-claim.mjs'), engine, corpus, cacheDir, draft, build.data]);
  if (r.code !== 0) throw new BenchError(`bench/per-claim.mjs failed (exit ${r.code ?? r.signal}): ${tail(r.stderr)}`);
  const p = JSON.parse(r.stdout);
  return {
    indexLoadMs: round(p.loadMs),
    fromCache: p.fromCache,
    analysed: p.analysed,
    draftMs: round(p.draftMs),
    draftClaims: p.draftClaims,
    verdicts: p.verdicts,
    sentenceClaims: p.sentenceClaims,
    perSentenceMs: dist(p.perSentence),
    perClaimMs: dist(p.perClaim),
  };
}

// ---- The language server.

/** Offsets where the keystroke edits go: letters in the middle of words, last digits of figures. */
function editTargets(text) {
  // Headings and list markers are left alone: ordinary prose lines only.
  const prose = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() && !/^\s*(#|[-*+>|]\s|```)/.test(line)) prose.push([at, at + line.length]);
    at += line.length + 1;
  }
  const inProse = (i) => prose.some(([s, e]) => s <= i && i < e);
  const words = [...text.matchAll(/\b\p{Ll}{5,}\b/gu)].filter((m) => inProse(m.index)).map((m) => m.index + Math.floor(m[0].length / 2));
  const figures = [...text.matchAll(/\d(?:[\d,.]*\d)?/g)].filter((m) => inProse(m.index)).map((m) => m.index + m[0].length - 1);
  const spread = (xs, n) => (xs.length <= n ? xs : Array.from({ length: n }, (_, i) => xs[Math.floor((i * xs.length) / n)]));
  return { words: spread(words, WORD_EDITS), figures: spread(figures, FIGURE_EDITS), burst: spread(words, BURSTS) };
}

/** LSP position (UTF-16 code units, as JS strings index) of an offset. */
function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function readStatus(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024 || null;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return { hwm: null, rss: null };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new BenchError(`timed out after ${seconds(ms)} waiting for ${what}`)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

async function serverSession(corpus, draftFile) {
  const workspace = tempDir('workspace');
  const file = path.join(workspace, 'draft.md');
  const base = fs.readFileSync(draftFile, 'utf8');
  fs.writeFileSync(file, base);
  const uri = pathToFileURL(file).href;
  const folderUri = pathToFileURL(workspace).href;
  const settings = { corpus: { paths: [corpus] } };
  const events = { indexedMs: null, errors: [], warnings: 0, refreshes: 0, superseded: 0, cancelled: 0 };
  const pushed = new Map(); // version → diagnostics, when the server pushes them
  const pushWaiters = new Set();

  const t0 = performance.now();
  const client = new LspClient(process.execPath, [build.server, '--stdio'], {
    onRequest(method, params) {
      if (method === 'workspace/configuration') return params.items.map((item) => (item.section === 'corroborate' || !item.section ? settings : null));
      if (method === 'workspace/diagnostic/refresh') events.refreshes++;
      // client/registerCapability, window/workDoneProgress/create and the rest: accepted.
      return null;
    },
    onNotification(method, params) {
      if (method === 'corroborate/status') {
        if (params.state === 'ready' && params.uri === undefined && events.indexedMs === null) events.indexedMs = performance.now() - t0;
        if (params.state === 'error') events.errors.push(params.message);
      } else if (method === 'window/logMessage' || method === 'window/showMessage') {
        if (params.type === 1) events.errors.push(params.message);
        else if (params.type === 2) events.warnings++;
      } else if (method === 'textDocument/publishDiagnostics' && params.uri === uri) {
        pushed.set(params.version ?? -1, params.diagnostics);
        for (const wake of pushWaiters) wake();
        pushWaiters.clear();
      }
    },
  });
  children.add(client.child);
  try {
    const init = await withTimeout(
      client.request('initialize', {
        processId: process.pid,
        clientInfo: { name: 'corroborate-bench' },
        rootUri: folderUri,
        workspaceFolders: [{ uri: folderUri, name: 'bench' }],
        capabilities: {
          workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
          textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
        },
      }),
      60_000,
      'the answer to initialize',
    );
    const initMs = performance.now() - t0;
    const caps = init.capabilities ?? {};
    const sync = typeof caps.textDocumentSync === 'number' ? caps.textDocumentSync : (caps.textDocumentSync?.change ?? 0);
    if (sync === 0) throw new BenchError('the language server takes no document changes (textDocumentSync.change is None)');
    const pull = caps.diagnosticProvider !== undefined;
    client.notify('initialized', {});

    let text = base;
    let version = 1;
    /**
     * The diagnostics of version `v` (or of a later one, when the document moved on meanwhile);
     * undefined when the pull was cancelled. Pulled, and pulled again while the server answers
     * "superseded, retrigger"; or, from a server that pushes, awaited.
     */
    const diagnosticsOf = async (v, sent) => {
      if (!pull) {
        // Without version support in the server's pushes, the next push after the change counts.
        if (!pushed.has(v)) pushed.delete(-1);
        while (!pushed.has(v) && !pushed.has(-1)) await new Promise((wake) => pushWaiters.add(wake));
        return pushed.get(v) ?? pushed.get(-1);
      }
      for (;;) {
        try {
          const report = await client.request('textDocument/diagnostic', { textDocument: { uri }, identifier: caps.diagnosticProvider.identifier }, sent);
          // This server's result ids start with the version checked ("7:…"); messages are handled
          // in order, so the answer is never for a version older than the pull's.
          const of = Number(/^(\d+):/.exec(report.resultId ?? '')?.[1] ?? v);
          if (of < v) throw new BenchError(`the diagnostics pulled for version ${v} are for version ${of}`);
          return report.items ?? [];
        } catch (e) {
          if (!(e instanceof LspError)) throw e;
          if (e.code === ErrorCodes.ServerCancelled && e.data?.retriggerRequest !== false) events.superseded++;
          else if (e.code === ErrorCodes.RequestCancelled) {
            events.cancelled++;
            return undefined;
          } else throw new BenchError(`textDocument/diagnostic failed: ${e.message}`);
        }
      }
    };
    const change = (start, end, insert) => {
      const next = text.slice(0, start) + insert + text.slice(end);
      const contentChanges = sync === 2 ? [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }] : [{ text: next }];
      text = next;
      version++;
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return version;
    };
    /** One edit, timed from didChange to the diagnostics of the new version. */
    const timedEdit = async (start, end, insert) => {
      const t = performance.now();
      const v = change(start, end, insert);
      const items = await withTimeout(diagnosticsOf(v), EDIT_TIMEOUT_MS, `the diagnostics of version ${v}`);
      return [performance.now() - t, items];
    };

    // Open, and wait for the first diagnostics (the pull waits for the corpus to be indexed).
    const tOpen = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await withTimeout(diagnosticsOf(version), FIRST_DIAGNOSTICS_TIMEOUT_MS, 'the first diagnostics');
    const firstMs = performance.now() - tOpen;
    const startToFirstMs = performance.now() - t0;
    // Keystrokes are timed against the indexed corpus: while it is being indexed, a check is
    // answered at once without it (and the client pulls again when it is done).
    const indexDeadline = performance.now() + FIRST_DIAGNOSTICS_TIMEOUT_MS;
    while (events.indexedMs === null) {
      if (performance.now() > indexDeadline) throw new BenchError(`timed out after ${seconds(FIRST_DIAGNOSTICS_TIMEOUT_MS)} waiting for the corpus to be indexed`);
      await sleep(50);
    }
    const diagnostics = (await withTimeout(diagnosticsOf(version), FIRST_DIAGNOSTICS_TIMEOUT_MS, 'the diagnostics once indexed')).length;

    // Keystrokes, one at a time; each is undone before the next (so offsets into `base` hold).
    const targets = editTargets(base);
    const words = [];
    const figures = [];
    const undos = [];
    for (const at of targets.words) {
      words.push((await timedEdit(at, at, 'e'))[0]);
      undos.push((await timedEdit(at, at + 1, ''))[0]);
    }
    for (const at of targets.figures) {
      const digit = base[at];
      figures.push((await timedEdit(at, at + 1, digit === '9' ? '8' : String(Number(digit) + 1)))[0]);
      undos.push((await timedEdit(at, at + 1, digit))[0]);
    }

    // Bursts of typing: each key sends didChange, cancels the pull still outstanding and pulls
    // again (as an editor does); timed from the last key to the diagnostics of the last version.
    const bursts = [];
    if (pull) {
      for (const at of targets.burst) {
        let previous;
        const pulls = [];
        let t = 0;
        for (let k = 0; k < BURST_KEYS; k++) {
          if (k > 0) await sleep(BURST_GAP_MS);
          t = performance.now();
          const v = change(at + k, at + k, 'abcdefghij'[k]);
          if (previous !== undefined) client.cancel(previous);
          const pulled = diagnosticsOf(v, (id) => (previous = id));
          pulls.push(pulled.then((items) => ({ items, at: performance.now() })));
        }
        const last = (await withTimeout(Promise.all(pulls), EDIT_TIMEOUT_MS, 'the diagnostics after a burst of typing')).at(-1);
        if (last.items === undefined) throw new BenchError('the last pull of a typing burst was answered as cancelled');
        bursts.push(last.at - t);
        // Undo the burst in one change, untimed.
        const v = change(at, at + BURST_KEYS, '');
        await withTimeout(diagnosticsOf(v), EDIT_TIMEOUT_MS, `the diagnostics of version ${v}`);
      }
    }

    const mem = readStatus(client.pid);
    const exit = await client.close();
    if (exit.code !== 0 && exit.code !== null) events.errors.push(`the server exited with code ${exit.code} after shutdown`);
    return {
      sync: sync === 2 ? 'incremental' : 'full',
      diagnosticsModel: pull ? 'pull' : 'push',
      initializeMs: round(initMs),
      indexedMs: round(events.indexedMs),
      firstDiagnosticsMs: round(firstMs),
      startToFirstDiagnosticsMs: round(startToFirstMs),
      diagnostics,
      wordEditMs: dist(words),
      figureEditMs: dist(figures),
      undoMs: dist(undos),
      burstMs: dist(bursts),
      peakRssMB: mb(mem.hwm),
      rssAtEndMB: mb(mem.rss),
      superseded: events.superseded,
      cancelled: events.cancelled,
      refreshes: events.refreshes,
      serverWarnings: events.warnings,
      serverErrors: events.errors,
    };
  } catch (e) {
    client.child.kill();
    throw e;
  } finally {
    children.delete(client.child);
    removeTemp(workspace);
  }
}

// ---- One scale.

async function measureScale(n, args, engine, log) {
  const started = performance.now();
  let corpus = args.corpus;
  let synthDir;
  // Other work on the machine skews every number: the 1-minute load average is kept with them.
  const out = { scale: n, loadBefore: round(os.loadavg()[0], 2) };
  if (n > 1) {
    synthDir = tempDir(`x${n}`);
    const t = performance.now();
    synthesizeCorpus(args.corpus, synthDir, n);
    out.synthesisMs = round(performance.now() - t);
    corpus = synthDir;
  }
  try {
    log(`×${n}: floor`);
    await floorRun(corpus); // untimed: brings the files into the page cache, like every later run finds them
    const floors = await series(args.repeat, () => floorRun(corpus));
    out.corpus = { ...floors[0].counts, dir: n > 1 ? `${n} copies of ${args.corpus}` : args.corpus };
    out.floor = summary(floors);

    log(`×${n}: cold check`);
    const colds = await series(args.repeat, () => checkRun(corpus, args.draft, ['--no-cache']));
    out.cold = { ...summary(colds), documents: colds[0].documents, sentences: colds[0].sentences, verdicts: colds[0].verdicts, warnings: colds[0].warnings };

    log(`×${n}: cache fill, cached check`);
    const cacheDir = tempDir('cache');
    try {
      const fill = await checkRun(corpus, args.draft, ['--cache-dir', cacheDir]);
      out.cacheFill = { ...summary([fill]), cacheMB: mb(fs.readdirSync(cacheDir).reduce((s, f) => s + fs.statSync(path.join(cacheDir, f)).size, 0)) };
      out.cached = summary(await series(args.repeat, () => checkRun(corpus, args.draft, ['--cache-dir', cacheDir])));

      log(`×${n}: per claim (in process)`);
      out.engine = await perClaim(engine, corpus, cacheDir, args.draft);
    } finally {
      removeTemp(cacheDir);
    }

    log(`×${n}: language server`);
    out.server = await serverSession(corpus, args.draft);
  } finally {
    if (synthDir) removeTemp(synthDir);
  }
  const floor = out.floor.medianMs;
  out.ratios = {
    cold: ratio(out.cold.medianMs, floor),
    cacheFill: ratio(out.cacheFill.medianMs, floor),
    cached: ratio(out.cached.medianMs, floor),
    serverStartToFirstDiagnostics: ratio(out.server.startToFirstDiagnosticsMs, floor),
  };
  out.loadAfter = round(os.loadavg()[0], 2);
  out.totalMs = round(performance.now() - started);
  return out;
}

// ---- Report.

function table(results, args) {
  const cols = results.map((r) => `×${r.scale}`);
  const rows = [];
  const section = (title) => rows.push([title]);
  const row = (label, cell) => rows.push([label, ...results.map((r) => cell(r) ?? '–')]);
  const nOf = (s) => (s.n < args.repeat ? ` (n=${s.n}*)` : '');

  section('corpus');
  row('  files / MB', (r) => `${r.corpus.files} / ${(r.corpus.bytes / 1e6).toFixed(1)}`);
  row('  documents / sentences indexed', (r) => `${r.cold.documents} / ${r.cold.sentences}`);
  row('  words / figures (floor scan)', (r) => `${r.corpus.words} / ${r.corpus.figures}`);
  section(`whole processes (median of ${args.repeat}; ratio = time ÷ floor)`);
  row('  floor: read + regex scan', (r) => seconds(r.floor.medianMs) + nOf(r.floor));
  row('  cold check (--no-cache)', (r) => seconds(r.cold.medianMs) + nOf(r.cold));
  row('    ratio to floor', (r) => r.ratios.cold);
  row('  cache fill (first --cache-dir run)', (r) => seconds(r.cacheFill.medianMs));
  row('    ratio to floor', (r) => r.ratios.cacheFill);
  row('  cached check', (r) => seconds(r.cached.medianMs) + nOf(r.cached));
  row('    ratio to floor', (r) => r.ratios.cached);
  row('  peak RSS, cold / cached (MB)', (r) => `${r.cold.peakRssMB ?? '?'} / ${r.cached.peakRssMB ?? '?'}`);
  row('  cache file size (MB)', (r) => r.cacheFill.cacheMB);
  row('  claims: sup / confl / disp / unsup', (r) => ['supported', 'conflict', 'disputed', 'unsupported'].map((k) => r.cold.verdicts[k]).join(' / '));
  section('engine in process (index from the cache)');
  row('  load corpus + index from cache', (r) => seconds(r.engine.indexLoadMs));
  row('  check whole draft (first check)', (r) => seconds(r.engine.draftMs));
  row('  per sentence p50 / p95', (r) => millis(r.engine.perSentenceMs));
  row('  per claim p50 / p95', (r) => millis(r.engine.perClaimMs));
  section('language server over stdio');
  row('  start → corpus indexed', (r) => seconds(r.server.indexedMs));
  row('  didOpen → first diagnostics', (r) => seconds(r.server.firstDiagnosticsMs));
  row('  start → first diagnostics', (r) => seconds(r.server.startToFirstDiagnosticsMs));
  row('    ratio to floor', (r) => r.ratios.serverStartToFirstDiagnostics);
  row(`  keystroke in a word p50 / p95`, (r) => millis(r.server.wordEditMs));
  row(`  keystroke in a figure p50 / p95`, (r) => millis(r.server.figureEditMs));
  row('  undo of a keystroke p50 / p95', (r) => millis(r.server.undoMs));
  row(`  typing burst, last key p50 / p95`, (r) => millis(r.server.burstMs));
  row('  server peak RSS (VmHWM, MB)', (r) => r.server.peakRssMB);
  row('run time of this scale', (r) => seconds(r.totalMs));
  row('load average before / after', (r) => `${r.loadBefore} / ${r.loadAfter}`);

  const width = [Math.max(...rows.filter((r) => r.length > 1).map((r) => r[0].length)), ...cols.map((c, i) => Math.max(c.length, ...rows.map((r) => String(r[i + 1] ?? '').length)))];
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(width[0]) : String(c).padStart(width[i]))).join('   ');
  return [line(['', ...cols]), ...rows.map((r) => (r.length === 1 ? r[0] : line(r)))].join('\n');
}

function notes(results, args) {
  const lines = [];
  const s = results[0]?.server;
  if (s) lines.push(`server: ${s.diagnosticsModel} diagnostics, ${s.sync} sync; ${WORD_EDITS} word and ${FIGURE_EDITS} figure keystrokes, each undone; ${BURSTS} bursts of ${BURST_KEYS} keys ${BURST_GAP_MS} ms apart.`);
  const cores = os.availableParallelism();
  for (const r of results) {
    if (Math.max(r.loadBefore, r.loadAfter) > cores / 2) lines.push(`×${r.scale}: the machine was busy (load average ${r.loadBefore} → ${r.loadAfter} on ${cores} cores): its times are inflated.`);
    const reduced = ['floor', 'cold', 'cached'].filter((k) => r[k].n < args.repeat);
    if (reduced.length) lines.push(`* ×${r.scale}: ${reduced.join(', ')} run only ${reduced.map((k) => r[k].n).join('/')} time(s): one run took over ${SOLO_RUN_MS / 1000} s.`);
    if (r.engine.analysed > 0) lines.push(`×${r.scale}: the in-process row found ${r.engine.analysed} documents missing from the CLI's cache and analysed them itself.`);
    if (JSON.stringify(r.engine.verdicts) !== JSON.stringify(r.cold.verdicts)) {
      lines.push(`×${r.scale}: the in-process engine's verdicts (${JSON.stringify(r.engine.verdicts)}) differ from the CLI's: was server/src edited between the build and the bench?`);
    }
    if (r.engine.sentenceClaims !== r.engine.draftClaims) lines.push(`×${r.scale}: ${r.engine.sentenceClaims} claims sentence by sentence, ${r.engine.draftClaims} in the whole draft.`);
    if (r.server.superseded) lines.push(`×${r.scale}: the server answered ${r.server.superseded} pull(s) with "check superseded" (asked again).`);
    if (r.server.serverErrors.length) lines.push(`×${r.scale}: the server reported errors: ${[...new Set(r.server.serverErrors)].slice(0, 3).join(' | ')}`);
    if (r.cold.warnings) lines.push(`×${r.scale}: the CLI printed ${r.cold.warnings} warning(s) while loading the corpus (e.g. a Latin-1 file).`);
  }
  return lines;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  preflight(args);
  const started = performance.now();
  const log = (m) => process.stderr.write(`bench: ${m} (${seconds(performance.now() - started)})\n`);
  const built = snapshotDist();
  log('bundling the engine');
  const engine = await bundleEngine();
  const results = [];
  for (const n of args.scales) results.push(await measureScale(n, args, engine, log));
  const rebuilt = fingerprint(DIST) !== built;
  const draftWords = fs.readFileSync(args.draft, 'utf8').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

  const header = `Corroborate benchmark: ${path.relative(ROOT, args.draft) || args.draft} (${draftWords} words) against ${args.corpus} ×${args.scales.join(', ×')}; node ${process.version}, ${os.availableParallelism()} cores`;
  const remarks = notes(results, args);
  if (rebuilt) remarks.push('dist/ was rebuilt during the run; every row measured the copy of dist/ taken at its start.');
  process.stdout.write(`${header}\n\n${table(results, args)}\n\n${remarks.join('\n')}\ntotal ${seconds(performance.now() - started)}\n`);
  process.stdout.write(
    `${JSON.stringify({ node: process.version, cores: os.availableParallelism(), draft: path.relative(ROOT, args.draft) || args.draft, draftWords, repeat: args.repeat, soloRunMs: SOLO_RUN_MS, distRebuiltDuringRun: rebuilt, scales: results })}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof BenchError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(e instanceof BenchError ? 2 : 1);
});
