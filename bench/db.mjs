#!/usr/bin/env node
// The PostgreSQL archive benchmark (`npm run bench:db`, after `npm run build` and `npm run
// compile-tests`). For each scale of the BBC corpus (×1, and ×N synthesised copies with shifted
// figures, as `npm run bench` makes them), in a throwaway cluster with durable settings:
//
//   - ingest: `corroborate index` in process (analysis included), documents per second;
//   - re-index after one document changed: what was written, and how long it took;
//   - the database size;
//   - the whole draft checked through the archive and through the in-memory index: the verdicts
//     must be equal (and, at ×1, the JSON reports of `check --db` and `check --corpus`, byte for byte);
//   - per claim, p50/p95: each sentence of the draft checked alone (the checker's cache cleared
//     before each) and its time divided among its claims, and the retrieval part of it (search and
//     idf), through the archive and through the memory index, interleaved.
//
//   node bench/db.mjs [--scales 1,16] [--corpus DIR] [--draft FILE] [--no-cli]
//
// Without PostgreSQL it prints SKIPPED and the reason, and exits 0.
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { synthesizeCorpus } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(import.meta.url);
const out = (p) => require(path.join(ROOT, 'out', p));

const args = { scales: [1], corpus: path.resolve(ROOT, '..', 'shared', 'bench', 'bbc-news', 'bbc'), draft: path.join(ROOT, 'bench', 'draft-2000.md'), cli: true };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--scales') args.scales = argv[++i].split(',').map(Number);
  else if (a === '--corpus') args.corpus = path.resolve(argv[++i]);
  else if (a === '--draft') args.draft = path.resolve(argv[++i]);
  else if (a === '--no-cli') args.cli = false;
  else {
    process.stderr.write(`bench/db.mjs: unknown argument ${a}\nusage: node bench/db.mjs [--scales 1,16] [--corpus DIR] [--draft FILE] [--no-cli]\n`);
    process.exit(2);
  }
}
if (args.scales.some((s) => !Number.isInteger(s) || s < 1)) {
  process.stderr.write('bench/db.mjs: --scales takes whole numbers, such as 1,16\n');
  process.exit(2);
}
for (const need of ['out/test/pg/cluster.js', 'out/server/src/pg/ingest.js', 'dist/cli.js', 'dist/data/wordnet.bin']) {
  if (!fs.existsSync(path.join(ROOT, need))) {
    process.stderr.write(`bench/db.mjs: ${need} is missing: run npm run build and npm run compile-tests first (npm run bench:db does)\n`);
    process.exit(2);
  }
}
if (!fs.existsSync(args.corpus)) {
  process.stdout.write(`SKIPPED: the corpus ${args.corpus} is not there (../shared/bench/bbc-news)\n`);
  process.exit(0);
}

const { startCluster } = out('test/pg/cluster.js');
const { createPool } = out('server/src/pg/connection.js');
const { ingestCorpus } = out('server/src/pg/ingest.js');
const { PgRetriever } = out('server/src/pg/pgRetriever.js');
const { FsCorpusReader } = out('server/src/node/fsReader.js');
const { buildIndex } = out('server/src/node/buildIndex.js');
const { loadWordKnowledge } = out('server/src/node/lexicon.js');
const core = out('server/src/core/index.js');

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const ms = (xs) => `${quantile(xs, 0.5).toFixed(1)} / ${quantile(xs, 0.95).toFixed(1)} ms`;
const log = (m) => process.stderr.write(`bench:db: ${m}\n`);

/** Times the retriever's calls, to split a claim's time into retrieval and the rest. */
function timed(retriever) {
  const box = { ms: 0 };
  return {
    box,
    retriever: {
      stats: () => retriever.stats(),
      async search(...a) {
        const t = performance.now();
        try {
          return await retriever.search(...a);
        } finally {
          box.ms += performance.now() - t;
        }
      },
      async idf(...a) {
        const t = performance.now();
        try {
          return await retriever.idf(...a);
        } finally {
          box.ms += performance.now() - t;
        }
      },
    },
  };
}

const rows = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-benchdb-'));
try {
  const lexicon = loadWordKnowledge(path.join(ROOT, 'dist', 'data'));
  const draft = fs.readFileSync(args.draft, 'utf8');
  for (const scale of args.scales) {
    const cluster = await startCluster({ durable: true });
    if ('skipped' in cluster) {
      process.stdout.write(`SKIPPED: ${cluster.skipped}\n`);
      process.exit(0);
    }
    try {
      let corpus = args.corpus;
      if (scale > 1) {
        corpus = path.join(tmp, `x${scale}`);
        log(`×${scale}: writing ${synthesizeCorpus(args.corpus, corpus, scale)} files`);
      }
      const reader = new FsCorpusReader([corpus]);
      const loaded = await core.loadCorpus(reader);
      const docs = loaded.documents;
      const pool = createPool(cluster.url, { max: 2 });
      const warn = () => undefined;
      log(`×${scale}: ingesting ${docs.length} documents`);
      let t = performance.now();
      const first = await ingestCorpus(pool, docs, { roots: [corpus], warn });
      const ingestS = (performance.now() - t) / 1000;
      log(`×${scale}: ingested in ${ingestS.toFixed(1)} s (${(docs.length / ingestS).toFixed(0)} documents/s)`);
      const size = Number((await pool.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
      // One document changed: only it is written again.
      const edited = docs.map((d, i) => (i === 0 ? { ...d, text: `${d.text}\nA late correction put the figure at 1,234.\n` } : d));
      t = performance.now();
      const again = await ingestCorpus(pool, edited, { roots: [corpus], warn });
      const againMs = performance.now() - t;
      await ingestCorpus(pool, docs, { roots: [corpus], warn });

      log(`×${scale}: building the memory index`);
      t = performance.now();
      const { index } = await buildIndex(docs, { roots: [corpus], warn });
      const memoryBuildS = (performance.now() - t) / 1000;
      const archive = await PgRetriever.open(pool);
      const mem = timed(index);
      const pg = timed(archive);
      const memChecker = core.createChecker(mem.retriever, { lexicon });
      const pgChecker = core.createChecker(pg.retriever, { lexicon });

      log(`×${scale}: checking the draft both ways`);
      const memWhole = await memChecker.check(draft, { markdown: true });
      const pgWhole = await pgChecker.check(draft, { markdown: true });
      const equal = JSON.stringify(memWhole) === JSON.stringify(pgWhole);
      const differing = memWhole.filter((c, i) => JSON.stringify(c) !== JSON.stringify(pgWhole[i])).length;

      const perClaim = { mem: [], pg: [], memRetrieval: [], pgRetrieval: [] };
      const tripsBefore = archive.roundTrips;
      for (const s of core.sentencesOf(core.maskMarkdown(draft))) {
        const text = draft.slice(s.start, s.end);
        for (const [name, checker, box] of [
          ['mem', memChecker, mem.box],
          ['pg', pgChecker, pg.box],
        ]) {
          checker.clearCache();
          box.ms = 0;
          const t0 = performance.now();
          const result = await checker.check(text, { markdown: true });
          const spent = performance.now() - t0;
          for (let i = 0; i < result.length; i++) {
            perClaim[name].push(spent / result.length);
            perClaim[`${name}Retrieval`].push(box.ms / result.length);
          }
        }
      }

      const trips = (archive.roundTrips - tripsBefore) / perClaim.pg.length;
      let cli = 'not run';
      if (args.cli && scale === 1) {
        log(`×${scale}: check --db and check --corpus --no-cache through the command line`);
        const run = (extra) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'corroborate.js'), 'check', '--format', 'json', ...extra, args.draft], { encoding: 'utf8', maxBuffer: 1 << 30 });
        t = performance.now();
        const viaDb = run(['--db', cluster.url]);
        const dbS = (performance.now() - t) / 1000;
        t = performance.now();
        const viaMemory = run(['--no-cache', '--corpus', corpus]);
        const memS = (performance.now() - t) / 1000;
        cli = `${viaDb.stdout === viaMemory.stdout && viaDb.stdout.length > 0 ? 'identical' : 'DIFFERENT'} (${(viaDb.stdout.length / 1024).toFixed(0)} KB; --db ${dbS.toFixed(1)} s, --corpus --no-cache ${memS.toFixed(1)} s)`;
      }
      rows.push({
        scale,
        documents: docs.length,
        sentences: archive.stats().sentences,
        ingest: `${ingestS.toFixed(1)} s, ${(docs.length / ingestS).toFixed(0)} documents/s (${first.added} added)`,
        reindex: `${again.changed} changed, ${again.unchanged} unchanged, ${again.written.length} written, in ${(againMs / 1000).toFixed(1)} s`,
        size: `${(size / 1024 / 1024).toFixed(0)} MB`,
        memoryBuild: `${memoryBuildS.toFixed(1)} s`,
        claims: memWhole.length,
        equal: equal ? `equal (${memWhole.length} claims)` : `DIFFERENT (${differing} of ${memWhole.length} claims)`,
        cli,
        perClaimMem: ms(perClaim.mem),
        perClaimPg: ms(perClaim.pg),
        retrievalMem: ms(perClaim.memRetrieval),
        retrievalPg: ms(perClaim.pgRetrieval),
        trips: trips.toFixed(2),
      });
      await pool.end();
    } finally {
      await cluster.stop();
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

const load = os.loadavg().map((x) => x.toFixed(1)).join(', ');
const table = [
  ['', ...rows.map((r) => `×${r.scale}`)],
  ['documents / sentences', ...rows.map((r) => `${r.documents} / ${r.sentences}`)],
  ['ingest (analysis included)', ...rows.map((r) => r.ingest)],
  ['re-index, one document changed', ...rows.map((r) => r.reindex)],
  ['database size', ...rows.map((r) => r.size)],
  ['memory index build (no cache)', ...rows.map((r) => r.memoryBuild)],
  ['draft verdicts, archive vs memory', ...rows.map((r) => r.equal)],
  ['JSON report, check --db vs --corpus', ...rows.map((r) => r.cli)],
  ['per claim p50 / p95, memory index', ...rows.map((r) => r.perClaimMem)],
  ['per claim p50 / p95, archive', ...rows.map((r) => r.perClaimPg)],
  ['  of which retrieval, memory index', ...rows.map((r) => r.retrievalMem)],
  ['  of which retrieval, archive', ...rows.map((r) => r.retrievalPg)],
  ['round trips to the archive per claim', ...rows.map((r) => r.trips)],
];
process.stdout.write(`${table.map((r) => `| ${r.join(' | ')} |`).join('\n').replace(/\n/, `\n|${' --- |'.repeat(rows.length + 1)}\n`)}\n`);
process.stdout.write(`(${os.cpus().length} cores, load average ${load})\n`);
if (rows.some((r) => r.equal.startsWith('DIFFERENT') || r.cli.startsWith('DIFFERENT'))) process.exitCode = 1;
