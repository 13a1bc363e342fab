/**
 * Connections to an archive. The connection string names the server, the database and the user;
 * the password comes from PGPASSWORD or ~/.pgpass (PGPASSFILE), never from the string itself, which
 * ends up in settings files, shell histories and process lists.
 */
import * as pg from 'pg';
import pgpass from 'pgpass';

export class ConnectionError extends Error {}

/** Throws ConnectionError for a string that is not a connection string or that holds a password. */
export function checkConnectionString(s: string): void {
  const text = s.trim();
  if (!text) throw new ConnectionError('the database connection string is empty');
  if (/^postgres(?:ql)?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      throw new ConnectionError(`"${redact(text)}" is not a valid connection URL (postgresql://user@host:port/database)`);
    }
    if (url.password || url.searchParams.has('password')) throw new ConnectionError(PASSWORD_REFUSED);
    return;
  }
  // The key=value form ("host=db1 dbname=news user=desk").
  if (!/^\s*\w+\s*=/.test(text)) throw new ConnectionError(`"${redact(text)}" is not a connection string (postgresql://user@host:port/database, or host=... dbname=...)`);
  if (/(?:^|\s)password\s*=/i.test(text)) throw new ConnectionError(PASSWORD_REFUSED);
}

const PASSWORD_REFUSED = 'the database connection string holds a password; leave it out and give the password through PGPASSWORD or ~/.pgpass instead';

/** The connection string as it may be shown: any password replaced. */
export function redact(s: string): string {
  return s.replace(/(\/\/[^:/@\s]*:)[^@\s]*@/, '$1***@').replace(/((?:^|\s|[?&])password\s*=\s*)[^\s&]*/gi, '$1***');
}

export interface PoolOptions {
  /** Connections kept at most (default 4). */
  readonly max?: number;
  /** Give up connecting after this many milliseconds (default 5000). */
  readonly connectTimeoutMs?: number;
  /** Cancel a statement after this many milliseconds (default none). */
  readonly statementTimeoutMs?: number;
}

/** A pool on the archive. Nothing is connected until the first query. */
export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  checkConnectionString(connectionString);
  const config: pg.PoolConfig = {
    connectionString: connectionString.trim(),
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'corroborate',
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    // pg takes an undefined password as none (and then says the server asked for one).
    password: (() => password(config)) as () => Promise<string>,
  };
  const pool = new pg.Pool(config);
  // An idle connection the server drops must not take the process down; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** PGPASSWORD, else the matching line of ~/.pgpass (or PGPASSFILE), else none. */
function password(config: pg.PoolConfig): Promise<string | undefined> {
  const env = process.env['PGPASSWORD'];
  if (env !== undefined) return Promise.resolve(env);
  const params = new pg.Client({ connectionString: config.connectionString }) as unknown as { connectionParameters: Record<string, unknown> };
  return new Promise((resolve) => {
    try {
      pgpass(params.connectionParameters, (pass) => resolve(pass));
    } catch {
      resolve(undefined);
    }
  });
}

/** A connection error in the words of a fact-checker's terminal: what failed, where, what to do. */
export function describeConnectionError(e: unknown, connectionString: string): string {
  const err = e as NodeJS.ErrnoException & { code?: string };
  const where = redact(connectionString.trim());
  const code = err?.code;
  if (code === 'ECONNREFUSED') return `cannot reach the database at ${where}: connection refused (is PostgreSQL running there?)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot reach the database at ${where}: unknown host`;
  if (code === 'ETIMEDOUT' || /timeout/i.test(err?.message ?? '')) return `cannot reach the database at ${where}: no answer in time`;
  if (code === '28P01' || code === '28000') return `the database at ${where} refused the login (${err.message}); give the password through PGPASSWORD or ~/.pgpass`;
  if (/password must be a string|no password/i.test(err?.message ?? '')) return `the database at ${where} asks for a password; give it through PGPASSWORD or ~/.pgpass`;
  if (code === '3D000') return `the database at ${where} does not exist (${err.message})`;
  return `the database at ${where} failed: ${err instanceof Error ? err.message : String(e)}`;
}
