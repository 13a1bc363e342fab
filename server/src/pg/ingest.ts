/**
 * `corroborate index`: puts a corpus into the archive, incrementally. A document whose content
 * hash (and analysis version) is unchanged is left alone; a changed one is replaced and a removed
 * one deleted, each in one transaction, so a reader never sees half a document and an interrupted
 * run loses nothing that was committed.
 */
import * as path from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { ANALYSIS_VERSION, type AnalysedDocument, type SourceDocument } from '../core';
import { analyseDocuments } from '../node/buildIndex';
import { documentHash } from '../node/indexCache';
import { migrate } from './schema';
import { termCounts, termLength } from './terms';

export interface IngestOptions {
  /** The corpus folders: documents the archive holds under them that are no longer there are deleted. */
  readonly roots: readonly string[];
  readonly warn: (message: string) => void;
  /** Called as documents are written. */
  readonly progress?: (done: number, total: number) => void;
  /** Worker threads for the analysis (see buildIndex). */
  readonly workers?: number;
  /** Files are named in warnings as this returns (default: as read). */
  readonly display?: (file: string) => string;
}

export interface IngestResult {
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  /** Documents that could not be stored (each with a warning). */
  readonly skipped: number;
  /** The files written, and the files deleted, in order. */
  readonly written: readonly string[];
  readonly deleted: readonly string[];
}

/** Held for a whole run, so that two runs on one archive take turns instead of interleaving. */
const INGEST_LOCK = 0x636f7273;

/** Documents analysed and written per batch: bounds the memory of a run over a large corpus. */
const BATCH = 256;

interface Stored {
  readonly id: number;
  readonly sourceId: string;
  readonly file: string;
  readonly hash: string;
  readonly version: number;
}

export async function ingestCorpus(pool: Pool, docs: readonly SourceDocument[], options: IngestOptions): Promise<IngestResult> {
  const client = await pool.connect();
  try {
    await migrate(client);
    await client.query('SELECT pg_advisory_lock($1)', [INGEST_LOCK]);
    try {
      return await ingestLocked(client, docs, options);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
    }
  } finally {
    client.release();
  }
}

function under(file: string, roots: readonly string[]): boolean {
  return roots.some((r) => {
    const rel = path.relative(r, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

async function ingestLocked(client: PoolClient, docs: readonly SourceDocument[], options: IngestOptions): Promise<IngestResult> {
  const display = options.display ?? ((f: string) => f);
  const rows = await client.query<{ id: number; source_id: string; file: string; hash: string; analysis_version: number }>('SELECT id, source_id, file, hash, analysis_version FROM document');
  const byFile = new Map<string, Stored>();
  const bySourceId = new Map<string, Stored>();
  for (const r of rows.rows) {
    const s = { id: r.id, sourceId: r.source_id, file: r.file, hash: r.hash, version: r.analysis_version };
    byFile.set(s.file, s);
    bySourceId.set(s.sourceId, s);
  }
  const listed = new Set(docs.map((d) => d.file));
  const todo: { doc: SourceDocument; hash: string }[] = [];
  let unchanged = 0;
  for (const doc of docs) {
    const hash = documentHash(doc);
    const old = byFile.get(doc.file);
    if (old && old.hash === hash && old.version === ANALYSIS_VERSION) unchanged++;
    else todo.push({ doc, hash });
  }
  let removed = 0;
  let skipped = 0;
  const written: string[] = [];
  const deleted: string[] = [];
  // Removed files go first: their ids may be taken by the files that replace them.
  for (const old of byFile.values()) {
    if (listed.has(old.file) || !under(old.file, options.roots)) continue;
    await transaction(client, () => removeDocument(client, old.id));
    byFile.delete(old.file);
    bySourceId.delete(old.sourceId);
    removed++;
    deleted.push(old.file);
  }
  let added = 0;
  let changed = 0;
  let done = 0;
  const analyse = (from: number): Promise<AnalysedDocument[]> => {
    const p = analyseDocuments(
      todo.slice(from, from + BATCH).map((t) => t.doc),
      { warn: options.warn, ...(options.workers !== undefined ? { workers: options.workers } : {}) },
    );
    // Awaited in turn; a failure meanwhile is not an unhandled one.
    p.catch(() => undefined);
    return p;
  };
  // Each commit is written without waiting for its flush to disk: a crash of the server loses at
  // most the last few documents' commits, never half a document, and the next run writes them
  // again (their hashes are not there). The run's last commit waits for all of them.
  if (todo.length) await client.query('SET synchronous_commit = off');
  let next = todo.length ? analyse(0) : undefined;
  for (let i = 0; i < todo.length; i += BATCH) {
    const batch = todo.slice(i, i + BATCH);
    const analysed = await next!;
    // The next batch is analysed (on the workers) while this one is written.
    next = i + BATCH < todo.length ? analyse(i + BATCH) : undefined;
    const ids = new IdBlock(client, analysed);
    for (let k = 0; k < batch.length; k++) {
      const { doc, hash } = batch[k]!;
      const a = analysed[k]!;
      const old = byFile.get(doc.file);
      const holder = bySourceId.get(doc.id);
      // Another file holds this id: one of this corpus (being re-indexed under another id, so it is
      // replaced in turn), or of another corpus, which keeps it.
      if (holder && holder.file !== doc.file && !listed.has(holder.file)) {
        options.warn(`${display(doc.file)}: id "${doc.id}" is used in the archive by ${display(holder.file)}; skipped`);
        skipped++;
        continue;
      }
      if (hasNul(a)) {
        options.warn(`${display(doc.file)}: holds a NUL character, which PostgreSQL cannot store; skipped`);
        skipped++;
        continue;
      }
      try {
        const replacing = old !== undefined || (holder !== undefined && holder.file !== doc.file);
        // A new document is one statement, a transaction of its own; a replaced one needs one around both.
        const id = replacing
          ? await transaction(client, async () => {
              if (old) await removeDocument(client, old.id);
              if (holder && holder.file !== doc.file) await removeDocument(client, holder.id);
              return insertDocument(client, a, hash, await ids.take(k));
            })
          : await insertDocument(client, a, hash, await ids.take(k));
        if (old) bySourceId.delete(old.sourceId);
        if (holder && holder.file !== doc.file) byFile.delete(holder.file);
        const s = { id, sourceId: doc.id, file: doc.file, hash, version: ANALYSIS_VERSION };
        byFile.set(doc.file, s);
        bySourceId.set(doc.id, s);
        if (old) changed++;
        else added++;
        written.push(doc.file);
      } catch (e) {
        options.warn(`${display(doc.file)}: could not be stored (${e instanceof Error ? e.message : String(e)}); skipped`);
        skipped++;
      }
      options.progress?.(++done, todo.length);
    }
  }
  if (todo.length) {
    await client.query('SET synchronous_commit = on');
    // A commit that waits for its flush, and so for every commit before it.
    if (written.length) await client.query('UPDATE corpus_stats SET generation = generation');
  }
  // After a bulk load, the postings of a term lie scattered over as many pages as documents hold
  // it: rewriting the table in term order makes a search read a few pages per term instead.
  const total = unchanged + added + changed;
  if (written.length + deleted.length > 0 && (written.length + deleted.length) * 10 >= total) {
    await client.query('CLUSTER posting USING posting_pkey');
    await client.query('ANALYZE');
  }
  return { added, changed, removed, unchanged, skipped, written, deleted };
}

function hasNul(a: AnalysedDocument): boolean {
  const s = a.source;
  if ([s.id, s.title, s.file, s.publisher ?? '', s.author ?? '', s.date ?? ''].some((x) => x.includes('\0'))) return true;
  return a.sentences.some((x) => x.text.includes('\0') || x.terms.includes('\0') || x.analysis.includes('\\u0000'));
}

async function transaction<T>(client: PoolClient, body: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const out = await body();
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** Adds up, per stored key, the number of sentences that hold it (their document frequency). */
function frequencies(sentences: readonly { readonly terms: string }[]): { counts: Map<string, number>[]; df: Map<string, number> } {
  const counts = sentences.map((s) => termCounts(s.terms));
  const df = new Map<string, number>();
  for (const c of counts) for (const k of c.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  return { counts, df };
}

/**
 * The ids of a batch's documents and sentences, drawn from the sequences in one round trip when
 * first needed, so that the packed postings can name the sentences before they are written. Ids
 * of a document that is skipped are left unused (a sequence has gaps anyway).
 */
class IdBlock {
  private drawn: Promise<{ docs: number[]; sentences: number[] }> | undefined;
  private readonly starts: number[] = [];

  constructor(
    private readonly client: PoolClient,
    private readonly docs: readonly AnalysedDocument[],
  ) {
    let at = 0;
    for (const d of docs) {
      this.starts.push(at);
      at += d.sentences.length;
    }
    this.starts.push(at);
  }

  async take(k: number): Promise<{ doc: number; sentences: number[] }> {
    this.drawn ??= this.client
      .query<{ docs: number[]; sentences: number[] }>(
        `SELECT ARRAY(SELECT nextval(pg_get_serial_sequence('document', 'id'))::integer FROM generate_series(1, $1::integer) ORDER BY 1) AS docs,
                ARRAY(SELECT nextval(pg_get_serial_sequence('sentence', 'id'))::integer FROM generate_series(1, $2::integer) ORDER BY 1) AS sentences`,
        [this.docs.length, this.starts[this.docs.length]!],
      )
      .then((r) => r.rows[0]!);
    const { docs, sentences } = await this.drawn;
    return { doc: docs[k]!, sentences: sentences.slice(this.starts[k]!, this.starts[k + 1]!) };
  }
}

/**
 * Writes a document in one statement, with the ids drawn for it: the document, its sentences, its
 * terms' frequencies, its postings and the corpus totals (one statement is one transaction).
 */
async function insertDocument(client: PoolClient, a: AnalysedDocument, hash: string, ids: { doc: number; sentences: number[] }): Promise<number> {
  const s = a.source;
  const n = a.sentences.length;
  const docId = ids.doc;
  const sentenceIds = ids.sentences;
  const { counts, df } = frequencies(a.sentences);
  // Keys in one order everywhere, so that two writers lock the same term rows in the same order.
  const keys = [...df.keys()].sort();
  const lengths = a.sentences.map((x) => termLength(x.terms));
  // One row per term of the document: the sentences that hold it, packed.
  const packed = new Map<string, number[]>();
  counts.forEach((c, i) => {
    for (const [k, tf] of c) {
      let list = packed.get(k);
      if (!list) packed.set(k, (list = []));
      list.push(sentenceIds[i]!, Math.min(tf, 0xffff), lengths[i]!);
    }
  });
  const blobs = keys.map((k) => {
    const list = packed.get(k)!;
    const buf = Buffer.alloc(list.length * 4);
    list.forEach((v, j) => buf.writeUInt32LE(v, j * 4));
    return buf;
  });
  await client.query(
    `WITH doc AS (
       INSERT INTO document (id, source_id, file, hash, analysis_version, title, publisher, author, date, format)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $25)
     ), sen AS (
       INSERT INTO sentence (id, document_id, ordinal, text, line, "character", breaks, terms, length, frames, tsv, origins, part)
       SELECT i, $1, o, t, l, c, b::integer[], tm, len, NULLIF(f, '')::jsonb, coalesce(array_to_tsvector(string_to_array(lex, E'\\n')), ''::tsvector), og::integer[], pt
       FROM unnest($10::integer[], $11::integer[], $12::text[], $13::integer[], $14::integer[], $15::text[], $16::text[], $17::integer[], $18::text[], $19::text[], $26::text[], $27::integer[])
         AS u(i, o, t, l, c, b, tm, len, f, lex, og, pt)
     ), t AS (
       INSERT INTO term (key, df) SELECT * FROM unnest($20::text[], $21::integer[])
       ON CONFLICT (key) DO UPDATE SET df = term.df + EXCLUDED.df RETURNING id, key
     ), p AS (
       INSERT INTO posting (term_id, document_id, sentences)
       SELECT t.id, $1, u.b FROM t JOIN unnest($20::text[], $22::bytea[]) AS u(key, b) ON u.key = t.key
     )
     UPDATE corpus_stats SET documents = documents + 1, sentences = sentences + $23, total_length = total_length + $24, generation = generation + 1`,
    [
      docId,
      s.id,
      s.file,
      hash,
      ANALYSIS_VERSION,
      s.title,
      s.publisher ?? null,
      s.author ?? null,
      s.date ?? null,
      sentenceIds,
      a.sentences.map((_x, i) => i),
      a.sentences.map((x) => x.text),
      a.sentences.map((x) => x.line),
      a.sentences.map((x) => x.character),
      a.sentences.map((x) => (x.breaks?.length ? `{${x.breaks.join(',')}}` : null)),
      a.sentences.map((x) => x.terms),
      lengths,
      a.sentences.map((x) => x.analysis),
      counts.map((c) => (c.size ? [...c.keys()].join('\n') : null)),
      keys,
      keys.map((k) => df.get(k)!),
      blobs,
      n,
      lengths.reduce((x, y) => x + y, 0),
      s.format ?? null,
      a.sentences.map((x) => (x.origins?.length ? `{${x.origins.join(',')}}` : null)),
      a.sentences.map((x) => x.part ?? null),
    ],
  );
  return docId;
}

/** Deletes a document, its sentences and their postings, and takes them out of the frequencies. */
async function removeDocument(client: PoolClient, docId: number): Promise<void> {
  const rows = await client.query<{ id: number; terms: string; length: number }>('SELECT id, terms, length FROM sentence WHERE document_id = $1', [docId]);
  const { df } = frequencies(rows.rows);
  const keys = [...df.keys()].sort();
  if (keys.length) {
    const t = await client.query<{ id: number; key: string; df: number }>(
      `UPDATE term SET df = term.df - g.n FROM unnest($1::text[], $2::integer[]) AS g(key, n)
       WHERE term.key = g.key RETURNING term.id, term.key, term.df`,
      [keys, keys.map((k) => df.get(k)!)],
    );
    await client.query('DELETE FROM posting WHERE document_id = $1 AND term_id = ANY($2::integer[])', [docId, t.rows.map((r) => r.id)]);
    const gone = t.rows.filter((r) => r.df <= 0).map((r) => r.id);
    if (gone.length) await client.query('DELETE FROM term WHERE id = ANY($1::integer[])', [gone]);
  }
  await client.query('DELETE FROM document WHERE id = $1', [docId]);
  const total = rows.rows.reduce((x, r) => x + r.length, 0);
  await client.query('UPDATE corpus_stats SET documents = documents - 1, sentences = sentences - $1, total_length = total_length - $2, generation = generation + 1', [rows.rows.length, total]);
}
