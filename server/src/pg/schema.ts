/**
 * The PostgreSQL schema of an archive, versioned: each migration runs once, in order, in its own
 * transaction, and the version reached is recorded in `corroborate_schema`. A database written by
 * a newer build is refused rather than misread.
 */
import type { ClientBase } from 'pg';

/** The migrations, in order; a migration is never edited once released, only followed by another. */
export const MIGRATIONS: readonly { readonly version: number; readonly sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE document (
        id               serial PRIMARY KEY,
        source_id        text NOT NULL UNIQUE,
        file             text NOT NULL UNIQUE,
        hash             text NOT NULL,
        analysis_version integer NOT NULL,
        title            text NOT NULL,
        publisher        text,
        author           text,
        date             text,
        indexed_at       timestamptz NOT NULL DEFAULT now()
      );
      -- One row per source sentence: where it is, what it says, the terms it is found under (repeats
      -- included, as analysed), its claim frames, and a tsvector of its distinct terms (concepts and
      -- figure value keys as lexemes) for full-text queries from SQL.
      CREATE TABLE sentence (
        id          serial PRIMARY KEY,
        document_id integer NOT NULL REFERENCES document (id) ON DELETE CASCADE,
        ordinal     integer NOT NULL,
        text        text NOT NULL,
        line        integer NOT NULL,
        "character" integer NOT NULL,
        breaks      integer[],
        terms       text NOT NULL,
        length      integer NOT NULL,
        frames      jsonb,
        tsv         tsvector NOT NULL,
        UNIQUE (document_id, ordinal)
      );
      CREATE INDEX sentence_tsv ON sentence USING gin (tsv);
      -- The inverted index that retrieval scores with BM25: for each term and document, the
      -- sentences that hold the term, packed as little-endian uint32 triples (sentence id, the
      -- term's frequency in it, its length in terms). A search reads one index range per query
      -- term; a document's rows are written and deleted with it, and no other row changes.
      CREATE TABLE term (
        id  serial PRIMARY KEY,
        key text NOT NULL UNIQUE,
        df  integer NOT NULL
      );
      CREATE TABLE posting (
        term_id     integer NOT NULL,
        document_id integer NOT NULL,
        sentences   bytea NOT NULL,
        PRIMARY KEY (term_id, document_id)
      );
      -- The totals BM25 needs, and a generation counted up by every write: a reader may keep
      -- postings it has read for as long as the generation is the same.
      CREATE TABLE corpus_stats (
        one          boolean PRIMARY KEY DEFAULT true CHECK (one),
        documents    integer NOT NULL,
        sentences    integer NOT NULL,
        total_length bigint NOT NULL,
        generation   bigint NOT NULL
      );
      INSERT INTO corpus_stats VALUES (true, 0, 0, 0, 0);
    `,
  },
  {
    // HTML, PDF and Word sources: the format a document's text was extracted from, and for each
    // sentence where its pieces are in what the user opens and the page or paragraph it starts in.
    // Nullable columns without a default: adding them rewrites nothing, and the Markdown and text
    // sentences of a version 1 archive read as they did.
    version: 2,
    sql: `
      ALTER TABLE document ADD COLUMN format text;
      ALTER TABLE sentence ADD COLUMN origins integer[], ADD COLUMN part integer;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Any lock id will do as long as it is the same everywhere: "corroborate" in a 32-bit hash. */
const MIGRATION_LOCK = 0x636f7272;

export class SchemaError extends Error {}

/** The schema version of the database, 0 when it has none of ours. */
export async function schemaVersion(client: ClientBase): Promise<number> {
  const t = await client.query<{ exists: boolean }>(`SELECT to_regclass('corroborate_schema') IS NOT NULL AS exists`);
  if (!t.rows[0]?.exists) return 0;
  const v = await client.query<{ version: number }>('SELECT max(version) AS version FROM corroborate_schema');
  return v.rows[0]?.version ?? 0;
}

/**
 * Brings the schema up to date; two runs at once wait for each other. Returns the migrations
 * applied. Throws SchemaError for a database written by a newer build.
 */
export async function migrate(client: ClientBase): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    await client.query('CREATE TABLE IF NOT EXISTS corroborate_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const current = await schemaVersion(client);
    if (current > SCHEMA_VERSION) throw new SchemaError(`the database has schema version ${current}, newer than this build of corroborate knows (${SCHEMA_VERSION}); upgrade corroborate`);
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO corroborate_schema (version) VALUES ($1)', [m.version]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}

/** Throws SchemaError unless the database holds an archive of exactly this schema version. */
export async function requireSchema(client: ClientBase): Promise<void> {
  const v = await schemaVersion(client);
  if (v === 0) throw new SchemaError('the database holds no corroborate archive; fill it first with `corroborate index --corpus DIR --db URL`');
  if (v < SCHEMA_VERSION) throw new SchemaError(`the archive has schema version ${v}, older than this build's (${SCHEMA_VERSION}); run \`corroborate index --db URL\` to migrate it`);
  if (v > SCHEMA_VERSION) throw new SchemaError(`the archive has schema version ${v}, newer than this build of corroborate knows (${SCHEMA_VERSION}); upgrade corroborate`);
}
