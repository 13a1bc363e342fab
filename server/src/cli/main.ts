/**
 * `corroborate check [--corpus DIR]... [--format text|json|sarif] FILE...`
 * Exit codes: 0 every claim supported, 1 some claim is not, 2 usage or input error.
 */
import { promises as fs, existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createChecker, decodeText, loadCorpus, type ClaimResult } from '../core';
import { buildIndex } from '../node/buildIndex';
import { FsCorpusReader } from '../node/fsReader';
import { defaultCacheDir } from '../node/indexCache';
import { loadWordKnowledge } from '../node/lexicon';
import { toSarif } from './sarif';

const USAGE = `usage: corroborate check [--corpus DIR]... [--format text|json|sarif] [--no-quotes]
                        [--cache-dir DIR | --no-cache] [--quiet] FILE...

Checks the figures and quotes of each FILE against a corpus of sources.
  --corpus DIR     a folder of .md/.txt sources (repeatable; default: the bundled corpus)
  --format F       text (default), json or sarif
  --no-quotes      do not check direct quotes
  --cache-dir DIR  where the analysed corpus is kept between runs
                   (default: $XDG_CACHE_HOME/corroborate, else ~/.cache/corroborate)
  --no-cache       analyse the corpus afresh and keep nothing
  --quiet          no progress on stderr while the corpus is analysed
Exit status: 0 all claims supported, 1 some claim is not, 2 usage or input error.`;

const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

export class UsageError extends Error {}

interface Args {
  corpora: string[];
  format: 'text' | 'json' | 'sarif';
  quotes: boolean;
  cache: boolean;
  cacheDir?: string;
  quiet: boolean;
  files: string[];
}

export function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const args: Args = { corpora: [], format: 'text', quotes: true, cache: true, quiet: false, files: [] };
  if (argv.includes('--help') || argv.includes('-h')) return 'help';
  if (argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (v === undefined || v === '' || (!a.includes('=') && v.startsWith('--'))) throw new UsageError(`${a.split('=')[0]} needs a value`);
      return v;
    };
    if (a === '--corpus' || a.startsWith('--corpus=')) args.corpora.push(value());
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      args.format = f;
    } else if (a === '--no-quotes') args.quotes = false;
    else if (a === '--no-cache') args.cache = false;
    else if (a === '--cache-dir' || a.startsWith('--cache-dir=')) args.cacheDir = path.resolve(value());
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '--') {
      args.files.push(...rest.slice(i + 1));
      break;
    }
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('no file to check');
  if (!args.cache && args.cacheDir !== undefined) throw new UsageError('--cache-dir and --no-cache exclude each other');
  return args;
}

function bundledCorpus(): string {
  // dist/cli.js → ../corpus; out/server/src/cli/main.js → ../../../../corpus
  for (const up of ['..', '../../../..']) {
    const dir = path.resolve(__dirname, up, 'corpus');
    if (existsSync(dir)) return dir;
  }
  return path.resolve(__dirname, '..', 'corpus');
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export interface FileReport {
  path: string;
  claims: ClaimResult[];
}

export async function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`corroborate: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (args === 'help') {
    out(USAGE);
    return 0;
  }
  if (args === 'version') {
    out(VERSION);
    return 0;
  }

  const roots = args.corpora.length ? [...new Set(args.corpora.map((c) => path.resolve(c)))] : [bundledCorpus()];
  for (const root of roots) {
    if (!existsSync(root)) return fail(err, `corpus folder not found: ${root}`);
    if (!statSync(root).isDirectory()) return fail(err, `corpus is not a folder: ${root}`);
  }
  // CORROBORATE_TIMINGS=1 prints the time of each phase on stderr (for benchmarks).
  const timings = process.env['CORROBORATE_TIMINGS'] === '1';
  let phaseStart = performance.now();
  const phase = (name: string): void => {
    if (!timings) return;
    const now = performance.now();
    err(`corroborate: timing: ${name} ${(now - phaseStart).toFixed(1)} ms`);
    phaseStart = now;
  };
  const reader = new FsCorpusReader(roots);
  const loaded = await loadCorpus(reader);
  phase('read corpus');
  for (const w of [...reader.warnings, ...loaded.warnings]) err(`corroborate: warning: ${display(w.split(': ')[0]!)}: ${w.split(': ').slice(1).join(': ')}`);
  if (!loaded.documents.length) return fail(err, `the corpus has no readable .md or .txt documents: ${roots.join(', ')}`);
  // A draft kept inside a corpus folder is not evidence for itself.
  const drafts = new Set(args.files.map((f) => path.resolve(f)));
  const sources = loaded.documents.filter((d) => !drafts.has(path.resolve(d.file)));
  if (!sources.length) return fail(err, `the corpus has no readable .md or .txt documents besides the drafts: ${roots.join(', ')}`);
  const progress = args.quiet || !process.stderr.isTTY ? undefined : progressLine();
  const { index } = await buildIndex(sources, {
    roots,
    ...(args.cache ? { cacheDir: args.cacheDir ?? defaultCacheDir() } : {}),
    warn: (m) => err(`corroborate: warning: ${m}`),
    display,
    ...(progress ? { progress: progress.update } : {}),
  });
  progress?.done();
  phase('index');
  const lexicon = loadWordKnowledge(undefined, { warn: (m) => err(`corroborate: warning: word knowledge: ${m}`) });
  const checker = createChecker(index, { lexicon });

  phase('word knowledge');
  const reports: FileReport[] = [];
  for (const file of args.files) {
    let bytes: Buffer;
    try {
      const st = await fs.stat(file);
      if (!st.isFile()) return fail(err, `not a file: ${file}`);
      if (st.size > MAX_DRAFT_BYTES) return fail(err, `${file} is too large to check (${st.size} bytes; the limit is ${MAX_DRAFT_BYTES})`);
      bytes = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail(err, code === 'ENOENT' ? `file not found: ${file}` : `cannot read ${file} (${code ?? String(e)})`);
    }
    const decoded = decodeText(bytes);
    if (!decoded) return fail(err, `${file} looks like a binary file, not a draft`);
    if (decoded.latin1) err(`corroborate: warning: ${file}: not valid UTF-8; read as Latin-1`);
    const markdown = !/\.txt$/i.test(file);
    reports.push({ path: file, claims: await checker.check(decoded.text, { checkQuotes: args.quotes, markdown }) });
  }

  phase('check');
  const stats = index.stats();
  if (args.format === 'json') {
    out(JSON.stringify({ version: 1, corpus: stats, files: reports }, null, 2));
  } else if (args.format === 'sarif') {
    out(JSON.stringify(toSarif(reports, VERSION), null, 2));
  } else {
    out(formatText(reports, stats));
  }
  return reports.some((r) => r.claims.some((c) => c.verdict !== 'supported')) ? 1 : 0;
}

/** A progress line on stderr, rewritten in place, at most ten times a second. */
function progressLine(): { update: (done: number, total: number) => void; done: () => void } {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      shown = true;
      process.stderr.write(`\rcorroborate: analysing sources ${done}/${total}`);
    },
    done() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

function fail(err: (s: string) => void, message: string): number {
  err(`corroborate: ${message}`);
  return 2;
}

const SEVERITY = { conflict: 'error', disputed: 'warning', unsupported: 'warning', supported: 'info' } as const;

export function formatText(reports: readonly FileReport[], stats: { documents: number; sentences: number }): string {
  const lines: string[] = [];
  const counts = { supported: 0, conflict: 0, disputed: 0, unsupported: 0 };
  for (const r of reports) {
    for (const c of r.claims) {
      counts[c.verdict]++;
      if (c.verdict === 'supported') continue;
      const { line, character } = c.range.start;
      lines.push(`${r.path}:${line + 1}:${character + 1}: ${SEVERITY[c.verdict]}: ${c.message.replace(/\s+/g, ' ')} [${c.verdict}]`);
    }
  }
  const total = counts.supported + counts.conflict + counts.disputed + counts.unsupported;
  lines.push(
    `${total} claim${total === 1 ? '' : 's'} checked in ${reports.length} file${reports.length === 1 ? '' : 's'} against ${stats.documents} source${stats.documents === 1 ? '' : 's'}: ` +
      `${counts.supported} supported, ${counts.conflict} conflict, ${counts.disputed} disputed, ${counts.unsupported} unsupported.`,
  );
  return lines.join('\n');
}

/** Entry point of the `corroborate` command. */
export function main(): void {
  run(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`corroborate: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
