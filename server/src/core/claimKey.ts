/**
 * How a claim is recognised again after the draft is edited elsewhere: its words, the sentence
 * it is in (whitespace collapsed) and the hash of the evidence it was judged on. Acceptances
 * (`.corroborate/accepted.json`) and baselines (`corroborate baseline`) are keyed so.
 */
import { maskMarkdown } from './draft';
import { draftSentencesOf } from './text/sentences';
import type { ClaimResult } from './types';

/**
 * A sentence as keys store it: HTML comments (suppression directives) left out, whitespace
 * collapsed, trimmed; so that adding a directive to a line does not change the other claims' keys.
 */
export function normaliseSentence(s: string): string {
  return (s.includes('<!--') ? s.replace(/<!--[\s\S]*?-->/g, ' ') : s).replace(/\s+/g, ' ').trim();
}

/** A function giving the sentence of the draft around a claim, found the way the checker splits sentences. */
export function sentenceFinder(text: string, markdown: boolean): (claim: Pick<ClaimResult, 'start' | 'end' | 'text'>) => string {
  const sentences = draftSentencesOf(markdown ? maskMarkdown(text) : text);
  return (c) => {
    // The last sentence starting at or before the claim (binary search), if it holds the claim.
    let lo = 0;
    let hi = sentences.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= c.start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const s = found >= 0 ? sentences[found]! : undefined;
    return s && c.end <= s.end ? text.slice(s.start, s.end) : c.text;
  };
}
