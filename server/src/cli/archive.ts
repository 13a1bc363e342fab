/**
 * The command line's PostgreSQL archive: `corroborate index --corpus DIR... --db URL` fills it,
 * and `corroborate check --db URL` opens it in place of a corpus folder.
 */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { loadCorpus, SOURCE_EXTENSIONS, type CorpusReader } from '../core';
import { sourceExtractor } from '../node/extractor';
import { DEFAULT_MAX_CORPUS_BYTES, DEFAULT_MAX_CORPUS_FILES, FsCorpusReader } from '../node/fsReader';
import { ConnectionError, createPool, describeConnectionError, redact } from '../pg/connection';
import { ingestCorpus } from '../pg/ingest';
import type { PgRetriever } from '../pg/pgRetriever';
import { ArchiveError, openArchive as openForCheck } from '../pg/open';
import { SchemaError } from '../pg/schema';
import { UsageError } from './args';
import type { Sink } from './output';

export const INDEX_USAGE = `usage: corroborate index --corpus DIR... --db URL [options]

Puts the sources of each corpus folder (${SOURCE_EXTENSIONS}) into a PostgreSQL archive, which
\`corroborate check --db URL\` and the editor (corroborate.index.database) then check against.
It is incremental: a file whose content is unchanged is left alone, a changed one is replaced,
and a file the archive holds under one of these folders that is no longer there is deleted, each
in its own transaction. The schema is created, or migrated, as needed.

  --corpus DIR            a folder of sources (repeatable; at least one)
  --db URL                the archive: postgresql://user@host:port/database, or host=... dbname=...
                          The password comes from PGPASSWORD or ~/.pgpass, never from the URL.
  --verbose, -v           name each file written or deleted on stdout
  --quiet, -q             no progress on stderr
  --max-corpus-files N    refuse a corpus of more than N files or folders (default ${DEFAULT_MAX_CORPUS_FILES.toLocaleString('en-US')})
  --max-corpus-bytes N    refuse a corpus whose source files pass N bytes (K, M, G suffixes;
                          default 2G)

Exit status: 0 the archive holds the corpus; 1 some files could not be stored (named on stderr);
2 usage error, a corpus missing or over a limit, or a database that cannot be reached.`;

interface IndexArgs {
  corpora: string[];
  db?: string;
  verbose: boolean;
  quiet: boolean;
  maxCorpusFiles: number;
  maxCorpusBytes: number;
}

function parseIndexArgs(argv: readonly string[]): IndexArgs | 'help' {
  const args: IndexArgs = { corpora: [], verbose: false, quiet: false, maxCorpusFiles: DEFAULT_MAX_CORPUS_FILES, maxCorpusBytes: DEFAULT_MAX_CORPUS_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const name = a.split('=')[0]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '' || (!a.includes('=') && v.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') return 'help';
    else if (name === '--corpus') args.corpora.push(value());
    else if (name === '--db') args.db = value();
    else if (a === '--verbose' || a === '-v') args.verbose = true;
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (name === '--max-corpus-files') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--max-corpus-files needs a whole number (1 or more), not "${v}"`);
      args.maxCorpusFiles = Number(v);
    } else if (name === '--max-corpus-bytes') {
      const v = value();
      const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(v);
      const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[(m?.[2] ?? '').toLowerCase()];
      const n = m && scale ? Math.floor(Number(m[1]) * scale) : NaN;
      if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--max-corpus-bytes needs a size in bytes such as 500000000, 500M or 2G, not "${v}"`);
      args.maxCorpusBytes = n;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option "${a}"`);
    else throw new UsageError(`unexpected argument "${a}" (name corpus folders with --corpus DIR)`);
  }
  if (!args.corpora.length) throw new UsageError('no corpus to index (--corpus DIR)');
  if (args.db === undefined) throw new UsageError('no archive to fill (--db URL)');
  return args;
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** `corroborate index ...` (the arguments after "index"); the exit status. */
export async function runIndex(argv: readonly string[], out: Sink, err: (s: string) => void): Promise<number> {
  let args: IndexArgs | 'help';
  try {
    args = parseIndexArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`corroborate: ${e.message}\n${INDEX_USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    await out(`${INDEX_USAGE}\n`);
    return 0;
  }
  const db = args.db!;
  const roots = [...new Set(args.corpora.map((c) => path.resolve(c)))];
  for (const root of roots) {
    // A folder that is not there (an unmounted share) must not read as "every file was deleted".
    if (!existsSync(root)) return fail(err, `corpus folder not found: ${root}`);
    if (!statSync(root).isDirectory()) return fail(err, `corpus is not a folder: ${root}`);
  }
  let pool: ReturnType<typeof createPool>;
  try {
    pool = createPool(db, { max: 1 });
  } catch (e) {
    if (e instanceof ConnectionError) return fail(err, e.message);
    throw e;
  }
  try {
    const started = performance.now();
    const reader = new FsCorpusReader(roots, {
      maxFiles: args.maxCorpusFiles,
      maxBytes: args.maxCorpusBytes,
      hints: { maxFiles: '--max-corpus-files N', maxBytes: '--max-corpus-bytes N' },
    });
    let over = false;
    const bounded: CorpusReader = {
      list: async () => {
        const entries = await reader.list();
        // A corpus cut at a limit would delete from the archive the files past it.
        if (reader.limitReached) {
          over = true;
          return [];
        }
        return entries;
      },
      read: (file) => reader.read(file),
    };
    // HTML, PDF and Word files are read as the in-memory corpus reads them (on the format worker).
    const loaded = await loadCorpus(bounded, { convert: sourceExtractor().convert });
    await sourceExtractor().close();
    if (over) {
      const lim = reader.limitReached!;
      const what = lim.kind === 'files' ? `more than ${lim.max.toLocaleString('en-US')} files or folders` : `more than ${lim.max.toLocaleString('en-US')} bytes of source files`;
      return fail(err, `the corpus ${roots.join(', ')} has ${what}; nothing was indexed (raise the limit with ${lim.kind === 'files' ? '--max-corpus-files N' : '--max-corpus-bytes N'})`);
    }
    for (const w of [...reader.warnings, ...loaded.warnings]) err(`corroborate: warning: ${w}`);
    const tty = !args.quiet && process.stderr.isTTY;
    let last = 0;
    const result = await ingestCorpus(pool, loaded.documents, {
      roots,
      display,
      warn: (m) => err(`corroborate: warning: ${m}`),
      ...(tty
        ? {
            progress: (done: number, total: number) => {
              const now = Date.now();
              if (now - last < 100 && done < total) return;
              last = now;
              process.stderr.write(`\rcorroborate: indexing ${done}/${total}${done === total ? '\r\x1b[K' : ''}`);
            },
          }
        : {}),
    });
    if (args.verbose) for (const f of result.written) await out(`indexed ${display(f)}\n`);
    if (args.verbose) for (const f of result.deleted) await out(`deleted ${display(f)}\n`);
    const seconds = (performance.now() - started) / 1000;
    const n = (x: number): string => x.toLocaleString('en-US');
    await out(
      `${n(loaded.documents.length - result.skipped)} documents in ${redact(db)}: ${n(result.added)} added, ${n(result.changed)} changed, ${n(result.removed)} removed, ${n(result.unchanged)} unchanged` +
        `${result.skipped ? `, ${n(result.skipped)} skipped` : ''} (${seconds.toFixed(1)} s)\n`,
    );
    return result.skipped ? 1 : 0;
  } catch (e) {
    if (e instanceof SchemaError) return fail(err, e.message);
    return fail(err, describeConnectionError(e, db));
  } finally {
    await sourceExtractor().close();
    await pool.end().catch(() => undefined);
  }
}

/** Opens the archive for `check --db`: the retriever and how to close it, or an exit status. */
export async function openArchive(db: string, err: (s: string) => void, show: (file: string) => string = display): Promise<{ retriever: PgRetriever; close: () => Promise<void> } | number> {
  try {
    return await openForCheck(db, { display: show });
  } catch (e) {
    if (e instanceof ArchiveError) return fail(err, e.message);
    throw e;
  }
}

function fail(err: (s: string) => void, message: string): number {
  err(`corroborate: ${message}`);
  return 2;
}
