/** Reading numbers written in digits or in words. */
import { isStopWord } from '../text/tokenize';
import { currencyAfter, MINOR_SUFFIXES, PREFIX_PATTERN, prefixUnit, SYMBOL_CHARS } from './currencies';
import { allMatches } from '../text/matches';

/** Words after which a number is a label, not a quantity ("Section 230", "Flight 370", "p. 4"). */
export const LABEL_WORDS = /^(?:no|nos|number|page|pages|chapter|section|article|route|flight|room|rule|line|item|version|model|season|episode|vol|volume|table|figure|fig|p|pp|series|type|class|phase|category|grade)$/i;

export interface NumberExpr {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Size of the last significant digit as written ("11,000" → 1000, "7.5" → 0.1). */
  readonly precision: number;
  /** Vague quantities ("dozens", "hundreds") carry their own interval. */
  readonly vague?: { readonly lo: number; readonly hi: number };
  /** A currency written in front ("$", "£", "US$", "CHF"), or on the number ("513p"): a unit as `currencyAfter` gives it. */
  readonly currency?: string;
  /** True when written with words only ("eight", "a dozen"). */
  readonly words: boolean;
  /** True for a bare "a"/"an"/"one", which only counts before a unit ("a decade"). */
  readonly article: boolean;
  /** Written with a magnitude word or in words ("1.2 million", "$3bn", "eleven thousand"): rounded by nature. */
  readonly scaled: boolean;
}

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MAGNITUDES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};
const SUFFIX: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9,
  trillion: 1e12, tn: 1e12, hundred: 100, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12,
};
const VAGUE: Readonly<Record<string, readonly [number, number, number]>> = {
  dozens: [24, 99, 36],
  scores: [40, 199, 60],
  hundreds: [200, 999, 400],
  thousands: [2000, 9999, 4000],
  millions: [2e6, 999e6, 4e6],
  billions: [2e9, 999e9, 4e9],
};

const WORD_ALT = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(MAGNITUDES), 'dozen', 'half', 'a', 'an', 'and', 'quarter', 'of']
  .sort((a, b) => b.length - a.length)
  .join('|');
const WORD_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${WORD_ALT})(?:(?:[\\s-]+)(?:${WORD_ALT}))*(?![\\p{L}\\p{N}])`, 'giu');

/** A word in any letter case, for a pattern that must not be case-insensitive as a whole. */
function anyCase(word: string): string {
  return [...word].map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c === ' ' ? '\\s+' : c)).join('');
}
const MULTIPLIERS = Object.keys(SUFFIX)
  .filter((w) => w !== 'hundred')
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|');

// Case-sensitive: a code is "USD", not "usd"; "Rs" is a rupee, "rs" nothing.
const DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/${SYMBOL_CHARS}])` +
    String.raw`(?:(?<cur>${PREFIX_PATTERN})[\s\u00a0]?)?` +
    String.raw`(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.])|\d+(?:\.\d+)?|\.\d+)` +
    String.raw`(?:[\s\u00a0]?(?<mult>${MULTIPLIERS})(?![\p{L}\p{N}])|(?<minor>[pc¢])(?![\p{L}\p{N}]|\.\s?m(?![\p{L}])))?`,
  'gu',
);

/**
 * Whether a text has an ASCII digit. Readers whose patterns need one (`\d` is ASCII only, and the
 * figure view has already turned other digits into ASCII ones) skip a text without any: most
 * sentences of a corpus have none, and one scan for a digit is cheaper than each pattern's own.
 */
export function hasDigit(text: string): boolean {
  return ASCII_DIGIT.test(text);
}
/** An ASCII digit, what `\d` matches. */
export const ASCII_DIGIT = /[0-9]/;

function precisionOf(num: string): number {
  const clean = num.replace(/[^\d.]/g, '');
  const dot = clean.indexOf('.');
  if (dot >= 0) return 10 ** -(clean.length - dot - 1);
  const trailing = clean.match(/0*$/)![0].length;
  return clean === '0' ? 1 : 10 ** Math.min(trailing, clean.length - 1);
}

/**
 * Numbers written with digits, with an optional currency in front ("$", "A$", "CHF ", "Rs") and
 * a multiplier ("1.2bn", "12 million", "5 crore") or a minor unit ("513p", "50c", "99¢") after.
 */
export function digitNumbers(text: string): NumberExpr[] {
  const out: NumberExpr[] = [];
  if (!hasDigit(text)) return out;
  for (const m of allMatches(DIGITS, text)) {
    const g = m.groups!;
    const num = g['num']!;
    let mult = g['mult']?.toLowerCase().replace(/\s+/g, ' ');
    const numEnd = m.index + m[0].indexOf(num, g['cur']?.length ?? 0) + num.length;
    let end = m.index + m[0].length;
    const cur = g['cur'];
    let currency = cur !== undefined ? prefixUnit(cur) : undefined;
    // One-letter multipliers only with a currency ("$1.2b", "£600m", "5m USD"): "600m" alone may be metres.
    if (mult && mult.length === 1 && mult !== 'k' && !cur && !currencyAfter(text, end)) {
      end = numEnd;
      mult = undefined;
    }
    const base = Number(num.replace(/[,\u00a0\u202f\u2009 ]/g, ''));
    if (!Number.isFinite(base)) continue;
    let factor = mult ? SUFFIX[mult] ?? 1 : 1;
    const minor = g['minor'];
    if (minor) {
      // Pence and cents written on the number: "513p" is £5.13. Not after a currency ("$5c"),
      // nor "p" after four digits or more without a separator ("1080p" is a screen resolution).
      const minorCurrency = MINOR_SUFFIXES[minor];
      // Nor on a model name ("iPhone 5c", "series 3c"): after a name or a label word.
      const prev = text.slice(Math.max(0, m.index - 24), m.index).match(/(?<![\p{L}\p{N}])([\p{L}][\p{L}\p{N}]*)\s+$/u)?.[1];
      const named = !!prev && ((/\p{Lu}/u.test(prev) && !isStopWord(prev.toLowerCase())) || LABEL_WORDS.test(prev));
      if (cur || !minorCurrency || named || (minor === 'p' && /^\d{4,}/.test(num))) end = numEnd;
      else {
        currency = minorCurrency;
        factor = 0.01;
      }
    }
    out.push({
      start: m.index,
      end,
      value: factor === 0.01 ? base / 100 : base * factor,
      precision: factor === 0.01 ? precisionOf(num) / 100 : precisionOf(num) * factor,
      currency,
      words: false,
      article: false,
      scaled: !!mult,
    });
  }
  return out;
}

/** Vague plurals, after a multiple or not: "dozens", "hundreds", "tens of thousands". */
const VAGUE_RUN = /(?<![\p{L}])(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions)(?![\p{L}])/giu;

/** Numbers written in words ("eleven thousand", "half a million", "a dozen", "Eight"). */
export function wordNumbers(text: string): NumberExpr[] {
  const out: NumberExpr[] = [];
  for (const m of allMatches(WORD_RUN, text)) {
    const parts = allMatches(/[\p{L}]+/gu, m[0]).map((p) => ({ w: p[0].toLowerCase(), at: m.index + p.index }));
    let i = 0;
    while (i < parts.length) {
      const parsed = parseWords(parts, i);
      if (!parsed) {
        i++;
        continue;
      }
      const first = parts[i]!;
      const last = parts[parsed.next - 1]!;
      out.push({
        start: first.at,
        end: last.at + last.w.length,
        value: parsed.value,
        precision: parsed.precision,
        words: true,
        article: parsed.article,
        scaled: parsed.value >= 100,
      });
      i = parsed.next;
    }
  }
  // Vague plurals: "dozens", "hundreds", "tens of thousands".
  for (const m of allMatches(VAGUE_RUN, text)) {
    const word = m[2]!.toLowerCase();
    const [lo, hi, mid] = VAGUE[word]!;
    const times = m[1] ? (m[1].toLowerCase() === 'tens' ? 10 : 100) : 1;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: mid * times,
      precision: lo * times,
      vague: { lo: lo * times, hi: hi * times },
      words: true,
      article: false,
      scaled: true,
    });
  }
  return out;
}

interface Parsed {
  value: number;
  precision: number;
  next: number;
  article: boolean;
}

function parseWords(parts: readonly { w: string }[], from: number): Parsed | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let article = false;
  let precision = 1;
  let i = from;
  let lastNumeric = from;
  let half = false;
  for (; i < parts.length; i++) {
    const w = parts[i]!.w;
    const next = parts[i + 1]?.w;
    if (w === 'and') {
      // "two and a half": a half added to what came before.
      if (seen && next === 'a' && parts[i + 2]?.w === 'half') {
        current += 0.5;
        i += 2;
        lastNumeric = i;
        continue;
      }
      if (!seen || !(next && (next in UNITS || next in TENS))) break;
      continue;
    }
    if ((w === 'a' || w === 'an') && half && current === 0.5 && !(next && (next in MAGNITUDES || next === 'dozen'))) {
      // "half an hour", "half a day": a half of the unit that follows.
      return { value: 0.5, precision: 0.5, next: i + 1, article: true };
    }
    if (w === 'of' && (parts[i - 1]?.w === 'quarter' || parts[i - 1]?.w === 'half') && (next === 'a' || next === 'an')) {
      continue; // "a quarter of a million"
    }
    if (w === 'a' || w === 'an') {
      // "a hundred", "half a million", "a dozen": an article stands for one before a magnitude.
      if (next && (next in MAGNITUDES || next === 'dozen' || next === 'quarter')) {
        if (!half) current = current || 1;
        seen = true;
        article = !half;
        continue;
      }
      if (!seen) {
        // A lone article: "a decade", "an hour". Kept as 1 for the caller to judge.
        return { value: 1, precision: 1, next: i + 1, article: true };
      }
      break;
    }
    if (w === 'half') {
      half = true;
      current = 0.5;
      seen = true;
      lastNumeric = i;
      continue;
    }
    if (w in UNITS) {
      if (seen && current % 100 !== 0 && current >= 1 && !(current >= 20 && current % 10 === 0 && UNITS[w]! < 10)) break;
      current += UNITS[w]!;
      precision = 1;
    } else if (w in TENS) {
      if (seen && current % 100 !== 0 && current >= 1) break;
      current += TENS[w]!;
      precision = 10;
    } else if (w === 'dozen') {
      current = (current || 1) * 12;
      precision = 12;
    } else if (w === 'quarter') {
      if (!seen || !(parts[i + 1]?.w === 'of' || (parts[i + 1]?.w ?? '') in MAGNITUDES)) break;
      current = (current || 1) * 0.25;
      half = true; // a fraction waits for its magnitude, as "half" does
    } else if (w in MAGNITUDES) {
      const mag = MAGNITUDES[w]!;
      if (mag === 100) {
        current = (current || 1) * 100;
        precision = 100;
      } else {
        total += (current || 1) * mag;
        precision = mag;
        current = 0;
      }
    } else break;
    seen = true;
    lastNumeric = i;
    if (article && !(w in MAGNITUDES) && w !== 'dozen') article = false;
  }
  if (!seen) return null;
  const value = total + current;
  if (value === 0 && parts[from]!.w !== 'zero') return null;
  if (half && value === 0.5) return null; // "half" alone is not a figure
  return { value, precision, next: lastNumeric + 1, article: article && value === 1 };
}
