/**
 * Stage 2 of the pipeline: a claim frame for every figure of a sentence. A frame says what a
 * figure is a value of: what it counts (its head), the words that introduce it (its predicate),
 * whom it is about (the names in its sentence), when (the years it is tied to) and in what role
 * (an actual value, a forecast or target, or a previous period's value it is compared with).
 *
 * Frames are plain data: a source sentence's frames are built once, when it is indexed, and stored
 * with it (an index on disk or in a database keeps them as they are).
 */
import type { Figure } from '../types';
import { tokenize, type Token } from '../text/tokenize';

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

/** Words after which a value is the earlier one it is compared with ("up from $5m", "compared with"). */
const PREVIOUS_BEFORE = /(?:^|[^\p{L}])(?:(?:up|down|rising|falling|rose|fell|increased|decreased|grew|dropped|climbed) from|compared (?:with|to)|versus|vs\.?)\s+(?:(?:a|an|the|some|about|around|just|only|nearly|almost|over|under|more than|less than)\s+)*$|(?:^|[^\p{L}])from\s+(?:(?:a|an|the|some|about|around|just|only|nearly|almost)\s+)*$/iu;
/** Words after a value that date it before the figure it is compared with ("$5m a year earlier"). */
const PREVIOUS_AFTER = /^[^,;.]{0,25}?\b(?:a year (?:earlier|before)|(?:in|for|over) the (?:previous|prior|preceding) (?:year|quarter|month|season)|in the same (?:period|quarter|month) (?:of |a year )?(?:last year|earlier|before)|year[- ]earlier)\b/iu;

const RELATIVE: readonly [RegExp, number][] = [
  [/\b(?:last|previous|prior|past) (?:year|season)\b|\ba year (?:earlier|before|ago)\b|\byear[- ](?:earlier|ago)\b/giu, -1],
  [/\bthis (?:year|season)\b|\bthe current (?:year|season)\b/giu, 0],
  [/\bnext (?:year|season)\b|\bthe coming (?:year|season)\b/giu, 1],
];

/** Words naming the length of a reporting period (grammar of time, as units are). */
const PERIOD_WORDS: ReadonlyMap<string, string> = new Map([
  ['quarter', 'quarter'], ['quarterly', 'quarter'], ['annual', 'year'], ['annually', 'year'], ['yearly', 'year'], ['half-year', 'half'],
  ['monthly', 'month'], ['weekly', 'week'], ['daily', 'day'], ['weekend', 'weekend'],
]);

const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Frames of the figures of one sentence. `docYear` resolves "last year" in a dated document. */
export function frameSentence(text: string, figures: readonly Figure[], docYear?: number, tokenized?: readonly Token[]): Frame[] {
  const tokens = tokenized ?? tokenize(text);
  const names = properNames(text, tokens);
  const periods = [...new Set(tokens.filter((t) => t.concept.startsWith('#') || PERIOD_WORDS.has(t.norm)).map((t) => (t.concept.startsWith('#') ? t.concept : PERIOD_WORDS.get(t.norm)!)))];
  const relative: { at: number; offset: number }[] = [];
  for (const [re, offset] of RELATIVE) for (const m of text.matchAll(re)) relative.push({ at: m.index, offset });
  return figures.map((f) => {
    const years = figures.filter((g) => g !== f && g.kind === 'date' && g.date?.year !== undefined).map((g) => g.date!.year!);
    const rel = relative.filter((r) => !(r.at >= f.start && r.at < f.end)).map((r) => r.offset);
    const absolute = [...new Set(years)];
    const relativeYears = [...new Set(rel)];
    if (docYear !== undefined) {
      for (const r of relativeYears) if (!absolute.includes(docYear + r)) absolute.push(docYear + r);
      for (const y of years) if (!relativeYears.includes(y - docYear)) relativeYears.push(y - docYear);
    }
    return {
      figure: f,
      headWords: headWords(tokens, f),
      leadWords: leadWords(text, tokens, f),
      subject: nearest(names, f).map((n) => n.concept),
      time: { years: absolute, relative: relativeYears, periods },
      role: roleOf(text, tokens, f),
      ...local(text, tokens, f),
    };
  });
}

interface Name {
  readonly concept: string;
  readonly start: number;
}

/** Capitalised words that are names: not the sentence's first word unless a name follows it. */
function properNames(text: string, tokens: readonly Token[]): Name[] {
  const out: Name[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.numeric || t.stop || t.norm.length < 2 || CALENDAR.has(t.norm)) continue;
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const first = !/[\p{L}\p{N}]/u.test(text.slice(0, t.start).replace(/["“'‘(\[]/g, ''));
    if (first) {
      const next = tokens[i + 1];
      const possessive = /^['’]s\b/.test(text.slice(t.end, t.end + 3));
      if (!possessive && !(next && /^\p{Lu}/u.test(next.text) && !next.stop)) continue;
    }
    out.push({ concept: t.concept, start: t.start });
  }
  return out;
}

function nearest(names: readonly Name[], f: Figure): Name[] {
  const seen = new Set<string>();
  return [...names]
    .sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))
    .filter((n) => (seen.has(n.concept) ? false : (seen.add(n.concept), true)))
    .slice(0, 6);
}

/** The words after the figure that say what it counts (as the extractor found its head). */
function headWords(tokens: readonly Token[], f: Figure): string[] {
  if (!f.head.length) return [];
  const out: string[] = [];
  // The head concepts map back to the first tokens with those concepts around the figure.
  for (const c of f.head) {
    const t = tokens.filter((x) => x.concept === c).sort((a, b) => Math.abs(a.start - f.end) - Math.abs(b.start - f.end))[0];
    if (t) out.push(t.norm.replace(/['’]s$/, ''));
  }
  return out;
}

/** Up to four content words before the figure in its clause, nearest first. */
function leadWords(text: string, tokens: readonly Token[], f: Figure): string[] {
  const out: string[] = [];
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.start >= f.start) i--;
  let edge = f.start;
  for (; i >= 0 && out.length < 4; i--) {
    const t = tokens[i]!;
    if (/[,;:()[\]"“”—–]/.test(text.slice(t.end, edge))) break;
    edge = t.start;
    if (t.numeric || t.norm.length < 2) continue;
    if (t.stop && t.norm !== 'up' && t.norm !== 'down') continue;
    out.push(t.norm);
  }
  return out;
}

function roleOf(text: string, tokens: readonly Token[], f: Figure): Role {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  if (PREVIOUS_BEFORE.test(before) && !/^\s*(?:to|and)\b/i.test(text.slice(f.end, f.end + 4))) return 'previous';
  // "rose 18 percent on the same quarter last year": the trailing period is the base of a change, not its date.
  if (f.kind !== 'percent' && PREVIOUS_AFTER.test(text.slice(f.end, f.end + 60))) return 'previous';
  // A forecast word in the figure's clause, before it.
  let edge = f.start;
  for (let i = tokens.length - 1, n = 0; i >= 0 && n < 8; i--) {
    const t = tokens[i]!;
    if (t.start >= f.start) continue;
    if (/[;:()[\]"“”]|[.!?]\s/.test(text.slice(t.end, edge))) break;
    edge = t.start;
    n++;
    if (FORECAST.has(t.norm)) return 'forecast';
  }
  return 'actual';
}

/** The words right around a figure, within its clause ("to $1.13bn from", "86 teachers and"). */
function local(text: string, tokens: readonly Token[], f: Figure): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let edge = f.start;
  for (let i = tokens.length - 1; i >= 0 && before.length < 3; i--) {
    const t = tokens[i]!;
    if (t.end > f.start) continue;
    if (/[,;:()[\]"“”—–.!?]/.test(text.slice(t.end, edge))) break;
    edge = t.start;
    if (!t.numeric) before.push(t.concept);
  }
  edge = f.end;
  for (const t of tokens) {
    if (after.length >= 3) break;
    if (t.start < f.end) continue;
    if (/[,;:()[\]"“”—–.!?]/.test(text.slice(edge, t.start))) break;
    edge = t.end;
    if (!t.numeric) after.push(t.concept);
  }
  return { before, after };
}
