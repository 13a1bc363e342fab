/** The embedded retriever: an in-memory inverted index of corpus sentences, scored with BM25. */
import type { CancellationToken, SourceDocument, SourceInfo, SourceSentence } from '../types';
import type { SentenceAnalysis } from '../frame/frame';
import type { RetrievalHit, Retriever } from './retriever';
import { contentConcepts } from '../text/tokenize';
import { analyseDocument, decodeAnalysis, sourceInfo, splitDocument, TERM_SEPARATOR, type AnalysedDocument, type AnalysedSentence } from './analysedDocument';

export { sentenceTerms } from './analysedDocument';

/** A stored sentence: what its hits are made of, kept as compact as the search allows. */
interface Entry {
  readonly source: SourceInfo;
  readonly ordinal: number;
  readonly sentence: AnalysedSentence;
  /** The sentence before it in its document, for the hit's context. */
  readonly previous: AnalysedSentence | undefined;
}

export interface Bm25Params {
  readonly k1: number;
  readonly b: number;
}

export const defaultBm25: Bm25Params = { k1: 1.2, b: 0.75 };

/** Splits a document into indexed sentences with their positions in the file. */
export function documentSentences(doc: SourceDocument): SourceSentence[] {
  const source = sourceInfo(doc);
  const parts = splitDocument(doc);
  return parts.map((s, i) => sourceSentence(source, i, s, parts[i - 1]));
}

function sourceSentence(source: SourceInfo, ordinal: number, s: { text: string; line: number; character: number; breaks?: readonly number[] }, previous: { text: string } | undefined): SourceSentence {
  return {
    key: `${source.id}#${ordinal}`,
    source,
    text: s.text,
    line: s.line,
    character: s.character,
    ...(previous !== undefined ? { previous: previous.text } : {}),
    ...(s.breaks?.length ? { breaks: s.breaks } : {}),
  };
}

/**
 * Postings of one term: sentence ids and term frequencies, side by side in growable typed arrays,
 * so that a search runs over flat memory and the index holds no object per posting.
 */
class Postings {
  ids = new Uint32Array(2);
  tfs = new Uint16Array(2);
  size = 0;

  add(id: number, tf: number): void {
    if (this.size === this.ids.length) {
      const ids = new Uint32Array(this.size * 2);
      ids.set(this.ids);
      this.ids = ids;
      const tfs = new Uint16Array(this.size * 2);
      tfs.set(this.tfs);
      this.tfs = tfs;
    }
    this.ids[this.size] = id;
    this.tfs[this.size] = Math.min(tf, 0xffff);
    this.size++;
  }

  /** Drops the given ids, keeping the order of the others. */
  remove(gone: ReadonlySet<number>): void {
    let j = 0;
    for (let i = 0; i < this.size; i++) {
      if (gone.has(this.ids[i]!)) continue;
      this.ids[j] = this.ids[i]!;
      this.tfs[j] = this.tfs[i]!;
      j++;
    }
    this.size = j;
  }
}

/** Decoded analyses kept for the sentences retrieved most recently: a keystroke re-retrieves them. */
const DECODED_CACHE = 1024;

export class MemoryIndex implements Retriever {
  private readonly entries = new Map<number, Entry>();
  /** Length of each sentence by id, and a scratch row of scores, for a search loop without maps. */
  private lengths = new Float64Array(1024);
  private scratch = new Float64Array(1024);
  private readonly postings = new Map<string, Postings>();
  private readonly byDocument = new Map<string, { ids: number[]; doc: AnalysedDocument }>();
  private readonly decoded = new Map<number, SentenceAnalysis>();
  private nextId = 0;
  private totalLength = 0;

  constructor(private readonly params: Bm25Params = defaultBm25) {}

  /** Analyses and adds (or replaces) a document. */
  addDocument(doc: SourceDocument): void {
    this.addAnalysed(analyseDocument(doc));
  }

  /** Adds (or replaces) a document analysed before, by `analyseDocument` or from a cache. */
  addAnalysed(doc: AnalysedDocument): void {
    this.removeDocument(doc.source.id);
    const ids: number[] = [];
    const terms = new Map<string, number>();
    doc.sentences.forEach((sentence, ordinal) => {
      terms.clear();
      let length = 0;
      if (sentence.terms) {
        for (const t of sentence.terms.split(TERM_SEPARATOR)) {
          terms.set(t, (terms.get(t) ?? 0) + 1);
          length++;
        }
      }
      const id = this.nextId++;
      this.entries.set(id, { source: doc.source, ordinal, sentence, previous: doc.sentences[ordinal - 1] });
      if (id >= this.lengths.length) {
        const grown = new Float64Array(this.lengths.length * 2);
        grown.set(this.lengths);
        this.lengths = grown;
        this.scratch = new Float64Array(grown.length);
      }
      this.lengths[id] = length;
      this.totalLength += length;
      for (const [t, tf] of terms) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = new Postings()));
        p.add(id, tf);
      }
      ids.push(id);
    });
    this.byDocument.set(doc.source.id, { ids, doc });
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
    const found = this.byDocument.get(id);
    if (!found) return;
    const gone = new Set(found.ids);
    const touched = new Set<string>();
    for (const sid of found.ids) {
      const e = this.entries.get(sid);
      if (!e) continue;
      if (e.sentence.terms) for (const t of e.sentence.terms.split(TERM_SEPARATOR)) touched.add(t);
      this.totalLength -= this.lengths[sid]!;
      this.lengths[sid] = 0;
      this.entries.delete(sid);
      this.decoded.delete(sid);
    }
    for (const t of touched) {
      const p = this.postings.get(t);
      if (!p) continue;
      p.remove(gone);
      if (p.size === 0) this.postings.delete(t);
    }
    this.byDocument.delete(id);
  }

  documentIds(): string[] {
    return [...this.byDocument.keys()];
  }

  /** The analysed form of a document in the index, as a cache stores it. */
  analysed(id: string): AnalysedDocument | undefined {
    return this.byDocument.get(id)?.doc;
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
      const { ids, tfs, size } = p;
      for (let i = 0; i < size; i++) {
        const id = ids[i]!;
        const tf = tfs[i]!;
        const s = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[id]!) / avg));
        if (acc[id] === 0) touched.push(id);
        acc[id]! += s * q;
      }
    }
    const best = topK(touched, acc, limit);
    for (const id of touched) acc[id] = 0;
    return best.map(([id, score]) => {
      const e = this.entries.get(id)!;
      return { sentence: sourceSentence(e.source, e.ordinal, e.sentence, e.previous), score, analysis: this.analysisOf(id, e) };
    });
  }

  private readonly titles = new WeakMap<SourceInfo, readonly string[]>();

  private titleConcepts(source: SourceInfo): readonly string[] {
    let c = this.titles.get(source);
    if (!c) this.titles.set(source, (c = contentConcepts(source.title)));
    return c;
  }

  private analysisOf(id: number, e: Entry): SentenceAnalysis {
    let a = this.decoded.get(id);
    if (a) {
      // Most recently used last.
      this.decoded.delete(id);
      this.decoded.set(id, a);
      return a;
    }
    a = decodeAnalysis(e.sentence.analysis, e.sentence.terms, e.previous?.terms, this.titleConcepts(e.source));
    this.decoded.set(id, a);
    if (this.decoded.size > DECODED_CACHE) this.decoded.delete(this.decoded.keys().next().value!);
    return a;
  }
}

/**
 * The `k` best of the scored ids, best first (ties by id), without sorting them all: a bounded
 * min-heap of ids over their scores in `score`.
 */
function topK(ids: readonly number[], score: Float64Array, k: number): [number, number][] {
  const heap: number[] = [];
  // "worse" orders the heap: its root is the worst of the kept ids.
  const worse = (a: number, b: number): boolean => score[a]! < score[b]! || (score[a] === score[b] && a > b);
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
  for (const id of ids) {
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[p]!)) break;
        [heap[i], heap[p]] = [heap[p]!, heap[i]!];
        i = p;
      }
    } else if (k > 0 && worse(heap[0]!, id)) {
      heap[0] = id;
      down(0);
    }
  }
  return heap.sort((x, y) => score[y]! - score[x]! || x - y).map((id) => [id, score[id]!]);
}
