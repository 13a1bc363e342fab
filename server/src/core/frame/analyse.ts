/** A source sentence analysed once, when it is indexed: its figures, their frames and its words. */
import type { SourceSentence } from '../types';
import { extractFigures } from '../extract/figures';
import { contentConcepts, tokenize, type Token } from '../text/tokenize';
import { frameSentence, type Frame, type SentenceAnalysis } from './frame';
import type { Figure } from '../types';

/** Half-width, in characters, of the window of words around a figure. */
const WINDOW = 35;

const content = (t: Token): boolean => !t.stop && !t.numeric && t.norm.length > 1;

/** A sentence's analysis, and its content concepts with repeats (for term frequencies). */
export interface Analysed {
  readonly analysis: SentenceAnalysis;
  readonly terms: readonly string[];
}

/**
 * Analyses a sentence, tokenizing it once. `around` is the content concepts of what surrounds it
 * (the sentence before and the title), when the caller already has them.
 */
export function analyse(text: string, around: readonly string[], date: string | undefined): Analysed {
  const tokens = tokenize(text);
  const figures = extractFigures(text, tokens);
  const year = date ? Number(date.slice(0, 4)) : undefined;
  return analyseFramed(tokens, figures, frameSentence(text, figures, year !== undefined && Number.isFinite(year) ? year : undefined, tokens), around);
}

/** As `analyse`, for a sentence already tokenized, its figures extracted and framed. */
export function analyseFramed(tokens: readonly Token[], figures: readonly Figure[], frames: readonly Frame[], around: readonly string[]): Analysed {
  const kept = tokens.filter(content);
  const terms = kept.map((t) => t.concept);
  return {
    analysis: {
      frames,
      concepts: [...new Set(terms)],
      around: [...new Set(around)],
      words: [...new Set(kept.map((t) => t.norm.replace(/['’]s$/, '')))],
      windows: figures.map((f) => {
        const lo = f.start - WINDOW;
        const hi = f.end + WINDOW;
        return [...new Set(kept.filter((t) => t.start >= lo && t.end <= hi).map((t) => t.concept))];
      }),
    },
    terms,
  };
}

export function analyseText(text: string, previous: string | undefined, title: string, date: string | undefined): SentenceAnalysis {
  return analyse(text, contentConcepts(`${previous ?? ''} ${title}`), date).analysis;
}

export function analyseSentence(s: SourceSentence): SentenceAnalysis {
  return analyseText(s.text, s.previous, s.source.title, s.source.date);
}
