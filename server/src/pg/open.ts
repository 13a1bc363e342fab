/** Opening an archive for checking, shared by the command line and the language server. */
import { ConnectionError, createPool, describeConnectionError, redact } from './connection';
import { PgRetriever, type PgRetrieverOptions } from './pgRetriever';
import { SchemaError } from './schema';

export interface OpenedArchive {
  readonly retriever: PgRetriever;
  /** The connection string as it may be shown (no password). */
  readonly name: string;
  close(): Promise<void>;
}

/** Why an archive cannot be used, in a sentence for a fact-checker. */
export class ArchiveError extends Error {}

/**
 * Connects, checks the schema and that the archive holds documents. Rejects with ArchiveError
 * (never anything else) when it cannot be used.
 */
export async function openArchive(connection: string, options: PgRetrieverOptions & { connectTimeoutMs?: number; statementTimeoutMs?: number } = {}): Promise<OpenedArchive> {
  let pool: ReturnType<typeof createPool>;
  try {
    pool = createPool(connection, {
      max: 2,
      ...(options.connectTimeoutMs !== undefined ? { connectTimeoutMs: options.connectTimeoutMs } : {}),
      ...(options.statementTimeoutMs !== undefined ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    });
  } catch (e) {
    throw new ArchiveError(e instanceof ConnectionError ? e.message : String(e));
  }
  const name = redact(connection.trim());
  try {
    const retriever = await PgRetriever.open(pool, options);
    if (retriever.stats().documents === 0) throw new ArchiveError(`the archive ${name} holds no documents; fill it with corroborate index --corpus DIR --db URL`);
    return { retriever, name, close: () => pool.end().catch(() => undefined) };
  } catch (e) {
    await pool.end().catch(() => undefined);
    if (e instanceof ArchiveError) throw e;
    throw new ArchiveError(e instanceof SchemaError ? `${name}: ${e.message}` : describeConnectionError(e, connection));
  }
}
