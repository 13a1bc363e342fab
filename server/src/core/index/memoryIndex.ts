/** The embedded retriever: an in-memory inverted index of corpus sentences, scored with BM25. */
import type { CancellationToken, SourceDocument, SourceInfo, SourceSentence } from '../types';
import { sentencesOf } from '../text/sentences';
import { lineStarts } from '../draft';
import { contentConcepts } from '../text/tokenize';
import { analyse } from '../frame/analyse';
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
  /** Length of each sentence by id, and a scratch row of scores, for a search loop without maps. */
  private lengths = new Float64Array(1024);
  private scratch = new Float64Array(1024);
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
      const { analysis, terms: concepts } = analyse(sentence.text, contentConcepts(`${sentence.previous ?? ''} ${doc.title}`), doc.date);
      const list = sentenceTerms(analysis, concepts);
      for (const t of list) terms.set(t, (terms.get(t) ?? 0) + 1);
      const id = this.nextId++;
      this.entries.set(id, { sentence, analysis, terms, length: list.length });
      if (id >= this.lengths.length) {
        const grown = new Float64Array(this.lengths.length * 2);
        grown.set(this.lengths);
        this.lengths = grown;
        this.scratch = new Float64Array(grown.length);
      }
      this.lengths[id] = list.length;
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
    const acc = this.scratch;
    const lengths = this.lengths;
    const touched: number[] = [];
    const qtf = new Map<string, number>();
    for (const t of terms) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    for (const [t, q] of qtf) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      for (const [id, tf] of p) {
        const s = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[id]!) / avg));
        if (acc[id] === 0) touched.push(id);
        acc[id]! += s * q;
      }
    }
    const scores = new Map<number, number>();
    for (const id of touched) {
      scores.set(id, acc[id]!);
      acc[id] = 0;
    }
    return topK(scores, limit).map(([id, score]) => {
      const e = this.entries.get(id)!;
      return { sentence: e.sentence, score, analysis: e.analysis };
    });
  }
}

/** The `k` best entries, best first (ties by id), without sorting them all: a bounded min-heap. */
function topK(scores: ReadonlyMap<number, number>, k: number): [number, number][] {
  const heap: [number, number][] = [];
  // "worse" orders the heap: its root is the worst of the kept entries.
  const worse = (a: [number, number], b: [number, number]): boolean => a[1] < b[1] || (a[1] === b[1] && a[0] > b[0]);
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const e of scores) {
    if (heap.length < k) {
      heap.push(e);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && worse(heap[0]!, e)) {
      heap[0] = e;
      down(0);
    }
  }
  return heap.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
}
