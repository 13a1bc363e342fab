#!/usr/bin/env node
// Scale benchmark of the engine: corpus loading, indexing and checking a ~2,000-word draft.
//
//   npm run bench [-- --corpus DIR] [-- --draft FILE] [-- --repeat N]
//
// The corpus defaults to ../shared/bench/bbc-news (2,225 BBC News articles; see its ABOUT.md). It is
// measurement data only: it is read in place, never copied into the project. The engine is bundled
// from server/src (core + the file-system reader) with esbuild into a temporary file and run
// in-process, so the numbers are the engine's own, without process start-up or output formatting.
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: node bench/bench.mjs [--corpus DIR] [--draft FILE] [--repeat N]
  --corpus DIR   folder of .md/.txt sources (default: ../shared/bench/bbc-news from the repo root)
  --draft FILE   draft to check (default: bench/draft-2000.md)
  --repeat N     cold and warm repetitions of the whole-draft check (default: 3)`;

function die(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const args = { corpus: path.resolve(ROOT, '..', 'shared', 'bench', 'bbc-news'), draft: path.join(ROOT, 'bench', 'draft-2000.md'), repeat: 3 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') die(`${name} needs a value\n${USAGE}`);
      return v;
    };
    if (name === '--help' || name === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (name === '--corpus') args.corpus = path.resolve(value());
    else if (name === '--draft') args.draft = path.resolve(value());
    else if (name === '--repeat') {
      args.repeat = Number(value());
      if (!Number.isInteger(args.repeat) || args.repeat < 1) die('--repeat needs a whole number of at least 1');
    } else die(`unknown argument "${a}"\n${USAGE}`);
  }
  if (!fs.existsSync(args.corpus) || !fs.statSync(args.corpus).isDirectory()) {
    die(
      `benchmark corpus not found: ${args.corpus}\n` +
        'Pass --corpus DIR (a folder of .md/.txt files), or place the BBC News corpus at ../shared/bench/bbc-news (see its ABOUT.md).',
    );
  }
  if (!fs.existsSync(args.draft) || !fs.statSync(args.draft).isFile()) die(`draft not found: ${args.draft}`);
  return args;
}

/** Bundles the engine (core + FsCorpusReader) to a temporary CommonJS file and loads it. */
async function loadEngine() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-'));
  const outfile = path.join(dir, 'engine.cjs');
  try {
    await esbuild.build({
      stdin: {
        contents: "export * from './server/src/core/index';\nexport { FsCorpusReader } from './server/src/node/fsReader';\n",
        resolveDir: ROOT,
        sourcefile: 'bench-entry.ts',
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile,
      logLevel: 'warning',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// A corpus folder's own documentation (ABOUT.md, README.TXT) is not news: leave it out.
const isDocumentation = (file) => /^(about|readme|licen[cs]e|copying)(\.[a-z]+)?$/i.test(path.basename(file));

const gc = (() => {
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc');
  } catch {
    return null;
  }
})();

const ms = (t) => Math.round(t * 10) / 10;
const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function distribution(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return { n: sorted.length, mean: ms(mean), p50: ms(quantile(sorted, 0.5)), p95: ms(quantile(sorted, 0.95)), max: ms(sorted.at(-1) ?? NaN) };
}

async function time(fn) {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const [bundleMs, engine] = await time(loadEngine);
  const { loadCorpus, FsCorpusReader, MemoryIndex, createChecker, sentencesOf, maskMarkdown } = engine;

  // Load.
  const fsReader = new FsCorpusReader([args.corpus]);
  let listed = [];
  const reader = {
    async list() {
      listed = await fsReader.list();
      return listed.filter((e) => !isDocumentation(e.path));
    },
    read: (file) => fsReader.read(file),
  };
  const [loadMs, loaded] = await time(() => loadCorpus(reader));
  const bytes = listed.filter((e) => !isDocumentation(e.path)).reduce((s, e) => s + (e.size ?? 0), 0);

  // Index.
  const index = new MemoryIndex();
  const [indexMs] = await time(() => {
    for (const doc of loaded.documents) index.addDocument(doc);
  });
  const stats = index.stats();
  const heapAfterIndex = process.memoryUsage().heapUsed;
  gc?.();
  const heapAfterIndexGc = process.memoryUsage().heapUsed;

  // Whole draft: cold (cache cleared before each run), then warm (cached).
  const draft = fs.readFileSync(args.draft, 'utf8');
  const words = draft.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const checker = createChecker(index);
  const cold = [];
  const warm = [];
  let claims = [];
  for (let r = 0; r < args.repeat; r++) {
    checker.clearCache();
    const [t, result] = await time(() => checker.check(draft));
    cold.push(t);
    claims = result;
  }
  for (let r = 0; r < args.repeat; r++) warm.push((await time(() => checker.check(draft)))[0]);

  const verdicts = { supported: 0, conflict: 0, disputed: 0, unsupported: 0 };
  const kinds = {};
  for (const c of claims) {
    verdicts[c.verdict]++;
    kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
  }

  // Per sentence and per claim: each sentence of the draft checked on its own, cache cleared.
  const perSentence = [];
  const perClaim = [];
  let sentenceClaims = 0;
  for (const s of sentencesOf(maskMarkdown(draft))) {
    const text = draft.slice(s.start, s.end);
    checker.clearCache();
    const [t, result] = await time(() => checker.check(text));
    if (!result.length) continue;
    sentenceClaims += result.length;
    perSentence.push(t);
    for (let i = 0; i < result.length; i++) perClaim.push(t / result.length);
  }

  const maxRssBytes = process.resourceUsage().maxRSS * 1024;
  const result = {
    corpus: {
      dir: args.corpus,
      files: listed.length,
      filesRead: listed.length - listed.filter((e) => isDocumentation(e.path)).length,
      bytes,
      documents: loaded.documents.length,
      indexedDocuments: stats.documents,
      sentences: stats.sentences,
      warnings: loaded.warnings.length + fsReader.warnings.length,
    },
    draft: { file: path.relative(ROOT, args.draft) || args.draft, words, claims: claims.length, kinds, verdicts },
    ms: {
      bundle: ms(bundleMs),
      load: ms(loadMs),
      index: ms(indexMs),
      coldFirst: ms(cold[0]),
      coldMedian: ms(quantile([...cold].sort((a, b) => a - b), 0.5)),
      warmFirst: ms(warm[0]),
      warmMedian: ms(quantile([...warm].sort((a, b) => a - b), 0.5)),
      perSentence: distribution(perSentence),
      perClaim: distribution(perClaim),
    },
    sentenceLevelClaims: sentenceClaims,
    memory: {
      heapUsedAfterIndexMB: mb(heapAfterIndex),
      heapUsedAfterIndexGcMB: gc ? mb(heapAfterIndexGc) : null,
      peakRssMB: mb(maxRssBytes),
    },
    node: process.version,
    repeat: args.repeat,
  };
  print(result, loaded.warnings, fsReader.warnings);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function print(r, loadWarnings, listWarnings) {
  const rows = [
    ['corpus', r.corpus.dir],
    ['files listed / read', `${r.corpus.files} / ${r.corpus.filesRead} (${mb(r.corpus.bytes)} MB; documentation files left out)`],
    ['documents / sentences', `${r.corpus.documents} / ${r.corpus.sentences}`],
    ['load warnings', String(r.corpus.warnings)],
    ['engine bundle (esbuild)', `${r.ms.bundle} ms`],
    ['corpus load', `${r.ms.load} ms`],
    ['index build', `${r.ms.index} ms`],
    ['heap used after indexing', `${r.memory.heapUsedAfterIndexMB} MB${r.memory.heapUsedAfterIndexGcMB === null ? '' : ` (${r.memory.heapUsedAfterIndexGcMB} MB after GC)`}`],
    ['draft', `${r.draft.file}: ${r.draft.words} words, ${r.draft.claims} claims`],
    ['claim kinds', Object.entries(r.draft.kinds).map(([k, n]) => `${k} ${n}`).join(', ')],
    ['verdicts', Object.entries(r.draft.verdicts).map(([k, n]) => `${k} ${n}`).join(', ')],
    [`check draft, cold (x${r.repeat})`, `first ${r.ms.coldFirst} ms, median ${r.ms.coldMedian} ms`],
    [`check draft, warm (x${r.repeat})`, `first ${r.ms.warmFirst} ms, median ${r.ms.warmMedian} ms`],
    [
      'per sentence, cold',
      `n=${r.ms.perSentence.n}  mean ${r.ms.perSentence.mean}  p50 ${r.ms.perSentence.p50}  p95 ${r.ms.perSentence.p95}  max ${r.ms.perSentence.max} ms`,
    ],
    ['per claim, cold', `n=${r.ms.perClaim.n}  mean ${r.ms.perClaim.mean}  p50 ${r.ms.perClaim.p50}  p95 ${r.ms.perClaim.p95}  max ${r.ms.perClaim.max} ms`],
    ['peak RSS', `${r.memory.peakRssMB} MB`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = ['Corroborate benchmark', ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`)];
  // Warnings grouped by kind: the message without its file path, quoted names and numbers.
  const groups = new Map();
  for (const w of [...listWarnings, ...loadWarnings]) {
    const key = w.slice(w.indexOf(': ') + 2).replace(/"[^"]*"/g, '"…"').replace(/(?<![-\w])\d+/g, 'N');
    const g = groups.get(key) ?? { n: 0, example: w };
    g.n++;
    groups.set(key, g);
  }
  for (const [key, g] of groups) lines.push(`  warnings x${g.n}: ${key}  (e.g. ${path.relative(r.corpus.dir, g.example.split(': ')[0]) || g.example})`);
  if (r.sentenceLevelClaims !== r.draft.claims) lines.push(`  note: ${r.sentenceLevelClaims} claims when checked sentence by sentence, ${r.draft.claims} in the whole draft`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
