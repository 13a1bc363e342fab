/**
 * `npm run calibrate`: fits the decision model on labelled claims and reports it on claims held
 * out from fitting.
 *
 * The labelled sets are listed in eval/sets.json (claims as JSON Lines, each with the corpus it is
 * checked against). Every claim is checked as the CLI checks it; each source figure the checker
 * aligned with it becomes a training pair, labelled from the claim's gold verdict and evidence:
 * - a figure in a gold evidence sentence whose value relation fits the verdict (agreeing for a
 *   supported claim, differing for a conflict, either for a disputed one) speaks of the same
 *   quantity: positive;
 * - every figure aligned with an unsupported claim, agreeing figures aligned with a conflict and
 *   differing figures aligned with a supported claim do not: negative (had they spoken of the same
 *   quantity, the verdict would be another);
 * - other pairs are left out (an agreeing figure outside the gold evidence may be a true second
 *   source).
 * A logistic regression is fitted on the pairs of the training claims, then the thresholds of the
 * verdict rules are chosen on the same claims (their probabilities cross-fitted) by grid search:
 * the most accurate whose false support stays within MAX_FALSE_SUPPORT, each point judged with its
 * neighbours on every axis, so that a plateau wins over a ridge. One claim in five (by a hash of
 * its id) is held out, and `claims.dev.jsonl` (if ../shared is there) is never fitted on.
 *
 *   node dist/calibrate.js [--write] [--sets eval/sets.json] [--verbose] [--thresholds '{"support":0.6}']
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { createChecker, loadCorpus, MemoryIndex, MODEL, decide, perSentence, probability, specific, FEATURES, type Logistic, type Tree, type Features, type Candidate, type Model, type Observation, type Thresholds, type Verdict, type Lexicon } from '../core';
import { AGREES, DIFFERS } from '../core/align/align';
import { FsCorpusReader } from '../node/fsReader';
import { loadWordKnowledge } from '../node/lexicon';

interface Claim {
  readonly id: string;
  readonly text: string;
  readonly target: string;
  readonly label: Verdict;
  readonly evidence?: readonly string[];
  readonly accept?: readonly Verdict[];
  readonly topic?: string;
  readonly type?: string;
}

interface SetSpec {
  readonly name: string;
  readonly claims: string;
  readonly corpus: string;
  /** Never fitted on: reported only. */
  readonly heldOut?: boolean;
}

interface Observed {
  readonly claim: Claim;
  readonly set: string;
  readonly heldOut: boolean;
  /** Candidates of the figure that covers the target, or undefined when no figure does (a quote, or a figure not read). */
  readonly candidates?: readonly Candidate[];
  /** The verdict of a quote claim (not decided by the model), or "missed" when no claim covers the target. */
  readonly fixed?: Verdict | 'missed';
  /** The draft's figure is specific (see `specific`). */
  readonly specific?: boolean;
}

const root = path.resolve(__dirname, '..');

/** The false-support rate the thresholds may allow on the cross-fitted training claims. */
const MAX_FALSE_SUPPORT = 0.1;

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function readClaims(file: string): Claim[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Claim);
}

/** The index of one corpus, built once for every set checked against it. */
async function indexOf(corpus: string): Promise<MemoryIndex> {
  const { documents } = await loadCorpus(new FsCorpusReader([path.resolve(root, corpus)]));
  const index = new MemoryIndex();
  for (const d of documents) index.addDocument(d);
  return index;
}

async function observe(spec: SetSpec, index: MemoryIndex, claims: readonly Claim[], lexicon: Lexicon): Promise<Observed[]> {
  const seen: Observation[] = [];
  const checker = createChecker(index, { lexicon, observe: (o) => seen.push(o) });
  const out: Observed[] = [];
  for (const claim of claims) {
    seen.length = 0;
    const results = await checker.check(claim.text);
    const t0 = claim.text.indexOf(claim.target);
    const t1 = t0 + claim.target.length;
    let best: Observation | undefined;
    let bestOverlap = 0;
    for (const o of seen) {
      const at = claim.text.indexOf(o.sentence);
      if (at < 0) continue;
      const s = at + o.claim.start;
      const e = at + o.claim.end;
      const overlap = Math.max(0, Math.min(e, t1) - Math.max(s, t0));
      if (overlap > bestOverlap) {
        best = o;
        bestOverlap = overlap;
      }
    }
    const quote = results.find((r) => r.kind === 'quote' && r.start < t1 && r.end > t0);
    const heldOut = !!spec.heldOut || hash(claim.id) % 5 === 0;
    if (quote) out.push({ claim, set: spec.name, heldOut, fixed: quote.verdict });
    else out.push({ claim, set: spec.name, heldOut, ...(best ? { candidates: best.candidates, specific: specific(best.claim) } : { fixed: 'missed' as const }) });
  }
  return out;
}

/**
 * Pair label of a candidate from its claim's gold verdict: 1, 0, or undefined (left out). A source
 * figure inside a gold evidence passage is the claim's quantity; another figure of an evidence
 * sentence is another quantity.
 */
function pairLabel(claim: Claim, c: Candidate): number | undefined {
  const text = c.sentence.text.toLowerCase();
  let inSentence = false;
  let inPassage = false;
  for (const e of claim.evidence ?? []) {
    const needle = e.toLowerCase();
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      inSentence = true;
      if (c.frame.figure.start < at + needle.length && c.frame.figure.end > at) inPassage = true;
    }
  }
  const agrees = AGREES.has(c.value);
  const differs = DIFFERS.has(c.value);
  if (claim.label === 'unsupported') return 0;
  if (inPassage) {
    if (claim.label === 'supported') return agrees ? 1 : 0;
    if (claim.label === 'conflict') return differs ? 1 : 0;
    return 1;
  }
  if (inSentence) return claim.label === 'supported' && agrees ? undefined : 0;
  if (claim.label === 'supported') return differs ? 0 : undefined;
  if (claim.label === 'conflict') return agrees ? 0 : undefined;
  return undefined;
}

function vector(c: Candidate): number[] {
  return FEATURES.map((f) => c.features[f]);
}

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares), with the two classes weighed equally. The bias is not regularised.
 */
function fit(xs: readonly number[][], ys: readonly number[], lambda = 1, iterations = 30): { bias: number; weights: number[] } {
  const d = FEATURES.length + 1; // last column: the bias
  const w = new Array<number>(d).fill(0);
  const pos = ys.filter((y) => y === 1).length;
  const neg = ys.length - pos;
  const cw = (y: number): number => (y === 1 ? ys.length / (2 * Math.max(1, pos)) : ys.length / (2 * Math.max(1, neg)));
  const rows = xs.map((x) => [...x, 1]);
  for (let it = 0; it < iterations; it++) {
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const c = cw(ys[i]!);
      const r = c * (ys[i]! - p);
      const v = c * p * (1 - p);
      for (let j = 0; j < d; j++) {
        g[j]! += r * x[j]!;
        const hj = h[j]!;
        for (let k = 0; k < d; k++) hj[k]! += v * x[j]! * x[k]!;
      }
    }
    for (let j = 0; j < d - 1; j++) {
      g[j]! -= lambda * w[j]!;
      h[j]![j]! += lambda;
    }
    h[d - 1]![d - 1]! += 1e-6;
    const step = solve(h, g);
    let change = 0;
    for (let j = 0; j < d; j++) {
      w[j] = w[j]! + step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-6) break;
  }
  return { bias: w[d - 1]!, weights: w.slice(0, d - 1) };
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}

function withModel(model: Pick<Model, 'agreeing' | 'differing'>, cands: readonly Candidate[]): Candidate[] {
  // A link's probability comes from the same differing model as the candidate's own.
  return cands.map((c) => ({
    ...c,
    p: probability(model as Model, c.value, c.features),
    ...(c.links ? { links: c.links.map((l) => ({ ...l, p: probability(model as Model, l.value, l.features) })) } : {}),
  }));
}

interface Score {
  n: number;
  correct: number;
  notSupported: number;
  falseSupport: number;
}

function verdictFor(model: Model, o: Observed): Verdict | 'missed' {
  return o.candidates ? decide(model, withModel(model, o.candidates)).verdict : (o.fixed ?? 'missed');
}

function score(model: Model, obs: readonly Observed[]): Score {
  return tally(obs, (o) => verdictFor(model, o));
}

/** Accuracy and false support of the verdicts `verdictOf` gives the claims. */
function tally(obs: readonly Observed[], verdictOf: (o: Observed) => Verdict | 'missed'): Score {
  const s: Score = { n: 0, correct: 0, notSupported: 0, falseSupport: 0 };
  for (const o of obs) {
    const verdict = verdictOf(o);
    s.n++;
    if (verdict === o.claim.label || (verdict !== 'missed' && (o.claim.accept ?? []).includes(verdict))) s.correct++;
    if (o.claim.label !== 'supported') {
      s.notSupported++;
      if (verdict === 'supported') s.falseSupport++;
    }
  }
  return s;
}

function format(s: Score): string {
  return `accuracy ${(s.correct / Math.max(1, s.n)).toFixed(3)} (${s.correct}/${s.n})  false-support ${(s.falseSupport / Math.max(1, s.notSupported)).toFixed(3)} (${s.falseSupport}/${s.notSupported})`;
}

type Pairs = { xs: number[][]; ys: number[] };

function pairsOf(obs: readonly Observed[]): { agreeing: Pairs; differing: Pairs } {
  const pairs = { agreeing: { xs: [] as number[][], ys: [] as number[] }, differing: { xs: [] as number[][], ys: [] as number[] } };
  for (const o of obs) {
    for (const c of o.candidates ?? []) {
      const y = pairLabel(o.claim, c);
      if (y === undefined) continue;
      const set = AGREES.has(c.value) ? pairs.agreeing : pairs.differing;
      set.xs.push(vector(c));
      set.ys.push(y);
    }
  }
  return pairs;
}

function logistic(p: Pairs): Logistic {
  const f = fit(p.xs, p.ys);
  const linear: Logistic = { bias: round(f.bias), weights: Object.fromEntries(FEATURES.map((name, i) => [name, round(f.weights[i]!)])) };
  return boost(linear, p);
}

/**
 * Gradient boosting on top of the linear model: depth-two regression trees fitted to the
 * residuals of the logistic loss (classes weighed equally), with Newton leaf values, shrunk.
 */
function boost(start: Logistic, p: Pairs, rounds = 120, shrink = 0.1): Logistic {
  const n = p.xs.length;
  const pos = p.ys.filter((y) => y === 1).length;
  const cw = p.ys.map((y) => (y === 1 ? n / (2 * Math.max(1, pos)) : n / (2 * Math.max(1, n - pos))));
  const features = p.xs.map((x) => Object.fromEntries(FEATURES.map((f, i) => [f, x[i]!])) as unknown as Features);
  const z = features.map((f) => linearOdds(start, f));
  const thresholds = FEATURES.map((_, j) => {
    const values = [...new Set(p.xs.map((x) => x[j]!))].sort((a, b) => a - b);
    if (values.length <= 1) return [];
    const step = Math.max(1, Math.floor(values.length / 12));
    const out: number[] = [];
    for (let i = step; i < values.length; i += step) out.push((values[i - 1]! + values[i]!) / 2);
    return out;
  });
  const trees: Tree[] = [];
  for (let r = 0; r < rounds; r++) {
    const g = z.map((zi, i) => cw[i]! * (p.ys[i]! - 1 / (1 + Math.exp(-zi))));
    const h = z.map((zi, i) => {
      const q = 1 / (1 + Math.exp(-zi));
      return cw[i]! * q * (1 - q);
    });
    const all = [...Array(n).keys()];
    const tree = grow(all, 2, p.xs, g, h, thresholds, shrink);
    if (typeof tree === 'number') break;
    trees.push(tree);
    for (let i = 0; i < n; i++) z[i]! += leafValue(tree, p.xs[i]!);
  }
  return { ...start, trees };
}

function linearOdds(m: Logistic, f: Features): number {
  let z = m.bias;
  for (const name of FEATURES) z += (m.weights[name] ?? 0) * f[name];
  return z;
}

function leafValue(t: Tree | number, x: readonly number[]): number {
  let node = t;
  while (typeof node !== 'number') node = x[FEATURES.indexOf(node.feature as (typeof FEATURES)[number])]! < node.threshold ? node.below : node.above;
  return node;
}

function grow(rows: readonly number[], depth: number, xs: readonly number[][], g: readonly number[], h: readonly number[], thresholds: readonly number[][], shrink: number): Tree | number {
  const sum = (idx: readonly number[], v: readonly number[]): number => idx.reduce((s, i) => s + v[i]!, 0);
  const G = sum(rows, g);
  const H = sum(rows, h);
  const LAMBDA = 1;
  const value = round((shrink * G) / (H + LAMBDA));
  if (depth === 0 || rows.length < 20) return value;
  const gain0 = (G * G) / (H + LAMBDA);
  let best: { j: number; t: number; gain: number } | undefined;
  for (let j = 0; j < FEATURES.length; j++) {
    for (const t of thresholds[j]!) {
      let gl = 0;
      let hl = 0;
      let nl = 0;
      for (const i of rows) {
        if (xs[i]![j]! < t) {
          gl += g[i]!;
          hl += h[i]!;
          nl++;
        }
      }
      if (nl < 10 || rows.length - nl < 10) continue;
      const gain = (gl * gl) / (hl + LAMBDA) + ((G - gl) * (G - gl)) / (H - hl + LAMBDA) - gain0;
      if (!best || gain > best.gain) best = { j, t, gain };
    }
  }
  if (!best || best.gain < 1e-3) return value;
  const below = rows.filter((i) => xs[i]![best.j]! < best.t);
  const above = rows.filter((i) => xs[i]![best.j]! >= best.t);
  return {
    feature: FEATURES[best.j]!,
    threshold: round(best.t),
    below: grow(below, depth - 1, xs, g, h, thresholds, shrink),
    above: grow(above, depth - 1, xs, g, h, thresholds, shrink),
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const write = argv.includes('--write');
  const verbose = argv.includes('--verbose');
  const setsFile = argv.includes('--sets') ? argv[argv.indexOf('--sets') + 1]! : path.join(root, 'eval', 'sets.json');
  const specs = (JSON.parse(readFileSync(setsFile, 'utf8')) as SetSpec[]).filter((s) => {
    const ok = existsSync(path.resolve(root, s.corpus)) && existsSync(path.resolve(root, s.claims));
    if (!ok) process.stderr.write(`calibrate: skipping ${s.name}: ${s.corpus} or ${s.claims} is missing\n`);
    return ok;
  });
  const lexicon = loadWordKnowledge(undefined, { warn: (m) => process.stderr.write(`calibrate: ${m}\n`) });

  const all: Observed[] = [];
  const byCorpus = new Map<string, SetSpec[]>();
  for (const s of specs) byCorpus.set(s.corpus, [...(byCorpus.get(s.corpus) ?? []), s]);
  for (const [corpus, group] of byCorpus) {
    const index = await indexOf(corpus);
    for (const spec of group) {
      const claims = readClaims(path.resolve(root, spec.claims));
      all.push(...(await observe(spec, index, claims, lexicon)));
      process.stderr.write(`calibrate: ${spec.name}: ${claims.length} claims\n`);
    }
  }
  const train = all.filter((o) => !o.heldOut);
  const held = all.filter((o) => o.heldOut);
  const pairs = pairsOf(train);
  const describe = (p: Pairs): string => `${p.xs.length} (${p.ys.filter((y) => y === 1).length} positive)`;
  process.stderr.write(`calibrate: ${train.length} training claims; pairs: agreeing ${describe(pairs.agreeing)}, differing ${describe(pairs.differing)}; ${held.length} held out\n`);
  const pairModel = { agreeing: logistic(pairs.agreeing), differing: logistic(pairs.differing) };
  // Cross-fitting: each training claim's pair probabilities come from pair models fitted on the
  // other folds.
  const FOLDS = 4;
  const fold = (o: Observed): number => (hash(o.claim.id) >>> 8) % FOLDS;
  const crossFitted: Observed[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const others = pairsOf(train.filter((o) => fold(o) !== k));
    const m = { agreeing: logistic(others.agreeing), differing: logistic(others.differing) };
    for (const o of train.filter((x) => fold(x) === k)) crossFitted.push(o.candidates ? { ...o, candidates: withModel(m, o.candidates) } : o);
  }
  // The thresholds: a grid search on the cross-fitted training claims.
  const fixedScore = (t: Thresholds): Score => tally(crossFitted, (o) => (o.candidates ? decide({ thresholds: t }, o.candidates).verdict : (o.fixed ?? 'missed')));
  // Precision of "supported" first: among the thresholds whose false-support rate stays within
  // MAX_FALSE_SUPPORT, the most accurate (the lower false support breaks a tie).
  const objective = (s: Score): number => {
    const fs = s.falseSupport / Math.max(1, s.notSupported);
    return (fs <= MAX_FALSE_SUPPORT ? 0 : -1 - fs) + s.correct / Math.max(1, s.n) - 1e-3 * fs;
  };
  const grid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];
  const axes: Record<keyof Thresholds, readonly number[]> = {
    support: grid,
    supportPerDecade: [0, 0.025, 0.05, 0.075, 0.1],
    conflict: grid,
    dispute: [0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95],
    disputeMargin: [0, 0.1, 0.2, 0.3],
    outweigh: [0, 0.1, 0.2, 0.3],
  };
  const names = Object.keys(axes) as (keyof Thresholds)[];
  const memo = new Map<string, number>();
  const raw = (t: Thresholds): number => {
    const key = names.map((n) => t[n]).join(',');
    let v = memo.get(key);
    if (v === undefined) memo.set(key, (v = objective(fixedScore(t))));
    return v;
  };
  // A point's value is the mean of its own and its neighbours' on each axis (the next value
  // either way): thresholds on a ridge of the training claims, where a step either way costs
  // much, fit those claims more than they will fit others; a plateau carries over.
  const smoothed = (t: Thresholds, lists: Record<keyof Thresholds, readonly number[]>): number => {
    let sum = raw(t);
    let n = 1;
    for (const name of names) {
      const list = lists[name];
      const i = list.indexOf(t[name]);
      for (const j of [i - 1, i + 1]) {
        if (i < 0 || j < 0 || j >= list.length) continue;
        sum += raw({ ...t, [name]: list[j]! });
        n++;
      }
    }
    return sum / n;
  };
  // `--thresholds JSON` keeps the shipped thresholds, or these, and skips the search: a change to
  // the rules or features is then measured with the thresholds held still.
  const fixedAt = argv.includes('--thresholds') ? { ...MODEL.thresholds, ...(JSON.parse(argv[argv.indexOf('--thresholds') + 1]!) as Partial<Thresholds>) } : undefined;
  let best = { thresholds: fixedAt ?? MODEL.thresholds, value: fixedAt ? raw(fixedAt) : -Infinity };
  // A coarse grid first (two values of dispute), then two rounds of one threshold at a time over
  // every value of its axis.
  const coarse = { ...axes, dispute: [0.6, 0.8] };
  if (!fixedAt)
    for (const support of coarse.support)
      for (const supportPerDecade of coarse.supportPerDecade)
        for (const conflict of coarse.conflict)
          for (const dispute of coarse.dispute)
            for (const disputeMargin of coarse.disputeMargin)
              for (const outweigh of coarse.outweigh) {
                const t = { support, supportPerDecade, conflict, dispute, disputeMargin, outweigh };
                const v = smoothed(t, coarse);
                if (v > best.value + 1e-9) best = { thresholds: t, value: v };
              }
  if (!fixedAt) best = { thresholds: best.thresholds, value: smoothed(best.thresholds, axes) };
  for (let round = 0; round < (fixedAt ? 0 : 2); round++)
    for (const axis of ['dispute', 'conflict', 'support', 'disputeMargin', 'outweigh', 'supportPerDecade'] as const)
      for (const x of axes[axis]) {
        const t = { ...best.thresholds, [axis]: x };
        const v = smoothed(t, axes);
        if (v > best.value + 1e-9) best = { thresholds: t, value: v };
      }
  const model: Model = { version: MODEL.version + 1, ...pairModel, thresholds: best.thresholds };
  process.stderr.write(`calibrate: cross-fitted training claims: ${format(fixedScore(best.thresholds))}\n`);

  const lines: string[] = [];
  {
    // Ranking quality of the pair models on the held-out claims' pairs (area under the ROC curve).
    const auc = (p: Pairs, m: Logistic): number => {
      const scored = p.xs.map((x, i) => ({ s: probability({ agreeing: m, differing: m }, 'same', Object.fromEntries(FEATURES.map((f, j) => [f, x[j]!])) as unknown as Features), y: p.ys[i]! }));
      const pos = scored.filter((r) => r.y === 1);
      const neg = scored.filter((r) => r.y === 0);
      let wins = 0;
      for (const a of pos) for (const b of neg) wins += a.s > b.s ? 1 : a.s === b.s ? 0.5 : 0;
      return wins / Math.max(1, pos.length * neg.length);
    };
    const heldPairs = pairsOf(held);
    lines.push(`pair AUC held out            agreeing ${auc(heldPairs.agreeing, model.agreeing).toFixed(3)}  differing ${auc(heldPairs.differing, model.differing).toFixed(3)}`);
  }
  const report = (name: string, obs: readonly Observed[]): void => {
    const missed = obs.filter((o) => o.fixed === 'missed').length;
    lines.push(`${name.padEnd(28)} ${format(score(model, obs))}${missed ? `  (${missed} targets not read as claims)` : ''}`);
  };
  {
    // Retrieval recall: claims whose gold evidence figure is among the candidates at all.
    let asked = 0;
    let found = 0;
    for (const o of all) {
      if (o.claim.label === 'unsupported' || !o.candidates) continue;
      asked++;
      if (o.candidates.some((c) => pairLabel(o.claim, c) === 1)) found++;
      else if (argv.includes('--recall')) process.stdout.write(`  not retrieved: ${o.claim.id} [${o.claim.label}] ${o.claim.text}\n`);
    }
    lines.push(`evidence figure retrieved    ${(found / Math.max(1, asked)).toFixed(3)} (${found}/${asked})`);
  }
  if (argv.includes('--false-support')) {
    const t = { ...model.thresholds, support: Number(argv[argv.indexOf('--false-support') + 1]) };
    for (const o of crossFitted) {
      if (!o.candidates || o.claim.label === 'supported') continue;
      const d = decide({ thresholds: t }, o.candidates);
      if (d.verdict !== 'supported') continue;
      const c = d.supports[0]!;
      const top = FEATURES.filter((f) => c.features[f] !== 0).map((f) => `${f}=${c.features[f].toFixed(2)}`).join(' ');
      lines.push(`  FS ${o.claim.id} [${o.claim.label}/${o.claim.type}] ${o.claim.text}\n     p=${c.p.toFixed(2)} "${c.frame.figure.text}" ${c.sentence.text.slice(0, 120)}\n     ${top}`);
    }
  }
  if (argv.includes('--curve')) {
    for (const support of [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]) {
      const m = { ...model, thresholds: { ...model.thresholds, support } };
      lines.push(`  support ${support}: cross-fitted ${format(fixedScore(m.thresholds))} | held out ${format(score(m, held))}`);
    }
  }
  {
    // Where the cross-fitted training claims go wrong: gold verdict (rows) against the verdict given.
    const kinds = ['supported', 'conflict', 'disputed', 'unsupported', 'missed'] as const;
    const table = new Map<string, number>();
    for (const o of crossFitted) {
      const v = o.candidates ? decide({ thresholds: best.thresholds }, o.candidates).verdict : (o.fixed ?? 'missed');
      table.set(`${o.claim.label} ${v}`, (table.get(`${o.claim.label} ${v}`) ?? 0) + 1);
    }
    lines.push(`cross-fitted: gold \\ given  ${kinds.map((k) => k.slice(0, 11).padStart(12)).join('')}`);
    for (const g of kinds.slice(0, 4)) lines.push(`  ${g.padEnd(26)}${kinds.map((k) => String(table.get(`${g} ${k}`) ?? 0).padStart(12)).join('')}`);
  }
  report('training claims', train);
  report('held-out claims', held);
  for (const s of specs) report(`  held out: ${s.name}`, held.filter((o) => o.set === s.name));
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(`thresholds: ${JSON.stringify(model.thresholds)}\n`);
  if (verbose) {
    for (const o of all.filter((x) => x.fixed === 'missed')) process.stdout.write(`  not read: ${o.claim.id} "${o.claim.target}" in: ${o.claim.text}\n`);
    for (const o of argv.includes('--train') ? train : held) {
      if (!o.candidates) continue;
      const v = verdictFor(model, o);
      if (v === o.claim.label) continue;
      process.stdout.write(`  ${o.claim.id} gold=${o.claim.label} got=${v} [${o.claim.type ?? ''}]: ${o.claim.text}\n`);
      for (const c of withModel(model, o.candidates).sort((a, b) => b.p - a.p).slice(0, 3)) {
        const top = FEATURES.filter((f) => c.features[f] !== 0).map((f) => `${f}=${c.features[f].toFixed(2)}`).join(' ');
        process.stdout.write(`      ${c.value} p=${c.p.toFixed(2)} "${c.frame.figure.text}" head=[${c.frame.headWords.join(' ')}] ${c.sentence.text.slice(0, 90)}\n        ${top}\n`);
      }
    }
  }
  const only = argv.includes('--claim') ? argv[argv.indexOf('--claim') + 1] : undefined;
  if (only) {
    for (const o of all.filter((x) => x.claim.id === only)) {
      const cands = perSentence(withModel(model, o.candidates ?? [])).sort((a, b) => b.p - a.p);
      process.stdout.write(`${o.claim.id} gold=${o.claim.label} got=${verdictFor(model, o)}: ${o.claim.text}\n`);
      for (const c of cands.slice(0, 12)) process.stdout.write(`  ${c.value} p=${c.p.toFixed(3)} "${c.frame.figure.text}" ${c.sentence.key}: ${c.sentence.text.slice(0, 100)}\n`);
    }
  }
  if (write) {
    const trainScore = score(model, train);
    const heldScore = score(model, held);
    const out: Model = {
      ...model,
      fitted: {
        sets: specs.map((s) => s.name),
        trainingClaims: trainScore.n,
        trainingPairs: pairs.agreeing.xs.length + pairs.differing.xs.length,
        heldOutClaims: heldScore.n,
        heldOutAccuracy: round(heldScore.correct / Math.max(1, heldScore.n)),
        heldOutFalseSupport: round(heldScore.falseSupport / Math.max(1, heldScore.notSupported)),
      },
    };
    const file = path.join(root, 'server', 'src', 'core', 'decide', 'model.ts');
    writeFileSync(
      file,
      `/**\n * The fitted decision model. Written by \`npm run calibrate\` (server/src/tools/calibrate.ts);\n * edit by re-fitting, not by hand.\n */\nimport type { Model } from './decide';\n\nexport const MODEL: Model = ${JSON.stringify(out, null, 2)};\n`,
    );
    process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

main().catch((e: unknown) => {
  process.stderr.write(`calibrate: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 2;
});
