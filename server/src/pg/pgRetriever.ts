/**
 * Retrieval from a PostgreSQL archive, with the same answers as the in-memory index: the same
 * BM25 over the same terms, the same document frequencies, the same ties.
 *
 * A search is up to three statements. The first reads the corpus totals, the archive's generation
 * (counted up by every write) and the query terms' ids and document frequencies. The second reads
 * the postings of the terms not read lately at this generation: for each term and document, the
 * sentences that hold the term, packed. The scores are summed here, term by term in the query's
 * order, exactly as MemoryIndex sums them (so they are the same numbers to the last bit), and the
 * third statement reads the best sentences with their stored analysis, unless they were decoded
 * lately. Equal scores are ranked by document id and position, as MemoryIndex ranks them.
 */
import type { Pool } from 'pg';
import { defaultBm25, type Bm25Params, type CancellationToken, type RetrievalHit, type Retriever, type SentenceAnalysis, type SourceInfo, type SourceSentence } from '../core';
import { decodeAnalysis } from '../core/index/analysedDocument';
import { contentConcepts } from '../core/text/tokenize';
import { requireSchema } from './schema';
import { termKey } from './terms';

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
  id: number;
  ordinal: number;
  text: string;
  line: number;
  character: number;
  breaks: number[] | null;
  terms: string;
  frames: string | null;
  prev_text: string | null;
  prev_terms: string | null;
  source_id: string;
  title: string;
  file: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
}

/** The corpus totals and generation, then the stored id and frequency of each of the terms. */
const TERMS_SQL = `
  SELECT NULL::text AS key, NULL::integer AS id, NULL::integer AS df, documents, sentences AS sentence_count, total_length, generation
  FROM corpus_stats
  UNION ALL
  SELECT key, id, df, NULL, NULL, NULL, NULL FROM term WHERE key = ANY($1::text[]) AND df > 0`;

/** The postings of some terms, and the generation they are of. */
const POSTINGS_SQL = `
  SELECT term_id, sentences, NULL::bigint AS generation FROM posting WHERE term_id = ANY($1::integer[])
  UNION ALL
  SELECT NULL, NULL, generation FROM corpus_stats`;

const ROWS_SQL = `
  SELECT s.id, s.ordinal, s.text, s.line, s."character", s.breaks, s.terms, s.frames::text AS frames,
         pr.text AS prev_text, pr.terms AS prev_terms,
         d.source_id, d.title, d.file, d.publisher, d.author, d.date
  FROM sentence s
  JOIN document d ON d.id = s.document_id
  LEFT JOIN sentence pr ON pr.document_id = s.document_id AND pr.ordinal = s.ordinal - 1
  WHERE s.id = ANY($1::integer[])`;

const ORDER_SQL = `
  SELECT s.id, s.ordinal, d.source_id FROM sentence s JOIN document d ON d.id = s.document_id
  WHERE s.id = ANY($1::integer[])`;

/** Bytes of postings kept between searches (the frequent terms of a draft's claims). */
const POSTINGS_CACHE_BYTES = 64 * 1024 * 1024;

/** Sentences decoded lately, by id: a keystroke's re-check retrieves them again. */
const DECODED_CACHE = 2048;

interface CachedHit {
  readonly sentence: SourceSentence;
  readonly analysis: SentenceAnalysis;
  readonly ordinal: number;
  readonly source_id: string;
}

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
  /** Postings read lately, by term id, while the archive's generation stays the same. */
  private readonly postings = new Map<number, { packed: Buffer[]; bytes: number }>();
  private postingBytes = 0;
  private generation = '';
  /** The archive's documents as sources (their publishers are the outlets claims are credited to). */
  private sourceList: readonly SourceInfo[] = [];
  private sourcesOf = '';
  /** Scores by sentence id during a search, zero between searches (8 bytes per id: as MemoryIndex keeps). */
  private scratch: Float64Array<ArrayBufferLike> = new Float64Array(1024);

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
    await this.lookup([]);
    await this.readSources();
  }

  /** The documents of the archive, as of the generation last seen (read again when it changes). */
  sources(): readonly SourceInfo[] {
    if (this.sourcesOf !== this.generation) void this.readSources().catch(() => undefined);
    return this.sourceList;
  }

  private async readSources(): Promise<void> {
    const generation = this.generation;
    const res = await this.pool.query<{ source_id: string; title: string; file: string; publisher: string | null; author: string | null; date: string | null }>(
      'SELECT source_id, title, file, publisher, author, date FROM document ORDER BY id',
    );
    this.sourceList = res.rows.map((r) => ({ id: r.source_id, title: r.title, file: r.file, ...(r.publisher ? { publisher: r.publisher } : {}), ...(r.author ? { author: r.author } : {}), ...(r.date ? { date: r.date } : {}) }));
    this.sourcesOf = generation;
  }

  stats(): { documents: number; sentences: number } {
    return { documents: this.current.documents, sentences: this.current.sentences };
  }

  async idf(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    const found = await this.lookup(terms);
    const n = Math.max(1, this.current.sentences);
    const out = new Map<string, number>();
    for (const t of terms) {
      const f = found.get(termKey(t));
      if (f) out.set(t, Math.log(1 + (n - f.df + 0.5) / (f.df + 0.5)));
    }
    return out;
  }

  async search(terms: readonly string[], limit: number, token: CancellationToken): Promise<RetrievalHit[]> {
    if (token.isCancellationRequested || limit <= 0) return [];
    const qtf = new Map<string, number>();
    for (const t of terms) qtf.set(t, (qtf.get(t) ?? 0) + 1);
    let found = await this.lookup([...qtf.keys()]);
    if (token.isCancellationRequested) return [];
    let postings = await this.postingsOf([...new Set([...found.values()].map((f) => f.id))]);
    if (!postings) {
      // Written to between the statements: read the frequencies and postings again, once.
      found = await this.lookup([...qtf.keys()]);
      postings = (await this.postingsOf([...new Set([...found.values()].map((f) => f.id))], true))!;
    }
    const n = this.current.sentences;
    if (n === 0 || token.isCancellationRequested) return [];
    const avg = this.current.totalLength / n;
    const { k1, b } = this.options.bm25 ?? defaultBm25;
    // The sums, as MemoryIndex makes them: term by term in the order the query first names them,
    // each term's score times its repeats in the query, in a row of scores by sentence id.
    const touched: number[] = [];
    let acc = this.scratch;
    for (const [t, q] of qtf) {
      const f = found.get(termKey(t));
      const p = f && postings.get(f.id);
      if (!f || !p) continue;
      const idf = Math.log(1 + (n - f.df + 0.5) / (f.df + 0.5));
      for (const packed of p) {
        const v = words(packed);
        for (let i = 0; i + 2 < v.length; i += 3) {
          const id = v[i]!;
          const tf = v[i + 1]!;
          const length = v[i + 2]!;
          if (id >= acc.length) acc = this.scratch = grow(acc, id);
          const s = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avg));
          if (acc[id] === 0) touched.push(id);
          acc[id]! += s * q;
        }
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
      const order = await this.pool.query<{ id: number; ordinal: number; source_id: string }>({ name: 'corroborate-order', text: ORDER_SQL, values: [candidates] });
      candidates = order.rows.sort((x, y) => rank(score.get(x.id)!, x, score.get(y.id)!, y)).slice(0, limit).map((r) => r.id);
    }
    const missing = candidates.filter((id) => !this.cache.has(id));
    if (missing.length) {
      const rows = await this.pool.query<Row>({ name: 'corroborate-rows', text: ROWS_SQL, values: [missing] });
      for (const r of rows.rows) this.remember(r.id, this.entry(r));
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

  /** The corpus totals (kept for `stats`) and the stored id and frequency of each key of these terms. */
  private async lookup(terms: readonly string[]): Promise<Map<string, { id: number; df: number }>> {
    const keys = [...new Set(terms.map(termKey))];
    const res = await this.pool.query<{ key: string | null; id: number | null; df: number | null; documents: number | null; sentence_count: number | null; total_length: string | null; generation: string | null }>({
      name: 'corroborate-terms',
      text: TERMS_SQL,
      values: [keys],
    });
    const out = new Map<string, { id: number; df: number }>();
    for (const r of res.rows) {
      if (r.key === null) {
        this.current = { documents: r.documents ?? 0, sentences: r.sentence_count ?? 0, totalLength: Number(r.total_length ?? 0) };
        this.seen(r.generation ?? '0');
      } else if (r.id !== null && r.df !== null) out.set(r.key, { id: r.id, df: r.df });
    }
    return out;
  }

  /** The archive was written to: postings kept from before are of another corpus. */
  private seen(generation: string): void {
    if (generation === this.generation) return;
    this.generation = generation;
    this.postings.clear();
    this.postingBytes = 0;
  }

  /**
   * The packed postings of these term ids: those read lately at this generation from memory, the
   * others from the archive. Undefined when the archive was written to since `lookup` (the
   * frequencies may be of the old corpus), unless `anyway`.
   */
  private async postingsOf(ids: readonly number[], anyway = false): Promise<Map<number, Buffer[]> | undefined> {
    const out = new Map<number, Buffer[]>();
    const missing: number[] = [];
    for (const id of ids) {
      const kept = this.postings.get(id);
      if (kept) {
        // Most recently used last.
        this.postings.delete(id);
        this.postings.set(id, kept);
        out.set(id, kept.packed);
      } else missing.push(id);
    }
    if (!missing.length) return out;
    const res = await this.pool.query<{ term_id: number | null; sentences: Buffer | null; generation: string | null }>({ name: 'corroborate-postings', text: POSTINGS_SQL, values: [missing] });
    const read = new Map<number, Buffer[]>();
    let now = this.generation;
    for (const r of res.rows) {
      if (r.term_id === null) now = r.generation ?? '0';
      else if (r.sentences) {
        let list = read.get(r.term_id);
        if (!list) read.set(r.term_id, (list = []));
        list.push(r.sentences);
      }
    }
    if (now !== this.generation) {
      this.seen(now);
      if (!anyway) return undefined;
    }
    for (const id of missing) {
      const packed = read.get(id) ?? [];
      out.set(id, packed);
      const bytes = packed.reduce((n, b) => n + b.length, 0);
      this.postings.set(id, { packed, bytes });
      this.postingBytes += bytes;
    }
    while (this.postingBytes > POSTINGS_CACHE_BYTES && this.postings.size) {
      const [oldest, kept] = this.postings.entries().next().value!;
      this.postings.delete(oldest);
      this.postingBytes -= kept.bytes;
    }
    return out;
  }

  private entry(r: Row): CachedHit {
    const file = this.options.display ? this.options.display(r.file) : r.file;
    const source: SourceInfo = {
      id: r.source_id,
      title: r.title,
      file,
      ...(r.publisher ? { publisher: r.publisher } : {}),
      ...(r.author ? { author: r.author } : {}),
      ...(r.date ? { date: r.date } : {}),
    };
    const sentence: SourceSentence = {
      key: `${source.id}#${r.ordinal}`,
      source,
      text: r.text,
      line: r.line,
      character: r.character,
      ...(r.prev_text !== null ? { previous: r.prev_text } : {}),
      ...(r.breaks?.length ? { breaks: r.breaks } : {}),
    };
    const analysis: SentenceAnalysis = decodeAnalysis(r.frames ?? '', r.terms, r.prev_terms ?? undefined, this.titleConcepts(r.title));
    return { sentence, analysis, ordinal: r.ordinal, source_id: r.source_id };
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
