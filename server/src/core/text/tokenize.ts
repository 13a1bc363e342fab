/** Word tokens with offsets, and the "concept" key under which words are compared and indexed. */
import stem from 'wink-porter2-stemmer';
import { DEMONYMS, IRREGULAR, STOP_WORDS } from './lexicon';
import { americanize, fold } from './normalize';
import { allMatches } from './matches';

export interface Token {
  /** The word as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Folded form (lower case, no accents). */
  readonly norm: string;
  /** Comparison key: the stem (word knowledge compares words beyond it, in align/). */
  readonly concept: string;
  readonly stop: boolean;
  readonly numeric: boolean;
}

// Words: letters/digits, with inner apostrophes, dots or hyphens kept inside the token
// ("don't", "U.S.", "4-year-old" stays one token so figures can be read from it).
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/**
 * Longer words are not stemmed: no English word needs a suffix rule past this length, and the
 * stemmer's cost grows with the square of a word's length (a run of letters thousands long, as a
 * corrupt or hostile file holds, would take minutes). Such a word's concept is its folded form.
 */
export const MAX_STEMMED_LENGTH = 64;

function stemOf(word: string): string {
  if (word.length > MAX_STEMMED_LENGTH) return word;
  const base = americanize(IRREGULAR.get(word) ?? word);
  const s = stem(base);
  // Porter2 takes agent nouns back to their root ("prisoner" → "prison", "officer" → "offic"),
  // which merges the person with the place or thing; keep the "-er".
  const singular = base.replace(/s$/, '');
  if (singular.endsWith('er') && !s.endsWith('er') && singular.length > 5) return `${s}er`;
  return s;
}

const conceptCache = new Map<string, string>();
/** Concept keys worked out here, not taken from a memo. */
let conceptChanges = 0;

/** How many concept keys were worked out in this process (a memo saved with none new would be the same). */
export function conceptMemoChanges(): number {
  return conceptChanges;
}

/** The comparison key of one folded word. Memoized: the vocabulary of a corpus is small. */
export function conceptOf(norm: string): string {
  let c = conceptCache.get(norm);
  if (c === undefined) {
    const cleaned = norm.replace(/['’]s$/, '').replace(/\./g, '');
    const s = stemOf(DEMONYMS.get(cleaned) ?? cleaned);
    c = s;
    if (norm.length > MAX_STEMMED_LENGTH) return c; // a run of letters is not vocabulary: not kept
    if (conceptCache.size > 200_000) conceptCache.clear();
    conceptCache.set(norm, c);
    conceptChanges++;
  }
  return c;
}

/** The concept keys worked out so far (folded words, their keys), for a host to keep between runs. */
export function exportConceptMemo(): { norms: string[]; concepts: string[] } {
  return { norms: [...conceptCache.keys()], concepts: [...conceptCache.values()] };
}

/** Concept keys worked out by this build before (the host checks that): a pure cache. False, nothing taken, when malformed. */
export function importConceptMemo(memo: unknown): boolean {
  if (typeof memo !== 'object' || memo === null) return false;
  const { norms, concepts } = memo as { norms?: unknown; concepts?: unknown };
  if (!Array.isArray(norms) || !Array.isArray(concepts) || norms.length !== concepts.length) return false;
  for (let i = 0; i < norms.length; i++) if (typeof norms[i] !== 'string' || typeof concepts[i] !== 'string' || (norms[i] as string).length > MAX_STEMMED_LENGTH) return false;
  if (conceptCache.size + norms.length > 200_000) return true;
  for (let i = 0; i < norms.length; i++) if (!conceptCache.has(norms[i] as string)) conceptCache.set(norms[i] as string, concepts[i] as string);
  return true;
}

export function isStopWord(norm: string): boolean {
  return STOP_WORDS.has(norm);
}

const ORDINAL_PERIOD: Readonly<Record<string, string>> = { first: '1', second: '2', third: '3', fourth: '4', '1st': '1', '2nd': '2', '3rd': '3', '4th': '4' };

/**
 * Reporting periods are what tell two figures of a company apart: "Q4", "4Q", "fourth quarter"
 * and "fourth-quarter" all become "#q4"; "first half", "H1" become "#h1".
 */
function periodConcept(norm: string, next: string | undefined): string | undefined {
  const c = norm.charCodeAt(0);
  // Only q…, h…, a digit, or an ordinal (first, second, third, fourth) can name a period.
  if (norm.length > 13 || !(c === 113 || c === 104 || (c >= 48 && c <= 52) || c === 102 || c === 115 || c === 116)) return undefined;
  if (norm.length === 2) {
    const q = norm.match(/^(?:q([1-4])|([1-4])q)$/);
    if (q) return `#q${q[1] ?? q[2]}`;
    const h = norm.match(/^(?:h([12])|([12])h)$/);
    if (h) return `#h${h[1] ?? h[2]}`;
    return undefined;
  }
  const dash = norm.indexOf('-');
  const first = dash < 0 ? norm : norm.slice(0, dash);
  const ord = Object.hasOwn(ORDINAL_PERIOD, first) ? ORDINAL_PERIOD[first] : undefined;
  if (!ord) return undefined;
  const unit = dash < 0 ? next : norm.slice(dash + 1).split('-')[0];
  if (unit === 'quarter' || unit === 'quarters') return `#q${ord}`;
  if (unit === 'half' && +ord <= 2) return `#h${ord}`;
  return undefined;
}

/** Splits text into word tokens. Hyphenated words are kept whole and also split into parts. */
export function tokenize(text: string): Token[] {
  const out = rawTokens(text);
  for (let i = 0; i < out.length; i++) {
    const period = periodConcept(out[i]!.norm, out[i + 1]?.norm);
    if (period) out[i] = { ...out[i]!, concept: period, stop: false, numeric: false };
  }
  return out;
}

function rawTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(WORD, text)) {
    const start = m.index;
    const word = m[0];
    pushToken(out, word, start);
    if (/[-.]/.test(word) && !/^[\d.,-]+$/.test(word)) {
      // Also index the parts of "mega-gang" or "U.S." style words.
      let offset = 0;
      for (const part of word.split(/[-.]/)) {
        if (part && part !== word) pushToken(out, part, start + word.indexOf(part, offset));
        offset += part.length + 1;
      }
    }
  }
  return out;
}

interface WordInfo {
  readonly norm: string;
  readonly concept: string;
  readonly stop: boolean;
  readonly numeric: boolean;
}

/** What a written word folds to, memoized: a corpus repeats a small vocabulary. */
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 200_000;

function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info === undefined) {
    const norm = fold(word);
    const numeric = /^\d/.test(norm);
    info = { norm, concept: numeric ? norm : conceptOf(norm), stop: STOP_WORDS.has(norm), numeric };
    if (word.length > MAX_STEMMED_LENGTH) return info;
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, info);
  }
  return info;
}

function pushToken(out: Token[], word: string, start: number): void {
  const info = wordInfo(word);
  out.push({ text: word, start, end: start + word.length, norm: info.norm, concept: info.concept, stop: info.stop, numeric: info.numeric });
}

/** Content concepts of a text: no stop words, no bare numbers, one-letter words dropped. */
export function contentConcepts(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop && !t.numeric && t.norm.length > 1)
    .map((t) => t.concept);
}

/** Index of the first token that starts at or after `offset` (tokens.length if none): a binary search. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
