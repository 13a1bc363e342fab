/**
 * `corroborate check [options] FILE|DIR|PATTERN|-...` (see USAGE in args.ts).
 * Exit codes: 0 every claim supported, 1 some claim is not, 2 usage or input error.
 *
 * Every draft that can be read is checked and reported, whatever happens to the others; each one
 * that cannot (or not to the end) is named on stderr and makes the exit status 2. Reports are
 * written as the claims come, so their size is not bounded by memory.
 */
import { constants as fsConstants, promises as fs, existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { claimCode, createChecker, decodeText, decodingWarnings, findSuppressions, loadCorpus, normaliseSentence, sentenceFinder, SOURCE_EXTENSIONS, type CorpusReader, type MemoryIndex, type Retriever } from '../core';
import { buildIndex } from '../node/buildIndex';
import { sourceExtractor } from '../node/extractor';
import { FsCorpusReader } from '../node/fsReader';
import { defaultCacheDir } from '../node/indexCache';
import { loadWordKnowledge } from '../node/lexicon';
import { LexiconMemo } from '../node/lexiconMemo';
import { FileCache } from '../node/fileCache';
import { configScope, findConfig, findConfigFile, formatProblem, loadConfigFile, type ConfigScope } from '../node/projectConfig';
import { MAX_DRAFT_BYTES, parseArgs, USAGE, UsageError, type Args } from './args';
import { Baseline, BaselineError, baselineFile, readBaseline, writeBaseline, type BaselineEntry } from './baseline';
import { checkDraft } from './checkDraft';
import { expandInputs, type DraftInput } from './inputs';
import { DEFAULT_LEVELS, JsonReporter, listed, SarifReporter, StreamWriter, summaryLine, TextReporter, type Counts, type Levels, type ReportedClaim, type Reporter, type Sink } from './output';
import { HtmlReporter, toWriter } from './htmlReport';
import type { RunProblem } from './sarif';

export { parseArgs, UsageError } from './args';
export type { FileReport } from './sarif';
export type { Sink } from './output';

/** Warnings about the corpus shown in full; the rest are counted. */
const MAX_WARNINGS_SHOWN = 100;

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

/** Why a draft could not be read; the message completes "corroborate: FILE: ". */
class DraftError extends Error {}

/** Thrown by the standard output sink once the reader has gone (`| head`): the run stops. */
export class OutputClosed extends Error {}

export interface RunIo {
  /** Where `-` reads from (default: process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
}

/**
 * Runs the command line. `out` receives the report as it is written (a promise it returns holds
 * the run back until the text is taken); `err` receives one message at a time, without newline.
 */
export async function run(argv: readonly string[], out: Sink, err: (s: string) => void, io: RunIo = {}): Promise<number> {
  // The archive's code (and the PostgreSQL client) is loaded only by the commands that use it.
  if (argv[0] === 'index') return (await import('./archive.js')).runIndex(argv.slice(1), out, err);
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
    await out(`${USAGE}\n`);
    return 0;
  }
  if (args === 'version') {
    await out(`${VERSION}\n`);
    return 0;
  }

  const problems: RunProblem[] = [];
  const problem = (file: string, message: string): void => {
    problems.push({ path: file, message });
    err(`corroborate: ${file}: ${message}`);
  };

  if (args.command === 'report' && args.output !== undefined) {
    const dir = path.dirname(path.resolve(args.output));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return fail(err, `cannot write the report to ${args.output}: the folder ${dir} does not exist`);
    if (existsSync(args.output) && statSync(args.output).isDirectory()) return fail(err, `cannot write the report to ${args.output}: it is a folder`);
  }

  // The drafts first: a run with nothing to check ends before the corpus is read.
  const inputs = await expandInputs(args.files, args.stdinFilename === undefined ? {} : { stdinFilename: args.stdinFilename });
  for (const w of inputs.warnings) err(`corroborate: warning: ${w}`);
  for (const p of inputs.problems) problem(p.path, p.message);
  if (!inputs.drafts.length) return 2;

  // The project configuration: the one named, else the nearest above the first draft.
  let project: ConfigScope | undefined;
  if (args.config !== null) {
    const first = inputs.drafts[0]!;
    const from = first.kind === 'file' ? path.dirname(path.resolve(first.path)) : first.path ? path.dirname(first.path) : process.cwd();
    const loaded = typeof args.config === 'string' ? await loadConfigFile(args.config) : await findConfig(from);
    if (loaded) {
      if (loaded.problems.length) {
        for (const p of loaded.problems) err(`corroborate: ${formatProblem(display(loaded.file), p)}`);
        return fail(err, `the configuration ${display(loaded.file)} cannot be used (${loaded.problems.length === 1 ? 'see above' : `${loaded.problems.length} problems above`}); nothing was checked`);
      }
      project = configScope(loaded);
    }
  }
  const drafts: DraftInput[] = [];
  const configOfDir = new Map<string, string | undefined>();
  const otherConfigs = new Set<string>();
  for (const d of inputs.drafts) {
    const file = d.path;
    if (project && file !== undefined && !project.draftWanted(file)) {
      if (d.kind !== 'file' || d.explicit) err(`corroborate: warning: ${display(file)}: left out by ${display(project.loaded.file)} (include/exclude); not checked`);
      continue;
    }
    if (project && file !== undefined && args.config === undefined) {
      const dir = path.dirname(path.resolve(file));
      if (!configOfDir.has(dir)) configOfDir.set(dir, findConfigFile(dir));
      const own = configOfDir.get(dir);
      if (own !== undefined && own !== project.loaded.file && !otherConfigs.has(own)) {
        otherConfigs.add(own);
        err(`corroborate: warning: ${display(file)} is under another configuration (${display(own)}); this run uses ${display(project.loaded.file)} (give --config to choose)`);
      }
    }
    drafts.push(d);
  }
  if (!drafts.length) {
    if (problems.length) return 2;
    err(`corroborate: every draft is left out by ${project ? display(project.loaded.file) : 'the configuration'}; nothing to check`);
    return 0;
  }
  const levels: Levels = { ...DEFAULT_LEVELS, ...(project?.loaded.config.severity ?? {}) };
  const checkQuotes = args.quotes ?? project?.loaded.config.checkQuotes ?? true;

  // The baseline is read before the corpus: a baseline that cannot be used stops the run at once.
  let baseline: Baseline | undefined;
  if (args.baseline !== undefined) {
    try {
      baseline = new Baseline(await readBaseline(args.baseline));
    } catch (e) {
      if (!(e instanceof BaselineError)) throw e;
      return fail(err, `${display(args.baseline)}: ${e.message}`);
    }
  }

  // CORROBORATE_TIMINGS=1 prints the time of each phase on stderr (for benchmarks).
  const timings = process.env['CORROBORATE_TIMINGS'] === '1';
  let phaseStart = performance.now();
  const phase = (name: string): void => {
    if (!timings) return;
    const now = performance.now();
    const m = process.memoryUsage();
    const mb = (n: number): string => (n / 1048576).toFixed(0);
    err(`corroborate: timing: ${name} ${(now - phaseStart).toFixed(1)} ms (rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB, external ${mb(m.external)} MB)`);
    phaseStart = now;
  };
  let retriever: Retriever;
  let closeArchive = async (): Promise<void> => undefined;
  if (args.db !== undefined) {
    const archive = await (await import('./archive.js')).openArchive(args.db, err, display);
    if (typeof archive === 'number') return archive;
    closeArchive = archive.close;
    // A draft that was indexed with the sources is not evidence for itself, whatever path (or link) names it.
    const draftPaths = new Set<string>();
    for (const d of drafts) {
      if (d.path === undefined) continue;
      draftPaths.add(path.resolve(d.path));
      draftPaths.add(await realpath(d.path));
    }
    try {
      retriever = await archive.retriever.excluding([...draftPaths]);
    } catch (e) {
      await closeArchive();
      if (isDatabaseError(e)) return fail(err, (await import('../pg/connection.js')).describeConnectionError(e, args.db));
      throw e;
    }
    phase('open archive');
  } else {
    const index = await corpusIndex(args, project, drafts, err, phase);
    if (typeof index === 'number') return index;
    retriever = index;
  }
  const index = retriever;
  // The checks, and the report: an archive that goes away during them (a restart, a dropped
  // connection) stops the run with a message, not a stack.
  const checkAll = async (): Promise<number> => {
    const lexicon = loadWordKnowledge(undefined, { warn: (m) => err(`corroborate: warning: word knowledge: ${m}`) });
    // What the word knowledge worked out in runs before: a pure cache, kept with the index cache.
    const memo = args.cache ? new LexiconMemo(args.cacheDir ?? defaultCacheDir(), (m) => err(`corroborate: warning: ${m}`)) : undefined;
    memo?.load(lexicon);
    const checker = createChecker(index, { lexicon });
    phase('word knowledge');

    const stats = index.stats();
    const writer = new StreamWriter(out);
    const writing = args.command === 'baseline' ? args.output : undefined;
    const recorded: BaselineEntry[] = [];
    let writeFailed: string | undefined;
    const output = args.command === 'report' ? args.output : undefined;
    const toFile = async (html: string): Promise<void> => {
      // Written beside the target, then renamed: a failed run never leaves half a report.
      const temp = `${output}.${process.pid}.tmp`;
      try {
        await fs.writeFile(temp, html, 'utf8');
        await fs.rename(temp, output!);
      } catch (e) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        writeFailed = `cannot write the report to ${output} (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      }
    };
    const reporter: Reporter =
      writing !== undefined
        ? new NoReport()
        : args.command === 'report'
          ? new HtmlReporter(output === undefined ? toWriter(writer) : toFile, stats, VERSION)
          : args.format === 'json'
            ? new JsonReporter(writer, stats)
            : args.format === 'sarif'
              ? new SarifReporter(writer, VERSION, levels, baseline !== undefined)
              : new TextReporter(writer, args.quiet, levels);
    const counts: Required<Counts> = { supported: 0, conflict: 0, disputed: 0, unsupported: 0, misattributed: 0, inconsistent: 0 };
    // What fails the run: problems of severity error, and those of severity warning (credits and
    // consistency included) past --max-warnings.
    let errors = 0;
    let warned = 0;
    let suppressed = 0;
    let inBaseline = 0;
    let files = 0;
    for (const draft of drafts) {
      const name = draft.kind === 'file' ? draft.path : draft.name;
      let bytes: Uint8Array;
      try {
        bytes = draft.kind === 'file' ? await readDraft(draft.path) : await readStdin(io.stdin ?? process.stdin, args.timeoutPerFile);
      } catch (e) {
        if (!(e instanceof DraftError)) throw e;
        problem(name, e.message);
        continue;
      }
      const decoded = decodeText(bytes);
      if (!decoded) {
        problem(name, 'looks like a binary file, not a draft');
        continue;
      }
      for (const w of decodingWarnings(name, decoded)) err(`corroborate: warning: ${w}`);
      const markdown = !/\.txt$/i.test(kindName(draft));
      files++;
      const suppressions = findSuppressions(decoded.text, markdown);
      for (const p of suppressions.problems) err(`corroborate: warning: ${name}:${p.line + 1}: ${p.message}`);
      // Baselines key a claim by its sentence: found only when a baseline is read or written.
      const sentenceOf = baseline || writing !== undefined ? sentenceFinder(decoded.text, markdown) : undefined;
      const keyFile = (to: string): string => (draft.kind === 'file' ? baselineFile(to, draft.path) : draft.path ? baselineFile(to, draft.path) : name);
      await reporter.startFile(name, decoded.text);
      const result = await checkDraft(checker, decoded.text, {
        checkQuotes,
        markdown,
        ...(args.timeoutPerFile > 0 ? { deadline: performance.now() + args.timeoutPerFile * 1000 } : {}),
        maxClaims: args.maxClaims,
        onClaims: async (claims) => {
          const reported: ReportedClaim[] = claims.map((c) => {
            if (c.verdict === 'supported') return c;
            if (suppressions.isSuppressed(c)) return { ...c, suppressed: true };
            const code = claimCode(c)!;
            const entry = sentenceOf ? { verdict: c.verdict, code, text: c.text, sentence: normaliseSentence(sentenceOf(c)), evidenceHash: c.evidenceHash } : undefined;
            if (entry && writing !== undefined && levels[c.verdict] !== 'off') recorded.push({ ...entry, file: keyFile(writing) });
            if (entry && baseline && args.baseline !== undefined && baseline.take({ ...entry, file: keyFile(args.baseline) })) return { ...c, inBaseline: true };
            return c;
          });
          for (const c of reported) {
            if (c.suppressed) {
              suppressed++;
              continue;
            }
            counts[c.verdict]++;
            const credit = c.codes.includes('misattributed');
            const consistency = c.codes.includes('inconsistent');
            if (credit) counts.misattributed++;
            if (consistency) counts.inconsistent++;
            if (c.inBaseline) {
              inBaseline++;
              continue;
            }
            warned += Number(credit) + Number(consistency);
            if (!listed(c, levels) || c.verdict === 'supported') continue;
            if (levels[c.verdict] === 'error') errors++;
            else if (levels[c.verdict] === 'warning') warned++;
          }
          await reporter.claims(name, reported);
        },
      });
      await reporter.endFile(name, result.stopped ? { reason: result.stopped, checkedLines: result.checkedLines } : undefined);
      if (result.consistencyStopped) err(`corroborate: warning: ${name}: too many figures to compare them all within a quarter of --timeout-per-file; some inconsistencies may not be reported`);
      if (result.stopped) {
        const why =
          result.stopped === 'timeout'
            ? `stopped after ${args.timeoutPerFile} s (--timeout-per-file ${args.timeoutPerFile})`
            : `stopped after ${args.maxClaims.toLocaleString('en-US')} claims (--max-claims ${args.maxClaims})`;
        problem(name, `${why}; the report of this draft is partial: ${result.checkedLines} of ${result.lines} lines checked`);
      }
    }
    phase('check');
    await reporter.finish({ counts, files, sources: stats.documents, problems, suppressed, inBaseline });
    await memo?.save(lexicon);
    if (writeFailed) return fail(err, writeFailed);
    if (output !== undefined && files) err(`corroborate: wrote ${display(path.resolve(output))}: ${summaryLine({ counts, files, sources: stats.documents, problems, suppressed, inBaseline })}`);

    if (writing !== undefined) {
      if (problems.length) return fail(err, `the baseline was not written: some drafts could not be checked in full (see above)`);
      try {
        await writeBaseline(writing, recorded);
      } catch (e) {
        if (!(e instanceof BaselineError)) throw e;
        return fail(err, e.message);
      }
      if (!args.quiet) err(`corroborate: wrote ${recorded.length} problem${recorded.length === 1 ? '' : 's'} of ${files} draft${files === 1 ? '' : 's'} to ${display(writing)}`);
      return 0;
    }
    if (problems.length) return 2;
    if (errors > 0) return 1;
    if (args.maxWarnings < 0) return warned > 0 ? 1 : 0;
    if (warned > args.maxWarnings) {
      err(`corroborate: ${warned} warnings (claims unsupported, disputed, misattributed or inconsistent), more than --max-warnings ${args.maxWarnings}`);
      return 1;
    }
    return 0;
  };
  try {
    return await checkAll();
  } catch (e) {
    if (args.db !== undefined && isDatabaseError(e)) return fail(err, `${(await import('../pg/connection.js')).describeConnectionError(e, args.db)}; the check was stopped`);
    throw e;
  } finally {
    await closeArchive();
  }
}

/** The in-memory index of the corpus folders (the configuration's, or the bundled corpus), through the cache; an exit status when there is none. */
async function corpusIndex(args: Args, project: ConfigScope | undefined, drafts: readonly DraftInput[], err: (s: string) => void, phase: (name: string) => void): Promise<MemoryIndex | number> {
  const configured = project?.corpus.length ? project.corpus : undefined;
  const roots = args.corpora.length ? [...new Set(args.corpora.map((c) => path.resolve(c)))] : configured ? [...new Set(configured)] : [bundledCorpus()];
  for (const root of roots) {
    if (!existsSync(root)) return fail(err, `corpus folder not found: ${root}`);
    if (!statSync(root).isDirectory()) return fail(err, `corpus is not a folder: ${root}`);
  }
  const reader = new FsCorpusReader(roots, {
    maxFiles: args.maxCorpusFiles,
    maxBytes: args.maxCorpusBytes,
    hints: { maxFiles: '--max-corpus-files N', maxBytes: '--max-corpus-bytes N' },
  });
  // A corpus over a limit is refused before any of it is read: a verdict against part of a corpus
  // ("no source states this") would be wrong without saying so.
  const bounded: CorpusReader = {
    list: async () => {
      const entries = await reader.list();
      if (reader.limitReached) throw new CorpusTooLarge(reader.limitReached.kind, reader.limitReached.max);
      // The configuration's `exclude` leaves sources out as well as drafts.
      return project ? entries.filter((e) => !project.sourceExcluded(path.resolve(e.path))) : entries;
    },
    read: (file) => reader.read(file),
  };
  // Files unchanged since the last run (size and modification time) are not read again.
  const files = args.cache ? new FileCache(args.cacheDir ?? defaultCacheDir(), roots, (m) => err(`corroborate: warning: ${m}`)) : undefined;
  await files?.load();
  let loaded: Awaited<ReturnType<typeof loadCorpus>>;
  try {
    loaded = await loadCorpus(bounded, { convert: sourceExtractor().convert, ...(files ? { files } : {}) });
  } catch (e) {
    if (!(e instanceof CorpusTooLarge)) throw e;
    const what = e.kind === 'files' ? `more than ${e.max.toLocaleString('en-US')} files or folders` : `more than ${e.max.toLocaleString('en-US')} bytes of source files`;
    const flag = e.kind === 'files' ? '--max-corpus-files N' : '--max-corpus-bytes N';
    return fail(err, `the corpus ${roots.join(', ')} has ${what}; nothing was checked (give --corpus a smaller folder, or raise the limit with ${flag})`);
  }
  await sourceExtractor().close();
  await files?.save();
  phase('read corpus');
  const warnings = [...reader.warnings, ...loaded.warnings];
  for (const w of warnings.slice(0, MAX_WARNINGS_SHOWN)) err(`corroborate: warning: ${display(w.split(': ')[0]!)}: ${w.split(': ').slice(1).join(': ')}`);
  if (warnings.length > MAX_WARNINGS_SHOWN) err(`corroborate: warning: ${(warnings.length - MAX_WARNINGS_SHOWN).toLocaleString('en-US')} more warnings about the corpus not shown`);
  if (!loaded.documents.length) return fail(err, `the corpus has no readable sources (${SOURCE_EXTENSIONS} files): ${roots.join(', ')}`);
  // A draft kept inside a corpus folder is not evidence for itself, whatever path (or link) names it.
  const draftPaths = new Set<string>();
  for (const d of drafts) {
    const file = d.path;
    if (file === undefined) continue;
    draftPaths.add(path.resolve(file));
    draftPaths.add(await realpath(file));
  }
  // The listing worked out each file's real path: asking the system again for every source cost more than the rest of the check's start.
  const own = await Promise.all(loaded.documents.map(async (d) => draftPaths.has(path.resolve(d.file)) || draftPaths.has(reader.realPathOf(d.file) ?? (await realpath(d.file)))));
  // Publisher aliases: "Agence France-Presse" cited as the configuration's "AFP".
  const sources = loaded.documents
    .filter((_d, i) => !own[i])
    .map((d) => (project && d.publisher && project.publisher(d.publisher) !== d.publisher ? { ...d, publisher: project.publisher(d.publisher) } : d));
  if (!sources.length) return fail(err, `the corpus has no readable sources (${SOURCE_EXTENSIONS} files) besides the drafts: ${roots.join(', ')}`);
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
  return index;
}

/** An error of the database or of the connection to it, as opposed to one of ours. */
function isDatabaseError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (typeof code === 'string' && /^(?:[0-9A-Z]{5}|E[A-Z]+)$/.test(code)) || /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message);
}

/** The report of `corroborate baseline`: none (it writes the baseline file instead). */
class NoReport implements Reporter {
  async startFile(): Promise<void> {}
  async claims(): Promise<void> {}
  async endFile(): Promise<void> {}
  async finish(): Promise<void> {}
}

class CorpusTooLarge extends Error {
  constructor(
    readonly kind: 'files' | 'bytes',
    readonly max: number,
  ) {
    super(`corpus over the ${kind} limit`);
  }
}

/** The name whose extension tells a draft's kind (.txt: plain text; anything else: Markdown). */
function kindName(draft: DraftInput): string {
  return draft.kind === 'file' ? draft.path : (draft.path ?? 'stdin.md');
}

async function realpath(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return path.resolve(file);
  }
}

function openError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return `could not be read (${code ?? String(e)})`;
}

/**
 * Reads a draft file. It is opened without blocking and refused unless it is a regular file, so a
 * FIFO or a device never hangs the run; no more than the size limit is ever read.
 */
async function readDraft(file: string): Promise<Uint8Array> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new DraftError(openError(e));
  }
  try {
    const st = await handle.stat();
    if (st.isDirectory()) throw new DraftError('is a folder');
    if (!st.isFile()) throw new DraftError('not a regular file (a FIFO, socket or device); skipped');
    if (st.size > MAX_DRAFT_BYTES) throw new DraftError(`too large to check (${st.size} bytes; the limit is ${MAX_DRAFT_BYTES}); skipped`);
    const buffer = Buffer.alloc(Math.min(MAX_DRAFT_BYTES + 1, st.size + 64 * 1024));
    let length = 0;
    // The file may grow while it is read: read up to one byte past the limit, then judge.
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_DRAFT_BYTES) throw new DraftError(`too large to check (over ${MAX_DRAFT_BYTES} bytes); skipped`);
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof DraftError) throw e;
    throw new DraftError(openError(e));
  } finally {
    await handle.close();
  }
}

/** Reads standard input to its end, up to the size limit and, when there is one, within the time budget. */
function readStdin(stream: NodeJS.ReadableStream, timeoutSeconds: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    const cleanup = (abandon: boolean): void => {
      if (timer) clearTimeout(timer);
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      // Input left unread would keep the process alive.
      if (abandon) (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    };
    const onData = (chunk: Buffer | string): void => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += b.length;
      if (size > MAX_DRAFT_BYTES) {
        cleanup(true);
        reject(new DraftError(`too large to check (over ${MAX_DRAFT_BYTES} bytes); skipped`));
        return;
      }
      chunks.push(b);
    };
    const onEnd = (): void => {
      cleanup(false);
      resolve(Buffer.concat(chunks));
    };
    const onError = (e: Error): void => {
      cleanup(true);
      reject(new DraftError(`could not be read (${(e as NodeJS.ErrnoException).code ?? e.message})`));
    };
    if (timeoutSeconds > 0) {
      timer = setTimeout(() => {
        cleanup(true);
        reject(new DraftError(`standard input was not closed within ${timeoutSeconds} s (--timeout-per-file); skipped`));
      }, timeoutSeconds * 1000);
    }
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
  });
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

/**
 * Standard output as a sink that respects backpressure: a write the stream cannot take at once
 * waits for 'drain'. Once the reader has gone (EPIPE), every write throws OutputClosed.
 */
function stdoutSink(): Sink {
  const stdout = process.stdout;
  let closed = false;
  const waiting = new Set<() => void>();
  stdout.on('error', (e: NodeJS.ErrnoException) => {
    closed = true;
    for (const wake of waiting) wake();
    if (e.code !== 'EPIPE') process.stderr.write(`corroborate: cannot write the report (${e.code ?? e.message})\n`);
  });
  return (text) => {
    if (closed) throw new OutputClosed('standard output is closed');
    if (stdout.write(text)) return;
    return new Promise<void>((resolve, reject) => {
      const wake = (): void => {
        waiting.delete(wake);
        stdout.off('drain', wake);
        if (closed) reject(new OutputClosed('standard output is closed'));
        else resolve();
      };
      waiting.add(wake);
      stdout.once('drain', wake);
    });
  };
}

/** Entry point of the `corroborate` command. */
export function main(): void {
  run(process.argv.slice(2), stdoutSink(), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof OutputClosed) {
        process.exitCode = 2;
        return;
      }
      process.stderr.write(`corroborate: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) main();
