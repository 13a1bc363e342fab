/** The embedded retriever: an in-memory inverted index of corpus sentences, scored with BM25. */
import type { CancellationToken, SourceDocument, SourceInfo, SourceSentence } from '../types';
import type { SentenceAnalysis } from '../frame/frame';
import type { RetrievalHit, Retriever } from './retriever';
import { contentConcepts } from '../text/tokenize';
import { analyseDocument, decodeAnalysis, inMemory, isStored, sentenceAt, sentenceCount, sourceInfo, splitDocument, TERM_SEPARATOR, type AnalysedDocument, type AnalysedSentence, type IndexedDocument } from './analysedDocument';

export { sentenceTerms } from './analysedDocument';

/**
 * A stored sentence: what its hits are made of, kept as compact as the search allows. The sentence
 * itself is its document's, read when a search returns it (a stored document decodes it then).
 */
interface Entry {
  readonly source: SourceInfo;
  readonly ordinal: number;
  readonly doc: IndexedDocument;
}

const sentenceOf = (e: Entry): AnalysedSentence => sentenceAt(e.doc, e.ordinal);
/** The sentence before it in its document, for the hit's context. */
const previousOf = (e: Entry): AnalysedSentence | undefined => (e.ordinal > 0 ? sentenceAt(e.doc, e.ordinal - 1) : undefined);

/**
 * The kinds of figure a sentence states, one bit each, read from its kind terms ("#k:money:USD"):
 * a hit whose sentence has no figure of a claim's kind is not read for it. A kind without a bit
 * sets them all.
 */
const KIND_BITS = new Map<string, number>(['count', 'money', 'percent', 'date', 'time', 'duration', 'age', 'ordinal', 'score'].map((k, i) => [k, 1 << i]));
const ALL_KINDS = 0xffff;
const KIND_PREFIX = '#k:';

/** The bit of a kind term, 0 for any other term. */
function kindBitOf(term: string): number {
  if (!term.startsWith(KIND_PREFIX)) return 0;
  const end = term.indexOf(':', KIND_PREFIX.length);
  return KIND_BITS.get(term.slice(KIND_PREFIX.length, end < 0 ? undefined : end)) ?? ALL_KINDS;
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

function sourceSentence(
  source: SourceInfo,
  ordinal: number,
  s: { text: string; line: number; character: number; breaks?: readonly number[]; origins?: readonly number[]; part?: number },
  previous: { text: string } | undefined): SourceSentence {
  return {
    key: `${source.id}#${ordinal}`,
    source,
    text: s.text,
    line: s.line,
    character: s.character,
    ...(previous !== undefined ? { previous: previous.text } : {}),
    ...(s.breaks?.length ? { breaks: s.breaks } : {}),
    ...(s.origins?.length ? { origins: s.origins } : {}),
    ...(s.part ? { part: s.part } : {}),
  };
}

/**
 * Postings of one term: sentence ids and term frequencies, side by side in growable typed arrays,
 * so that a search runs over flat memory and the index holds no object per posting.
 */
class Postings {
  ids: Uint32Array<ArrayBufferLike> = new Uint32Array(2);
  tfs: Uint16Array<ArrayBufferLike> = new Uint16Array(2);
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

/** What `MemoryIndex.snapshot` returns: plain arrays, typed where they are long. */
export interface IndexSnapshot {
  readonly nextId: number;
  readonly totalLength: number;
  readonly lengths: Float64Array;
  readonly terms: readonly string[];
  readonly ids: readonly Uint32Array[];
  readonly tfs: readonly Uint16Array[];
  /** Each document's id and its sentence ids, in order. */
  readonly documents: readonly (readonly [string, Uint32Array])[];
}

/** Decoded analyses kept for the sentences retrieved most recently: a keystroke re-retrieves them. */
const DECODED_CACHE = 4096;
/** Recent queries whose rankings are kept. */
const RANKINGS_CACHE = 1024;

export class MemoryIndex implements Retriever {
  /** The stored sentences by id (a hole where one was removed), and how many there are. */
  private readonly entries: (Entry | undefined)[] = [];
  private entryCount = 0;
  /** Length of each sentence by id, and a scratch row of scores, for a search loop without maps. */
  private lengths = new Float64Array(1024);
  /** The kinds of figure of each sentence by id (KIND_BITS). */
  private kinds = new Uint16Array(1024);
  private scratch = new Float64Array(1024);
  private touched = new Uint32Array(0);
  /**
   * BM25's length normalisation of each sentence, k1·(1 − b + b·length/average), worked out once for
   * all the queries until the index changes (a query of a frequent term scores tens of thousands of sentences).
   */
  private norms: Float64Array | undefined;
  /**
   * The order of equal scores (see `rank`) as numbers by id: the place of the sentence's document
   * id among the index's, and its position in the document; worked out once until the index changes.
   */
  private ties: { readonly doc: Uint32Array; readonly ordinal: Uint32Array } | undefined;
  private readonly postings = new Map<string, Postings>();
  private readonly byDocument = new Map<string, { ids: number[]; doc: IndexedDocument }>();
  private readonly decoded = new Map<number, SentenceAnalysis>();
  /** Rankings of recent queries (see `search`), forgotten whenever the index changes. */
  private readonly rankings = new Map<string, [number, number][]>();
  private nextId = 0;
  private totalLength = 0;

  constructor(private readonly params: Bm25Params = defaultBm25) {}

  /** Analyses and adds (or replaces) a document. */
  addDocument(doc: SourceDocument): void {
    this.addAnalysed(analyseDocument(doc));
  }

  /** Adds (or replaces) a document analysed before, by `analyseDocument` or from a cache. */
  addAnalysed(doc: AnalysedDocument): void {
    this.addSentences(doc, this.startDocument(doc), 0, doc.sentences.length);
  }

  /**
   * As `addAnalysed`, a slice of sentences at a time with `pause` awaited between slices: a server
   * adding a very large document keeps answering requests meanwhile. The document is searchable as
   * far as it has been added.
   */
  async addAnalysedInSlices(doc: AnalysedDocument, pause: () => Promise<void>, slice = 512): Promise<void> {
    const ids = this.startDocument(doc);
    const n = doc.sentences.length;
    for (let from = 0; from < n; from += slice) {
      this.addSentences(doc, ids, from, Math.min(n, from + slice));
      if (from + slice < n) await pause();
    }
  }

  /** Replaces the document's entry with an empty one, filled by `addSentences`. */
  private startDocument(doc: AnalysedDocument): number[] {
    this.removeDocument(doc.source.id);
    const ids: number[] = [];
    this.byDocument.set(doc.source.id, { ids, doc });
    this.sourceList = undefined;
    return ids;
  }

  private addSentences(doc: AnalysedDocument, ids: number[], from: number, to: number): void {
    this.rankings.clear();
    this.norms = undefined;
    this.ties = undefined;
    const terms = new Map<string, number>();
    for (let ordinal = from; ordinal < to; ordinal++) {
      const sentence = doc.sentences[ordinal]!;
      terms.clear();
      let length = 0;
      if (sentence.terms) {
        for (const t of sentence.terms.split(TERM_SEPARATOR)) {
          terms.set(t, (terms.get(t) ?? 0) + 1);
          length++;
        }
      }
      const id = this.nextId++;
      this.entries[id] = { source: doc.source, ordinal, doc };
      this.entryCount++;
      if (id >= this.lengths.length) {
        const grown = new Float64Array(this.lengths.length * 2);
        grown.set(this.lengths);
        this.lengths = grown;
        const kinds = new Uint16Array(grown.length);
        kinds.set(this.kinds);
        this.kinds = kinds;
        this.scratch = new Float64Array(grown.length);
      }
      this.lengths[id] = length;
      this.totalLength += length;
      let kinds = 0;
      for (const [t, tf] of terms) {
        kinds |= kindBitOf(t);
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = new Postings()));
        p.add(id, tf);
      }
      this.kinds[id] = kinds;
      ids.push(id);
    }
  }

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
    this.rankings.clear();
    this.norms = undefined;
    this.ties = undefined;
    const gone = new Set(found.ids);
    const touched = new Set<string>();
    for (const sid of found.ids) {
      const e = this.entries[sid];
      if (!e) continue;
      const terms = sentenceOf(e).terms;
      if (terms) for (const t of terms.split(TERM_SEPARATOR)) touched.add(t);
      this.totalLength -= this.lengths[sid]!;
      this.lengths[sid] = 0;
      this.kinds[sid] = 0;
      this.entries[sid] = undefined;
      this.entryCount--;
      this.decoded.delete(sid);
    }
    for (const t of touched) {
      const p = this.postings.get(t);
      if (!p) continue;
      p.remove(gone);
      if (p.size === 0) this.postings.delete(t);
    }
    this.byDocument.delete(id);
    this.sourceList = undefined;
  }

  /**
   * The postings and sentence lengths as flat arrays, with each document's sentence ids, for a
   * cache to store beside the analysed documents: `restore` takes them back without re-indexing.
   */
  snapshot(): IndexSnapshot {
    const terms: string[] = [];
    const ids: Uint32Array[] = [];
    const tfs: Uint16Array[] = [];
    for (const [t, p] of this.postings) {
      terms.push(t);
      ids.push(p.ids.slice(0, p.size));
      tfs.push(p.tfs.slice(0, p.size));
    }
    const documents: [string, Uint32Array][] = [...this.byDocument].map(([id, d]) => [id, Uint32Array.from(d.ids)]);
    return { nextId: this.nextId, totalLength: this.totalLength, lengths: this.lengths.slice(0, this.nextId), terms, ids, tfs, documents };
  }

  /**
   * An index from a snapshot and the analysed documents it was taken of (by id). Documents the
   * snapshot names but `docs` lacks are left out. Throws on a snapshot that does not fit.
   */
  static restore(snap: IndexSnapshot, docs: ReadonlyMap<string, IndexedDocument>, params: Bm25Params = defaultBm25): MemoryIndex {
    const index = new MemoryIndex(params);
    const n = snap.nextId;
    if (!Number.isInteger(n) || n < 0 || snap.lengths.length !== n || snap.terms.length !== snap.ids.length || snap.terms.length !== snap.tfs.length) throw new Error('index snapshot does not fit');
    index.nextId = n;
    index.lengths = new Float64Array(Math.max(1024, n));
    index.lengths.set(snap.lengths);
    index.scratch = new Float64Array(index.lengths.length);
    index.kinds = new Uint16Array(index.lengths.length);
    index.totalLength = snap.totalLength;
    const gone = new Set<number>();
    const known = new Uint8Array(n);
    const entries = index.entries;
    entries.length = n;
    for (const [id, sids] of snap.documents) {
      const doc = docs.get(id);
      if (!doc || sentenceCount(doc) !== sids.length) {
        for (const sid of sids) gone.add(sid);
        continue;
      }
      const list = Array.from(sids);
      for (let ordinal = 0; ordinal < list.length; ordinal++) {
        const sid = list[ordinal]!;
        if (!(sid < n) || known[sid]) throw new Error('index snapshot does not fit');
        known[sid] = 1;
        entries[sid] = { source: doc.source, ordinal, doc };
        index.entryCount++;
      }
      index.byDocument.set(id, { ids: list, doc });
    }
    snap.terms.forEach((t, i) => {
      const p = new Postings();
      const ids = snap.ids[i]!;
      if (ids.length !== snap.tfs[i]!.length) throw new Error('index snapshot does not fit');
      for (const id of ids) if (id >= n) throw new Error('index snapshot does not fit');
      p.ids = ids.length ? ids : new Uint32Array(2);
      p.tfs = snap.tfs[i]!.length ? snap.tfs[i]! : new Uint16Array(2);
      p.size = ids.length;
      if (gone.size) p.remove(gone);
      const bit = kindBitOf(t);
      if (bit) for (let j = 0; j < p.size; j++) index.kinds[p.ids[j]!]! |= bit;
      if (p.size) index.postings.set(t, p);
    });
    for (const sid of gone) {
      index.totalLength -= index.lengths[sid]!;
      index.lengths[sid] = 0;
    }
    return index;
  }

  documentIds(): string[] {
    return [...this.byDocument.keys()];
  }

  /** The analysed form of a document in the index, as a cache stores it (a stored document is read whole). */
  analysed(id: string): AnalysedDocument | undefined {
    const d = this.byDocument.get(id)?.doc;
    return d && inMemory(d);
  }

  /** The document as the index holds it: in memory, or read from a store when asked. */
  indexed(id: string): IndexedDocument | undefined {
    return this.byDocument.get(id)?.doc;
  }

  private sourceList: readonly SourceInfo[] | undefined;

  sources(): readonly SourceInfo[] {
    return (this.sourceList ??= [...this.byDocument.values()].map((d) => d.doc.source));
  }

  stats(): { documents: number; sentences: number } {
    return { documents: this.byDocument.size, sentences: this.entryCount };
  }

  async idf(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const n = Math.max(1, this.entryCount);
    const out = new Map<string, number>();
    for (const t of terms) {
      const df = this.postings.get(t)?.size ?? 0;
      if (df > 0) out.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }

  async search(terms: readonly string[], limit: number, token: CancellationToken): Promise<RetrievalHit[]> {
    const n = this.entryCount;
    if (n === 0 || token.isCancellationRequested) return [];
    const qtf = new Map<string, number>();
    for (const t of terms) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    // The ranking of a query is kept until the index changes: an edit re-checks the claims of one
    // sentence, whose queries are mostly those of the check before (a word being typed is no
    // term of the index, and a term without postings adds nothing). The key keeps the terms'
    // order, so that the scores are summed as they would be.
    let key = `${limit}`;
    for (const [t, q] of qtf) if (this.postings.has(t)) key += `\u0000${t}\u0001${q}`;
    let best = this.rankings.get(key);
    if (best) {
      this.rankings.delete(key);
      this.rankings.set(key, best);
    } else {
      best = this.rank(qtf, limit, n);
      this.rankings.set(key, best);
      if (this.rankings.size > RANKINGS_CACHE) this.rankings.delete(this.rankings.keys().next().value!);
    }
    // A hit's sentence and analysis are read when asked for: a quote needs no analysis, and a
    // claim none of a sentence without a figure of its kind (`holds`).
    return best.map(([id, score]) => {
      const e = this.entries[id]!;
      const kinds = this.kinds[id]!;
      let sentence: SourceSentence | undefined;
      let analysis: SentenceAnalysis | undefined;
      const decode = (): SentenceAnalysis => this.analysisOf(id, e);
      return {
        score,
        get sentence(): SourceSentence {
          return (sentence ??= sourceSentence(e.source, e.ordinal, sentenceOf(e), previousOf(e)));
        },
        get analysis(): SentenceAnalysis {
          return (analysis ??= decode());
        },
        holds: (kind: string): boolean => (kinds & (KIND_BITS.get(kind) ?? ALL_KINDS)) !== 0,
      };
    });
  }

  /** The best `limit` sentences for the query terms (with their counts), by BM25, and their scores. */
  private rank(qtf: ReadonlyMap<string, number>, limit: number, n: number): [number, number][] {
    const avg = this.totalLength / n;
    const { k1 } = this.params;
    const acc = this.scratch;
    const norms = this.normsFor(avg);
    // The ids scored, in the order first scored: a row kept between queries, as the scores are
    // (a query of a frequent term scores tens of thousands of sentences).
    if (this.touched.length < acc.length) this.touched = new Uint32Array(acc.length);
    const touched = this.touched;
    let m = 0;
    for (const [t, q] of qtf) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.size + 0.5) / (p.size + 0.5));
      const { ids, tfs, size } = p;
      for (let i = 0; i < size; i++) {
        const id = ids[i]!;
        const tf = tfs[i]!;
        const s = (idf * tf * (k1 + 1)) / (tf + norms[id]!);
        if (acc[id] === 0) touched[m++] = id;
        acc[id]! += s * q;
      }
    }
    // Equal scores are ordered by document id and position, not by internal id, so that an index
    // restored from a cache and then updated ranks exactly as one built afresh.
    const { doc, ordinal } = this.tiesFor();
    const after = (a: number, b: number): boolean => (doc[a] === doc[b] ? ordinal[a]! > ordinal[b]! : doc[a]! > doc[b]!);
    const best = topK(touched, m, acc, limit, after);
    for (let i = 0; i < m; i++) acc[touched[i]!] = 0;
    return best;
  }

  private tiesFor(): { readonly doc: Uint32Array; readonly ordinal: Uint32Array } {
    if (this.ties) return this.ties;
    const n = this.nextId;
    const entries = this.entries;
    const ids = new Set<string>();
    for (let id = 0; id < n; id++) {
      const e = entries[id];
      if (e) ids.add(e.source.id);
    }
    // Ranked as strings compare (UTF-16 code units), as the document ids themselves would be.
    const place = new Map([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((id, i) => [id, i]));
    const doc = new Uint32Array(n);
    const ordinal = new Uint32Array(n);
    for (let id = 0; id < n; id++) {
      const e = entries[id];
      if (!e) continue;
      doc[id] = place.get(e.source.id)!;
      ordinal[id] = e.ordinal;
    }
    return (this.ties = { doc, ordinal });
  }

  private normsFor(avg: number): Float64Array {
    if (this.norms) return this.norms;
    const { k1, b } = this.params;
    const lengths = this.lengths;
    const n = this.nextId;
    const norms = new Float64Array(n);
    for (let id = 0; id < n; id++) norms[id] = k1 * (1 - b + (b * lengths[id]!) / avg);
    return (this.norms = norms);
  }

  private readonly titles = new WeakMap<SourceInfo, readonly string[]>();

  private titleConcepts(e: Entry): readonly string[] {
    let c = this.titles.get(e.source);
    if (!c) this.titles.set(e.source, (c = (isStored(e.doc) ? e.doc.titleConcepts : undefined) ?? contentConcepts(e.source.title)));
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
    const sentence = sentenceOf(e);
    a = decodeAnalysis(sentence.analysis, sentence.terms, previousOf(e)?.terms, this.titleConcepts(e));
    this.decoded.set(id, a);
    if (this.decoded.size > DECODED_CACHE) this.decoded.delete(this.decoded.keys().next().value!);
    return a;
  }
}

/**
 * The `k` best of the first `count` scored ids, best first (ties: `after` tells which of two comes
 * later), without sorting them all: a bounded min-heap of ids over their scores in `score`.
 */
function topK(ids: Uint32Array, count: number, score: Float64Array, k: number, after: (a: number, b: number) => boolean): [number, number][] {
  const heap: number[] = [];
  // "worse" orders the heap: its root is the worst of the kept ids.
  const worse = (a: number, b: number): boolean => score[a]! < score[b]! || (score[a] === score[b] && a !== b && after(a, b));
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
  for (let j = 0; j < count; j++) {
    const id = ids[j]!;
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
  return heap.sort((x, y) => score[y]! - score[x]! || (x === y ? 0 : after(x, y) ? 1 : -1)).map((id) => [id, score[id]!]);
}
