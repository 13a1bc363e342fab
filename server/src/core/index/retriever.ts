/**
 * Retrieval of source sentences. The engine talks to this interface only, so a corpus too large
 * for memory can be served by another engine (a database's full-text search) in its place.
 */
import type { CancellationToken, SourceInfo, SourceSentence } from '../types';
import type { SentenceAnalysis } from '../frame/frame';

export interface RetrievalHit {
  readonly sentence: SourceSentence;
  readonly score: number;
  /** The sentence's frames and words, as analysed when it was indexed (never re-analysed per claim). */
  readonly analysis: SentenceAnalysis;
  /**
   * Whether the sentence may state a figure of this kind: false only when it has none (its
   * analysis need not be read for a claim of that kind). Optional: without it, every hit may.
   */
  readonly holds?: (kind: string) => boolean;
}

export interface Retriever {
  /** Sizes, for reports. */
  stats(): { readonly documents: number; readonly sentences: number };
  /**
   * Best sentences for a bag of terms (concept keys from `text/tokenize`, and value keys from
   * `valueTerms`), best first.
   */
  search(terms: readonly string[], limit: number, token: CancellationToken): Promise<RetrievalHit[]>;
  /** Inverse document frequency over sentences of each term the corpus has; unknown terms are left out. */
  idf(terms: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /**
   * The documents of the corpus (their metadata), for what the engine knows of its outlets. The
   * same array is returned until the corpus changes. Optional: without it no claim is bound to an outlet.
   */
  sources?(): readonly SourceInfo[];
}
