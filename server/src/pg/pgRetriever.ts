/**
 * Retrieval from a PostgreSQL archive, with the same answers as the in-memory index: the same
 * BM25 over the same terms, the same document frequencies, the same ties.
 *
 * A search costs at most two round trips, and often none. The first statement reads, in one
 * snapshot, the corpus totals, the archive's generation (counted up by every write), and for each
 * query term not read lately its id, document frequency and postings (for each document, the
 * sentences that hold the term, packed; concatenated per term by the server). The scores are
 * summed here, term by term in the query's order, exactly as MemoryIndex sums them (so they are
 * the same numbers to the last bit), and the second statement reads the best sentences not decoded
 * lately, with their stored analysis and the sentence before them, and the generation again: when
 * the archive was written to in between, the search is made again. Documents' metadata is read
 * with the list of sources and kept (a document written since is read when first met).
 *
 * What was read is kept while the generation stays the same, and the generation is asked again
 * only when it was last seen more than FRESH_MS ago: a check sees the archive as it was at most
 * that long before. `idf` reads its terms' postings too, since the claims of the sentence it is
 * asked for search for those terms next.
 */
import type { Pool } from 'pg';
import { defaultBm25, type Bm25Params, type CancellationToken, type ConvertedFormat, type RetrievalHit, type Retriever, type SentenceAnalysis, type SourceInfo, type SourceSentence } from '../core';
import { decodeAnalysis } from '../core/index/analysedDocument';
import { contentConcepts } from '../core/text/tokenize';
import { requireSchema } from './schema';
import { termCounts, termKey } from './terms';

export interface PgRetrieverOptions {
  /** The file name a document's citations show (default: as stored). */
  readonly display?: (file: string) => string;
  readonly bm25?: Bm25Params;
}

interface Stats {
  documents: number;
  sentences: number;
  totalLength: number;
}

interface Row {
  generation: string;
  id: number | null;
  ordinal: number;
  text: string;
  line: number;
  character: number;
  breaks: number[] | null;
  origins: number[] | null;
  part: number | null;
  terms: string;
  frames: string | null;
  prev_text: string | null;
  prev_terms: string | null;
  document_id: number;
}

interface DocumentRow {
  id: number;
  source_id: string;
  title: string;
  file: string;
  format: string | null;
  publisher: string | null;
  author: string | null;
  date: string | null;
}

/**
 * In one snapshot: the corpus totals and generation, then the stored id, frequency and postings
 * (concatenated) of each of the terms the archive holds.
 */
const TERMS_SQL = `
  SELECT NULL::text AS key, NULL::integer AS id, NULL::integer AS df, NULL::bytea AS packed, documents, sentences AS sentence_count, total_length, generation
  FROM corpus_stats
  UNION ALL
  SELECT t.key, t.id, t.df, (SELECT string_agg(p.sentences, ''::bytea) FROM posting p WHERE p.term_id = t.id), NULL, NULL, NULL, NULL
  FROM term t WHERE t.key = ANY($1::text[]) AND t.df > 0`;

/** The generation, and these sentences with their analysis, document and the sentence before them. */
const ROWS_SQL = `
  SELECT g.generation, r.* FROM corpus_stats g LEFT JOIN (
    SELECT s.id, s.ordinal, s.text, s.line, s."character", s.breaks, s.origins, s.part, s.terms, s.frames::text AS frames,
           pr.text AS prev_text, pr.terms AS prev_terms, s.document_id
    FROM sentence s
    LEFT JOIN sentence pr ON pr.document_id = s.document_id AND pr.ordinal = s.ordinal - 1
    WHERE s.id = ANY($1::integer[])
  ) r ON true`;

/** Documents' metadata, by id. */
const DOCUMENTS_SQL = 'SELECT id, source_id, title, file, format, publisher, author, date FROM document WHERE id = ANY($1::integer[])';

/** The generation, the number of documents of these files, and their sentences' terms and lengths. */
const EXCLUDED_SQL = `
  SELECT g.generation, (SELECT count(*)::integer FROM document WHERE file = ANY($1::text[])) AS documents, r.id, r.terms, r.length
  FROM corpus_stats g LEFT JOIN (
    SELECT s.id, s.terms, s.length FROM sentence s JOIN document d ON d.id = s.document_id WHERE d.file = ANY($1::text[])
  ) r ON true`;

const ORDER_SQL = `
  SELECT s.id, s.ordinal, d.source_id FROM sentence s JOIN document d ON d.id = s.document_id
  WHERE s.id = ANY($1::integer[])`;

/** Bytes of postings kept between searches (the frequent terms of a draft's claims). */
const POSTINGS_CACHE_BYTES = 64 * 1024 * 1024;

/** Sentences decoded lately, by id: a keystroke's re-check retrieves them again. */
const DECODED_CACHE = 2048;

/** Documents' metadata kept, by id (a document's row never changes: a changed file gets a new id). */
const DOCUMENT_CACHE = 1 << 20;

/**
 * How long a generation read from the archive is taken as current without asking again, in ms:
 * a keystroke's re-check of a sentence whose terms and sentences were all read lately makes no
 * round trip. An `index` run's writes are seen at most this long after they are committed.
 */
export const FRESH_MS = 100;

/** Documents left out of a view of the archive, as of a generation. */
interface Exclusion {
  readonly files: readonly string[];
  generation: string;
  ids: Set<number>;
  df: Map<string, number>;
  documents: number;
  sentences: number;
  length: number;
}

interface CachedHit {
  readonly sentence: SourceSentence;
  readonly analysis: SentenceAnalysis;
  readonly ordinal: number;
  readonly source_id: string;
}

/** A term as read at the current generation: absent (id -1) or its id, frequency and postings. */
interface TermEntry {
  readonly id: number;
  readonly df: number;
  readonly packed: Buffer | null;
  readonly bytes: number;
}

const ABSENT: TermEntry = { id: -1, df: 0, packed: null, bytes: 64 };

/** A posting value's uint32 words, copied when the driver's buffer is not 4-byte aligned. */
function words(b: Buffer): Uint32Array {
  if (b.byteOffset % 4 === 0) return new Uint32Array(b.buffer, b.byteOffset, b.byteLength >> 2);
  const out = new Uint32Array(b.byteLength >> 2);
  new Uint8Array(out.buffer).set(b.subarray(0, out.byteLength));
  return out;
}

function grow(a: Float64Array<ArrayBufferLike>, id: number): Float64Array<ArrayBufferLike> {
  let size = a.length;
  while (size <= id) size *= 2;
  const out = new Float64Array(size);
  out.set(a);
  return out;
}

/** Best first; equal scores by document id, then position (MemoryIndex's order). */
function rank(sx: number, x: { ordinal: number; source_id: string }, sy: number, y: { ordinal: number; source_id: string }): number {
  return sy - sx || (x.source_id === y.source_id ? x.ordinal - y.ordinal : x.source_id < y.source_id ? -1 : 1);
}

export class PgRetriever implements Retriever {
  private current: Stats;
  private readonly titles = new Map<string, readonly string[]>();
  private readonly cache = new Map<number, CachedHit>();
  private readonly documentInfo = new Map<number, SourceInfo>();
  /** Terms read lately, by stored key, while the archive's generation stays the same. */
  private readonly terms = new Map<string, TermEntry>();
  private termBytes = 0;
  private generation = '';
  /** When the generation was last read (performance.now() at the time its statement was sent). */
  private seenAt = -Infinity;
  /** The archive's documents as sources (their publishers are the outlets claims are credited to). */
  private sourceList: readonly SourceInfo[] = [];
  /** The files of those documents, as stored. */
  private storedFiles = new Set<string>();
  private sourcesOf = '';
  /** Scores by sentence id during a search, zero between searches (8 bytes per id: as MemoryIndex keeps). */
  private scratch: Float64Array<ArrayBufferLike> = new Float64Array(1024);
  /** Round trips made, for the benchmark. */
  roundTrips = 0;

  private constructor(
    private readonly pool: Pool,
    stats: Stats,
    private readonly options: PgRetrieverOptions,
  ) {
    this.current = stats;
  }

  /** Connects and checks the schema; throws (ConnectionError, SchemaError, a pg error) when it cannot. */
  static async open(pool: Pool, options: PgRetrieverOptions = {}): Promise<PgRetriever> {
    const client = await pool.connect();
    try {
      await requireSchema(client);
    } finally {
      client.release();
    }
    const r = new PgRetriever(pool, { documents: 0, sentences: 0, totalLength: 0 }, options);
    await r.refresh();
    return r;
  }

  /** Reads the archive's size again (another `index` run may have changed it), and its list of sources. */
  async refresh(): Promise<void> {
    await this.lookup([], true);
    await this.readSources();
  }

  /** The documents of the archive, as of the generation last seen (read again when it changes). */
  sources(): readonly SourceInfo[] {
    if (this.sourcesOf !== this.generation) void this.readSources().catch(() => undefined);
    return this.sourceList;
  }

  private async readSources(): Promise<void> {
    const generation = this.generation;
    this.roundTrips++;
    const res = await this.pool.query<DocumentRow>('SELECT id, source_id, title, file, format, publisher, author, date FROM document ORDER BY id');
    this.sourceList = res.rows.map((r) => this.sourceOf(r));
    this.storedFiles = new Set(res.rows.map((r) => r.file));
    this.sourcesOf = generation;
  }

  stats(): { documents: number; sentences: number } {
    return { documents: this.current.documents, sentences: this.current.sentences };
  }

  /**
   * The archive without the documents of these files (a draft that was indexed with the sources is
   * not evidence for itself): the answers of a memory index built without them, frequencies and
   * totals included.
   */
  async excluding(files: readonly string[]): Promise<Retriever> {
    const ex: Exclusion = { files: [...new Set(files)], generation: '', ids: new Set(), df: new Map(), documents: 0, sentences: 0, length: 0 };
    await this.exclusion(ex);
    const stats = (): { documents: number; sentences: number } => ({ documents: this.current.documents - ex.documents, sentences: this.current.sentences - ex.sentences });
    let list: readonly SourceInfo[] | undefined;
    let listOf: readonly SourceInfo[] | undefined;
    return {
      stats,
      idf: (terms) => this.idfOf(terms, ex),
      search: (terms, limit, token) => this.searchOf(terms, limit, token, ex),
      sources: () => {
        const all = this.sources();
        if (all !== listOf) {
          listOf = all;
          const gone = new Set(ex.files.map((f) => (this.options.display ? this.options.display(f) : f)));
          list = all.filter((d) => !gone.has(d.file));
        }
        return list!;
      },
    };
  }

  async idf(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return this.idfOf(terms, undefined);
  }

  private async idfOf(terms: readonly string[], ex: Exclusion | undefined): Promise<ReadonlyMap<string, number>> {
    const found = await this.lookup(terms);
    if (ex) await this.exclusion(ex);
    const n = Math.max(1, this.current.sentences - (ex?.sentences ?? 0));
    const out = new Map<string, number>();
    for (const t of terms) {
      const key = termKey(t);
      const f = found.get(key);
      const df = f && f.id >= 0 ? f.df - (ex?.df.get(key) ?? 0) : 0;
      if (df > 0) out.set(t, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return out;
  }

  async search(terms: readonly string[], limit: number, token: CancellationToken): Promise<RetrievalHit[]> {
    return this.searchOf(terms, limit, token, undefined);
  }

  private async searchOf(terms: readonly string[], limit: number, token: CancellationToken, ex: Exclusion | undefined): Promise<RetrievalHit[]> {
    if (token.isCancellationRequested || limit <= 0) return [];
    const first = await this.searchOnce(terms, limit, token, false, ex);
    // Written to between the statements: once more, at the new generation.
    return first ?? (await this.searchOnce(terms, limit, token, true, ex))!;
  }

  /** The excluded documents' sentences, frequencies and totals, read again when the generation changed. */
  private async exclusion(ex: Exclusion): Promise<void> {
    if (ex.generation === this.generation) return;
    if (this.sourcesOf === this.generation && !ex.files.some((f) => this.storedFiles.has(f))) {
      // None of them is in the archive (as the list of sources of this generation says): nothing to read.
      ex.ids = new Set();
      ex.df = new Map();
      ex.documents = ex.sentences = ex.length = 0;
      ex.generation = this.generation;
      return;
    }
    this.roundTrips++;
    const res = await this.pool.query<{ generation: string; documents: number; id: number | null; terms: string | null; length: number | null }>({
      name: 'corroborate-excluded',
      text: EXCLUDED_SQL,
      values: [ex.files],
    });
    ex.ids = new Set();
    ex.df = new Map();
    ex.sentences = 0;
    ex.length = 0;
    ex.documents = res.rows[0]?.documents ?? 0;
    for (const r of res.rows) {
      if (r.id === null) continue;
      ex.ids.add(r.id);
      ex.sentences++;
      ex.length += r.length ?? 0;
      for (const k of termCounts(r.terms ?? '').keys()) ex.df.set(k, (ex.df.get(k) ?? 0) + 1);
    }
    // Of the generation it was read at: if that is newer than the one the terms were read at, the
    // next search sees the difference and reads both again.
    ex.generation = res.rows[0]?.generation ?? this.generation;
  }

  /** One search; undefined when the archive was written to while it ran (unless `anyway`). */
  private async searchOnce(terms: readonly string[], limit: number, token: CancellationToken, anyway: boolean, ex: Exclusion | undefined): Promise<RetrievalHit[] | undefined> {
    const qtf = new Map<string, number>();
    for (const t of terms) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    const found = await this.lookup([...qtf.keys()], anyway);
    if (ex) {
      await this.exclusion(ex);
      if (ex.generation !== this.generation && !anyway) return undefined;
    }
    const skip = ex?.ids;
    const generation = this.generation;
    const n = this.current.sentences - (ex?.sentences ?? 0);
    if (n <= 0 || token.isCancellationRequested) return [];
    const avg = (this.current.totalLength - (ex?.length ?? 0)) / n;
    const { k1, b } = this.options.bm25 ?? defaultBm25;
    // The sums, as MemoryIndex makes them: term by term in the order the query first names them,
    // each term's score times its repeats in the query, in a row of scores by sentence id.
    const touched: number[] = [];
    let acc = this.scratch;
    for (const [t, q] of qtf) {
      const key = termKey(t);
      const f = found.get(key);
      if (!f || f.id < 0 || !f.packed) continue;
      const df = f.df - (ex?.df.get(key) ?? 0);
      if (df <= 0) continue;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const v = words(f.packed);
      for (let i = 0; i + 2 < v.length; i += 3) {
        const id = v[i]!;
        if (skip?.has(id)) continue;
        const tf = v[i + 1]!;
        const length = v[i + 2]!;
        if (id >= acc.length) acc = this.scratch = grow(acc, id);
        const s = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avg));
        if (acc[id] === 0) touched.push(id);
        acc[id]! += s * q;
      }
    }
    if (!touched.length) return [];
    const score = new Map<number, number>();
    // The limit-th best score; every sentence that reaches it is a candidate, ties included.
    const scores = new Float64Array(touched.length);
    touched.forEach((id, i) => (scores[i] = acc[id]!));
    scores.sort();
    const cut = scores[Math.max(0, scores.length - limit)]!;
    for (const id of touched) {
      if (acc[id]! >= cut) score.set(id, acc[id]!);
      acc[id] = 0;
    }
    let candidates = [...score.keys()];
    if (candidates.length > 2 * limit) {
      // Many ties at the cut: rank them by document and position before reading them whole.
      this.roundTrips++;
      const order = await this.pool.query<{ id: number; ordinal: number; source_id: string }>({ name: 'corroborate-order', text: ORDER_SQL, values: [candidates] });
      candidates = order.rows.sort((x, y) => rank(score.get(x.id)!, x, score.get(y.id)!, y)).slice(0, limit).map((r) => r.id);
    }
    const missing = candidates.filter((id) => !this.cache.has(id));
    if (missing.length) {
      const sent = performance.now();
      this.roundTrips++;
      const rows = await this.pool.query<Row>({ name: 'corroborate-rows', text: ROWS_SQL, values: [missing] });
      const now = rows.rows[0]?.generation ?? generation;
      if (now !== generation) {
        this.seen(now, sent);
        if (!anyway) return undefined;
      } else this.seenAt = Math.max(this.seenAt, sent);
      const sentences = rows.rows.filter((r) => r.id !== null);
      // Every document's metadata is read with the list of sources; only those written since are asked for.
      const unknown = [...new Set(sentences.map((r) => r.document_id).filter((d) => !this.documentInfo.has(d)))];
      if (unknown.length) {
        this.roundTrips++;
        const docs = await this.pool.query<DocumentRow>({ name: 'corroborate-documents', text: DOCUMENTS_SQL, values: [unknown] });
        for (const d of docs.rows) this.sourceOf(d);
      }
      for (const r of sentences) {
        const source = this.documentInfo.get(r.document_id);
        // Deleted in between (the generation says so next time): not a source any more.
        if (source) this.remember(r.id!, this.entry(r, source));
      }
    }
    if (token.isCancellationRequested) return [];
    const hits: { id: number; e: CachedHit }[] = [];
    for (const id of candidates) {
      const e = this.cache.get(id);
      // Deleted since the postings were read (an index run in between): no longer a source.
      if (e) hits.push({ id, e });
    }
    return hits
      .sort((x, y) => rank(score.get(x.id)!, x.e, score.get(y.id)!, y.e))
      .slice(0, limit)
      .map(({ id, e }) => {
        this.remember(id, e);
        return { sentence: e.sentence, score: score.get(id)!, analysis: e.analysis };
      });
  }

  /** Keeps a decoded sentence, most recently used last. Sentence ids are never reused, so an entry never goes stale. */
  private remember(id: number, e: CachedHit): void {
    this.cache.delete(id);
    this.cache.set(id, e);
    if (this.cache.size > DECODED_CACHE) this.cache.delete(this.cache.keys().next().value!);
  }

  /**
   * The stored id, frequency and postings of each key of these terms, all of one generation, and
   * the corpus totals (kept for `stats`). No round trip when every key was read at a generation
   * seen less than FRESH_MS ago (unless `ask`).
   */
  private async lookup(terms: readonly string[], ask = false): Promise<Map<string, TermEntry>> {
    const keys = [...new Set(terms.map(termKey))];
    const out = new Map<string, TermEntry>();
    const fresh = !ask && performance.now() - this.seenAt < FRESH_MS;
    const missing: string[] = [];
    for (const k of keys) {
      const e = this.terms.get(k);
      if (e) {
        // Most recently used last.
        this.terms.delete(k);
        this.terms.set(k, e);
        out.set(k, e);
      } else missing.push(k);
    }
    if (fresh && !missing.length) return out;
    let read = await this.read(missing);
    if (read.changed && out.size) {
      // Written to since the others were read: all of them again, in one snapshot.
      out.clear();
      read = await this.read(keys);
    }
    for (const [k, e] of read.entries) out.set(k, e);
    return out;
  }

  /** Reads these keys and the totals in one statement, and keeps them. */
  private async read(keys: readonly string[]): Promise<{ entries: Map<string, TermEntry>; changed: boolean }> {
    const sent = performance.now();
    this.roundTrips++;
    const res = await this.pool.query<{ key: string | null; id: number | null; df: number | null; packed: Buffer | null; documents: number | null; sentence_count: number | null; total_length: string | null; generation: string | null }>({
      name: 'corroborate-terms',
      text: TERMS_SQL,
      values: [keys],
    });
    let changed = false;
    const entries = new Map<string, TermEntry>();
    for (const r of res.rows) {
      if (r.key === null) {
        this.current = { documents: r.documents ?? 0, sentences: r.sentence_count ?? 0, totalLength: Number(r.total_length ?? 0) };
        changed = this.seen(r.generation ?? '0', sent);
      } else if (r.id !== null && r.df !== null) entries.set(r.key, { id: r.id, df: r.df, packed: r.packed, bytes: 64 + (r.packed?.length ?? 0) });
    }
    for (const k of keys) {
      const e = entries.get(k) ?? ABSENT;
      entries.set(k, e);
      const old = this.terms.get(k);
      if (old) this.termBytes -= old.bytes;
      this.terms.delete(k);
      this.terms.set(k, e);
      this.termBytes += e.bytes;
    }
    while (this.termBytes > POSTINGS_CACHE_BYTES && this.terms.size) {
      const [oldest, kept] = this.terms.entries().next().value!;
      this.terms.delete(oldest);
      this.termBytes -= kept.bytes;
    }
    return { entries, changed };
  }

  /** The generation read at `at`; true (and the terms kept from before dropped) when it is another. */
  private seen(generation: string, at: number): boolean {
    this.seenAt = Math.max(this.seenAt, at);
    if (generation === this.generation) return false;
    const first = this.generation === '';
    this.generation = generation;
    this.terms.clear();
    this.termBytes = 0;
    return !first;
  }

  /** A document's metadata as a source, made once per document. */
  private sourceOf(r: DocumentRow): SourceInfo {
    const id = r.id;
    let source = this.documentInfo.get(id);
    if (source) return source;
    const file = this.options.display ? this.options.display(r.file) : r.file;
    source = {
      id: r.source_id,
      title: r.title,
      file,
      ...(r.format ? { format: r.format as ConvertedFormat } : {}),
      ...(r.publisher ? { publisher: r.publisher } : {}),
      ...(r.author ? { author: r.author } : {}),
      ...(r.date ? { date: r.date } : {}),
    };
    if (this.documentInfo.size >= DOCUMENT_CACHE) this.documentInfo.clear();
    this.documentInfo.set(id, source);
    return source;
  }

  private entry(r: Row, source: SourceInfo): CachedHit {
    const sentence: SourceSentence = {
      key: `${source.id}#${r.ordinal}`,
      source,
      text: r.text,
      line: r.line,
      character: r.character,
      ...(r.prev_text !== null ? { previous: r.prev_text } : {}),
      ...(r.breaks?.length ? { breaks: r.breaks } : {}),
      ...(r.origins?.length ? { origins: r.origins } : {}),
      ...(r.part ? { part: r.part } : {}),
    };
    const analysis: SentenceAnalysis = decodeAnalysis(r.frames ?? '', r.terms, r.prev_terms ?? undefined, this.titleConcepts(source.title));
    return { sentence, analysis, ordinal: r.ordinal, source_id: source.id };
  }

  private titleConcepts(title: string): readonly string[] {
    let c = this.titles.get(title);
    if (!c) {
      c = contentConcepts(title);
      if (this.titles.size > 4096) this.titles.clear();
      this.titles.set(title, c);
    }
    return c;
  }
}
