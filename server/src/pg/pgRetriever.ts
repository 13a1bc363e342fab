/**
 * Retrieval from a PostgreSQL archive, with the same answers as the in-memory index: the same
 * BM25 over the same terms, the same document frequencies, the same ties.
 *
 * A search is two statements. The first reads the corpus size and the query terms' ids and
 * document frequencies, from which the idf is computed here, as MemoryIndex computes it. The
 * second sums each sentence's BM25 over the postings of the query terms inside the server and
 * returns the best sentences with their stored analysis. PostgreSQL adds the terms up in an order
 * of its own, so its sums may differ from ours in the last bits: it returns every sentence within
 * a hair of the cut, and the scores are computed again here, in MemoryIndex's order, before the
 * hits are ranked and cut.
 */
import type { Pool } from 'pg';
import { defaultBm25, type Bm25Params, type CancellationToken, type RetrievalHit, type Retriever, type SentenceAnalysis, type SourceInfo, type SourceSentence } from '../core';
import { decodeAnalysis } from '../core/index/analysedDocument';
import { contentConcepts } from '../core/text/tokenize';
import { requireSchema } from './schema';
import { termCounts, termKey, termLength } from './terms';

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
  score: number;
  ordinal: number;
  text: string;
  line: number;
  character: number;
  breaks: number[] | null;
  terms: string;
  frames: unknown;
  prev_text: string | null;
  prev_terms: string | null;
  source_id: string;
  title: string;
  file: string;
  publisher: string | null;
  author: string | null;
  date: string | null;
}

/** Relative slack of the server's sums: far above the rounding of a few dozen additions. */
const SLACK = 1e-9;

const TERMS_SQL = `
  SELECT s.documents, s.sentences, s.total_length, t.id, t.key, t.df
  FROM corpus_stats s LEFT JOIN term t ON t.key = ANY($1::text[]) AND t.df > 0`;

const SEARCH_SQL = `
  WITH scored AS MATERIALIZED (
    SELECT p.sentence_id, sum(w.w * p.tf / (p.tf + $3::float8 * (1 - $4::float8 + $4::float8 * p.length / $5::float8))) AS score
    FROM unnest($1::integer[], $2::float8[]) AS w(term_id, w)
    JOIN posting p ON p.term_id = w.term_id
    GROUP BY p.sentence_id
  ), cut AS (
    SELECT min(score) AS score FROM (SELECT score FROM scored ORDER BY score DESC LIMIT $6) best
  )
  SELECT sc.score, s.ordinal, s.text, s.line, s."character", s.breaks, s.terms, s.frames,
         pr.text AS prev_text, pr.terms AS prev_terms,
         d.source_id, d.title, d.file, d.publisher, d.author, d.date
  FROM scored sc
  JOIN sentence s ON s.id = sc.sentence_id
  JOIN document d ON d.id = s.document_id
  LEFT JOIN sentence pr ON pr.document_id = s.document_id AND pr.ordinal = s.ordinal - 1
  WHERE sc.score >= (SELECT score FROM cut) - $7::float8 * greatest(1, abs((SELECT score FROM cut)))`;

export class PgRetriever implements Retriever {
  private current: Stats;
  private readonly titles = new Map<string, readonly string[]>();

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

  /** Reads the archive's size again (another `index` run may have changed it). */
  async refresh(): Promise<void> {
    await this.lookup([]);
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
    const found = await this.lookup([...qtf.keys()]);
    const n = this.current.sentences;
    if (n === 0 || token.isCancellationRequested) return [];
    const avg = this.current.totalLength / n;
    const { k1, b } = this.options.bm25 ?? defaultBm25;
    // The query as MemoryIndex weighs it: each term once, in first-seen order, times its repeats.
    const query: { key: string; idf: number; q: number }[] = [];
    for (const [t, q] of qtf) {
      const f = found.get(termKey(t));
      if (!f) continue;
      query.push({ key: termKey(t), idf: Math.log(1 + (n - f.df + 0.5) / (f.df + 0.5)), q });
    }
    if (!query.length) return [];
    const byKey = new Map<string, { id: number; w: number }>();
    for (const x of query) {
      const prev = byKey.get(x.key);
      const w = x.idf * (k1 + 1) * x.q;
      byKey.set(x.key, { id: found.get(x.key)!.id, w: (prev?.w ?? 0) + w });
    }
    const ids = [...byKey.values()];
    const res = await this.pool.query<Row>({
      name: 'corroborate-search',
      text: SEARCH_SQL,
      values: [ids.map((x) => x.id), ids.map((x) => x.w), k1, b, avg, limit, SLACK],
    });
    if (token.isCancellationRequested) return [];
    // Scores again, exactly as MemoryIndex sums them.
    const scored = res.rows.map((r) => {
      const counts = termCounts(r.terms);
      const length = termLength(r.terms);
      let score = 0;
      for (const x of query) {
        const tf = Math.min(counts.get(x.key) ?? 0, 0xffff);
        if (!tf) continue;
        score += ((x.idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / avg))) * x.q;
      }
      return { r, score };
    });
    scored.sort((x, y) => y.score - x.score || (x.r.source_id === y.r.source_id ? x.r.ordinal - y.r.ordinal : x.r.source_id < y.r.source_id ? -1 : 1));
    return scored.slice(0, limit).map(({ r, score }) => this.hit(r, score));
  }

  /** The corpus size (kept for `stats`) and the stored id and frequency of each key of these terms. */
  private async lookup(terms: readonly string[]): Promise<Map<string, { id: number; df: number }>> {
    const keys = [...new Set(terms.map(termKey))];
    const res = await this.pool.query<{ documents: number; sentences: number; total_length: string; id: number | null; key: string | null; df: number | null }>({
      name: 'corroborate-terms',
      text: TERMS_SQL,
      values: [keys],
    });
    const first = res.rows[0];
    if (first) this.current = { documents: first.documents, sentences: first.sentences, totalLength: Number(first.total_length) };
    const out = new Map<string, { id: number; df: number }>();
    for (const r of res.rows) if (r.key !== null && r.id !== null && r.df !== null) out.set(r.key, { id: r.id, df: r.df });
    return out;
  }

  private hit(r: Row, score: number): RetrievalHit {
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
    const analysis: SentenceAnalysis = decodeAnalysis(r.frames === null ? '' : JSON.stringify(r.frames), r.terms, r.prev_terms ?? undefined, this.titleConcepts(r.title));
    return { sentence, score, analysis };
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
