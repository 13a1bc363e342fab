/**
 * Stage 4: alignment. A claim's frame is set against each frame of a retrieved source sentence,
 * and the pair is described by named features: how well what they count, the words that introduce
 * them, whom and when they are about and their roles match, how much of the claim's context the
 * source has, and how the values stand to each other. The fitted model (`decide/`) turns the
 * features into the probability that both figures are values of one quantity.
 */
import type { Figure } from '../types';
import type { Frame, SentenceAnalysis } from '../frame/frame';
import { agreement, rateDiffers } from '../verify/compare';
import { bestMatch, bestScore, directionOf, wordMatch, type Lexicon } from './words';

/** How the source's value stands to the claim's. */
export type ValueRelation = 'same' | 'compatible' | 'neutral' | 'different' | 'scale' | 'opposite';

export const FEATURES = [
  'coverage',
  'coverageHere',
  'coverageGap',
  'closeness',
  'localBefore',
  'localAfter',
  'bestLocal',
  'siblingAgrees',
  'headMatch',
  'headCosine',
  'headDistinct',
  'headMismatch',
  'headInSentence',
  'headMissing',
  'noHeads',
  'leadCoverage',
  'leadMatch',
  'trailMatch',
  'negationClash',
  'subjectMatch',
  'subjectHere',
  'subjectClash',
  'subjectShift',
  'yearMatch',
  'yearClash',
  'periodClash',
  'roleClash',
  'rateClash',
  'partClash',
  'timeLike',
  'agrees',
  'sameValue',
  'specificAgree',
  'logRatio',
  'scaleSlip',
  'rank',
  'corpusSize',
] as const;

export type FeatureName = (typeof FEATURES)[number];
export type Features = Readonly<Record<FeatureName, number>>;

/** What the aligner needs to know of the claim, computed once per claim. */
export interface ClaimContext {
  readonly frame: Frame;
  /** Weight of each context concept (rarer and nearer weigh more). */
  readonly weights: ReadonlyMap<string, number>;
  readonly totalWeight: number;
  /** Context concepts close to the figure. */
  readonly near: ReadonlySet<string>;
  /** Weights of the concepts of the words introducing the figure. */
  readonly leadWeights: ReadonlyMap<string, number>;
  readonly direction: -1 | 0 | 1;
  /** log10 of the number of sentences in the corpus: in a large corpus an agreeing figure is more often a coincidence. */
  readonly corpusSize: number;
}

export interface Alignment {
  readonly frame: Frame;
  readonly index: number;
  readonly value: ValueRelation;
  readonly features: Features;
}

/** The value relations that count for the claim, and those that count against it. */
export const AGREES: ReadonlySet<ValueRelation> = new Set(['same', 'compatible']);
export const DIFFERS: ReadonlySet<ValueRelation> = new Set(['different', 'scale', 'opposite']);

/** The relation of the source value to the claim's, direction of change included. */
export function valueRelation(lex: Lexicon, claim: ClaimContext, source: Frame): ValueRelation {
  const a = agreement(claim.frame.figure, source.figure);
  if (a === 'neutral') return 'neutral';
  // "2,500 jobs a year" and "2,500 jobs over seven years" are not one value.
  if ((a === 'same' || a === 'compatible') && rateDiffers(claim.frame.figure, source.figure)) return 'different';
  if (a === 'same' || a === 'compatible') {
    // "rose 14%" against "fell 14 percent": the same size of change, the other way.
    const d = directionOf(lex, [...source.leadWords, ...source.headWords]);
    if (claim.direction !== 0 && d !== 0 && d !== claim.direction && changeKind(claim.frame.figure)) return 'opposite';
    return a;
  }
  return isScaleSlip(claim.frame.figure, source.figure) ? 'scale' : 'different';
}

function changeKind(f: Figure): boolean {
  return f.kind === 'percent' || f.kind === 'money' || f.kind === 'count';
}

/** Values a power of ten (10 to 10⁹) apart with the same digits: "5,000" written for "50,000". */
export function isScaleSlip(a: Figure, b: Figure): boolean {
  if (a.kind === 'date' || a.kind === 'time' || a.value === 0 || b.value === 0) return false;
  const r = Math.log10(Math.abs(a.value) / Math.abs(b.value));
  const k = Math.round(r);
  // Within 1% of an exact power of ten.
  return Math.abs(k) >= 1 && Math.abs(k) <= 9 && Math.abs(r - k) < Math.log10(1.01);
}

/** A number with three or more significant digits, or a full date, rarely matches by chance. */
export function specific(f: Figure): boolean {
  if (f.kind === 'date') return f.date?.day !== undefined && f.date.month !== undefined && f.date.year !== undefined;
  return !f.vague && Math.abs(f.value) / f.precision >= 100;
}

/** How well a source figure's own surroundings match the claim's, for ranking the figures of one sentence. */
export function localScore(f: Features): number {
  return f.localBefore + f.localAfter + f.headMatch + f.closeness + f.leadMatch - f.roleClash - f.partClash - f.rateClash;
}

type MutableFeatures = { -readonly [K in FeatureName]: number };

/**
 * Features that compare a figure with the other figures of its sentence: whether its surroundings
 * match the claim's best, and (for a differing figure) whether another figure states the claim's value.
 * The alignments are those `align` has just made for the caller: their features are set in place
 * (every candidate of every claim passes here; copying its features cost a run more than setting two).
 */
export function withSiblings(alignments: readonly Alignment[]): Alignment[] {
  if (!alignments.length) return [];
  const local = alignments.map((a) => localScore(a.features));
  let best = -Infinity;
  let anyAgrees = false;
  for (let i = 0; i < alignments.length; i++) {
    best = Math.max(best, local[i]!);
    if (AGREES.has(alignments[i]!.value)) anyAgrees = true;
  }
  alignments.forEach((a, i) => {
    const f = a.features as MutableFeatures;
    f.bestLocal = local[i]! >= best - 1e-9 ? 1 : 0;
    f.siblingAgrees = !AGREES.has(a.value) && anyAgrees ? 1 : 0;
  });
  return [...alignments];
}

/**
 * How far each candidate's coverage falls short of the best-covered source sentence of the claim:
 * a figure in a sentence that shares few of the claim's words, while another sentence restates it,
 * is less likely to speak of the claim's quantity. As in `withSiblings`, the features are set in place.
 */
export function withRivals<T extends Alignment>(alignments: readonly T[]): T[] {
  let best = 0;
  for (const a of alignments) best = Math.max(best, a.features.coverageHere);
  for (const a of alignments) (a.features as MutableFeatures).coverageGap = best - a.features.coverageHere;
  return [...alignments];
}

/** A source sentence's concepts as sets, made once for all the claims and frames aligned with it. */
interface AnalysisSets {
  readonly here: ReadonlySet<string>;
  readonly around: ReadonlySet<string>;
  /** The window of each frame, made when first asked for. */
  readonly windows: Set<string>[];
}
const analysisSets = new WeakMap<SentenceAnalysis, AnalysisSets>();

function setsOf(analysis: SentenceAnalysis): AnalysisSets {
  let sets = analysisSets.get(analysis);
  if (sets === undefined) {
    sets = { here: new Set(analysis.concepts), around: new Set(analysis.around), windows: [] };
    analysisSets.set(analysis, sets);
  }
  return sets;
}

/**
 * The best match of the claim's head words with any word of the sentence: the same for every
 * frame of one sentence, whose frames are aligned one after the other, so the last is kept.
 */
let lastInSentence: { lex: Lexicon; claim: ClaimContext; analysis: SentenceAnalysis; score: number } | undefined;

function headInSentence(lex: Lexicon, claim: ClaimContext, analysis: SentenceAnalysis): number {
  const last = lastInSentence;
  if (last !== undefined && last.lex === lex && last.claim === claim && last.analysis === analysis) return last.score;
  const score = bestScore(lex, claim.frame.headWords, analysis.words);
  lastInSentence = { lex, claim, analysis, score };
  return score;
}

/**
 * A claim's weights as two lists in the map's order, and its near concepts as a list, made once
 * per claim for all the candidates it is aligned with (the sums run in the same order).
 */
const weightLists = new WeakMap<ReadonlyMap<string, number>, { readonly keys: readonly string[]; readonly weights: readonly number[] }>();
function listOf(m: ReadonlyMap<string, number>): { readonly keys: readonly string[]; readonly weights: readonly number[] } {
  let l = weightLists.get(m);
  if (l === undefined) {
    const keys: string[] = [];
    const weights: number[] = [];
    for (const [k, w] of m) {
      keys.push(k);
      weights.push(w);
    }
    weightLists.set(m, (l = { keys, weights }));
  }
  return l;
}
const nearLists = new WeakMap<ReadonlySet<string>, readonly string[]>();
function nearList(s: ReadonlySet<string>): readonly string[] {
  let l = nearLists.get(s);
  if (l === undefined) nearLists.set(s, (l = [...s]));
  return l;
}

const NO_MATCH: { readonly score: number; readonly cosine: number; readonly distinct: boolean; readonly kind?: boolean } = Object.freeze({ score: 0, cosine: 0, distinct: false });

/**
 * The head noun is the first word after the figure ("6,000 *runners* took part") or the last of
 * the phrase ("30 new *hospitals*"): the first words are compared, and the last ones.
 */
function ends(lex: Lexicon, a: readonly string[], b: readonly string[]): { score: number; cosine: number; distinct: boolean } {
  const first = endMatch(lex, a[0]!, b[0]!);
  const last = endMatch(lex, a[a.length - 1]!, b[b.length - 1]!);
  return first.score >= last.score ? first : last;
}

/** The share of the words of `a` that `b` has. */
function share(a: readonly string[], b: readonly string[]): number {
  return a.length ? a.filter((x) => b.includes(x)).length / a.length : 0;
}

/** `bestMatch` of one word with one word, without the lists. */
function endMatch(lex: Lexicon, a: string, b: string): { score: number; cosine: number; distinct: boolean } {
  const m = wordMatch(lex, a, b);
  const score = m.score > 0 ? m.score : 0;
  return { score, cosine: m.cosine > 0 ? m.cosine : 0, distinct: m.distinct && score < 0.5 };
}

export function align(lex: Lexicon, claim: ClaimContext, analysis: SentenceAnalysis, frameIndex: number, rank: number, value: ValueRelation): Alignment {
  const frame = analysis.frames[frameIndex]!;
  const sets = setsOf(analysis);
  const here = sets.here;
  const around = sets.around;
  const c = claim.frame;
  const f = c.figure;
  const s = frame.figure;

  let covered = 0;
  let coveredHere = 0;
  const weighted = listOf(claim.weights);
  for (let i = 0; i < weighted.keys.length; i++) {
    const k = weighted.keys[i]!;
    const w = weighted.weights[i]!;
    if (here.has(k)) {
      covered += w;
      coveredHere += w;
    } else if (around.has(k)) covered += 0.5 * w;
  }
  const coverage = claim.totalWeight > 0 ? covered / claim.totalWeight : 0.5;
  const coverageHere = claim.totalWeight > 0 ? coveredHere / claim.totalWeight : 0.5;

  let closeness = 0;
  if (claim.near.size) {
    const window = (sets.windows[frameIndex] ??= new Set(analysis.windows[frameIndex] ?? []));
    let n = 0;
    for (const k of nearList(claim.near)) if (window.has(k)) n++;
    closeness = n / claim.near.size;
  }

  const heads = c.headWords.length > 0 && frame.headWords.length > 0;
  const headNoun = heads ? ends(lex, c.headWords, frame.headWords) : NO_MATCH;
  const anyHead = heads ? bestMatch(lex, c.headWords, frame.headWords) : NO_MATCH;
  const head = { score: Math.max(headNoun.score, 0.5 * anyHead.score), cosine: Math.max(headNoun.cosine, 0.5 * anyHead.cosine), distinct: headNoun.distinct };
  const inSentence = c.headWords.length ? headInSentence(lex, claim, analysis) : 0;

  let leadCovered = 0;
  let leadTotal = 0;
  const leads = listOf(claim.leadWeights);
  for (let i = 0; i < leads.keys.length; i++) {
    const k = leads.keys[i]!;
    const w = leads.weights[i]!;
    leadTotal += w;
    leadCovered += (here.has(k) ? 1 : around.has(k) ? 0.5 : 0) * w;
  }
  const leadCoverage = leadTotal > 0 ? leadCovered / leadTotal : 1;
  const leadMatch = c.leadWords.length && frame.leadWords.length ? bestMatch(lex, c.leadWords, frame.leadWords).score : 0;

  const trailMatch = c.trailWords?.length && frame.trailWords?.length ? bestMatch(lex, c.trailWords, frame.trailWords).score : 0;

  const subjectsHere = c.subject.filter((k) => here.has(k) || around.has(k));
  const subjectMatch = c.subject.length ? subjectsHere.length / c.subject.length : 0;
  const subjectClash = c.subject.length > 0 && frame.subject.length > 0 && subjectsHere.length === 0 ? 1 : 0;
  // The names nearest the two figures differ, and neither text has the other's: the claim's figure
  // is about one plant, team or company and the source's about another, though both may name a third.
  const near0 = c.subject[0];
  const source0 = frame.subject[0];
  const subjectShift = near0 !== undefined && source0 !== undefined && near0 !== source0 && !here.has(near0) && !around.has(near0) && !claim.weights.has(source0) ? 1 : 0;

  const claimYears = c.time.years;
  const sourceYears = frame.time.years;
  const yearsShared = claimYears.some((y) => sourceYears.includes(y));
  const relShared = c.time.relative.some((r) => frame.time.relative.includes(r));
  const yearClash =
    (claimYears.length > 0 && sourceYears.length > 0 && !yearsShared) || (c.time.relative.length > 0 && frame.time.relative.length > 0 && !relShared) ? 1 : 0;
  const yearMatch = yearsShared || relShared ? 1 : 0;

  const agrees = AGREES.has(value);
  const ratio = f.value !== 0 && s.value !== 0 && f.kind !== 'date' && f.kind !== 'time' ? Math.abs(Math.log10(Math.abs(f.value) / Math.abs(s.value))) : 0;

  const features: Features = {
    coverage,
    coverageHere,
    coverageGap: 0,
    closeness,
    localBefore: share(c.before, frame.before),
    localAfter: share(c.after, frame.after),
    bestLocal: 0,
    siblingAgrees: 0,
    headMatch: head.score,
    headCosine: head.cosine,
    headDistinct: head.distinct ? 1 : 0,
    headMismatch: heads && anyHead.score < 0.5 && !anyHead.kind && anyHead.cosine < 0.5 ? 1 : 0,
    headInSentence: inSentence,
    headMissing: c.headWords.length > 0 !== frame.headWords.length > 0 ? 1 : 0,
    noHeads: c.headWords.length === 0 && frame.headWords.length === 0 ? 1 : 0,
    leadCoverage,
    leadMatch,
    trailMatch,
    negationClash: (c.negated ?? false) !== (frame.negated ?? false) ? 1 : 0,
    subjectMatch,
    subjectHere: c.subject.length ? c.subject.filter((k) => here.has(k)).length / c.subject.length : 0,
    subjectClash,
    subjectShift,
    yearMatch,
    yearClash,
    periodClash: c.time.periods.length > 0 && frame.time.periods.length > 0 && !c.time.periods.some((x) => frame.time.periods.includes(x)) ? 1 : 0,
    roleClash: c.role !== frame.role ? 1 : 0,
    rateClash: (f.per ?? '') !== (s.per ?? '') ? 1 : 0,
    partClash: (f.role ?? '') !== (s.role ?? '') ? 1 : 0,
    timeLike: f.kind === 'date' || f.kind === 'time' ? 1 : 0,
    agrees: agrees ? 1 : 0,
    sameValue: value === 'same' ? 1 : 0,
    specificAgree: agrees && specific(f) ? 1 : 0,
    logRatio: agrees ? 0 : Math.min(ratio, 4),
    scaleSlip: value === 'scale' ? 1 : 0,
    rank: 1 / (1 + rank),
    corpusSize: claim.corpusSize,
  };
  return { frame, index: frameIndex, value, features };
}
