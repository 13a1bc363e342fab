/** The embedded retriever: an in-memory inverted index of corpus sentences, scored with BM25. */
import type { CancellationToken, SourceDocument, SourceInfo, SourceSentence } from '../types';
import { sentencesOf } from '../text/sentences';
import { lineStarts } from '../draft';
import { contentConcepts } from '../text/tokenize';
import { analyseSentence } from '../frame/analyse';
import type { SentenceAnalysis } from '../frame/frame';
import type { RetrievalHit, Retriever } from './retriever';
import { kindTerm, valueTerms } from './valueTerms';

interface Entry {
  readonly sentence: SourceSentence;
  readonly analysis: SentenceAnalysis;
  readonly terms: ReadonlyMap<string, number>;
  readonly length: number;
}

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const defaultBm25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Splits a document into indexed sentences with their positions in the file. */
export function documentSentences(doc: SourceDocument): SourceSentence[] {
  const source: SourceInfo = {
    id: doc.id,
    title: doc.title,
    file: doc.file,
    ...(doc.publisher ? { publisher: doc.publisher } : {}),
    ...(doc.author ? { author: doc.author } : {}),
    ...(doc.date ? { date: doc.date } : {}),
  };
  const starts = lineStarts(doc.text);
  const out: SourceSentence[] = [];
  let previous: string | undefined;
  let line = 0;
  for (const s of sentencesOf(doc.text)) {
    while (line + 1 < starts.length && starts[line + 1]! <= s.start) line++;
    // Line breaks read as spaces, one for one, so offsets in the text stay offsets in the file.
    const breaks: number[] = [];
    for (let i = s.text.indexOf('\n'); i >= 0; i = s.text.indexOf('\n', i + 1)) breaks.push(i);
    const text = s.text.replace(/\n/g, ' ');
    out.push({
      key: `${doc.id}#${out.length}`,
      source,
      text,
      line: doc.bodyLine + line,
      character: s.start - starts[line]!,
      ...(previous !== undefined ? { previous } : {}),
      ...(breaks.length ? { breaks } : {}),
    });
    previous = text;
  }
  return out;
}

/** Terms under which a sentence is indexed: content concepts and the values of its figures. */
export function sentenceTerms(analysis: SentenceAnalysis, concepts: readonly string[]): string[] {
  return [...concepts, ...analysis.frames.flatMap((f) => [...valueTerms(f.figure), kindTerm(f.figure)])];
}

export class MemoryIndex implements Retriever {
  private readonly entries = new Map<number, Entry>();
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly byDocument = new Map<string, number[]>();
  private nextId = 0;
  private totalLength = 0;

  constructor(private readonly params: Bm25Params = defaultBm25) {}

  /** Adds (or replaces) a document. */
  addDocument(doc: SourceDocument): void {
    this.removeDocument(doc.id);
    const ids: number[] = [];
    for (const sentence of documentSentences(doc)) {
      const terms = new Map<string, number>();
      const analysis = analyseSentence(sentence);
      const list = sentenceTerms(analysis, contentConcepts(sentence.text));
      for (const t of list) terms.set(t, (terms.get(t) ?? 0) + 1);
      const id = this.nextId++;
      this.entries.set(id, { sentence, analysis, terms, length: list.length });
      this.totalLength += list.length;
      for (const [t, tf] of terms) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = new Map()));
        p.set(id, tf);
      }
      ids.push(id);
    }
    this.byDocument.set(doc.id, ids);
  }

  /** Adds documents in chunks, yielding to the event loop so that requests and cancellation get through. */
  async addDocuments(docs: readonly SourceDocument[], token: CancellationToken, onProgress?: (done: number) => void): Promise<void> {
    let since = Date.now();
    for (let i = 0; i < docs.length; i++) {
      if (token.isCancellationRequested) return;
      this.addDocument(docs[i]!);
      if (Date.now() - since > 20) {
        onProgress?.(i + 1);
        await new Promise<void>((r) => setImmediate(r));
        since = Date.now();
      }
    }
    onProgress?.(docs.length);
  }

  removeDocument(id: string): void {
    const ids = this.byDocument.get(id);
    if (!ids) return;
    for (const sid of ids) {
      const e = this.entries.get(sid);
      if (!e) continue;
      for (const t of e.terms.keys()) {
        const p = this.postings.get(t);
        p?.delete(sid);
        if (p && p.size === 0) this.postings.delete(t);
      }
      this.totalLength -= e.length;
      this.entries.delete(sid);
    }
    this.byDocument.delete(id);
  }

  documentIds(): string[] {
    return [...this.byDocument.keys()];
  }

  stats(): { documents: number; sentences: number } {
    return { documents: this.byDocument.size, sentences: this.entries.size };
  }

  async idf(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const n = Math.max(1, this.entries.size);
    const out = new Map<string, number>();
    for (const t of terms) {
      const df = this.postings.get(t)?.size ?? 0;
      if (df > 0) out.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }

  async search(terms: readonly string[], limit: number, token: CancellationToken): Promise<RetrievalHit[]> {
    const n = this.entries.size;
    if (n === 0 || token.isCancellationRequested) return [];
    const avg = this.totalLength / n;
    const { k1, b } = this.params;
    const scores = new Map<number, number>();
    const qtf = new Map<string, number>();
    for (const t of terms) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    for (const [t, q] of qtf) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      for (const [id, tf] of p) {
        const len = this.entries.get(id)!.length;
        const s = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * len) / avg));
        scores.set(id, (scores.get(id) ?? 0) + s * q);
      }
    }
    return [...scores.entries()]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([id, score]) => {
        const e = this.entries.get(id)!;
        return { sentence: e.sentence, score, analysis: e.analysis };
      });
  }
}
