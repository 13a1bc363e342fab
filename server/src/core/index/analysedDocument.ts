/**
 * A source document analysed once, as plain data: its sentences, each with the analysis the
 * checker needs (encoded) and the terms it is indexed under. Plain strings and numbers only, so
 * that it can be cached on disk or sent from a worker as it is.
 */
import type { SourceDocument, SourceInfo } from '../types';
import { sentencesOf } from '../text/sentences';
import { lineStarts } from '../draft';
import { contentConcepts } from '../text/tokenize';
import { analyse } from '../frame/analyse';
import type { SentenceAnalysis } from '../frame/frame';
import { kindTerm, valueTerms } from './valueTerms';

/**
 * Version of the analysis. A cache written by another version is not read: raise it whenever
 * tokenizing, extraction, framing or the encoding changes what is stored.
 */
export const ANALYSIS_VERSION = 9;

/** Terms are single tokens or value keys, never holding a line feed. */
export const TERM_SEPARATOR = '\n';

export interface AnalysedSentence {
  readonly text: string;
  /** 0-based line in the source file where the sentence starts, and its UTF-16 column. */
  readonly line: number;
  readonly character: number;
  /** Offsets in `text` where the file breaks the line (see `SourceSentence.breaks`). */
  readonly breaks?: readonly number[];
  /** Where its pieces are in the file, for extracted text (see `SourceSentence.origins`). */
  readonly origins?: readonly number[];
  /** The page or paragraph it starts in (see `SourceSentence.part`). */
  readonly part?: number;
  /**
   * The sentence's frames, words and figure windows, encoded by `encodeAnalysis`; empty for a
   * sentence with no figure (nothing of it is aligned). Its concepts come from `terms`, and what
   * surrounds it from the sentence before and the title (see `decodeAnalysis`).
   */
  readonly analysis: string;
  /** Terms it is indexed under, repeats included, separated by line feeds. */
  readonly terms: string;
}

export interface AnalysedDocument {
  readonly source: SourceInfo;
  readonly sentences: readonly AnalysedSentence[];
}

/**
 * A document whose sentences are read one at a time, when they are asked for: a cache keeps the
 * analysed corpus as bytes and decodes only the sentences that a search returns.
 */
export interface StoredDocument {
  readonly source: SourceInfo;
  /** How many sentences it has. */
  readonly count: number;
  /** The sentence at this position (0-based, below `count`). */
  sentence(ordinal: number): AnalysedSentence;
  /** The concepts of its title (`contentConcepts`), when the store kept them. */
  readonly titleConcepts?: readonly string[];
}

/** A document analysed in memory, or one read from a store. */
export type IndexedDocument = AnalysedDocument | StoredDocument;

export const isStored = (d: IndexedDocument): d is StoredDocument => 'count' in d && typeof (d as StoredDocument).sentence === 'function';

/** How many sentences a document has. */
export const sentenceCount = (d: IndexedDocument): number => (isStored(d) ? d.count : d.sentences.length);

/** Its sentence at this position. */
export const sentenceAt = (d: IndexedDocument, ordinal: number): AnalysedSentence => (isStored(d) ? d.sentence(ordinal) : d.sentences[ordinal]!);

/** The document with its sentences in memory (a stored one reads them all). */
export function inMemory(d: IndexedDocument): AnalysedDocument {
  if (!isStored(d)) return d;
  const sentences: AnalysedSentence[] = [];
  for (let i = 0; i < d.count; i++) sentences.push(d.sentence(i));
  return { source: d.source, sentences };
}

/** The document under another source description (a file name as shown), its sentences as they are. */
export function withSource(d: IndexedDocument, source: SourceInfo): IndexedDocument {
  if (!isStored(d)) return { ...d, source };
  return { source, count: d.count, sentence: (i) => d.sentence(i), ...(d.titleConcepts ? { titleConcepts: d.titleConcepts } : {}) };
}

export function sourceInfo(doc: SourceDocument): SourceInfo {
  return {
    id: doc.id,
    title: doc.title,
    file: doc.file,
    ...(doc.format ? { format: doc.format } : {}),
    ...(doc.publisher ? { publisher: doc.publisher } : {}),
    ...(doc.author ? { author: doc.author } : {}),
    ...(doc.date ? { date: doc.date } : {}),
  };
}

/** A sentence of a document with its position in the file. */
export interface PlacedSentence {
  text: string;
  line: number;
  character: number;
  breaks?: number[];
  origins?: number[];
  part?: number;
}

/**
 * Sentences of a document with their positions in the file (line breaks read as spaces); through
 * its origin for extracted text.
 */
export function splitDocument(doc: SourceDocument): PlacedSentence[] {
  const starts = lineStarts(doc.text);
  const out: PlacedSentence[] = [];
  const origin = doc.origin;
  let line = 0;
  let seg = 0;
  let part = 0;
  for (const s of sentencesOf(doc.text)) {
    while (line + 1 < starts.length && starts[line + 1]! <= s.start) line++;
    // Line breaks read as spaces, one for one, so offsets in the text stay offsets in the file.
    const breaks: number[] = [];
    for (let i = s.text.indexOf('\n'); i >= 0; i = s.text.indexOf('\n', i + 1)) breaks.push(i);
    const text = s.text.replace(/\n/g, ' ');
    if (!origin) {
      out.push({ text, line: doc.bodyLine + line, character: s.start - starts[line]!, ...(breaks.length ? { breaks } : {}) });
      continue;
    }
    // Extracted text: the sentence's pieces are placed where the origin's map says they are.
    const map = origin.map;
    while (seg + 3 < map.length && map[seg + 3]! <= s.start) seg += 3;
    const end = s.start + s.text.length;
    const origins = [0, map[seg + 1] ?? 0, (map[seg + 2] ?? 0) + s.start - (map[seg] ?? 0)];
    for (let j = seg + 3; j < map.length && map[j]! < end; j += 3) origins.push(map[j]! - s.start, map[j + 1]!, map[j + 2]!);
    const parts = origin.parts ?? [];
    while (part + 2 < parts.length && parts[part + 2]! <= s.start) part += 2;
    const at = parts[part + 1];
    out.push({ text, line: origins[1]!, character: origins[2]!, ...(breaks.length ? { breaks } : {}), origins, ...(at ? { part: at } : {}) });
  }
  return out;
}

/** Terms under which a sentence is indexed: content concepts and the values of its figures. */
export function sentenceTerms(analysis: SentenceAnalysis, concepts: readonly string[]): string[] {
  return [...concepts, ...analysis.frames.flatMap((f) => [...valueTerms(f.figure), kindTerm(f.figure)])];
}

export function analyseDocument(doc: SourceDocument): AnalysedDocument {
  const titleConcepts = contentConcepts(doc.title);
  let previous: readonly string[] = [];
  const sentences = splitDocument(doc).map((s) => {
    // What surrounds a sentence: the one before it and the document's title.
    const { analysis, terms } = analyse(s.text, [...previous, ...titleConcepts], doc.date);
    previous = terms;
    return { ...s, analysis: encodeAnalysis(analysis), terms: sentenceTerms(analysis, terms).join(TERM_SEPARATOR) };
  });
  return { source: sourceInfo(doc), sentences };
}

/** What is stored of an analysis: the rest is derived from the index terms (`decodeAnalysis`). */
export function encodeAnalysis(a: SentenceAnalysis): string {
  return a.frames.length ? JSON.stringify({ frames: a.frames, words: a.words, windows: a.windows }) : '';
}

/** A value key ("#count:412", "#k:money:USD"), as opposed to a concept (periods, "#q4", have no colon). */
const isValueTerm = (t: string): boolean => t.startsWith('#') && t.includes(':');

/** The distinct concepts of a sentence, from the terms it is indexed under. */
export function conceptsOfTerms(terms: string): string[] {
  return terms ? [...new Set(terms.split(TERM_SEPARATOR).filter((t) => !isValueTerm(t)))] : [];
}

const EMPTY: SentenceAnalysis = Object.freeze({ frames: [], concepts: [], around: [], words: [], windows: [] });

/**
 * The analysis of a stored sentence: its encoded frames, words and windows, with its concepts and
 * those around it (the sentence before and the title) rebuilt from their index terms. What does not
 * decode to the expected shape (a damaged cache) reads as a sentence with no figures, never as an
 * error at search time.
 */
export function decodeAnalysis(s: string, terms = '', previousTerms = '', titleConcepts: readonly string[] = []): SentenceAnalysis {
  if (!s) return EMPTY;
  let a: unknown;
  try {
    a = JSON.parse(s);
  } catch {
    return EMPTY;
  }
  if (typeof a !== 'object' || a === null) return EMPTY;
  const { frames, words, windows } = a as Record<string, unknown>;
  if (!Array.isArray(frames) || !Array.isArray(words) || !Array.isArray(windows)) return EMPTY;
  return {
    frames: frames as SentenceAnalysis['frames'],
    words: words as string[],
    windows: windows as string[][],
    concepts: conceptsOfTerms(terms),
    around: [...new Set([...conceptsOfTerms(previousTerms), ...titleConcepts])],
  };
}
