#!/usr/bin/env node
// Measures the word knowledge files in dist/data (sizes, load time in fresh processes, memory,
// query time) and prints what they say for a set of word pairs; with --directions, lists every
// WordNet verb and noun that direction() calls going up or going down.
// Usage: npm run build:lexicon && node scripts/lexicon-report.mjs [--directions]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'dist', 'data');
const bundle = path.join(os.tmpdir(), `corroborate-lexicon-report-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: `export { loadWordKnowledge } from './server/src/node/lexicon';
      export { createWordKnowledge } from './server/src/core/lexicon/knowledge';
      export { WordNet } from './server/src/core/lexicon/wordnet';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;

// Load time of one file, in a fresh process each run: read the bytes and build the knowledge.
function freshLoad(files) {
  const code = `
    const fs = require('fs');
    const { createWordKnowledge } = require(${JSON.stringify(bundle)});
    const rss0 = process.memoryUsage().rss;
    const t = process.hrtime.bigint();
    const bytes = ${JSON.stringify(files)}.map((f) => f && fs.readFileSync(f));
    const k = createWordKnowledge(bytes[0], bytes[1]);
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    k.relation('doctor', 'physician'); k.cosine('doctor', 'physician');
    process.stdout.write(JSON.stringify({ ms, rss0, rss: process.memoryUsage().rss }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }));
}

const wnFile = path.join(DATA, 'wordnet.bin');
const vecFile = path.join(DATA, 'vectors.bin');
console.log(`## Files\n`);
for (const f of [wnFile, vecFile]) console.log(`- ${path.relative(ROOT, f)}: ${mb(fs.statSync(f).size)}`);
console.log(`\n## Load (fresh node ${process.version} process each time, median of 5: read + parse)\n`);
for (const [name, files] of [
  ['wordnet.bin', [wnFile, undefined]],
  ['vectors.bin', [undefined, vecFile]],
  ['both', [wnFile, vecFile]],
]) {
  const runs = Array.from({ length: 5 }, () => freshLoad(files));
  console.log(`- ${name}: ${median(runs.map((r) => r.ms)).toFixed(1)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')}); RSS ${mb(median(runs.map((r) => r.rss)))} (bare process ${mb(median(runs.map((r) => r.rss0)))})`);
}

const require = createRequire(import.meta.url);
const { loadWordKnowledge } = require(bundle);
const k = loadWordKnowledge(DATA, { warn: (m) => console.log(`warning: ${m}`) });

// Query time: distinct pairs (nothing memoised yet), then the same pairs again (memoised).
const nouns = `people government year time world country state city police army soldier troop officer
  doctor nurse patient hospital school student teacher worker employee company firm market price
  rate cost sale profit loss income tax bank money dollar euro oil gas car vehicle road house home
  family child woman man minor adult prisoner inmate prison court judge lawyer crowd spectator
  player team game match win defeat election vote voter party leader minister president war attack
  victim death injury wound fire flood storm rain earthquake trip journey flight plane ship train`.split(/\s+/).filter(Boolean);
const pairs = [];
for (const a of nouns) for (const b of nouns) if (a < b) pairs.push([a, b]);
for (const w of nouns) k.lemmas(w);
let t = performance.now();
for (const [a, b] of pairs) k.relation(a, b);
const cold = ((performance.now() - t) * 1000) / pairs.length;
t = performance.now();
for (let r = 0; r < 10; r++) for (const [a, b] of pairs) k.relation(a, b);
const warm = ((performance.now() - t) * 1000) / (pairs.length * 10);
t = performance.now();
for (const [a, b] of pairs) k.wup(a, b);
const wupCold = ((performance.now() - t) * 1000) / pairs.length;
t = performance.now();
for (const [a, b] of pairs) k.cosine(a, b);
const cosCold = ((performance.now() - t) * 1000) / pairs.length;
console.log(`\n## Query time (${pairs.length} distinct noun pairs)\n`);
console.log(`- relation(): ${cold.toFixed(1)} µs a pair first time, ${warm.toFixed(2)} µs memoised`);
console.log(`- wup(): ${wupCold.toFixed(1)} µs first time; cosine(): ${cosCold.toFixed(1)} µs first time`);

console.log(`\n## Pairs\n\n| pair | relation | steps | wup | cosine |\n| --- | --- | --- | --- | --- |`);
const table = [
  ['doctor', 'physician'], ['scientist', 'researcher'], ['produce', 'build'], ['trip', 'journey'], ['troop', 'soldier'],
  ['troops', 'soldiers'], ['soldier', 'civilian'], ['nurse', 'physician'], ['win', 'defeat'], ['state', 'country'],
  ['minor', 'child'], ['inmate', 'prisoner'], ['crowd', 'spectator'], ['profit', 'loss'], ['employee', 'worker'],
  ['car', 'vehicle'], ['security forces', 'troops'], ['produced', 'built'], ['trips', 'journeys'], ['inmates', 'prisoners'],
  ['nurses', 'physicians'], ['soldiers', 'civilians'], ['scientists', 'researchers'], ['doctors', 'physicians'],
];
for (const [a, b] of table) {
  const r = k.relation(a, b);
  const c = k.cosine(a, b);
  console.log(`| ${a} / ${b} | ${r.relation} | ${r.steps} | ${k.wup(a, b).toFixed(2)} | ${c === undefined ? '–' : c.toFixed(2)} |`);
}

if (process.argv.includes('--directions')) {
  const { WordNet } = require(bundle);
  const wn = new WordNet(fs.readFileSync(wnFile));
  const up = [];
  const down = [];
  for (let i = 0; i < wn.lemmaCount; i++) {
    const lemma = wn.lemma(i);
    if (lemma.includes(' ') || (wn.senses(i, 0).length === 0 && wn.senses(i, 1).length === 0)) continue;
    const d = k.direction(lemma);
    if (d === 1) up.push(lemma);
    else if (d === -1) down.push(lemma);
  }
  console.log(`\n## direction() over WordNet's single-word nouns and verbs\n\n+1 (${up.length}): ${up.join(' ')}\n\n-1 (${down.length}): ${down.join(' ')}`);
}
fs.rmSync(bundle, { force: true });
