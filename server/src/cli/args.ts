/** The options of `corroborate check`. */
import * as path from 'node:path';
import { DEFAULT_MAX_CORPUS_BYTES, DEFAULT_MAX_CORPUS_FILES } from '../node/fsReader';

export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_CLAIMS = 10_000;
export const DEFAULT_TIMEOUT_SECONDS = 60;

export const USAGE = `usage: corroborate check [options] FILE|DIR|PATTERN|-...
       corroborate baseline --output FILE [options] FILE|DIR|PATTERN|-...
       corroborate report [options] -o REPORT.html FILE|DIR|PATTERN|-...
       corroborate index --corpus DIR... --db URL   (see corroborate index --help)

Checks the figures and quotes of each draft against a corpus of sources. A FILE is checked as it
is; a DIR, every .md, .markdown and .txt file below it (hidden files, node_modules and .git
skipped); a quoted PATTERN such as 'drafts/**/*.md', the .md, .markdown and .txt files it matches
(* ? [abc] {a,b} **); - reads one draft from standard input. \`baseline\` writes the problems found
to FILE, for a later \`check --baseline FILE\` to tolerate. \`report\` writes one self-contained
HTML page instead: each draft with its claims marked, the sources for and against each claim side
by side, a summary of verdicts and the sources consulted.

  --corpus DIR            a folder of .md/.txt sources (repeatable; default: the bundled corpus)
  --db URL                check against a PostgreSQL archive filled by \`corroborate index\`
                          instead of a corpus folder (postgresql://user@host:port/database; the
                          password comes from PGPASSWORD or ~/.pgpass)
  --format F              text (default), json or sarif (check only)
  --no-quotes             do not check direct quotes (--quotes: check them, whatever the
                          configuration says)
  --config FILE           the project configuration (default: the nearest .corroborate.yaml,
                          .corroborate.yml or .corroborate.json above the first draft, up to the
                          repository root); --no-config: none
  --baseline FILE         problems recorded in FILE (by \`corroborate baseline\`) do not fail the run
  --output FILE, -o FILE  baseline: where to write the baseline; report: where to write its HTML
                          page (default: standard output)
  --stdin-filename NAME   the name a draft read from - is reported as, and whose extension picks
                          its kind (.txt: plain text; else Markdown); default <stdin>, Markdown
  --quiet, -q             no progress on stderr, and the text format lists only errors (conflicts);
                          its summary still counts every verdict, json and sarif stay complete, and
                          the exit status does not change
  --max-warnings N        tolerate up to N warnings (claims unsupported or disputed) before the
                          exit status is 1; conflicts (errors) always make it 1. Default -1: any
                          warning makes it 1
  --max-claims N          stop checking a draft after N claims and report it as partial
                          (default ${DEFAULT_MAX_CLAIMS.toLocaleString('en-US')}; 0: no limit)
  --timeout-per-file S    stop checking a draft after S seconds and report it as partial; standard
                          input not closed within S seconds is skipped (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit)
  --max-corpus-files N    refuse a corpus of more than N files or folders (default ${DEFAULT_MAX_CORPUS_FILES.toLocaleString('en-US')})
  --max-corpus-bytes N    refuse a corpus whose .md/.txt files pass N bytes (K, M, G suffixes;
                          default 2G)
  --cache-dir DIR         where the analysed corpus is kept between runs
                          (default: $XDG_CACHE_HOME/corroborate, else ~/.cache/corroborate)
  --no-cache              analyse the corpus afresh and keep nothing

Exit status: 0 every claim supported (or only warnings within --max-warnings); 1 a conflict, or
too many warnings; 2 usage or input error: a draft that could not be read (missing, not a regular
file, binary, over ${MAX_DRAFT_BYTES / 1024 / 1024} MB), a folder or pattern with no draft, a draft stopped by
--timeout-per-file or --max-claims, a corpus that is missing, empty or over a limit, a
configuration or a baseline that cannot be used. Suppressed claims and claims in the baseline
never fail the run; the configuration's severities decide which claims are errors (error) and
which warnings (warning). The drafts
that could be checked are reported all the same; the others are named on stderr.`;

export class UsageError extends Error {}

export interface Args {
  command: 'check' | 'baseline' | 'report';
  corpora: string[];
  format: 'text' | 'json' | 'sarif';
  /** undefined: as the configuration says (default: checked). */
  quotes: boolean | undefined;
  /** The configuration file named by --config; null: --no-config; undefined: the nearest one. */
  config?: string | null;
  /** --baseline FILE (check). */
  baseline?: string;
  /** --output FILE: the baseline to write, or the report page (undefined: standard output). */
  output?: string;
  cache: boolean;
  cacheDir?: string;
  /** A PostgreSQL archive's connection string, in place of corpus folders. */
  db?: string;
  quiet: boolean;
  files: string[];
  stdinFilename?: string;
  /** -1: every warning fails the run. */
  maxWarnings: number;
  /** 0: no limit. */
  maxClaims: number;
  /** Seconds; 0: no limit. */
  timeoutPerFile: number;
  maxCorpusFiles: number;
  maxCorpusBytes: number;
}

function integer(name: string, v: string, min: number): number {
  if (!/^-?\d+$/.test(v) || Number(v) < min || !Number.isSafeInteger(Number(v))) throw new UsageError(`${name} needs a whole number${min === 0 ? ' (0 or more)' : min === 1 ? ' (1 or more)' : ` (${min} or more)`}, not "${v}"`);
  return Number(v);
}

function bytes(name: string, v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(v);
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[(m?.[2] ?? '').toLowerCase()];
  const n = m && scale ? Math.floor(Number(m[1]) * scale) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`${name} needs a size in bytes such as 500000000, 500M or 2G, not "${v}"`);
  return n;
}

function seconds(name: string, v: string): number {
  if (!/^\d+(?:\.\d+)?$/.test(v)) throw new UsageError(`${name} needs a number of seconds (0: no limit), not "${v}"`);
  return Number(v);
}

export function parseArgs(argv: readonly string[]): Args | 'help' | 'version' {
  const args: Args = {
    command: 'check',
    corpora: [],
    format: 'text',
    quotes: undefined,
    cache: true,
    quiet: false,
    files: [],
    maxWarnings: -1,
    maxClaims: DEFAULT_MAX_CLAIMS,
    timeoutPerFile: DEFAULT_TIMEOUT_SECONDS,
    maxCorpusFiles: DEFAULT_MAX_CORPUS_FILES,
    maxCorpusBytes: DEFAULT_MAX_CORPUS_BYTES,
  };
  const dash = argv.indexOf('--');
  const options = dash < 0 ? argv : argv.slice(0, dash);
  if (options.includes('--help') || options.includes('-h')) return 'help';
  if (options.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'baseline' && command !== 'report') throw new UsageError(command ? `unknown command "${command}" (check, baseline or report)` : 'missing command');
  args.command = command;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const name = a.split('=')[0]!;
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      // "--max-warnings -1" is a value; "--corpus --format" is a forgotten one.
      if (v === undefined || v === '' || (!a.includes('=') && v.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--corpus') args.corpora.push(value());
    else if (name === '--db') args.db = value();
    else if (name === '--format') {
      if (command === 'report') throw new UsageError('--format is an option of check; report always writes HTML');
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`unknown format "${f}" (text, json or sarif)`);
      args.format = f;
    } else if (a === '--no-quotes') args.quotes = false;
    else if (a === '--quotes') args.quotes = true;
    else if (name === '--config') {
      if (args.config === null) throw new UsageError('--config and --no-config exclude each other');
      args.config = path.resolve(value());
    } else if (a === '--no-config') {
      if (typeof args.config === 'string') throw new UsageError('--config and --no-config exclude each other');
      args.config = null;
    } else if (name === '--baseline') args.baseline = path.resolve(value());
    else if (name === '--output' || name === '-o') args.output = path.resolve(value());
    else if (a === '--no-cache') args.cache = false;
    else if (name === '--cache-dir') args.cacheDir = path.resolve(value());
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (name === '--stdin-filename') args.stdinFilename = value();
    else if (name === '--max-warnings') args.maxWarnings = integer(name, value(), -1);
    else if (name === '--max-claims') args.maxClaims = integer(name, value(), 0);
    else if (name === '--timeout-per-file') args.timeoutPerFile = seconds(name, value());
    else if (name === '--max-corpus-files') args.maxCorpusFiles = integer(name, value(), 1);
    else if (name === '--max-corpus-bytes') args.maxCorpusBytes = bytes(name, value());
    else if (a === '--') {
      args.files.push(...rest.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}"`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new UsageError('no file to check');
  if (args.command === 'baseline') {
    if (args.output === undefined) throw new UsageError('baseline needs --output FILE, the baseline to write');
    if (args.baseline !== undefined) throw new UsageError('--baseline is for check; baseline writes one with --output');
    if (args.format !== 'text') throw new UsageError('--format is for check; baseline always writes JSON');
  } else if (args.command === 'check' && args.output !== undefined) throw new UsageError('--output is for baseline and report (check writes its report on standard output)');
  if (!args.cache && args.cacheDir !== undefined) throw new UsageError('--cache-dir and --no-cache exclude each other');
  if (args.db !== undefined && args.corpora.length) throw new UsageError('--db and --corpus exclude each other: the archive is the corpus (fill it with corroborate index --corpus DIR --db URL)');
  const stdin = args.files.filter((f) => f === '-').length;
  if (stdin > 1) throw new UsageError('- (standard input) can be given only once');
  if (args.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename names the draft read from -, which is not among the files');
  return args;
}
