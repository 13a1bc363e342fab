#!/usr/bin/env node
// In-process timing of the engine, run by bench.mjs in a child process per corpus scale:
// the index is loaded from the cache that the CLI's cache-fill run wrote, then the whole draft is
// checked once (which also warms the JIT), then each sentence of the draft is checked alone, with
// the checker's sentence cache cleared before each, and its time divided among its claims.
//
//   node bench/per-claim.mjs ENGINE.cjs CORPUS CACHE_DIR DRAFT DATA_DIR
//
// ENGINE.cjs is the esbuild bundle of server/src/core plus the Node helpers that bench.mjs writes.
// Prints one JSON line.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';

const [enginePath, corpus, cacheDir, draftPath, dataDir] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: node bench/per-claim.mjs ENGINE.cjs CORPUS CACHE_DIR DRAFT DATA_DIR\n');
  process.exit(2);
}
const { FsCorpusReader, loadCorpus, buildIndex, loadWordKnowledge, createChecker, sentencesOf, maskMarkdown } = createRequire(import.meta.url)(enginePath);

const warnings = [];
const warn = (m) => warnings.push(m);
const t0 = performance.now();
const reader = new FsCorpusReader([corpus]);
const loaded = await loadCorpus(reader);
const { index, cached, analysed } = await buildIndex(loaded.documents, { roots: [corpus], cacheDir, warn });
const lexicon = loadWordKnowledge(dataDir, { warn });
const checker = createChecker(index, { lexicon });
const loadMs = performance.now() - t0;

const draft = fs.readFileSync(draftPath, 'utf8');
let t = performance.now();
const whole = await checker.check(draft, { markdown: true });
const draftMs = performance.now() - t;
const verdicts = { supported: 0, conflict: 0, disputed: 0, unsupported: 0 };
for (const c of whole) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;

const perSentence = [];
const perClaim = [];
let claims = 0;
for (const s of sentencesOf(maskMarkdown(draft))) {
  // The raw text of the sentence, as an editor would hold it (the mask only finds the bounds).
  const text = draft.slice(s.start, s.end);
  checker.clearCache();
  t = performance.now();
  const result = await checker.check(text, { markdown: true });
  const ms = performance.now() - t;
  if (!result.length) continue;
  claims += result.length;
  perSentence.push(ms);
  for (let i = 0; i < result.length; i++) perClaim.push(ms / result.length);
}

process.stdout.write(
  `${JSON.stringify({
    loadMs,
    fromCache: cached,
    analysed,
    stats: index.stats(),
    draftMs,
    draftClaims: whole.length,
    verdicts,
    sentenceClaims: claims,
    perSentence,
    perClaim,
    warnings: warnings.length + reader.warnings.length + loaded.warnings.length,
  })}\n`,
);
