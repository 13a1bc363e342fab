/**
 * Finds the figures of a sentence: what kind of quantity each is, its value under its hedge, and
 * the words that say what it counts or measures.
 */
import type { DateParts, Figure, FigureKind } from '../types';
import { firstTokenFrom, isStopWord, tokenize, type Token } from '../text/tokenize';
import { currencyAfter } from './currencies';
import { ASCII_DIGIT, digitNumbers, hasDigit, wordNumbers, LABEL_WORDS, UNITS, TENS, type NumberExpr } from './numbers';
import { clocks, decades, fractions, ordinals, ordinalSuffix, scores, type Reading } from './forms';
import { displayUnit, unitAfter } from './units';
import { allMatches } from '../text/matches';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_RE = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const DAY_RE = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR_RE = '(?:1[5-9]\\d\\d|20\\d\\d|21\\d\\d)';

/**
 * Dates in figures and words. `needs`: a character the pattern matches nothing without, looked for
 * first: most sentences have no digit and no "q", and one scan for it is cheaper than the pattern's.
 */
const DATE_PATTERNS: readonly { re: RegExp; needs?: RegExp; parts: (m: RegExpMatchArray) => DateParts | null }[] = [
  {
    re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
    needs: ASCII_DIGIT,
    parts: (m) => ymd(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    re: /(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])/g,
    needs: ASCII_DIGIT,
    parts: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const y = +m[3]!;
      if (a > 12 && b <= 12) return ymd(y, b, a);
      if (b > 12 && a <= 12) return ymd(y, a, b);
      return a === b ? ymd(y, a, b) : { year: y };
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}])(${MONTH_RE})\\s+(${DAY_RE})(?:,?\\s+(${YEAR_RE}))?(?![\\p{L}\\d])`, 'gu'),
    needs: ASCII_DIGIT,
    parts: (m) => ({ month: month(m[1]!), day: parseInt(m[2]!, 10), ...(m[3] ? { year: +m[3] } : {}) }),
  },
  {
    re: new RegExp(`(?<![\\p{L}\\d])(${DAY_RE})\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(${YEAR_RE}))?(?![\\p{L}\\d])`, 'gu'),
    needs: ASCII_DIGIT,
    parts: (m) => ({ day: parseInt(m[1]!, 10), month: month(m[2]!), ...(m[3] ? { year: +m[3] } : {}) }),
  },
  {
    // Reporting quarters: "Q3", "3Q20", "Q4 2020", "third quarter", "fourth-quarter of 2020", "Q1 FY2021".
    re: new RegExp(`(?<![\\p{L}\\d])(?:Q([1-4])|([1-4])Q|(first|second|third|fourth|1st|2nd|3rd|4th)[-\\s]quarter)(?:\\s*(?:of\\s+)?(?:the\\s+)?(?:fiscal\\s+|FY\\s?)?(?:year\\s+)?'?(${YEAR_RE}|\\d{2}(?![\\d%])))?(?![\\p{L}\\d])`, 'giu'),
    // "Q3" and "quarter" both have a q.
    needs: /q/iu,
    parts: (m) => {
      const q = m[1] ?? m[2] ?? String({ first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[m[3]!.toLowerCase() as 'first']);
      const y = m[4] ? (m[4].length === 2 ? 2000 + +m[4] : +m[4]) : undefined;
      return { quarter: +q, ...(y !== undefined ? { year: y } : {}) };
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}])(${MONTH_RE})\\s+(?:of\\s+)?(${YEAR_RE})(?![\\p{L}\\d])`, 'gu'),
    needs: ASCII_DIGIT,
    parts: (m) => ({ month: month(m[1]!), year: +m[2]! }),
  },
  {
    // A month by itself, where a preposition makes it one ("by September", "in May", "since
    // last March"), its full name only: "May" and "March" are also words.
    // The month is matched first and the preposition looked for behind it (no month's name ends
    // another's, so the look-behind sees the same month): far cheaper than a look-behind tried at
    // every character.
    re: /(January|February|March|April|May|June|July|August|September|October|November|December)(?<=(?:^|[^\p{L}])(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?|[Ee]nd of|[Ss]tart of)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December))(?![\p{L}\d])(?!\s+(?:\d|[Ii]n\s+\d))/gu,
    parts: (m) => ({ month: month(m[1]!) }),
  },
];

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_RE = /(?<![\p{L}\p{N}])(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)(?![\p{L}\p{N}'’])/gu;
/** Words before a weekday that make it a day ("on Tuesday", "last Friday", "by Monday"). */
const WEEKDAY_BEFORE = /(?:^|[^\p{L}])(?:on|last|next|this|that|by|until|till|since|from|before|after|early|late|every|each|of|to|and|or)\s+$/iu;

/**
 * Days of the week. Before a date already read ("Thursday 14 May", "Tuesday, September 20") the
 * weekday joins it. Alone it is a date when a preposition or determiner governs it ("on
 * Tuesday"), and not part of a name ("Black Friday", "the Sunday Times"); abbreviations only
 * before a date.
 */
function weekdays(text: string, found: Found[], free: (s: number, e: number) => boolean, take: (f: Found) => void): void {
  // Where each date read so far starts: a text of many weekdays and dates is still read in linear time.
  const dateAt = new Map<number, number>();
  found.forEach((f, i) => {
    if (f.kind === 'date') dateAt.set(f.start, i);
  });
  for (const m of allMatches(WEEKDAY_RE, text)) {
    const word = m[1] ?? m[2]!;
    const weekday = WEEKDAYS.findIndex((d) => d.startsWith(word.toLowerCase())) + 1;
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const gap = text.slice(end, end + 3).match(/^,?\s+/)?.[0];
    const next = gap !== undefined ? dateAt.get(end + gap.length) : undefined;
    if (next !== undefined) {
      const d = found[next]!;
      const date = { ...d.date, weekday };
      found[next] = { ...d, start: m.index, date, value: dateValue(date) };
      continue;
    }
    if (m[2] !== undefined) continue; // an abbreviation only before a date
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(before) && !WEEKDAY_BEFORE.test(before)) continue;
    if (!WEEKDAY_BEFORE.test(before) && /^\s+\p{Lu}/u.test(text.slice(end, end + 2))) continue;
    const date = { weekday };
    take({ kind: 'date', start: m.index, end, value: dateValue(date), lo: 0, hi: 0, vague: false, date, precision: 1 });
  }
}

function month(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')]!;
}

function ymd(year: number, m: number, d: number): DateParts | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { year, month: m, day: d };
}

interface Hedge {
  readonly re: RegExp;
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
}

/** Hedges and what they allow around the written value (as factors of it). */
const HEDGES: readonly Hedge[] = [
  ['no more than|not more than|at most|a maximum of|maximum of', 'at most', 0.7, 1],
  ['no fewer than|no less than|not less than|a minimum of|minimum of', 'at least', 1, 1.3],
  ['well over|well above|far more than|well in excess of', 'well over', 1.1, 3],
  ['more than|over|above|in excess of|upwards of|exceeding|greater than|just over|just above|north of|a little over|slightly more than', 'more than', 1, 1.3],
  ['at least', 'at least', 1, 1.3],
  ['fewer than|less than|under|below|just under|just below|shy of|a little under|slightly less than', 'fewer than', 0.7, 1],
  ['up to|as many as|as much as|as high as', 'up to', 0.5, 1],
  ['nearly|almost|close to|just shy of|not quite|approaching', 'nearly', 0.85, 1],
  ['about|around|roughly|approximately|approx\\.?|some|an estimated|estimated|circa|ca\\.|c\\.|around about|or so|~|an approximate|approximate|in the region of|on the order of', 'about', 0.925, 1.075],
  ['only|just|exactly|precisely|a mere|a total of|in total|all', 'exactly', 1, 1],
].map(([words, name, lo, hi]) => ({
  re: new RegExp(`(?:^|[^\\p{L}])(?:${words as string})\\s*$`, 'iu'),
  name: name as string,
  lo: lo as number,
  hi: hi as number,
}));

const RATE = /^\s*(?:a|an|per|each|every|\/)\s*(?:(?:diluted|basic|common|ordinary|preferred|full|calendar|fiscal|working|business|single|additional)\s+)?(week|month|year|day|hour|minute|share|person|head|barrel|ton|tonne|litre|liter|gallon|kilo|kilogram|kg|mile|night|annum|capita|unit|game|season|quarter)(?![\p{L}])(?!\s+(?:earlier|ago|before|later|after|on|prior))|^\s*(weekly|monthly|annually|yearly|daily|hourly)(?![\p{L}])/iu;

const DURATION_UNIT = /^(?:\s+|-)(?:(?:more|long|full|straight|consecutive)\s+)?(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?|century|centuries)(?![\p{L}])/iu;
const MINUTES: Readonly<Record<string, number>> = {
  second: 1 / 60, sec: 1 / 60, minute: 1, min: 1, hour: 60, hr: 60, day: 1440, week: 10080,
  month: 43830, year: 525960, yr: 525960, decade: 5259600, century: 52596000, centurie: 52596000,
};

const NOT_COUNTED = /^(?:[\p{L}]|-[\p{L}]+-\d|\/\d|:\d|(?:st|nd|rd|th)(?![\p{L}]))/u;

const PARTITIVE = new Set(['member', 'person', 'people', 'unit', 'number', 'part', 'piece', 'group', 'batch', 'set', 'pair', 'total', 'share', 'percent', 'portion', 'proportion', 'majority', 'minority', 'rest', 'kind', 'type', 'out']);

const DATE_PREPOSITIONS = /(?:^|[^\p{L}])(?:in|for|since|of|by|from|until|till|to|during|before|after|early|late|mid|year|the year|between|and|around|circa|spring|summer|autumn|fall|winter|season|fiscal|fy|on|through)\s*$/iu;

interface Found {
  kind: FigureKind;
  start: number;
  end: number;
  value: number;
  lo: number;
  hi: number;
  vague: boolean;
  hedge?: string;
  unit?: string;
  per?: string;
  date?: DateParts;
  precision: number;
  rounded?: boolean;
  headHint?: string[];
  score?: readonly number[];
  /** Words of the figure's own text that come first in its head ("largest" in "third-largest"). */
  headWords?: readonly string[];
}

/**
 * All figures of a sentence (or any short text), left to right. Never throws; overlapping
 * readings are resolved in favour of the longer, more specific one. `tokenized`, when given, is
 * `tokenize(text)`.
 *
 * Figures are read through a view of the text in which digits and separators of other forms read
 * as ASCII ones (full-width "１５，０００", Arabic-Indic "١٥٬٠٠٠") and invisible characters
 * (zero-width spaces and joiners, soft hyphens, direction marks) are gone: "15\u200d,000" is one
 * figure. Offsets and texts are those of the text as written: a figure's range covers every
 * character it was read from.
 */
export function extractFigures(text: string, tokenized?: readonly Token[]): Figure[] {
  const view = figureView(text);
  if (!view) return extract(text, tokenized);
  return extract(view.text).map((f) => {
    const start = view.at[f.start]!;
    const end = view.at[f.end - 1]! + 1;
    return { ...f, start, end, text: text.slice(start, end) };
  });
}

// Characters the view drops: zero-width space, non-joiner and joiner, direction marks and
// embeddings, word joiner and invisible operators, direction isolates, byte-order mark, soft hyphen.
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
// Characters the view reads otherwise: full-width forms and the ideographic space (as NFKC reads
// them), Arabic-Indic and Extended Arabic-Indic digits, the Arabic percent and separators.
const OTHER_FORMS = /[\u0660-\u066c\u06f0-\u06f9\u3000\uff01-\uff5e\uffe0\uffe1\uffe5\uffe6]/;
const VIEWED = new RegExp(`${INVISIBLE.source}|${OTHER_FORMS.source}`);
const FULL_WIDTH_SIGNS: Readonly<Record<number, string>> = { 0xffe0: '¢', 0xffe1: '£', 0xffe5: '¥', 0xffe6: '₩' };

/** What a character reads as in the view: itself, another character, or nothing (''). */
function viewed(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0xad) return c;
  if (INVISIBLE.test(c)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  if (code === 0x066a) return '%';
  if (code === 0x066b) return '.';
  if (code === 0x066c) return ',';
  if (code === 0x3000) return ' ';
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return FULL_WIDTH_SIGNS[code] ?? c;
}

/** The text as figures are read from it, with the offset in the text of each of its characters; none if the same. */
function figureView(text: string): { text: string; at: Int32Array } | undefined {
  if (!VIEWED.test(text)) return undefined;
  const out: string[] = [];
  const at = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = viewed(text[i]!);
    if (!c) continue;
    out.push(c);
    at[n++] = i;
  }
  return { text: out.join(''), at };
}

function extract(text: string, tokenized?: readonly Token[]): Figure[] {
  const found: Found[] = [];
  // Which characters a figure already covers: checking a candidate costs its own length, so a
  // text with tens of thousands of figures is still read in linear time. Made with the first
  // figure taken: most sentences have none.
  let covered: Uint8Array | undefined;
  const free = (s: number, e: number): boolean => {
    if (covered) for (let i = s; i < e; i++) if (covered[i]) return false;
    return true;
  };
  const take = (f: Found): void => {
    found.push(f);
    (covered ??= new Uint8Array(text.length)).fill(1, f.start, f.end);
  };

  for (const p of DATE_PATTERNS) {
    if (p.needs && !p.needs.test(text)) continue;
    for (const m of allMatches(p.re, text)) {
      const parts = p.parts(m);
      if (!parts || !free(m.index, m.index + m[0].length)) continue;
      take({ kind: 'date', start: m.index, end: m.index + m[0].length, value: dateValue(parts), lo: 0, hi: 0, vague: false, date: parts, precision: 1 });
    }
  }
  weekdays(text, found, free, take);
  const read = (readings: readonly Reading[]): void => {
    for (const r of readings) if (free(r.start, r.end)) take(found_(r));
  };
  read(decades(text));
  read(clocks(text));
  for (const t of timesOfDay(text)) if (free(t.start, t.end)) take(t);
  read(fractions(text));
  read(ordinals(text));
  read(scores(text));

  const numbers = [...digitNumbers(text), ...wordNumbers(text)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const n of numbers) {
    if (!free(n.start, n.end)) continue;
    const f = classify(text, n);
    if (f && free(f.start, f.end)) take(f);
  }

  found.sort((a, b) => a.start - b.start);
  shareRangeUnits(text, found);
  joinDurations(text, found);
  // A "word" of hundreds of characters ("twenty-twenty-…") is no word: split it at its inner
  // punctuation, offsets unchanged, so the stemmer never sees it (its suffix rules backtrack).
  // The caller's tokens serve when no run of 200 non-spaces needed splitting first.
  const split = splitLongRuns(text);
  const tokens = tokenized && split === text ? tokenized : tokenize(split);
  const figures = found.map((f) => finish(text, tokens, f));
  return linkPartWhole(text, figures);
}

const SPACE = /\s/;

/** The text with the inner punctuation of each run of 200 non-spaces or more made spaces (the text itself if none). */
function splitLongRuns(text: string): string {
  let out: string[] | undefined;
  let last = 0;
  for (let i = 0; i < text.length; ) {
    if (SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !SPACE.test(text[i]!)) i++;
    if (i - start < 200) continue;
    (out ??= []).push(text.slice(last, start), text.slice(start, i).replace(/['’.\-]/g, ' '));
    last = i;
  }
  return out ? out.join('') + text.slice(last) : text;
}

/** A reading of one of the forms of ./forms as a found figure. Dates carry no interval. */
function found_(r: Reading): Found {
  const v = r.kind === 'date' ? 0 : r.value;
  return { ...r, lo: v, hi: v, vague: false };
}

/**
 * In a range the unit is often written once: "4-7%", "4 to 7 percent", "1.7 to 1.8 billion",
 * "between 20 and 30 minutes". The bare first number takes the kind and unit of the second.
 */
function shareRangeUnits(text: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.kind !== 'count' || b.kind === 'count' || b.kind === 'date' || b.kind === 'age') continue;
    const gap = text.slice(a.end, b.start);
    if (!/^\s*(?:-|–|—|to|and|or)\s*$/i.test(gap)) continue;
    if (/^\s*(?:and|or)\s*$/i.test(gap) && !/between\s*$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    let scale = 1;
    while (a.value * scale * 100 < b.value && scale < 1e12) scale *= 1000;
    if (b.kind === 'duration' || b.kind === 'time') scale = b.value / Math.max(1e-9, firstNumber(text.slice(b.start, b.end)) ?? b.value);
    found[i] = { ...a, kind: b.kind, unit: b.unit, per: b.per, value: a.value * scale, lo: a.lo * scale, hi: a.hi * scale, precision: a.precision * scale };
  }
}

/**
 * A duration written in two units is one duration: "one minute, 47.97 seconds", "2 hours and 15
 * minutes", "three years, six months". The second part must be shorter than one of the first
 * part's units, so that a list of durations ("two hours, 90 minutes") stays a list.
 */
function joinDurations(text: string, found: Found[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if (a.kind !== 'duration' || b.kind !== 'duration' || a.vague || b.vague || b.hedge) continue;
    if (!(b.value < a.precision && b.precision < a.precision)) continue;
    if (!/^,?\s*(?:and\s+)?$/i.test(text.slice(a.end, b.start))) continue;
    found[i] = { ...a, end: b.end, value: a.value + b.value, lo: a.lo + b.value, hi: a.hi + b.value, precision: b.precision };
    found.splice(i + 1, 1);
    i--;
  }
}

function firstNumber(s: string): number | undefined {
  const m = s.match(/\d+(?:\.\d+)?/);
  if (m) return Number(m[0]);
  const w = s.toLowerCase().match(/[a-z]+/);
  return w ? UNITS[w[0]] ?? TENS[w[0]] : undefined;
}

function dateValue(d: DateParts): number {
  const value = (d.year ?? 0) * 10000 + (d.month ?? (d.quarter ? d.quarter * 3 : 0)) * 100 + (d.day ?? 0);
  return value === 0 && d.weekday !== undefined ? d.weekday : value;
}

const WORD_HOURS = Object.keys({ ...UNITS, ...TENS }).join('|');

/** Times of day in figures ("7:30 a.m.", "19:45", "9pm", "10 o'clock"), in words ("seven in the evening"), and by name. */
const CLOCK_TIME = /(?<![\p{L}\d:])(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])\.?\s?m\.?(?![\p{L}])|(o'clock|o’clock|hrs?\b|h(?=\d|\b)))|(?<![\p{L}\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/giu;
const WORD_TIME = new RegExp(`(?<![\\p{L}])(${WORD_HOURS})\\s+(?:(o'clock|o’clock)|in the (morning|afternoon|evening)|at night|([ap])\\.?m\\.?)`, 'giu');
const NAMED_TIME = /(?<![\p{L}])(noon|midday|midnight)(?![\p{L}])/giu;

function timesOfDay(text: string): Found[] {
  const out: Found[] = [];
  for (const m of hasDigit(text) ? allMatches(CLOCK_TIME, text) : []) {
    let hour: number;
    let minute: number;
    if (m[5] !== undefined) {
      hour = +m[5];
      minute = +m[6]!;
    } else {
      hour = +m[1]!;
      minute = m[2] ? +m[2] : 0;
      if (m[3]) {
        if (hour > 12) continue;
        if (m[3].toLowerCase() === 'p' && hour < 12) hour += 12;
        if (m[3].toLowerCase() === 'a' && hour === 12) hour = 0;
      }
    }
    if (hour > 24 || minute > 59) continue;
    const v = hour * 60 + minute;
    out.push({ kind: 'time', start: m.index, end: m.index + m[0].length, value: v, lo: v, hi: v, vague: false, precision: m[2] || m[6] ? 1 : 60, unit: 'minute' });
  }
  for (const m of allMatches(WORD_TIME, text)) {
    let hour = UNITS[m[1]!.toLowerCase()] ?? TENS[m[1]!.toLowerCase()] ?? 0;
    if (hour < 1 || hour > 12) continue;
    const pm = /afternoon|evening|night/i.test(m[0]) || m[4]?.toLowerCase() === 'p';
    if (pm && hour < 12) hour += 12;
    const v = hour * 60;
    out.push({ kind: 'time', start: m.index, end: m.index + m[0].length, value: v, lo: v, hi: v, vague: false, precision: 60, unit: 'minute' });
  }
  for (const m of allMatches(NAMED_TIME, text)) {
    const v = /midnight/i.test(m[1]!) ? 0 : 720;
    out.push({ kind: 'time', start: m.index, end: m.index + m[0].length, value: v, lo: v, hi: v, vague: false, precision: 60, unit: 'minute' });
  }
  return out;
}

function classify(text: string, n: NumberExpr): Found | null {
  const after = text.slice(n.end, n.end + 60);
  const before = text.slice(Math.max(0, n.start - 60), n.start);
  // Measurements: "130cm", "11.6 km", "7.2MB", "five kilometres"; and "5m people", a million.
  const measured = /[\p{L}]-$|[/#№]$/u.test(before) ? undefined : unitAfter(after);
  if (measured && 'million' in measured) {
    if (n.words || n.currency) return null;
    return classify(text, { ...n, end: n.end + 1, value: n.value * 1e6, precision: n.precision * 1e6, scaled: true });
  }
  if (measured && (!n.words || !measured.symbol)) {
    const f = measured.factor;
    return {
      kind: 'count',
      start: n.start,
      end: n.end + measured.length,
      value: n.value * f,
      lo: (n.vague?.lo ?? n.value) * f,
      hi: (n.vague?.hi ?? n.value) * f,
      vague: !!n.vague,
      precision: n.precision * f,
      rounded: n.scaled,
      unit: measured.base,
    };
  }
  // Identifiers and ordinals: "G7", "COVID-19", "9/11", "10th", "3D".
  if (!n.words && (NOT_COUNTED.test(after) || /[\p{L}]-$|[/#№]$/u.test(before) || LABEL_WORDS.test(before.match(/([\p{L}]+)\.?\s*$/u)?.[1] ?? ''))) {
    if (!/^(?:-(?:year|month|week|day|hour|minute)s?-old|-\p{L})/iu.test(after) || /[/#]$/.test(before)) return null;
  }
  // Three numbers or more joined by dashes are a code, a formation or a phone number ("1-1-1-1",
  // "4-3-3", "555-123-4567"), not figures.
  if (!n.words && inDashChain(text, n.start, n.end)) return null;
  // A number right after a name and before a verb names a model or an edition ("Boeing 747
  // landed", "Windows 11 is"), not a quantity.
  if (!n.words && /(?:^|[^.!?]\s)\p{Lu}[\p{L}]+\s$/u.test(before) && !/(?:'s|’s|s')\s$/.test(before) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s$/u.test(before.match(/\p{Lu}[\p{L}]+\s$/u)?.[0] ?? '') && /^\s+(?:[\p{Ll}]+(?:ed|ing)|is|was|has|had|will|can|flew|landed)\b/u.test(after) && !/^[\d,]*,\d{3}/.test(text.slice(n.start, n.end))) {
    return null;
  }
  const base = {
    start: n.start,
    end: n.end,
    value: n.value,
    lo: n.vague?.lo ?? n.value,
    hi: n.vague?.hi ?? n.value,
    vague: !!n.vague,
    precision: n.precision,
    rounded: n.scaled,
  };

  // Age: "4-year-old", "four years old", "aged 25", "Mejias, 25,".
  const old = after.match(/^(?:-|\s+)(?:years?|yrs?)(?:-|\s+)old(?![\p{L}])/iu);
  if (old) return { ...base, kind: 'age', end: n.end + old[0].length, unit: 'year' };
  if (/(?:^|[^\p{L}])(?:aged|age)\s*$/iu.test(before) && n.value < 130) return { ...base, kind: 'age', unit: 'year' };
  const nameBefore = before.match(/(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s*$/u);
  if (nameBefore && !n.words && Number.isInteger(n.value) && n.value > 0 && n.value < 120 && /^\s*(?:,|\)|;|$|\s+(?:and|who|was|is|said|says|had|has)\b)/u.test(after) && !/^(?:In|On|At|By|For|From|As|Of|To|With|But|And|The)$/u.test(nameBefore[1]!)) {
    return { ...base, kind: 'age', unit: 'year', headHint: [nameBefore[1]!] };
  }

  // Money: currency in front, or a currency (code, symbol or name) after.
  let currency = n.currency;
  let end = n.end;
  let factor = 1;
  if (!currency) {
    // "millions of dollars": a vague amount names its currency after "of".
    const of = n.vague ? text.slice(n.end, n.end + 6).match(/^\s+of(?=\s)/) : null;
    const c = currencyAfter(text, n.end + (of ? of[0].length : 0));
    if (c && (!c.plain || plainAmount(text, n, c.end))) {
      currency = c.unit;
      end = c.end;
      factor = c.factor;
    }
  }
  if (currency) {
    const value = factor === 1 ? n.value : n.value / 100;
    const precision = factor === 1 ? n.precision : n.precision / 100;
    const rate = text.slice(end, end + 30).match(RATE);
    const per = rate ? normPer(rate[1] ?? rate[2]!) : undefined;
    if (rate) end += rate[0].length;
    return { ...base, kind: 'money', end, value, lo: n.vague ? base.lo : value, hi: n.vague ? base.hi : value, precision, unit: currency, per };
  }

  // Percentages.
  const pct = after.match(/^\s?(?:%|per\s?cent(?![\p{L}])|pct(?![\p{L}])|percentage points?(?![\p{L}]))/iu);
  if (pct) return { ...base, kind: 'percent', end: n.end + pct[0].length, unit: /point/i.test(pct[0]) ? 'pp' : '%' };

  // Durations: "17-year sentence", "twenty minutes", "a decade".
  const dur = after.match(DURATION_UNIT);
  if (dur) {
    const unit = dur[1]!.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century');
    const perMinute = MINUTES[unit] ?? MINUTES[unit.replace(/s$/, '')]!;
    if (n.article && /(?:^|[^\p{L}])(?:per|a|an|each|every|last|next|this|that|the)\s*$/iu.test(before)) return null;
    if (n.article && isRateOfCount(before) && RATE.test(text.slice(n.start, n.end + dur[0].length + 12))) return null;
    // "a year earlier" points back in time; "a decade ago" still measures one.
    if (n.article && /^\s+(?:earlier|later|before|prior|on)(?![\p{L}])/iu.test(text.slice(n.end + dur[0].length, n.end + dur[0].length + 12))) return null;
    // "a year-over-year increase": the unit opens a compound word; it measures nothing.
    if (n.article && /^-\p{L}/u.test(text.slice(n.end + dur[0].length))) return null;
    return {
      ...base,
      kind: 'duration',
      end: n.end + dur[0].length,
      value: n.value * perMinute,
      lo: base.lo * perMinute,
      hi: base.hi * perMinute,
      precision: n.precision * perMinute,
      unit: 'minute',
    };
  }
  if (n.article) return null; // "a", "an", "one" alone are not figures
  if (n.words && n.value === 1) return null;

  // Years: a bare 4-digit number in a date position, or not followed by what it would count.
  if (!n.words && /^\d{4}$/.test(text.slice(n.start, n.end)) && n.value >= 1500 && n.value <= 2199) {
    const nextWord = after.match(/^\s+([\p{L}]+)/u)?.[1];
    // "2014 members" counts members; "2020 guidance", "2019 results" and "in 2014" are years.
    const counts = !!nextWord && /^\p{Ll}/u.test(nextWord) && /[^su]s$|[^s]es$/.test(nextWord) && !YEAR_NOUNS.test(nextWord);
    if (DATE_PREPOSITIONS.test(before) || !counts) {
      return { ...base, kind: 'date', value: n.value * 10000, lo: 0, hi: 0, date: { year: n.value } };
    }
  }
  const rate = after.match(RATE) ?? rateAfterHead(after);
  return { ...base, kind: 'count', per: rate ? normPer(rate[1] ?? rate[2]!) : undefined };
}

/**
 * Words that cannot be part of the noun a count names before its rate: prepositions, articles,
 * conjunctions and auxiliaries ("2,500 jobs a year" has a rate; "2,500 jobs in a year" and
 * "2,500 were hired a year ago" do not). Grammar, not knowledge of any subject.
 */
const NOT_HEAD = /^(?:of|in|on|at|for|to|from|by|with|within|into|over|under|after|before|during|and|or|but|nor|the|a|an|this|that|these|those|its|their|his|her|our|was|were|is|are|be|been|being|has|have|had|will|would|could|should|may|might|can|must|do|does|did|said|says|than|more|less|who|which|what|when|where|while)$/iu;
/** One or two words after a count, then the rest: "jobs a year" → ["jobs ", " a year"]. */
const HEAD_THEN = /^\s+((?:[\p{Ll}][\p{Ll}'’-]*\s+){1,2})(?=(?:a|an|per|each|every)\s)/u;

/** The rate of a count written after the noun it counts: "2,500 jobs a year", "8,000 applications per day". */
function rateAfterHead(after: string): RegExpMatchArray | null {
  const m = after.match(HEAD_THEN);
  if (!m || !namesHead(m[1]!)) return null;
  return after.slice(m[0].length - 1).match(RATE);
}

/** The words can be the noun phrase a count names: none is a preposition, article or auxiliary. */
function namesHead(words: string): boolean {
  return !words.trim().split(/\s+/).some((w) => NOT_HEAD.test(w));
}

/** An article duration that is the rate of a count before it ("2,500 jobs *a year*"). */
function isRateOfCount(before: string): boolean {
  const m = before.match(/(?:^|[^\p{L}\d])\d[\d,.]*(?:\s*(?:thousand|million|billion|m|bn|k))?(\s+(?:[\p{Ll}][\p{Ll}'’-]*\s+){1,2})$/u);
  return !!m && namesHead(m[1]!);
}

/**
 * A currency name that is also a common word ("won") is read as one only where an amount can be:
 * after a large or scaled number ("5,000 won", "3 trillion won"), and not before what a verb would
 * take ("1,500 won seats", "2,000 won the vote"): the next word must be absent, a rate ("a
 * month") or a preposition or conjunction, not a determiner or a content word.
 */
function plainAmount(text: string, n: NumberExpr, end: number): boolean {
  if (!(n.value >= 1000 || n.scaled)) return false;
  const after = text.slice(end, end + 30);
  if (!/^\s+[\p{L}]/u.test(after) || RATE.test(after)) return true;
  const word = after.match(/^\s+([\p{L}]+)/u)![1]!.toLowerCase();
  return isStopWord(word) && !DETERMINERS.has(word) && !/^(?:a|an|this|that|these|those|some|no|every|each|all|both|any|my|one)$/.test(word);
}

const DASHES = new Set(['-', '–', '—', '−']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Whether the number at start..end is one of three or more joined by dashes. */
function inDashChain(text: string, start: number, end: number): boolean {
  let links = 0;
  for (let i = start; links < 2 && DASHES.has(text[i - 1] ?? '') && isDigit(text[i - 2]); links++) {
    i -= 2;
    while (isDigit(text[i - 1]) || text[i - 1] === ',' || text[i - 1] === '.') i--;
  }
  for (let i = end; links < 2 && DASHES.has(text[i] ?? '') && isDigit(text[i + 1]); links++) {
    i += 2;
    while (isDigit(text[i]) || ((text[i] === ',' || text[i] === '.') && isDigit(text[i + 1]))) i++;
  }
  return links >= 2;
}

const YEAR_NOUNS = /^(?:results|earnings|sales|revenues|profits|losses|elections|olympics|games|figures|levels|numbers|estimates|forecasts|projections|accounts|statements|highs|lows|prices|rates|returns|targets|goals|plans|budgets|finals|championships|playoffs|rankings|standings|awards|rules|regulations|taxes|costs|margins|deliveries|shipments|orders|volumes|prices)$/i;

function normPer(word: string): string {
  const w = word.toLowerCase();
  const map: Record<string, string> = { weekly: 'week', monthly: 'month', annually: 'year', yearly: 'year', annum: 'year', daily: 'day', hourly: 'hour' };
  return map[w] ?? w;
}

function finish(text: string, tokens: readonly Token[], f: Found): Figure {
  const before = text.slice(Math.max(0, f.start - 40), f.start);
  let lo = f.lo;
  let hi = f.hi;
  let hedge: string | undefined;
  // The hedge is reported with the figure; the claim's range stays on the figure itself.
  // Every hedge ends in a letter, "." or "~": a figure after anything else has none.
  if (f.kind !== 'date' && f.kind !== 'score' && /[\p{L}.~]\s*$/u.test(before.slice(-12))) {
    for (const h of HEDGES) {
      const m = before.match(h.re);
      if (m) {
        hedge = h.name;
        if (f.kind === 'time') {
          const slack = h.name === 'about' ? 30 : h.name === 'exactly' ? 0 : 90;
          lo = h.lo < 1 ? f.lo - slack : f.lo;
          hi = h.hi > 1 ? f.hi + slack : f.hi;
        } else {
          lo = f.lo * h.lo;
          hi = f.hi * h.hi;
        }
        break;
      }
    }
  }
  return {
    kind: f.kind,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    value: f.value,
    lo: Math.min(lo, hi),
    hi: Math.max(lo, hi),
    vague: f.vague,
    rounded: !!f.rounded,
    hedge,
    unit: f.unit,
    per: f.per,
    date: f.date,
    ...(f.score ? { score: f.score } : {}),
    precision: f.precision,
    head: [...(f.headWords ?? []).flatMap((w) => tokenize(w).map((t) => t.concept)), ...headOf(text, tokens, f)],
    lead: leadOf(text, tokens, f),
  };
}

/** Concepts of what the figure counts: the words after it, or for "of"-phrases the thing named. */
function headOf(text: string, tokens: readonly Token[], f: Found): string[] {
  if (f.headHint) return f.headHint.flatMap((h) => tokenize(h).map((t) => t.concept));
  const after = headAfter(text, tokens, f);
  if (after.length || f.kind === 'date' || f.kind === 'time' || f.kind === 'age') return after;
  // "a crowd of 41,236", "a budget of $52 million": the noun before "of" says what is counted.
  const m = text.slice(Math.max(0, f.start - 40), f.start).match(/([\p{L}]+)\s+of\s+(?:(?:about|around|some|nearly|almost|more than|over|at least|up to|roughly|approximately|just|only|an estimated)\s+)?$/iu);
  if (m && !PREPOSED_HEAD_SKIP.has(m[1]!.toLowerCase())) {
    const t = tokenize(m[1]!)[0];
    if (t && !t.stop) return [t.concept];
  }
  return after;
}

function headAfter(text: string, tokens: readonly Token[], f: Found): string[] {
  const out: string[] = [];
  let i = firstTokenFrom(tokens, f.end);
  if (i >= tokens.length) return out;
  let partitive = f.kind === 'count'; // "of" may follow a count or a partitive word ("members of")
  let prevEnd = f.end;
  // What a figure counts comes within a few words of it; the bound keeps a text of nothing but
  // numbers from being rescanned for every figure in it.
  const last = Math.min(tokens.length, i + 12);
  for (; i < last && out.length < 3; i++) {
    const t = tokens[i]!;
    if (/[,;:.!?()"“”]/.test(text.slice(prevEnd, t.start))) break;
    prevEnd = t.end;
    if (t.numeric) {
      if (out.length === 0 && f.kind === 'count') continue; // "31 of 52 prisons": the head follows the second number
      break;
    }
    if (t.stop) {
      if ((t.norm === 'of' || DETERMINERS.has(t.norm)) && (partitive || out.length === 0)) continue;
      break;
    }
    if (WHEN_WORDS.has(t.norm)) break; // "residents last year": when, not what
    // A past tense or participle right after the figure is its verb, not what it counts.
    // ("41,236 watched the match"); before another content word it describes it ("armed men").
    const nextToken = tokens[i + 1];
    const describes = nextToken && !nextToken.stop && !nextToken.numeric && !/[,;:.!?()]/.test(text.slice(t.end, nextToken.start));
    if (out.length === 0 && /[^e]ed$|ing$/.test(t.norm) && !NOUNS_IN_ED_ING.has(t.norm) && !describes) break;
    out.push(t.concept);
    partitive = PARTITIVE.has(t.norm.replace(/s$/, '')) || PARTITIVE.has(t.concept);
  }
  return out;
}

const NOUNS_IN_ED_ING = new Set(['building', 'buildings', 'meeting', 'meetings', 'hundred', 'hundreds', 'shed', 'sheds', 'bed', 'beds', 'seed', 'seeds', 'offering', 'offerings', 'holding', 'holdings', 'earnings', 'savings', 'listing', 'listings', 'filings', 'filing', 'hearing', 'hearings', 'sibling', 'siblings', 'ceiling', 'bookings', 'booking', 'rating', 'ratings', 'housing', 'training', 'funding', 'spending', 'lending', 'borrowing', 'shipping', 'things', 'thing', 'kings', 'king', 'wings', 'wing', 'rings', 'ring', 'evening', 'evenings', 'morning', 'mornings', 'feelings', 'wedding', 'weddings', 'clothing', 'bleeding', 'shootings', 'shooting', 'killings', 'killing', 'bombings', 'bombing', 'landings', 'crossings', 'sightings', 'recordings', 'paintings', 'readings', 'outings', 'findings', 'injured', 'wounded', 'dead', 'displaced', 'unemployed', 'employed', 'insured', 'elderly', 'hired', 'registered', 'retired', 'detained', 'accused', 'deceased', 'need', 'needs', 'speed', 'feed', 'reed', 'greed', 'deed', 'deeds', 'breed', 'breeds', 'creed', 'steed']);
const PREPOSED_HEAD_SKIP = new Set(['total', 'number', 'sum', 'maximum', 'minimum', 'average', 'estimated', 'record', 'further', 'additional', 'extra', 'mere', 'whopping', 'staggering', 'combined', 'net', 'gross']);

const WHEN_WORDS = new Set(['last', 'next', 'this', 'that', 'previous', 'prior', 'following', 'coming', 'past', 'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'today', 'yesterday', 'tomorrow', 'tonight', 'ago', 'earlier', 'later', 'annually', 'yearly', 'monthly', 'weekly', 'daily', 'overnight', 'now', 'recently', 'morning', 'evening', 'afternoon', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const DETERMINERS = new Set(['other', 'more', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'out', 'these', 'those']);


/** Concepts of up to four content words before the figure, within its clause. */
function leadOf(text: string, tokens: readonly Token[], f: Found): string[] {
  const out: string[] = [];
  let i = firstTokenFrom(tokens, f.start) - 1;
  let edge = f.start;
  const first = Math.max(0, i - 16);
  for (; i >= first && out.length < 4; i--) {
    const t = tokens[i]!;
    if (/[,;:()\[\]"“”—–]/.test(text.slice(t.end, edge))) break;
    edge = t.start;
    if (t.stop || t.numeric || t.norm.length < 2) continue;
    out.push(t.concept);
  }
  return out;
}

/** "31 of 52 prisons", "31 out of 52": the first is a part of the second. */
function linkPartWhole(text: string, figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    const next = figures[i + 1];
    const prev = figures[i - 1];
    if (next && next.kind === f.kind && /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|[\p{L}]+['’]s?)\s+){0,2}$/iu.test(text.slice(f.end, next.start))) {
      return { ...f, role: 'part' as const, head: next.head.length ? next.head : f.head };
    }
    if (prev && prev.kind === f.kind && /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|[\p{L}]+['’]s?)\s+){0,2}$/iu.test(text.slice(prev.end, f.start))) {
      return { ...f, role: 'whole' as const };
    }
    return f;
  });
}

/** Human reading of a figure: "about 6,000 (5,550–6,450)". */
export function describeFigure(f: Figure): string {
  const hedge = f.hedge ? `${f.hedge} ` : '';
  return `${hedge}${formatValue(f)}`;
}

export function formatValue(f: Figure): string {
  switch (f.kind) {
    case 'date': {
      const d = f.date ?? {};
      if (d.decade !== undefined) return `the ${d.decade}s`;
      const names = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
      const weekday = d.weekday ? ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday - 1] : undefined;
      return [weekday, d.quarter ? `Q${d.quarter}` : undefined, d.day, d.month ? names[d.month] : undefined, d.year].filter((x) => x !== undefined).join(' ');
    }
    case 'time': {
      const seconds = Math.round(f.value * 60);
      const h = Math.floor(seconds / 3600);
      const m = Math.floor(seconds / 60) % 60;
      const s = seconds % 60;
      return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s ? `:${String(s).padStart(2, '0')}` : ''}`;
    }
    case 'duration':
      // A race time reads as the clock it was written as: "1:47.97", "2:03:59".
      return f.text.includes(':') ? formatClock(f.value, f.precision, (f.text.match(/:/g) ?? []).length === 2) : formatDuration(f.value);
    case 'ordinal':
      return `${formatNumber(f.value)}${ordinalSuffix(f.value)}`;
    case 'score': {
      const [a, b] = f.score ?? [Math.floor(f.value / 1000), f.value % 1000];
      return `${a}-${b}`;
    }
    case 'money':
      // As many decimals as written: "325.5p" is GBP 3.255, "3.75p" GBP 0.0375.
      return `${f.unit ?? ''} ${formatNumber(f.value, decimalsOf(f.precision))}${f.per ? ` per ${f.per}` : ''}`.trim();
    case 'percent':
      return `${formatNumber(f.value)}${f.unit === 'pp' ? ' percentage points' : '%'}`;
    case 'age':
      return `${formatNumber(f.value)} years old`;
    default: {
      if (f.kind === 'count' && f.unit !== undefined) {
        const shown = displayUnit(f.value, f.unit);
        return `${formatNumber(shown.value, decimalsOf(f.precision * (shown.value / f.value)) + 1)} ${shown.unit}${f.per ? ` per ${f.per}` : ''}`;
      }
      return `${f.vague ? `${formatNumber(f.lo)}–${formatNumber(f.hi)}` : formatNumber(f.value)}${f.kind === 'count' && f.per ? ` per ${f.per}` : ''}`;
    }
  }
}

function formatDuration(minutes: number): string {
  const units: [string, number][] = [['year', 525960], ['month', 43830], ['week', 10080], ['day', 1440], ['hour', 60], ['minute', 1], ['second', 1 / 60]];
  for (const [name, size] of units) {
    const n = minutes / size;
    if (n >= 1 && Math.abs(n - Math.round(n * 100) / 100) < 1e-9) return `${formatNumber(n)} ${name}${n === 1 ? '' : 's'}`;
  }
  return minutes < 1 ? `${formatNumber(minutes * 60)} seconds` : `${formatNumber(minutes)} minutes`;
}

/** "1:47.97" (minutes, seconds and hundredths), "2:03:59" (hours, minutes, seconds). */
function formatClock(minutes: number, precision: number, hours: boolean): string {
  const decimals = Math.max(0, Math.min(3, Math.round(-Math.log10(precision * 60))));
  const scale = 10 ** decimals;
  const total = Math.round(minutes * 60 * scale) / scale;
  const whole = Math.floor(total);
  const fraction = decimals ? (total - whole).toFixed(decimals).slice(1) : '';
  const s = String(whole % 60).padStart(2, '0') + fraction;
  const m = Math.floor(whole / 60);
  return hours ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function formatNumber(n: number, decimals = 2): string {
  const digits = Math.min(20, Math.max(2, decimals));
  let f = numberFormats.get(digits);
  // What n.toLocaleString('en-US', options) does, without building the formatter at every call.
  if (f === undefined) numberFormats.set(digits, (f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })));
  return f.format(n);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** Decimals a precision stands for: 0.001 → 3. */
function decimalsOf(precision: number): number {
  return precision > 0 && precision < 1 ? Math.round(-Math.log10(precision)) : 0;
}
