/** A source sentence analysed once, when it is indexed: its figures, their frames and its words. */
import type { SourceSentence } from '../types';
import { extractFigures } from '../extract/figures';
import { contentConcepts } from '../text/tokenize';
import { contentWords, frameSentence, type SentenceAnalysis } from './frame';

/** Half-width, in characters, of the window of words around a figure. */
const WINDOW = 35;

export function analyseText(text: string, previous: string | undefined, title: string, date: string | undefined): SentenceAnalysis {
  const figures = extractFigures(text);
  const year = date ? Number(date.slice(0, 4)) : undefined;
  return {
    frames: frameSentence(text, figures, year !== undefined && Number.isFinite(year) ? year : undefined),
    concepts: [...new Set(contentConcepts(text))],
    around: [...new Set(contentConcepts(`${previous ?? ''} ${title}`))],
    words: [...new Set(contentWords(text))],
    windows: figures.map((f) => [...new Set(contentConcepts(text.slice(Math.max(0, f.start - WINDOW), f.end + WINDOW)))]),
  };
}

export function analyseSentence(s: SourceSentence): SentenceAnalysis {
  return analyseText(s.text, s.previous, s.source.title, s.source.date);
}
