/** Verbatim and near-verbatim comparison of quotations. */
import { americanize, fold } from '../text/normalize';
import { isStopWord } from '../text/tokenize';

/** Words of a quotation as compared: folded case and accents, US spelling, no punctuation. */
export function quoteWords(text: string): string[] {
  return quoteTokens(text).map((t) => t.word);
}

/** The compared words with their offsets in the original text. */
export function quoteTokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const word = americanize(fold(m[0]).replace(/'/g, ''));
    if (word) out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Index of `needle` as a run of whole words inside `hay`, or -1. */
export function findWords(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * Similarity of two word lists in [0, 1]: longest common subsequence over the longer length,
 * and zero when they share no content word (so "a hub of ... and" alone never matches).
 */
export function quoteSimilarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const content = (w: string): boolean => !isStopWord(w) && w.length > 2;
  const setB = new Set(b.filter(content));
  if (!a.some((w) => content(w) && setB.has(w))) return 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  const cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]! / Math.max(a.length, b.length);
}

/** Best window of `hay` of the needle's length, by similarity: [similarity, start word]. */
export function bestWindow(hay: readonly string[], needle: readonly string[]): [number, number] {
  let best: [number, number] = [0, -1];
  const n = needle.length;
  if (!n) return best;
  for (let i = 0; i + Math.min(n, hay.length) <= hay.length; i++) {
    const s = quoteSimilarity(needle, hay.slice(i, i + n));
    if (s > best[0]) best = [s, i];
    if (hay.length <= n) break;
  }
  return best;
}
