/**
 * How two words stand to each other as names of what a figure counts, from general word
 * knowledge (WordNet relations and word vectors). A vector's cosine never decides on its own:
 * it is a separate feature, weighed by the fitted model against the WordNet relation.
 */
import { conceptOf } from '../text/tokenize';
import type { RelationResult, WordKnowledge, WordRelation } from '../lexicon/knowledge';

/** The word knowledge the aligner uses (WordNet and vectors, loaded by the host: `lexicon/`). */
export type Lexicon = Pick<WordKnowledge, 'relation' | 'cosine' | 'direction' | 'lemmas'>;

/** No word knowledge: words match when their concept keys (stems) do. */
export const noLexicon: Lexicon = {
  relation: (a, b) => ({ relation: conceptOf(a) === conceptOf(b) ? 'same' : 'none', steps: 0 }),
  cosine: () => undefined,
  direction: () => 0,
  lemmas: (w) => [w],
};

export interface WordMatch {
  /** How surely the two words can name the same thing, in [0, 1], from WordNet. */
  readonly score: number;
  /** Cosine of their vectors (0 when unknown). */
  readonly cosine: number;
  /** They are co-hyponyms or antonyms: kinds of one thing, told apart ("nurses", "physicians"). */
  readonly distinct: boolean;
  /**
   * One is a kind of the other, however many steps apart in WordNet ("inmates" are
   * "individuals"), or they are one word: the broader may count what the narrower counts. A
   * member link reached through hypernyms is no such thing ("assistants" are persons, and persons
   * make up "the public").
   */
  readonly kind?: boolean;
}

const NONE: WordMatch = { score: 0, cosine: 0, distinct: false };

/** Scores of the WordNet relations: named constants, fitted weights apply on top. */
export const RELATION_SCORE: Readonly<Record<WordRelation, number>> = {
  same: 1,
  synonym: 0.95,
  member: 0.8,
  derived: 0.7,
  hypernym: 0.75,
  hyponym: 0.75,
  sibling: 0,
  antonym: 0,
  none: 0,
};

export function wordMatch(lex: Lexicon, a: string, b: string): WordMatch {
  if (!a || !b) return NONE;
  const m = known(lex, a, b);
  if (m.cosine < 0) m.cosine = m === SAME_CONCEPT ? 1 : Math.max(0, lex.cosine(a, b) ?? 0);
  return m;
}

/** The best WordNet score of any word of `a` with any word of `b` (no cosine; stops at a full match). */
export function bestScore(lex: Lexicon, a: readonly string[], b: readonly string[]): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      if (!x || !y) continue;
      // The same concept scores 1, the most there is: nothing beats it.
      const s = known(lex, x, y).score;
      if (s >= 1) return 1;
      if (s > best) best = s;
    }
  }
  return best;
}

/** A pair's match as far as it has been asked for: `cosine` is -1 until it is. */
interface Known {
  readonly score: number;
  readonly distinct: boolean;
  readonly kind: boolean;
  cosine: number;
}

/**
 * Word matches by the lexicon that made them, first word then second: the aligner asks about the
 * same few words of a claim against every candidate, and a pair's answer never changes.
 */
interface Memo {
  readonly pairs: Map<string, Map<string, Known>>;
  size: number;
}
const memos = new WeakMap<Lexicon, Memo>();
const MAX_MEMO_PAIRS = 100_000;
const SAME_CONCEPT: Known = { score: 1, cosine: 1, distinct: false, kind: true };

function known(lex: Lexicon, a: string, b: string): Known {
  let memo = memos.get(lex);
  if (memo === undefined) {
    memo = { pairs: new Map(), size: 0 };
    memos.set(lex, memo);
  }
  let row = memo.pairs.get(a);
  if (row === undefined) {
    if (memo.size >= MAX_MEMO_PAIRS) {
      memo.pairs.clear();
      memo.size = 0;
    }
    row = new Map();
    memo.pairs.set(a, row);
  }
  let m = row.get(b);
  if (m === undefined) {
    if (a === b || conceptOf(a) === conceptOf(b)) m = SAME_CONCEPT;
    else {
      const r = lex.relation(a, b);
      m = { score: scoreOf(r), distinct: r.relation === 'sibling' || r.relation === 'antonym', kind: KINDS.has(r.relation), cosine: -1 };
    }
    row.set(b, m);
    memo.size++;
  }
  return m;
}

/** Relations by which one word names a kind of what the other names, or the same thing. */
const KINDS: ReadonlySet<WordRelation> = new Set(['same', 'synonym', 'hypernym', 'hyponym']);

function scoreOf(r: RelationResult): number {
  const score = RELATION_SCORE[r.relation];
  // Each hypernym step past a direct link weakens it: a hypernym two steps up is a broad class
  // ("worker" for "nurse"), and a member link through hypernyms a loose one ("assistant" is a
  // person, and persons make up "the public"). A hypernym's direct link is one step; a member's, none.
  const beyond = r.relation === 'hypernym' || r.relation === 'hyponym' ? r.steps - 1 : r.relation === 'member' ? r.steps : 0;
  return beyond > 0 ? Math.max(0.3, score - 0.2 * beyond) : score;
}

/** The best match of any word of `a` with any word of `b`. */
export function bestMatch(lex: Lexicon, a: readonly string[], b: readonly string[]): WordMatch {
  let best = NONE;
  let distinct = false;
  let kind = false;
  let cosine = 0;
  for (const x of a) {
    for (const y of b) {
      const m = wordMatch(lex, x, y);
      if (m.score > best.score) best = m;
      if (m.distinct) distinct = true;
      if (m.kind) kind = true;
      if (m.cosine > cosine) cosine = m.cosine;
    }
  }
  return { score: best.score, cosine, distinct: distinct && best.score < 0.5, kind };
}

/** Direction of change the words state: +1 up, -1 down, 0 none or both. */
export function directionOf(lex: Lexicon, words: readonly string[]): -1 | 0 | 1 {
  for (const w of words) {
    if (w === 'up') return 1;
    if (w === 'down') return -1;
    const d = lex.direction(w);
    if (d !== 0) return d;
  }
  return 0;
}
