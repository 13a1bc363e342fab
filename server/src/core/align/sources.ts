/**
 * Alignment of one source figure with another (part of stage 4), for disputes: two sources
 * disagree when one states the claimed value and the other another value *of the same quantity*.
 * A rival figure may share few words with the claim and still be plainly about what the
 * supporting sentence speaks of ("Marsh will earn about £1.2m a year" against "Marsh ... signed a
 * contract worth £1.5m a year"), so the supporting figure is aligned with it as if it were the
 * claim. Everything comes from the sentences' stored analyses: no source sentence is re-analysed.
 */
import type { Frame, SentenceAnalysis } from '../frame/frame';
import { align, valueRelation, withSiblings, DIFFERS, type Alignment, type ClaimContext } from './align';
import { comparable } from '../verify/compare';
import { directionOf, type Lexicon } from './words';

/**
 * The weight of a sentence word outside the figure's window, against one inside it: the claim's
 * context weighs its near words more in the same way.
 */
export const SOURCE_FAR = 0.3;

/**
 * A source figure's context as a claim's: the sentence's concepts weighted by rarity (`weightOf`)
 * and by whether they fall in the figure's window, the window as its near words, and the words
 * that introduce the figure.
 */
export function sourceContext(lex: Lexicon, analysis: SentenceAnalysis, frameIndex: number, weightOf: (concept: string) => number, corpusSize: number, generic: ReadonlySet<string>): ClaimContext {
  const frame: Frame = analysis.frames[frameIndex]!;
  const window = new Set(analysis.windows[frameIndex] ?? []);
  const weights = new Map<string, number>();
  for (const c of analysis.concepts) weights.set(c, weightOf(c) * (window.has(c) ? 1 : SOURCE_FAR));
  let totalWeight = 0;
  for (const w of weights.values()) totalWeight += w;
  const leadWeights = new Map(frame.figure.lead.filter((c) => !generic.has(c)).map((c) => [c, weightOf(c)] as const));
  return { frame, weights, totalWeight, near: window, leadWeights, direction: directionOf(lex, [...frame.leadWords, ...frame.headWords]), corpusSize };
}

/**
 * The rival figure aligned with a supporting figure's context as a claim's figure is aligned
 * (every comparable figure of the rival's sentence, for `bestLocal` and `siblingAgrees`), when
 * their values differ (else undefined). The rival keeps its retrieval rank for the claim; its
 * `coverageGap` is set among the rivals linked to one support (`withRivals`).
 */
export function alignDiffering(lex: Lexicon, support: ClaimContext, rival: SentenceAnalysis, rivalIndex: number, rank: number): Alignment | undefined {
  const aligned: Alignment[] = [];
  rival.frames.forEach((f, i) => {
    if (!comparable(support.frame.figure, f.figure)) return;
    const value = valueRelation(lex, support, f);
    if (value !== 'neutral') aligned.push(align(lex, support, rival, i, rank, value));
  });
  const a = withSiblings(aligned).find((x) => x.index === rivalIndex);
  if (!a || !DIFFERS.has(a.value)) return undefined;
  return a;
}
