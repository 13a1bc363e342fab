/**
 * Stage 5: the decision. Two fitted models (one for agreeing, one for differing source figures)
 * give, for each aligned pair of figures, the probability that both are values of one quantity; a
 * few named rules with fitted thresholds turn the pairs into the claim's verdict. The weights and
 * thresholds live in `model.ts`, written by `npm run calibrate`.
 */
import type { Verdict } from '../types';
import { AGREES, DIFFERS, FEATURES, type Alignment, type Features, type ValueRelation } from '../align/align';
import type { SourceSentence } from '../types';

/**
 * The named thresholds of the verdict rules (fitted by `npm run calibrate` on the training claims,
 * with false support weighed twice).
 */
export interface Thresholds {
  /** Minimum probability of stating the claim's quantity for an agreeing source figure to support the claim, in a corpus of 1,000 sentences. */
  readonly support: number;
  /**
   * How much the support threshold rises for each tenfold of the corpus's sentences: in a larger
   * corpus an agreeing figure about something else turns up more often by chance.
   */
  readonly supportPerDecade: number;
  /** The same, for a differing source figure to contradict it. */
  readonly conflict: number;
  /** Minimum dispute strength (`disputeStrength`) for a differing figure of another source to dispute a supported claim. */
  readonly dispute: number;
  /** A contradiction from another source this close to the best support makes the claim disputed. */
  readonly disputeMargin: number;
  /** A contradiction from another source this much more probable than the best support decides a conflict. */
  readonly outweigh: number;
}

/** A regression tree of depth two over the alignment features: a leaf is a number. */
export interface Tree {
  readonly feature: string;
  readonly threshold: number;
  /** Taken when the feature is below the threshold. */
  readonly below: Tree | number;
  readonly above: Tree | number;
}

/**
 * A model of the log-odds over the alignment features: a bias, linear weights and boosted trees
 * (either may be empty), so that features can weigh differently in the presence of others (what
 * two figures count matters more when both say it).
 */
export interface Logistic {
  readonly bias: number;
  readonly weights: Readonly<Record<string, number>>;
  readonly trees?: readonly Tree[];
}

function leaf(tree: Tree | number, features: Features, path?: string[]): number {
  let t = tree;
  while (typeof t !== 'number') {
    path?.push(t.feature);
    t = (features[t.feature as keyof Features] ?? 0) < t.threshold ? t.below : t.above;
  }
  return t;
}

/** A model's weights in the order of FEATURES (0 for a feature it does not weigh), made once per model. */
const weightRows = new WeakMap<Logistic, Float64Array>();

function weightRow(m: Logistic): Float64Array {
  let row = weightRows.get(m);
  if (row === undefined) {
    row = Float64Array.from(FEATURES, (name) => m.weights[name] ?? 0);
    weightRows.set(m, row);
  }
  return row;
}

/**
 * A model's trees as flat rows, made once per model: for node k, the index in FEATURES of the
 * feature it tests, its threshold, and the nodes below and above it (a leaf j as ~j, its value in
 * `leaves`); each tree's root likewise. Undefined when a tree tests a feature not in FEATURES.
 */
interface FlatTrees {
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly below: Int32Array;
  readonly above: Int32Array;
  readonly leaves: Float64Array;
  readonly roots: Int32Array;
}

const flatTrees = new WeakMap<Logistic, FlatTrees | null>();
const featureIndex = new Map<string, number>(FEATURES.map((name, i) => [name, i]));
/** The features of the candidate being scored, in the order of FEATURES (as the trees read them). */
const featureRow = new Float64Array(FEATURES.length);

function flatten(m: Logistic): FlatTrees | null {
  let flat = flatTrees.get(m);
  if (flat !== undefined) return flat;
  const feature: number[] = [];
  const threshold: number[] = [];
  const below: number[] = [];
  const above: number[] = [];
  const leaves: number[] = [];
  let known = true;
  const add = (t: Tree | number): number => {
    if (typeof t === 'number') return ~(leaves.push(t) - 1);
    const k = feature.length;
    const f = featureIndex.get(t.feature);
    if (f === undefined) known = false;
    feature.push(f ?? 0);
    threshold.push(t.threshold);
    below.push(0);
    above.push(0);
    below[k] = add(t.below);
    above[k] = add(t.above);
    return k;
  };
  const roots = (m.trees ?? []).map(add);
  flat = known ? { feature: Int32Array.from(feature), threshold: Float64Array.from(threshold), below: Int32Array.from(below), above: Int32Array.from(above), leaves: Float64Array.from(leaves), roots: Int32Array.from(roots) } : null;
  flatTrees.set(m, flat);
  return flat;
}

/** The log-odds a model gives, with each feature's share of it. */
function logOdds(m: Logistic, features: Features, shares?: Map<string, number>): number {
  // Every candidate of every claim is scored: the sums are made in the same order as ever, with
  // the weights in a row and, unless the shares are asked for, no path kept through the trees.
  const weights = weightRow(m);
  const row = featureRow;
  let z = m.bias;
  for (let i = 0; i < FEATURES.length; i++) {
    const name = FEATURES[i]!;
    const x = features[name];
    row[i] = x ?? 0;
    const w = weights[i]! * x;
    z += w;
    if (shares && w) shares.set(name, (shares.get(name) ?? 0) + w);
  }
  const trees = m.trees;
  if (trees === undefined) return z;
  const flat = shares ? null : flatten(m);
  if (flat) {
    // The trees walked over the row: the same comparisons and leaves, in the same order.
    const { feature, threshold, below, above, leaves, roots } = flat;
    for (let j = 0; j < roots.length; j++) {
      let k = roots[j]!;
      while (k >= 0) k = row[feature[k]!]! < threshold[k]! ? below[k]! : above[k]!;
      z += leaves[~k]!;
    }
    return z;
  }
  for (const tree of trees) {
    if (!shares) {
      z += leaf(tree, features);
      continue;
    }
    const path: string[] = [];
    const v = leaf(tree, features, path);
    z += v;
    for (const f of path) shares.set(f, (shares.get(f) ?? 0) + v / path.length);
  }
  return z;
}

/**
 * Two logistic models: one for source figures whose value agrees with the claim's (does it state
 * the same quantity, so that it supports the claim?), one for figures with another value (does it
 * state the same quantity, so that it contradicts the claim?). Agreeing and differing figures have
 * very different odds of being about the claim's quantity, and the features weigh differently.
 */
export interface Model {
  readonly version: number;
  readonly agreeing: Logistic;
  readonly differing: Logistic;
  readonly thresholds: Thresholds;
  /** How the model was fitted: data, sizes and held-out scores (for the README and for audits). */
  readonly fitted?: Readonly<Record<string, unknown>>;
}

/**
 * A differing figure's link to an agreeing one of another source: the alignment of the two source
 * figures (the agreeing one taken as the claim), and the probability the differing model gives it
 * that both are values of one quantity.
 */
export interface Link extends Pick<Alignment, 'value' | 'features'> {
  /** The agreeing candidate (`candidateKey`). */
  readonly to: string;
  readonly p: number;
}

/** A candidate: an aligned source figure, with the probability the model gives it. */
export interface Candidate extends Alignment {
  readonly sentence: SourceSentence;
  readonly p: number;
  /** For a differing figure: its links to the likeliest supports from other sources. */
  readonly links?: readonly Link[];
}

/** A candidate's name among the candidates of one claim: its sentence and figure. */
export function candidateKey(c: Pick<Candidate, 'sentence' | 'index'>): string {
  return `${c.sentence.key}#${c.index}`;
}

/**
 * How likely a rival figure states the claim's quantity, for a dispute: its own probability, or
 * through a support it is linked to (the support states the claim's quantity, and the rival the
 * support's), whichever is higher. A rival that shares few words with the claim but plainly speaks
 * of what a supporting sentence speaks of disputes it.
 */
export function disputeStrength(rival: Candidate, supports: ReadonlyMap<string, Candidate>): number {
  let p = rival.p;
  for (const l of rival.links ?? []) {
    const s = supports.get(l.to);
    if (s && linkHolds(l)) p = Math.max(p, s.p * l.p);
  }
  return p;
}

/**
 * What a link must not have: besides a thing told apart or unlinked (`CONFLICT_VETOES`), a
 * subject, year or period the supporting sentence does not share. Two sources' figures of
 * different companies, people or years are values of two quantities, however alike the sentences
 * ("China raised rates ... to 5.8%", "The Reserve Bank of Australia lifted interest rates ... to 5.5%").
 */
export const LINK_VETOES = ['headDistinct', 'headMismatch', 'subjectClash', 'yearClash', 'periodClash'] as const;

/**
 * A link holds when nothing vetoes it and the rival's sentence (or what surrounds it) names the
 * supporting figure's subject: sentences of two sources alike in their words but with no subject
 * seen in common are as often about two companies as about one.
 */
export function linkHolds(l: Pick<Link, 'features'>): boolean {
  return l.features.subjectMatch > 0 && !LINK_VETOES.some((f) => l.features[f] > 0);
}

/** The model that applies to a value relation. */
export function logisticFor(model: Model, value: ValueRelation): Logistic {
  return AGREES.has(value) ? model.agreeing : model.differing;
}

export function probability(model: Pick<Model, 'agreeing' | 'differing'>, value: ValueRelation, features: Features): number {
  return 1 / (1 + Math.exp(-logOdds(AGREES.has(value) ? model.agreeing : model.differing, features)));
}

/** The features that moved the probability most, with their contributions (for the explanation). */
export function contributions(model: Model, value: ValueRelation, features: Features, n = 3): { feature: string; value: number; weight: number }[] {
  const shares = new Map<string, number>();
  logOdds(logisticFor(model, value), features, shares);
  return FEATURES.map((name) => ({ feature: name, value: features[name], weight: shares.get(name) ?? 0 }))
    .filter((x) => x.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, n);
}

export interface Decision {
  readonly verdict: Verdict;
  /** Agreeing source figures that support the claim, best first. */
  readonly supports: readonly Candidate[];
  /** Differing source figures that contradict it, best first. */
  readonly contradicts: readonly Candidate[];
}

/**
 * A sentence that states several figures speaks of the claim's quantity in one of them at most:
 * the likeliest. An agreeing figure nearly as likely as the likeliest is preferred (a source that
 * states the claimed value and another one speaks of two things, not of a disagreement).
 */
export const SAME_SENTENCE_TIE = 0.05;

export function perSentence(candidates: readonly Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const b = best.get(c.sentence.key);
    if (!b) {
      best.set(c.sentence.key, c);
      continue;
    }
    const agreesC = AGREES.has(c.value);
    const agreesB = AGREES.has(b.value);
    const better = agreesC === agreesB ? c.p > b.p : agreesC ? c.p >= b.p - SAME_SENTENCE_TIE : c.p > b.p + SAME_SENTENCE_TIE;
    if (better) best.set(c.sentence.key, c);
  }
  return [...best.values()];
}

/**
 * The verdict rules:
 * - agreeing figures at least `support` likely to state the claim's quantity support it, differing
 *   ones at least `conflict` likely contradict it;
 * - support and no contradiction: supported; contradiction and no support: conflict; neither:
 *   unsupported;
 * - support and a differing figure from a source that gives none (a source that states the claimed
 *   value and another one speaks of two things): such a rival more probable than the best support
 *   by `outweigh` decides a conflict; one whose dispute strength (`disputeStrength`: its own
 *   probability, or through a support it is linked to) reaches `dispute` and comes within
 *   `disputeMargin` of the best support, a dispute; weaker rivals are left out;
 * - contradiction and no support, but an agreeing figure of another source that reaches `dispute`:
 *   a dispute too, seen from the other side.
 */
/**
 * What a support must not have, whatever the model says: a support states the same value of the
 * same thing, about the same subject and time. A source figure of another year or period, another
 * role (a forecast for an actual), another rate, of a thing told apart from the claim's ("nurses"
 * for "physicians"), or of a thing with no link to it in WordNet or the vectors ("rentals" for
 * "bikes"), may still speak of the claim's quantity, but cannot confirm it.
 */
export const SUPPORT_VETOES = ['yearClash', 'periodClash', 'roleClash', 'rateClash', 'headDistinct', 'headMismatch', 'subjectClash'] as const;

export function vetoed(c: Candidate): boolean {
  return SUPPORT_VETOES.some((f) => c.features[f] > 0);
}

/**
 * What a contradiction must not have: a figure of a thing told apart from the claim's ("nurses"
 * for "physicians"), or with no link to it in WordNet or the vectors ("halves" for "bicycles"),
 * counts something else, and a different value of it says nothing against the claim.
 */
export const CONFLICT_VETOES = ['headDistinct', 'headMismatch'] as const;

export function contradictionVetoed(c: Candidate): boolean {
  return CONFLICT_VETOES.some((f) => c.features[f] > 0);
}

/**
 * A source sentence that restates the claim's sentence around an agreeing figure (nearly all its
 * context words, the same words on either side of the figure, the figure whose surroundings match
 * best) supports the claim whatever the model's probability: the model is fitted on paraphrases
 * and unrelated figures, and rarely sees a restatement with a hedged value.
 */
export const RESTATED_COVERAGE = 0.9;

export function restates(c: Candidate): boolean {
  const f = c.features;
  return f.coverageHere >= RESTATED_COVERAGE && f.localBefore + f.localAfter >= 1 && f.bestLocal === 1;
}

/** Once a verdict is reached, other source figures at least this probable are cited beside the deciding ones. */
export const CITE = 0.5;

/** The support threshold in a corpus of 10^size sentences. */
export function supportThreshold(t: Thresholds, size: number): number {
  return Math.min(0.995, Math.max(0, t.support + t.supportPerDecade * (size - 3)));
}

export function decide(model: Pick<Model, 'thresholds'>, all: readonly Candidate[]): Decision {
  const t = model.thresholds;
  const candidates = perSentence(all);
  const agreeing = candidates.filter((c) => AGREES.has(c.value) && !vetoed(c)).sort((a, b) => Number(b.value === 'same') - Number(a.value === 'same') || b.p - a.p);
  const differing = candidates.filter((c) => DIFFERS.has(c.value) && !contradictionVetoed(c)).sort((a, b) => b.p - a.p);
  const supports = agreeing.filter((c) => c.p >= supportThreshold(t, c.features.corpusSize) || restates(c));
  const conflicts = differing.filter((c) => c.p >= t.conflict);
  const cited = (list: readonly Candidate[], deciding: readonly Candidate[]): Candidate[] => [...new Set([...deciding, ...list.filter((c) => c.p >= CITE)])];
  if (!supports.length) {
    if (!conflicts.length) return { verdict: 'unsupported', supports: [], contradicts: [] };
    // The other side of a dispute: a source that states the claimed value, short of a support but
    // as likely as a rival must be to dispute one (`dispute`), against a contradiction from another
    // source. The sources disagree among themselves, and the claim sides with one of them.
    const contradicting = new Set(conflicts.map((c) => c.sentence.source.id));
    const backing = agreeing.filter((c) => !contradicting.has(c.sentence.source.id) && c.p >= t.dispute);
    if (backing.length) return { verdict: 'disputed', supports: backing, contradicts: cited(differing, conflicts) };
    return { verdict: 'conflict', supports: [], contradicts: cited(differing, conflicts) };
  }
  const bestSupport = Math.max(...supports.map((c) => c.p));
  const supporting = new Set(supports.map((c) => c.sentence.source.id));
  const rivals = conflicts.filter((c) => !supporting.has(c.sentence.source.id));
  if (rivals.length && rivals[0]!.p > bestSupport + t.outweigh) return { verdict: 'conflict', supports: [], contradicts: rivals };
  // Sources that give no support dispute it, by their own probability or through a support.
  const bySupport = new Map(supports.map((c) => [candidateKey(c), c] as const));
  const disputing = differing
    .filter((c) => !supporting.has(c.sentence.source.id))
    .map((c) => ({ c, p: disputeStrength(c, bySupport) }))
    .filter((x) => x.p >= t.dispute && x.p >= bestSupport - t.disputeMargin)
    .sort((a, b) => b.p - a.p)
    .map((x) => x.c);
  if (disputing.length) return { verdict: 'disputed', supports: cited(agreeing, supports), contradicts: disputing };
  return { verdict: 'supported', supports: cited(agreeing, supports), contradicts: [] };
}
