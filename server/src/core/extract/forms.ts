/**
 * Readers of figures with a form of their own: ranks ("18th", "third-largest"), decades ("the
 * 1990s", "the '90s", "the nineties"), scores ("4-0", "6-2 7-6") and race or clock durations
 * ("1:47.97", "2:03:59"). Each gives readings with offsets; extractFigures decides which of the
 * overlapping readings of a text stand. The rules are on the form of the figure, never on a list
 * of the words that usually surround one.
 */
import type { DateParts, FigureKind } from '../types';
import { isStopWord } from '../text/tokenize';
import { currencyAfter, prefixUnit } from './currencies';
import { hasDigit, LABEL_WORDS } from './numbers';
import { allMatches } from '../text/matches';

export interface Reading {
  readonly kind: FigureKind;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly precision: number;
  readonly unit?: string;
  readonly date?: DateParts;
  readonly score?: readonly number[];
  /** Words of the figure's own text that say what it ranks ("largest" in "third-largest"). */
  readonly headWords?: readonly string[];
  /** Written rounded by nature ("a third"): may stand for a more precise value. */
  readonly rounded?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Fractions

const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const DENOMINATORS: Readonly<Record<string, number>> = {
  half: 2, halve: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twelfth: 12,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, hundredth: 100, thousandth: 1000,
};
const FRACTION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<num>${Object.keys(NUMERATORS).join('|')})[\\s-]+(?<den>${Object.keys(DENOMINATORS).join('|')})(?<pl>s)?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Words before a fraction that make it a quantity even with no "of" after it ("rose by a fifth"). */
const FRACTION_BEFORE = /(?:^|[^\p{L}])(?:by|than|nearly|almost|about|around|roughly|some|over|under|just|only|exactly|precisely|barely|fully|is|was|are|were|be|been|to)\s+$/iu;

/**
 * Fractions in words, as the percentages they are: "a third of pupils" (33.3%), "two-thirds",
 * "rose by a fifth", "one sixtieth of their salary". One is a share only before "of" or where a
 * preposition or hedge asks for a quantity; "a third term" ranks, "a quarter of a million" and
 * "three quarters of an hour" are other forms.
 */
export function fractions(text: string): Reading[] {
  const out: Reading[] = [];
  for (const m of allMatches(FRACTION, text)) {
    const g = m.groups!;
    const num = NUMERATORS[g['num']!.toLowerCase()]!;
    const den = DENOMINATORS[g['den']!.toLowerCase()]!;
    if ((num === 1) === (g['pl'] !== undefined || g['den']!.toLowerCase() === 'halve')) continue;
    if (den === 2 && num !== 1) continue;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 20);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (/^\s+of\s+(?:a|an)\s/iu.test(after)) continue;
    const of = /^\s+of(?![\p{L}])/iu.test(after);
    const ends = /^\s*(?:[,;:.!?)]|$)/u.test(after);
    if (!of && !((ends || /^\s+(?:to|from|in|on|since|and|or|than|last|this|over)(?![\p{L}])/iu.test(after)) && FRACTION_BEFORE.test(before))) continue;
    // "half" alone is a word of many uses: only "a half of" and "one half of" are shares here.
    if (den === 2 && !of) continue;
    const value = (100 * num) / den;
    out.push({ kind: 'percent', start: m.index, end, value, precision: value / 5, unit: '%', rounded: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ordinals

const UNIT_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
};
const OTHER_ORDINALS: Readonly<Record<string, number>> = {
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  thousandth: 1000, millionth: 1e6,
};
const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const CARDINAL_BEFORE = /(?:^|[^\p{L}])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+$/iu;

// "-largest", "-best", "-most-visited", "-worst": a superlative joined to the rank.
const SUPERLATIVE = String.raw`(?:-(?<sup>[\p{L}]+est|worst|most|least)(?:-(?<sup2>[\p{L}]+))?(?![\p{L}\p{N}]))?`;

const DIGIT_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/:#$£€¥₹\-–])(?<num>\d{1,3}(?:,\d{3})+|\d+)(?<suf>st|nd|rd|th)(?![\p{L}\p{N}])` + SUPERLATIVE,
  'gu',
);
const WORD_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}\p{N}\-])(?:(?<tens>${Object.keys(TENS_WORDS).join('|')})-(?<unit>${Object.keys(UNIT_ORDINALS).join('|')})|(?<word>${[...Object.keys(UNIT_ORDINALS), ...Object.keys(OTHER_ORDINALS)].join('|')}))(?![\p{L}\p{N}])` + SUPERLATIVE,
  'giu',
);

function suffixOf(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** "18th", "1,000th": the English suffix of a rank. */
export function ordinalSuffix(n: number): string {
  return suffixOf(Math.abs(Math.round(n)));
}

// Words after which a rank is a point in a reporting period or a match, not a rank.
const PERIOD_AFTER = /^[\s-]+(?:quarter|half)(?![\p{L}])/iu;
const WHEN_AFTER = /^(?:later|earlier|ago|before|after|on|running|time|times)$/i;

/**
 * Ranks. Written in digits, any rank is one ("1st", "18th", "23rd", with the suffix its number
 * takes). Written in words, from "second" upward ("eighth", "twenty-first", "third-largest"): a
 * bare "first" is too common a word to be a checkable claim ("for the first time"), though
 * "twenty-first" is read. Not ranks: reporting periods ("third quarter" is a date, "second half"
 * a period), fractions ("a third of", "one-fifth", "two thirds"), a unit ("one second", "a second
 * later", "per second"), and, for ranks spelled out: one that starts a name ("Second World War",
 * "Fifth Avenue": a capitalised rank before a capitalised word), one in a compound word
 * ("second-hand", "third-party"; "third-largest" is a rank) and one that numbers the points of
 * a text ("Second, ...").
 */
export function ordinals(text: string): Reading[] {
  const out: Reading[] = [];
  const digits = hasDigit(text);
  for (const m of digits ? allMatches(DIGIT_ORDINAL, text) : []) {
    const g = m.groups!;
    const value = Number(g['num']!.replace(/,/g, ''));
    if (!Number.isFinite(value) || g['suf']!.toLowerCase() !== suffixOf(value)) continue;
    const end = m.index + m[0].length;
    if (!g['sup'] && PERIOD_AFTER.test(text.slice(end, end + 12))) continue;
    out.push(rank(m.index, end, value, g));
  }
  for (const m of allMatches(WORD_ORDINAL, text)) {
    const g = m.groups!;
    const word = (g['word'] ?? '').toLowerCase();
    const value = g['tens'] ? TENS_WORDS[g['tens'].toLowerCase()]! + UNIT_ORDINALS[g['unit']!.toLowerCase()]! : UNIT_ORDINALS[word] ?? OTHER_ORDINALS[word]!;
    if (value === 1 && !g['tens']) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(end, end + 30);
    if (!g['sup'] && PERIOD_AFTER.test(after)) continue;
    if (CARDINAL_BEFORE.test(before)) continue; // "one third", "10 second" ("one-fifth" is never matched)
    if (/(?:^|[^\p{L}])(?:per|every|each)\s+$/iu.test(before)) continue;
    if (/(?:^|[^\p{L}])an?\s+$/iu.test(before)) {
      // "a third term", "a fifth consecutive win" rank; "a third of", "a second later" do not.
      const next = after.match(/^\s+([\p{L}]+)/u)?.[1];
      if (!next || isStopWord(next.toLowerCase()) || WHEN_AFTER.test(next)) continue;
    }
    if (/^\p{Lu}/u.test(m[0]) && /^\s+\p{Lu}/u.test(after)) continue; // "Second World War"
    // "second-hand", "third-party", "second-degree": a compound word, not a rank.
    if (!g['sup'] && /^-[\p{L}]/u.test(after)) continue;
    // "Second, stock markets...": a sentence that starts by counting its points.
    if (/^\p{Lu}/u.test(m[0]) && after.startsWith(',') && /(?:^|[.!?:;]["”’')]?\s+)["“‘']?$/u.test(before)) continue;
    out.push(rank(m.index, end, value, g));
  }
  return out;
}

function rank(start: number, end: number, value: number, g: Record<string, string | undefined>): Reading {
  const headWords = [g['sup'], g['sup2']].filter((w): w is string => !!w);
  return { kind: 'ordinal', start, end, value, precision: 1, ...(headWords.length ? { headWords } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Decades

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80,
  nineties: 90, noughties: 0, aughts: 0,
};
const PART = String.raw`(?:(?<part>early|mid|late)(?:-|\s+))?`;
const DECADE_DIGITS = new RegExp(String.raw`(?<![\p{L}\p{N}'’‘])${PART}(?<year>[12]\d\d0)['’]?s(?![\p{L}\p{N}])`, 'giu');
const DECADE_SHORT = new RegExp(String.raw`(?<![\p{L}\p{N}])${PART}['’‘](?<yy>\d0)s(?![\p{L}\p{N}])`, 'giu');
const DECADE_BARE = new RegExp(String.raw`(?<![\p{L}\p{N}])the\s+(?<fig>${PART}(?<yy>\d0)s)(?![\p{L}\p{N}'’])`, 'giu');
const DECADE_SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])the\s+(?<fig>${PART}(?:(?<century>nineteen|twenty)[-\s]?)?(?<word>${Object.keys(DECADE_WORDS).join('|')}))(?![\p{L}\p{N}])`,
  'giu',
);

/** A decade written with two digits: "'00s" and "'10s" are this century's, the others the last's. */
function decadeOfTwoDigits(yy: number): number {
  return yy <= 10 ? 2000 + yy : 1900 + yy;
}

/**
 * Decades, as dates: "the 1990s", "1990's", "mid-1980s", "the '90s", "early ’00s", "the 90s",
 * "the nineties", "the late nineteen-sixties". Two digits without an apostrophe, and decades in
 * words, need "the" ("in his 90s", "in their twenties" are ages). "1800s" and "1900s" are
 * centuries as often as decades and are not read; "2000s" is the decade. The text of the figure
 * includes "early", "mid-" or "late" but not "the"; the reading is the whole decade.
 */
export function decades(text: string): Reading[] {
  const out: Reading[] = [];
  const push = (start: number, end: number, decade: number): void => {
    out.push({ kind: 'date', start, end, value: decade * 10000, precision: 1, date: { decade } });
  };
  const digits = hasDigit(text);
  for (const m of digits ? allMatches(DECADE_DIGITS, text) : []) {
    const year = +m.groups!['year']!;
    if (year % 100 === 0 && year < 2000) continue;
    push(m.index, m.index + m[0].length, year);
  }
  for (const m of digits ? allMatches(DECADE_SHORT, text) : []) push(m.index, m.index + m[0].length, decadeOfTwoDigits(+m.groups!['yy']!));
  for (const m of digits ? allMatches(DECADE_BARE, text) : []) {
    const fig = m.groups!['fig']!;
    const start = m.index + m[0].length - fig.length;
    push(start, start + fig.length, decadeOfTwoDigits(+m.groups!['yy']!));
  }
  for (const m of allMatches(DECADE_SPELLED, text)) {
    const g = m.groups!;
    const yy = DECADE_WORDS[g['word']!.toLowerCase()]!;
    const century = g['century'] ? (g['century'].toLowerCase() === 'twenty' ? 2000 : 1900) : yy === 0 ? 2000 : 1900;
    const start = m.index + m[0].length - g['fig']!.length;
    push(start, start + g['fig']!.length, century + yy);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scores

const PAIR = /(?<![\p{L}\p{N}_.,/:#$£€¥₹+\-–−])(0|[1-9]\d{0,2})([-–])(0|[1-9]\d{0,2})(?![\p{N}\p{L}°/]|[.,:][\p{N}]|[-–−][\p{N}])/gu;
const UNIT_AFTER = /^[\s\u00a0]?(?:%|per\s?cent(?![\p{L}])|percent(?![\p{L}])|pct(?![\p{L}])|percentage(?![\p{L}])|(?:thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b|crore|lakh)(?![\p{L}])|(?:[ap]\.?m\.?)(?![\p{L}])|(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|decades?)(?![\p{L}])|-(?:year|month|week|day)s?-old)/iu;
const RANGE_BEFORE = /(?:^|[^\p{L}])(?:between|from|aged?|ages)\s+$/iu;

/**
 * Scores: two whole numbers of at most three digits joined by a hyphen or an en dash, with no
 * leading zero ("4-0", "21-17", "a 2–2 draw", "won 3-1"). A pair is a range of counts, not a score,
 * when a unit, a percentage, a magnitude or a currency follows it ("4-7%", "3-5 million",
 * "10-12 years"), when "between", "from" or an age word comes before ("between 3-5 people"), after
 * a label ("pages 3-5") or a currency ("$4-5"), and when its first number is the smaller: ranges are
 * written low to high, while a score puts the winner's tally first. Several pairs in a row ("6-7
 * 6-4 6-3", a tennis match) are all scores, whatever their order: a range is never written so.
 * Each set of a match is its own figure. Three numbers or more joined by dashes ("1-1-1-1", a
 * "4-3-3" formation) are neither.
 */
export function scores(text: string): Reading[] {
  const pairs: { start: number; end: number; a: number; b: number; ok: boolean }[] = [];
  if (!hasDigit(text)) return [];
  for (const m of allMatches(PAIR, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const word = before.match(/([\p{L}$£€¥]+\.?)\s*$/u)?.[1] ?? '';
    const ok =
      !UNIT_AFTER.test(text.slice(end, end + 16)) &&
      !currencyAfter(text, end) &&
      !RANGE_BEFORE.test(before) &&
      !LABEL_WORDS.test(word.replace(/\.$/, '')) &&
      prefixUnit(word) === undefined;
    pairs.push({ start, end, a: +m[1]!, b: +m[3]!, ok });
  }
  const out: Reading[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    if (!p.ok) continue;
    const joined = (x: (typeof pairs)[number] | undefined, y: (typeof pairs)[number] | undefined): boolean =>
      // Sets of a match, a tie-break in brackets among them: "6-7 (4-7) 7-6 (8-6) 7-5".
      !!x && !!y && x.ok && y.ok && /^\)?,?[ \u00a0]+\(?$/.test(text.slice(x.end, y.start));
    const inRun = joined(pairs[i - 1], p) || joined(p, pairs[i + 1]);
    if (p.a < p.b && !inRun) continue;
    out.push({ kind: 'score', start: p.start, end: p.end, value: p.a * 1000 + p.b, precision: 1, score: [p.a, p.b] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Clock durations

const CLOCK = /(?<![\p{L}\p{N}_.,/:$£€])(?:(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?|(\d{1,3}):([0-5]\d)\.(\d{1,3})|(\d{1,3}):([0-5]\d))(?![\p{N}]|[:.][\p{N}])/gu;
const DURATION_CONTEXT = /(?:^|[^\p{L}])(?:in|(?:a\s+)?(?:time|times|best|record)\s+of|clocked|timed)\s+$/iu;
const TIME_OF_DAY_CONTEXT = /(?:^|[^\p{L}])(?:at|by|until|till|from|since)\s+$/iu;
const TIME_OF_DAY_AFTER = /^\s?(?:[ap]\.?m\.?(?![\p{L}])|(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|local time)(?![\p{L}]))/iu;

/**
 * Race and clock durations, in minutes: minutes and seconds with decimals ("1:47.97"), hours,
 * minutes and seconds ("2:03:59", "in 10:02:37"), or minutes and seconds after "in", "time of",
 * "best of", "record of", "clocked" or "timed" ("in 3:29"). A clock with two-digit hours and no
 * such word ("23:46:14"), or after "at"/"until"... or before "a.m."/"GMT", is a time of day with
 * seconds; "7:30 a.m." and "at 19:45" are left to the times of day.
 */
export function clocks(text: string): Reading[] {
  const out: Reading[] = [];
  if (!hasDigit(text)) return out;
  for (const m of allMatches(CLOCK, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 20), start);
    const after = text.slice(end, end + 12);
    const inContext = DURATION_CONTEXT.test(before);
    const dayContext = TIME_OF_DAY_CONTEXT.test(before) || TIME_OF_DAY_AFTER.test(after);
    if (m[1] !== undefined) {
      const h = +m[1];
      const mins = +m[2]!;
      const secs = +m[3]! + (m[4] ? +`0.${m[4]}` : 0);
      const precision = (m[4] ? 10 ** -m[4].length : 1) / 60;
      if (!dayContext && (inContext || m[1].length === 1 || m[4])) {
        out.push({ kind: 'duration', start, end, value: h * 60 + mins + secs / 60, precision, unit: 'minute' });
      } else if (h <= 23) {
        out.push({ kind: 'time', start, end, value: h * 60 + mins + secs / 60, precision, unit: 'minute' });
      }
    } else if (m[5] !== undefined) {
      const value = +m[5] + (+m[6]! + +`0.${m[7]!}`) / 60;
      out.push({ kind: 'duration', start, end, value, precision: 10 ** -m[7]!.length / 60, unit: 'minute' });
    } else if (inContext && !dayContext) {
      out.push({ kind: 'duration', start, end, value: +m[8]! + +m[9]! / 60, precision: 1 / 60, unit: 'minute' });
    }
  }
  return out;
}
