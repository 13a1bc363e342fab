/**
 * Stage 2 of the pipeline: a claim frame for every figure of a sentence. A frame says what a
 * figure is a value of: what it counts (its head), the words that introduce it and those that
 * follow its head (its predicate), whether its clause is negated, whom it is about (the names in
 * its sentence), when (the years it is tied to) and in what role (an actual value, a forecast or
 * target, or a previous period's value it is compared with).
 *
 * Frames are plain data: a source sentence's frames are built once, when it is indexed, and stored
 * with it (an index on disk or in a database keeps them as they are).
 */
import type { Figure } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import { allMatches } from '../text/matches';

export type Role = 'actual' | 'forecast' | 'previous';

export interface FrameTime {
  /** Reporting periods the sentence names: "#q4", "#h1", "quarter", "year", "month", "week"... */
  readonly periods: readonly string[];
  /** Calendar years the sentence ties the figure to ("in 2019", "the 2020 season"). */
  readonly years: readonly number[];
  /** Years relative to the document's date: -1 for "last year", 0 for "this year", +1 for "next year". */
  readonly relative: readonly number[];
}

export interface Frame {
  readonly figure: Figure;
  /** Folded words of what the figure counts ("prisoners"), as written, for word knowledge. */
  readonly headWords: readonly string[];
  /** Folded content words that introduce the figure in its clause ("designed", "hold"), nearest first. */
  readonly leadWords: readonly string[];
  /**
   * Folded content words that follow what the figure counts in its clause ("45 million children
   * *will die*"): the predicate of a figure that is the subject of its clause, nearest first.
   */
  readonly trailWords: readonly string[];
  /** Present when the figure's clause is negated ("do not attend", "without a win"). */
  readonly negated?: true;
  /** Concept keys of the names in the sentence (companies, teams, people, places), nearest first. */
  readonly subject: readonly string[];
  readonly time: FrameTime;
  readonly role: Role;
  /** Concept keys of the three words before the figure and the three after it, function words included. */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** A sentence as the aligner sees it: its frames and its words. */
export interface SentenceAnalysis {
  readonly frames: readonly Frame[];
  /** Content concepts of the sentence. */
  readonly concepts: readonly string[];
  /** Content concepts of what surrounds it: the sentence before and the document's title. */
  readonly around: readonly string[];
  /** Folded content words of the sentence (for word knowledge). */
  readonly words: readonly string[];
  /** Concepts within a few words of each figure, in the order of `frames`. */
  readonly windows: readonly (readonly string[])[];
}

/**
 * Words that mark a value as expected rather than achieved. Grammar (modal verbs and the verbs
 * of planning and forecasting), not knowledge of any subject.
 */
const FORECAST = new Set(
  `will would could should may might shall expect expects expected expecting forecast forecasts forecasting
  predict predicts predicted predicting project projects projected projecting projection projections
  anticipate anticipates anticipated estimate estimates plan plans planned planning aim aims aimed
  target targets targeted targeting budgeted outlook guidance hope hopes hoped
  intend intends intended propose proposes proposed proposal originally initially`.split(/\s+/),
);

/** A definite determiner right before a figure, hedges between them ("the approximately 6,000"). Grammar. */
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|its|their|his|her|our|your|these|those|all)\s+(?:(?:approximately|about|around|some|nearly|almost|roughly|more than|over|just|only|up to|at least)\s+)*$/iu;

/** Words before "to" that make a future of the verb after it: "is to rise", "are set to get", "going to cost". Grammar. */
const FUTURE_TO = new Set(['is', 'are', 'was', 'were', 'am', 'set', 'going', 'scheduled', 'due', 'poised', 'likely', 'unlikely']);

/** Words after which a value is the earlier one it is compared with ("up from $5m", "compared with"). */
const PREVIOUS_BEFORE = /(?:^|[^\p{L}])(?:(?:up|down|rising|falling|rose|fell|increased|decreased|grew|dropped|climbed) from|compared (?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|some|about|around|just|only|nearly|almost|over|under|more than|less than)\s+)*$|(?:^|[^\p{L}])from\s+(?:(?:a|an|the|some|about|around|just|only|nearly|almost)\s+)*$/iu;
/** Words after a value that date it before the figure it is compared with ("$5m a year earlier"). */
const PREVIOUS_AFTER = /^[^,;.]{0,25}?\b(?:a year (?:earlier|before)|(?:in|for|over) the (?:previous|prior|preceding) (?:year|quarter|month|season)|in the same (?:period|quarter|month) (?:of |a year )?(?:last year|earlier|before)|year[- ]earlier)\b/iu;

const RELATIVE: readonly [RegExp, number][] = [
  [/\b(?:last|previous|prior|past) (?:year|season)\b|\ba year (?:earlier|before|ago)\b|\byear[- ](?:earlier|ago)\b/giu, -1],
  [/\bthis (?:year|season)\b|\bthe current (?:year|season)\b/giu, 0],
  [/\bnext (?:year|season)\b|\bthe coming (?:year|season)\b/giu, 1],
];
/** What every expression of RELATIVE holds. */
const RELATIVE_WORD = /year|season/iu;

/** Words naming the length of a reporting period (grammar of time, as units are). */
const PERIOD_WORDS: ReadonlyMap<string, string> = new Map([
  ['quarter', 'quarter'], ['quarterly', 'quarter'], ['annual', 'year'], ['annually', 'year'], ['yearly', 'year'], ['half-year', 'half'],
  ['monthly', 'month'], ['weekly', 'week'], ['daily', 'day'], ['weekend', 'weekend'],
]);

const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/**
 * Frames of the figures of one sentence. `docYear` resolves "last year" in a dated document.
 * `tokenized`, when given, is `tokenize(text)`. The cost grows with the sentence, not with its
 * square: a line of thousands of figures is framed by searching its tokens, not rescanning them.
 */
export function frameSentence(text: string, figures: readonly Figure[], docYear?: number, tokenized?: readonly Token[]): Frame[] {
  if (!figures.length) return [];
  const tokens = tokenized ?? tokenize(text);
  const view = new TokenView(text, tokens);
  const names = new Names(properNames(text, tokens));
  const periods = [...new Set(tokens.filter((t) => t.concept.startsWith('#') || PERIOD_WORDS.has(t.norm)).map((t) => (t.concept.startsWith('#') ? t.concept : PERIOD_WORDS.get(t.norm)!)))];
  const timeOf = times(text, figures, periods, docYear);
  return figures.map((f, i) => {
    const head = headWords(view, f);
    return {
      figure: f,
      headWords: head,
      leadWords: leadWords(view, f),
      trailWords: trailWords(view, f),
      ...(negated(view, f) ? { negated: true as const } : {}),
      subject: names.nearest(f.start),
      time: timeOf(i),
      role: roleOf(view, f, head),
      ...local(view, f),
    };
  });
}

/**
 * The years and relative years each figure is tied to: the years of the sentence's other dated
 * figures, and its "last year"s outside the figure itself. Most figures share one answer, built
 * once; only a dated figure that alone names its year, or names it first, has its own.
 */
function times(text: string, figures: readonly Figure[], periods: readonly string[], docYear: number | undefined): (i: number) => FrameTime {
  // The matches of each relative expression, in the order RELATIVE lists them, each in text order
  // (each names a year or a season: a sentence with neither has none).
  const relative = RELATIVE_WORD.test(text);
  const groups = RELATIVE.map(([re, offset]) => ({ offset, at: relative ? allMatches(re, text).map((m) => m.index) : [] }));
  const years: number[] = [];
  const datedAt = new Map<number, number>();
  figures.forEach((g, i) => {
    if (g.kind !== 'date' || g.date?.year === undefined) return;
    datedAt.set(i, years.length);
    years.push(g.date.year);
  });
  const first = new Map<number, number>();
  const count = new Map<number, number>();
  years.forEach((y, k) => {
    if (!first.has(y)) first.set(y, k);
    count.set(y, (count.get(y) ?? 0) + 1);
  });
  const build = (own: readonly number[], rel: readonly number[]): FrameTime => {
    const unique = [...new Set(own)];
    const absolute = [...unique];
    const relative = [...rel];
    if (docYear !== undefined) {
      const inAbsolute = new Set(absolute);
      for (const r of rel) {
        if (inAbsolute.has(docYear + r)) continue;
        absolute.push(docYear + r);
        inAbsolute.add(docYear + r);
      }
      const inRelative = new Set(relative);
      for (const y of unique) {
        if (inRelative.has(y - docYear)) continue;
        relative.push(y - docYear);
        inRelative.add(y - docYear);
      }
    }
    return { years: absolute, relative, periods };
  };
  const shared = new Map<string, FrameTime>();
  return (i) => {
    const f = figures[i]!;
    // Each kind of relative expression once, if one of its matches lies outside the figure.
    const rel = groups.filter((g) => g.at.length > lowerBound(g.at, f.end) - lowerBound(g.at, f.start)).map((g) => g.offset);
    const k = datedAt.get(i);
    const y = k === undefined ? undefined : years[k]!;
    // Without this figure the years read the same when another figure names its year first.
    if (y === undefined || (count.get(y)! > 1 && first.get(y) !== k)) {
      const key = rel.join(',');
      let t = shared.get(key);
      if (!t) shared.set(key, (t = build(years, rel)));
      return t;
    }
    return build(
      years.filter((_, j) => j !== k),
      rel,
    );
  };
}

/** Index of the first of ascending `values` at or above `x`. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Walks over the tokens around a figure take a few steps token by token, as prose needs; a walk
 * that goes on (through a run of numbers or function words thousands long) finishes through
 * indexes built once for the sentence, with the same result.
 */
const STEPS = 16;

/** What ends a figure's clause for its lead words, and for the words right around it. */
const LEAD_BREAK = /[,;:()[\]"“”—–]/;
const LOCAL_BREAK = /[,;:()[\]"“”—–.!?]/;

const leadKept = (t: Token): boolean => !(t.numeric || t.norm.length < 2) && !(t.stop && t.norm !== 'up' && t.norm !== 'down');
const localKept = (t: Token): boolean => !t.numeric;

interface Jumps {
  /** 1 where the text between token i and token i + 1 holds a break. */
  readonly gap: Uint8Array;
  /** The last i' ≤ i whose gap breaks, or -1; the first i' ≥ i, or the token count. */
  readonly prevBreak: Int32Array;
  readonly nextBreak: Int32Array;
  /** The last i' ≤ i that the walk keeps, or -1; the first i' ≥ i, or the token count. */
  readonly prevKept: Int32Array;
  readonly nextKept: Int32Array;
}

function jumps(text: string, tokens: readonly Token[], brk: RegExp, kept: (t: Token) => boolean): Jumps {
  const n = tokens.length;
  const gap = new Uint8Array(n);
  const prevBreak = new Int32Array(n);
  const prevKept = new Int32Array(n);
  const nextBreak = new Int32Array(n);
  const nextKept = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    gap[i] = i + 1 < n && brk.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) ? 1 : 0;
    prevBreak[i] = gap[i] ? i : i > 0 ? prevBreak[i - 1]! : -1;
    prevKept[i] = kept(tokens[i]!) ? i : i > 0 ? prevKept[i - 1]! : -1;
  }
  for (let i = n - 1; i >= 0; i--) {
    nextBreak[i] = gap[i] ? i : i + 1 < n ? nextBreak[i + 1]! : n;
    nextKept[i] = kept(tokens[i]!) ? i : i + 1 < n ? nextKept[i + 1]! : n;
  }
  return { gap, prevBreak, nextBreak, prevKept, nextKept };
}

/** The tokens of a sentence, in order of their starts, with what the walks need built on first use. */
class TokenView {
  private leadJumps?: Jumps;
  private localJumps?: Jumps;
  private ends?: Float64Array;
  private byConcept?: Map<string, number[]>;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  /** Index of the first token starting at or after `offset` (the token count if none). */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  lead(): Jumps {
    return (this.leadJumps ??= jumps(this.text, this.tokens, LEAD_BREAK, leadKept));
  }

  local(): Jumps {
    return (this.localJumps ??= jumps(this.text, this.tokens, LOCAL_BREAK, localKept));
  }

  /** The token at or before `i` that ends after `offset`, if any (a word around the offset), or -1. */
  endingAfter(i: number, offset: number): number {
    if (!this.ends) {
      // Greatest end among the first i + 1 tokens: ascending, so it can be searched.
      this.ends = new Float64Array(this.tokens.length);
      this.tokens.forEach((t, k) => (this.ends![k] = Math.max(k ? this.ends![k - 1]! : 0, t.end)));
    }
    if (this.ends[i]! <= offset) return -1;
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The token of concept `c` whose start is nearest `offset` (of two as near, the first), if any. */
  nearestWithConcept(c: string, offset: number): Token | undefined {
    if (!this.byConcept) {
      this.byConcept = new Map();
      this.tokens.forEach((t, k) => {
        const list = this.byConcept!.get(t.concept);
        if (list) list.push(k);
        else this.byConcept!.set(t.concept, [k]);
      });
    }
    const list = this.byConcept.get(c);
    if (!list) return undefined;
    const tokens = this.tokens;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[list[mid]!]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    let best: Token | undefined;
    let distance = Infinity;
    if (lo > 0) {
      // Of tokens at one place (a word and its first part), the first.
      let g = lo - 1;
      while (g > 0 && tokens[list[g - 1]!]!.start === tokens[list[lo - 1]!]!.start) g--;
      best = tokens[list[g]!]!;
      distance = offset - best.start;
    }
    if (lo < list.length && tokens[list[lo]!]!.start - offset < distance) best = tokens[list[lo]!]!;
    return best;
  }
}

interface Name {
  readonly concept: string;
  readonly start: number;
}

/** Capitalised words that are names: not the sentence's first word unless a name follows it. */
function properNames(text: string, tokens: readonly Token[]): Name[] {
  const out: Name[] = [];
  // Where the text's first letter or digit is: a token that starts there starts the sentence.
  let firstWord: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.numeric || t.stop || t.norm.length < 2 || CALENDAR.has(t.norm)) continue;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    firstWord ??= text.search(/[\p{L}\p{N}]/u);
    const first = firstWord < 0 || firstWord >= t.start;
    if (first) {
      const next = tokens[i + 1];
      // "Britain's" is one token; "Britain ’s" two.
      const possessive = /['’]s$/u.test(t.text) || /^['’]s\b/.test(text.slice(t.end, t.end + 3));
      if (!possessive && !(next && /^\p{Lu}/u.test(next.text) && !next.stop)) continue;
    }
    out.push({ concept: t.concept, start: t.start });
  }
  return out;
}

/** The names of a sentence, in order, and the nearest distinct ones to a place in it. */
class Names {
  private byConcept?: Map<string, number[]>;

  constructor(private readonly names: readonly Name[]) {}

  /**
   * Concepts of the six names nearest `at`, each once, nearest first; of names as near, the
   * first written. Walks outwards from `at`; when the names around repeat a few concepts for
   * long, finds each concept's nearest name by search instead.
   */
  nearest(at: number): string[] {
    const names = this.names;
    const split = this.firstAfter(at);
    const out: string[] = [];
    const seen = new Set<string>();
    const take = (k: number): void => {
      const c = names[k]!.concept;
      if (out.length < 6 && !seen.has(c)) {
        seen.add(c);
        out.push(c);
      }
    };
    let left = split - 1;
    let right = split;
    for (let steps = 0; out.length < 6 && (left >= 0 || right < names.length); steps++) {
      if (steps === STEPS * 4) return this.nearestBySearch(at, split);
      const l = left >= 0 ? at - names[left]!.start : Infinity;
      const r = right < names.length ? names[right]!.start - at : Infinity;
      if (l <= r) {
        // Names at one place (a word and its first part), in the order written.
        let g = left;
        while (g > 0 && names[g - 1]!.start === names[left]!.start) g--;
        for (let k = g; k <= left; k++) take(k);
        left = g - 1;
      } else take(right++);
    }
    return out;
  }

  private firstAfter(at: number): number {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.names[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private nearestBySearch(at: number, split: number): string[] {
    const names = this.names;
    if (!this.byConcept) {
      this.byConcept = new Map();
      names.forEach((n, k) => {
        const list = this.byConcept!.get(n.concept);
        if (list) list.push(k);
        else this.byConcept!.set(n.concept, [k]);
      });
    }
    const best: { concept: string; distance: number; index: number }[] = [];
    for (const [concept, list] of this.byConcept) {
      const lo = lowerBound(list, split);
      let index = -1;
      let distance = Infinity;
      if (lo > 0) {
        let g = lo - 1;
        while (g > 0 && names[list[g - 1]!]!.start === names[list[lo - 1]!]!.start) g--;
        index = list[g]!;
        distance = at - names[index]!.start;
      }
      if (lo < list.length && names[list[lo]!]!.start - at < distance) {
        index = list[lo]!;
        distance = names[index]!.start - at;
      }
      best.push({ concept, distance, index });
    }
    best.sort((a, b) => a.distance - b.distance || a.index - b.index);
    return best.slice(0, 6).map((b) => b.concept);
  }
}

/** The words after the figure that say what it counts (as the extractor found its head). */
function headWords(view: TokenView, f: Figure): string[] {
  if (!f.head.length) return [];
  const out: string[] = [];
  // The head concepts map back to the tokens with those concepts nearest the figure.
  for (const c of f.head) {
    const t = view.nearestWithConcept(c, f.end);
    if (t) out.push(t.norm.replace(/['’]s$/, ''));
  }
  return out;
}

/** Up to four content words before the figure in its clause, nearest first. */
function leadWords(view: TokenView, f: Figure): string[] {
  const { text, tokens } = view;
  const out: string[] = [];
  let edge = f.start;
  for (let i = view.firstFrom(f.start) - 1, steps = 0; i >= 0 && out.length < 4; i--, steps++) {
    if (steps === STEPS) {
      // From here each gap is the one after a token, up to the next: the walk stops at the first
      // that breaks and keeps the content words above it.
      const j = view.lead();
      for (let k = j.prevKept[i]!; k > j.prevBreak[i]! && out.length < 4; k = k > 0 ? j.prevKept[k - 1]! : -1) out.push(tokens[k]!.norm);
      break;
    }
    const t = tokens[i]!;
    if (LEAD_BREAK.test(text.slice(t.end, edge))) break;
    edge = t.start;
    if (!leadKept(t)) continue;
    out.push(t.norm);
  }
  return out;
}

/** Whether the text between two tokens after a figure ends its clause: a clause break or a sentence's end. */
const endsClause = (gap: string): boolean => LEAD_BREAK.test(gap) || /[.!?]\s/.test(gap);

/**
 * Up to three content words after the figure in its clause, past the words of what it counts, up
 * to the next number. Walks a few steps only: a predicate follows its subject closely.
 */
function trailWords(view: TokenView, f: Figure): string[] {
  const { text, tokens } = view;
  const out: string[] = [];
  const head = new Set(f.head);
  let edge = f.end;
  for (let i = view.firstFrom(f.end), steps = 0; i < tokens.length && out.length < 3 && steps < STEPS; i++, steps++) {
    const t = tokens[i]!;
    if (endsClause(text.slice(edge, t.start))) break;
    edge = t.end;
    if (t.numeric) break;
    if (!leadKept(t) || head.has(t.concept)) continue;
    out.push(t.norm);
  }
  return out;
}

/** Words that negate a clause: grammar. */
const NEGATION = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'cannot']);
const isNegation = (norm: string): boolean => NEGATION.has(norm) || /n['’]t$/.test(norm);
/** After a negation, words that make it a bound of the value, not a negated clause: "no more than", "not only". */
const BOUND_AFTER = new Set(['more', 'less', 'fewer', 'than', 'least', 'later', 'earlier', 'longer', 'only', 'over', 'under']);

/** Whether token i negates its clause: not a bound ("no fewer than"), nor "No 10" naming a number. */
function negationAt(view: TokenView, i: number): boolean {
  const t = view.tokens[i]!;
  if (!isNegation(t.norm)) return false;
  const next = view.tokens[i + 1];
  return !(next && (BOUND_AFTER.has(next.norm) || (t.norm === 'no' && next.numeric)));
}

/** Whether a negation stands within a few words of the figure in its clause. */
function negated(view: TokenView, f: Figure): boolean {
  const { text, tokens } = view;
  const first = view.firstFrom(f.start);
  let edge = f.start;
  for (let i = first - 1, n = 0; i >= 0 && n < 6; i--, n++) {
    const t = tokens[i]!;
    if (LEAD_BREAK.test(text.slice(t.end, edge))) break;
    edge = t.start;
    if (negationAt(view, i)) return true;
  }
  edge = f.end;
  for (let i = view.firstFrom(f.end), n = 0; i < tokens.length && n < 6; i++, n++) {
    const t = tokens[i]!;
    if (endsClause(text.slice(edge, t.start))) break;
    edge = t.end;
    if (negationAt(view, i)) return true;
  }
  return false;
}

function roleOf(view: TokenView, f: Figure, head: readonly string[]): Role {
  const { text, tokens } = view;
  // A forecast word in what the figure counts: "with 7.9% growth expected", "a 5% target".
  const forecastHead = head.some((w) => FORECAST.has(w));
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  if (PREVIOUS_BEFORE.test(before) && !/^\s*(?:to|and)\b/i.test(text.slice(f.end, f.end + 4))) return 'previous';
  // "rose 18 percent on the same quarter last year": the trailing period is the base of a change, not its date.
  if (f.kind !== 'percent' && PREVIOUS_AFTER.test(text.slice(f.end, f.end + 60))) return 'previous';
  // A count with a definite determiner is of things that exist: "plans to transfer *the* 6,000
  // inmates" counts inmates held now; "plans to hire 240 staff" counts staff still to come.
  if (f.kind === 'count' && DEFINITE_BEFORE.test(before)) return forecastHead ? 'forecast' : 'actual';
  // A forecast word in the figure's clause, before it.
  let edge = f.start;
  for (let i = view.firstFrom(f.start) - 1, n = 0; i >= 0 && n < 8; i--) {
    const t = tokens[i]!;
    if (/[;:()[\]"“”]|[.!?]\s/.test(text.slice(t.end, edge))) break;
    edge = t.start;
    n++;
    if (FORECAST.has(t.norm)) return 'forecast';
    if (t.norm === 'to' && i > 0 && FUTURE_TO.has(tokens[i - 1]!.norm) && !/[.!?;:,]/.test(text.slice(tokens[i - 1]!.end, t.start))) return 'forecast';
  }
  return forecastHead ? 'forecast' : 'actual';
}

/** The words right around a figure, within its clause ("to $1.13bn from", "86 teachers and"). */
function local(view: TokenView, f: Figure): { before: string[]; after: string[] } {
  const { text, tokens } = view;
  const before: string[] = [];
  const after: string[] = [];
  let edge = f.start;
  for (let i = view.firstFrom(f.start) - 1, steps = 0; i >= 0 && before.length < 3; i--, steps++) {
    if (steps === STEPS) {
      // Past the first steps only a word around the figure's start is still skipped (a
      // hyphenated word it begins inside): every other gap is the one after a token.
      const j = view.local();
      const skip = view.endingAfter(i, f.start);
      let stop = j.prevBreak[i]!;
      if (stop === skip) stop = skip > 0 ? j.prevBreak[skip - 1]! : -1;
      for (let k = j.prevKept[i]!; k > stop && before.length < 3; k = k > 0 ? j.prevKept[k - 1]! : -1) if (k !== skip) before.push(tokens[k]!.concept);
      break;
    }
    const t = tokens[i]!;
    if (t.end > f.start) continue;
    if (LOCAL_BREAK.test(text.slice(t.end, edge))) break;
    edge = t.start;
    if (!t.numeric) before.push(t.concept);
  }
  edge = f.end;
  for (let i = view.firstFrom(f.end), steps = 0; i < tokens.length && after.length < 3; i++, steps++) {
    if (steps === STEPS) {
      const j = view.local();
      const stop = j.nextBreak[i - 1]!;
      for (let k = j.nextKept[i]!; k <= stop && k < tokens.length && after.length < 3; k = k + 1 < tokens.length ? j.nextKept[k + 1]! : tokens.length) after.push(tokens[k]!.concept);
      break;
    }
    const t = tokens[i]!;
    if (LOCAL_BREAK.test(text.slice(edge, t.start))) break;
    edge = t.end;
    if (!t.numeric) after.push(t.concept);
  }
  return { before, after };
}
