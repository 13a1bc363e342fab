/**
 * The corpora behind the drafts. Each workspace folder resolves `corroborate.corpus.paths`
 * (else `<folder>/corpus`, else the bundled corpus) to a set of root folders; folders that resolve
 * to the same set share one index. Sets load once, with progress, and then follow the file
 * system through `workspace/didChangeWatchedFiles`, re-parsing only the files that changed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { kindOf, loadCorpus, loadSource, MemoryIndex, SOURCE_EXTENSIONS, type Checker, type CorpusEntry, type CorpusReader, type Evidence, type Range, type Retriever, type SourceDocument } from '../core';
import { buildIndex, yielder } from '../node/buildIndex';
import { FileCache } from '../node/fileCache';
import { sourceExtractor } from '../node/extractor';
import { FsCorpusReader, isFolder, type FsReaderOptions } from '../node/fsReader';
import { SOURCE_SCHEME, type Settings, type SourceSummary, type StatusParams } from './protocol';
import type { Folder, Folders } from './folders';
import { isInside, pathToUri, uriToPath } from './uris';

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Progress {
  report(percentage: number, message?: string): void;
  done(): void;
}

export interface CorpusDeps {
  readonly bundledCorpus: string;
  readonly createChecker: (index: Retriever) => Checker;
  /**
   * Opens a PostgreSQL archive (corroborate.index.database); rejects with an Error whose message
   * says why it cannot be used. Absent: archives are not supported and the setting is ignored.
   */
  readonly openArchive?: (connection: string) => Promise<Archive>;
  /** How often an archive that stopped answering is tried again, in ms (default 5,000). */
  readonly archiveRetryMs?: number;
  readonly settingsFor: (folderUri: string | undefined) => Promise<Settings>;
  readonly log: Log;
  /** Shows a warning to the user (window/showMessage). */
  readonly warnUser: (message: string) => void;
  readonly status: (params: StatusParams) => void;
  /** Starts a progress report (window/workDoneProgress when the client has it). */
  readonly progress: (title: string) => Promise<Progress>;
  /** Where the analysed corpora are cached between sessions (undefined: not cached). */
  readonly cacheDir: () => string | undefined;
  /** Bounds of the corpus reader (default: its own, 50,000 files and 2 GiB of sources). */
  readonly readerLimits?: FsReaderOptions;
  /** Called when a load or an update of a corpus has finished (drafts answered "indexing" can be pulled again). */
  readonly indexed?: (set: CorpusSet) => void;
  /** Sources a folder's project configuration leaves out, and its publisher aliases. */
  readonly sourceFilterFor?: (folderUri: string | undefined) => Promise<SourceFilter | undefined>;
}

/** What the project configuration says of sources: which are left out, and publishers' canonical names. */
export interface SourceFilter {
  /** Changes when what the filter does changes: part of a corpus's identity. */
  readonly corpusKey: string;
  sourceExcluded(file: string): boolean;
  publisher(name: string): string;
}

/** An opened archive: its retriever, and how to let it go. */
export interface Archive {
  /** `excluding`: the archive without some files' documents (a draft indexed with the sources). */
  readonly retriever: Retriever & { excluding?(files: readonly string[]): Promise<Retriever> };
  /** The connection string as it may be shown (no password). */
  readonly name: string;
  close(): Promise<void>;
}

/** How often the progress of a long indexing is told to the client. */
const REPORT_EVERY_MS = 1000;


/** Where an evidence sentence, and the figure or words matched in it, are in its file. */
export interface EvidenceLocation {
  readonly uri: string;
  readonly sentence: Range;
  readonly match?: Range;
}

export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

interface SourceFile {
  readonly doc: SourceDocument;
}

export type FileChangeKind = 'created' | 'changed' | 'deleted';

let nextSetId = 1;

/** One corpus: its roots, its index and checker, and the files it was built from. */
export class CorpusSet {
  readonly id = nextSetId++;
  index = new MemoryIndex();
  checker: Checker;
  /** Bumped whenever the indexed content changes: part of every check cache key. */
  generation = 0;
  /** Roots that did not exist (or were not folders) at the last load. */
  missing: string[] = [];
  /** Resolves when the first load has finished (later reloads swap the index atomically). */
  readonly initial: Promise<void>;
  /** The first load has finished (successfully or not): requests are answered from this set's index. */
  loaded = false;
  /** When the first load started (Date.now()): the grace a request waits for it is counted from here. */
  readonly started = Date.now();
  /** The archive the drafts are checked against, when `database` is set and it could be opened. */
  archive: Archive | undefined;
  private files = new Map<string, SourceFile>();
  private ids = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();
  /** While the archive that was opened does not answer: the retries' timer. */
  private retrying: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Checkers of drafts that the archive holds as sources, without them, by file. */
  private ownCheckers = new Map<string, Promise<Checker>>();

  constructor(
    readonly key: string,
    readonly roots: readonly string[],
    readonly bundled: boolean,
    private readonly deps: CorpusDeps,
    private readonly filter?: SourceFilter,
    /** corroborate.index.database: checked against in place of the folders while it can be reached. */
    readonly database = '',
  ) {
    this.checker = deps.createChecker(this.index);
    this.initial = this.reload();
    this.initial.then(
      () => (this.loaded = true),
      () => (this.loaded = true),
    );
  }

  get documents(): number {
    return this.archive ? this.archive.retriever.stats().documents : this.files.size;
  }

  /** Sources and sentences of what the drafts are checked against. */
  stats(): { documents: number; sentences: number } {
    const st = (this.archive?.retriever ?? this.index).stats();
    return { documents: st.documents, sentences: st.sentences };
  }

  /** Re-reads every file of every root and swaps in a fresh index. */
  reload(): Promise<void> {
    return this.enqueue(() => this.load());
  }

  /** Applies file-system changes: re-parses changed and created files, drops deleted ones. */
  update(changes: ReadonlyMap<string, FileChangeKind>): Promise<boolean> {
    return this.enqueue(() => this.apply(changes));
  }

  /** True when a path is under one of this set's roots and could be a source file. */
  covers(file: string): boolean {
    return this.roots.some((r) => isInside(r, file));
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The checker for a draft: the set's, unless the archive holds the draft itself as a source
   * (its folder was indexed with the sources), which is then left out: a draft is never its own
   * evidence.
   */
  checkerFor(file: string | undefined): Promise<Checker> {
    const archive = this.archive;
    const checker = this.checker;
    if (!archive || file === undefined || !archive.retriever.excluding) return Promise.resolve(checker);
    const names = new Set([file, realpathOr(file)]);
    const own = (archive.retriever.sources?.() ?? []).filter((d) => names.has(d.file) || names.has(realpathOr(d.file)));
    if (!own.length) return Promise.resolve(checker);
    let made = this.ownCheckers.get(file);
    if (!made) {
      made = archive.retriever.excluding([...names, ...own.map((d) => d.file)]).then((r) => this.deps.createChecker(this.guarded(archive, r)));
      this.ownCheckers.set(file, made);
      made.catch(() => this.ownCheckers.delete(file));
    }
    return made;
  }

  /** Stops trying to reach a lost archive (the set is no longer used). */
  dispose(): void {
    this.disposed = true;
    this.stopRetrying();
    const archive = this.archive;
    this.archive = undefined;
    void archive?.close().catch(() => undefined);
  }

  /** Checks against an opened archive from now on. */
  private useArchive(archive: Archive): void {
    this.stopRetrying();
    this.archive = archive;
    this.checker = this.deps.createChecker(this.guarded(archive, archive.retriever));
    this.ownCheckers = new Map();
    this.index = new MemoryIndex();
    this.files = new Map();
    this.ids = new Map();
    this.missing = [];
    this.generation++;
  }

  /**
   * The archive's retriever, watched: when it fails during a check (the server went down, the
   * network dropped), the drafts are checked against the folders from then on, the user is told
   * once, and the archive is tried again every few seconds until it answers.
   */
  private guarded(archive: Archive, r: Retriever): Retriever {
    // The check that met the failure fails with the reason; the next ones use the folders.
    const failed = (e: unknown): never => {
      throw new Error(this.archive === archive ? this.lose(archive, e) : `the archive ${archive.name} stopped answering`);
    };
    return {
      stats: () => r.stats(),
      search: (terms, limit, token) => r.search(terms, limit, token).catch(failed),
      idf: (terms) => r.idf(terms).catch(failed),
      ...(r.sources ? { sources: () => r.sources!() } : {}),
    };
  }

  /** The archive failed: says so, reads the folders, tries the archive again now and then. Returns the message. */
  private lose(archive: Archive, e: unknown): string {
    const why = e instanceof Error ? e.message : String(e);
    const message = `the archive ${archive.name} stopped answering (${why}); checking against ${this.describeFolders()} until it is back (tried again every ${Math.round(this.retryMs() / 1000)} s)`;
    this.deps.log.warn(`corroborate: ${message}`);
    this.deps.warnUser(`Corroborate: ${message}`);
    this.archive = undefined;
    void archive.close().catch(() => undefined);
    void this.enqueue(() => this.load(message)).catch(() => undefined);
    this.stopRetrying();
    this.retrying = setInterval(() => void this.retry(), this.retryMs());
    this.retrying.unref();
    return message;
  }

  private retryMs(): number {
    return this.deps.archiveRetryMs ?? 5000;
  }

  private stopRetrying(): void {
    if (this.retrying) clearInterval(this.retrying);
    this.retrying = undefined;
  }

  private retryBusy = false;

  /** One more try at a lost archive; quiet while it still does not answer. */
  private async retry(): Promise<void> {
    if (this.retryBusy || this.disposed || this.archive || !this.deps.openArchive) return;
    this.retryBusy = true;
    try {
      const archive = await this.deps.openArchive(this.database).catch(() => undefined);
      if (!archive) return;
      await this.enqueue(async () => {
        if (this.disposed || this.archive) {
          await archive.close().catch(() => undefined);
          return;
        }
        this.useArchive(archive);
        const stats = archive.retriever.stats();
        this.deps.log.info(`corroborate: the archive ${archive.name} answers again; checking against it (${stats.documents} sources, ${stats.sentences} sentences)`);
        this.deps.status({ state: 'ready', ...stats });
        this.deps.indexed?.(this);
      });
    } finally {
      this.retryBusy = false;
    }
  }

  /** Loads the corpus: the archive when one is set and answers, else the folders. `lost`: the archive just failed (the folders are read, and this said). */
  private async load(lost?: string): Promise<void> {
    const { log, status } = this.deps;
    let unreachable: string | undefined = lost;
    if (this.database && this.deps.openArchive && !lost) {
      status({ state: 'indexing', message: 'Connecting to the archive' });
      this.stopRetrying();
      const previous = this.archive;
      this.archive = undefined;
      await previous?.close().catch(() => undefined);
      try {
        const archive = await this.deps.openArchive(this.database);
        this.useArchive(archive);
        const stats = archive.retriever.stats();
        log.info(`corroborate: checking against the archive ${archive.name} (${stats.documents} sources, ${stats.sentences} sentences)`);
        status({ state: 'ready', ...stats });
        this.deps.indexed?.(this);
        return;
      } catch (e) {
        // The editor keeps working: the drafts are checked against the folders meanwhile.
        unreachable = `${e instanceof Error ? e.message : String(e)}; checking against ${this.describeFolders()} instead (Corroborate: Reload Corpus tries again)`;
        log.warn(`corroborate: ${unreachable}`);
        this.deps.warnUser(`Corroborate: ${unreachable}`);
      }
    }
    status({ state: 'indexing', message: `Indexing ${this.describe()}` });
    const progress = await this.deps.progress('Corroborate: indexing sources');
    const watched = new WatchedReader(this.describe(), progress, status);
    try {
      const present = this.roots.filter(isFolder);
      this.missing = this.roots.filter((r) => !present.includes(r));
      const reader = new FsCorpusReader(present, this.deps.readerLimits);
      // Files unchanged since they were last read (size and modification time) are not read again.
      const dir = this.deps.cacheDir();
      const known = dir ? new FileCache(dir, present, (m) => log.warn(`corroborate: ${m}`)) : undefined;
      await known?.load();
      const read = await loadCorpus(watched.over(this.filtered(reader)), { maxBytes: MAX_SOURCE_BYTES, convert: sourceExtractor().convert, ...(known ? { files: known } : {}) });
      await known?.save();
      const loaded = { ...read, documents: read.documents.map((d) => this.aliased(d)) };
      watched.stop();
      for (const line of summariseWarnings([...reader.warnings, ...loaded.warnings], this.describe())) log.warn(`corroborate: ${line}`);
      // A corpus cut at the reader's limits (a folder as large as a disk): the user should know.
      const cut = reader.limitReached;
      if (cut) {
        const what = cut.kind === 'files' ? `${cut.max.toLocaleString('en-US')} files or folders` : `${cut.max.toLocaleString('en-US')} bytes of sources`;
        this.deps.warnUser(`Corroborate: the corpus (${this.roots.join(', ')}) was cut at ${what}; the rest is not read. Point "corroborate.corpus.paths" at the folders that hold the sources.`);
      }
      progress.report(10, `${loaded.documents.length} sources`);
      const cacheDir = this.deps.cacheDir();
      // Analysis runs on worker threads (or in slices that yield), so requests are answered meanwhile.
      let last = 0;
      const { index, cached } = await buildIndex(loaded.documents, {
        roots: present,
        ...(cacheDir ? { cacheDir } : {}),
        warn: (m) => log.warn(`corroborate: ${m}`),
        progress: (done, total) => {
          progress.report(10 + Math.round((90 * done) / Math.max(1, total)), `${done}/${total} sources analysed`);
          if (Date.now() - last < REPORT_EVERY_MS) return;
          last = Date.now();
          status({ state: 'indexing', documents: total, message: `Analysing ${done} of ${total} sources of ${this.describe()}` });
        },
        yielding: true,
      });
      if (cached) log.info(`corroborate: ${cached} of ${loaded.documents.length} sources read from the index cache in ${cacheDir}`);
      const files = new Map<string, SourceFile>();
      const ids = new Map<string, string>();
      for (const doc of loaded.documents) {
        files.set(doc.file, { doc });
        ids.set(doc.id, doc.file);
      }
      this.index = index;
      this.checker = this.deps.createChecker(index);
      this.files = files;
      this.ids = ids;
      this.generation++;
      const stats = index.stats();
      log.info(`corroborate: indexed ${stats.documents} sources (${stats.sentences} sentences) from ${this.describeFolders()}`);
      status({ state: 'ready', ...stats });
      if (unreachable) status({ state: 'error', message: unreachable });
    } finally {
      watched.stop();
      progress.done();
      this.deps.indexed?.(this);
    }
  }

  private async apply(changes: ReadonlyMap<string, FileChangeKind>): Promise<boolean> {
    // The archive follows its own `corroborate index` runs, not the folders.
    if (this.archive) return false;
    let changed = false;
    let reporting = false;
    const warnings: string[] = [];
    for (const [file, kind] of changes) {
      if (!this.covers(file)) continue;
      if (kind === 'deleted') {
        // A deleted folder takes every source below it.
        for (const known of [...this.files.keys()]) if (isInside(file, known)) changed = this.remove(known) || changed;
        continue;
      }
      if (!this.isSourcePath(file)) continue;
      if (this.filter?.sourceExcluded(file)) {
        changed = this.remove(file) || changed;
        continue;
      }
      // Read through the same reader and converter as the full load.
      const reader = new FsCorpusReader(this.roots);
      const entry = await reader.entry(file);
      if (!entry) {
        // Gone between the event and now, or not a regular file: treat as deleted.
        changed = this.remove(file) || changed;
        continue;
      }
      const doc = await loadSource(reader, entry, { maxBytes: MAX_SOURCE_BYTES, convert: sourceExtractor().convert }, warnings);
      if (!doc) {
        changed = this.remove(file) || changed;
        continue;
      }
      const previous = this.files.get(file);
      let id = doc.id;
      for (let n = 2; this.ids.has(id) && this.ids.get(id) !== file; n++) id = `${doc.id}-${n}`;
      if (id !== doc.id) warnings.push(`${file}: id "${doc.id}" is used by another file; using "${id}"`);
      const indexed = this.aliased({ ...doc, id });
      // Analysed as the full load is (on a worker for any real amount of text): a large source
      // would otherwise hold up every request while it is analysed in this thread.
      if (!reporting) {
        reporting = true;
        this.deps.status({ state: 'indexing', message: `Re-indexing changed sources of ${this.describe()}` });
      }
      const built = await buildIndex([indexed], { roots: this.roots, warn: (m) => warnings.push(m), yielding: true });
      const analysed = built.index.analysed(id);
      if (!analysed) continue;
      if (previous && previous.doc.id !== id) {
        this.index.removeDocument(previous.doc.id);
        this.ids.delete(previous.doc.id);
      }
      await this.index.addAnalysedInSlices(analysed, yielder(20));
      this.files.set(file, { doc: indexed });
      this.ids.set(id, file);
      changed = true;
    }
    for (const line of summariseWarnings(warnings, this.describe())) this.deps.log.warn(`corroborate: ${line}`);
    if (changed) {
      this.checker.clearCache();
      this.generation++;
      const stats = this.index.stats();
      this.deps.log.info(`corroborate: re-indexed ${changes.size} changed file(s); ${stats.documents} sources in ${this.describe()}`);
      this.deps.status({ state: 'ready', ...stats });
    } else if (reporting) {
      this.deps.status({ state: 'ready', ...this.index.stats() });
    }
    return changed;
  }

  /** The reader without the sources the project configuration excludes. */
  private filtered(reader: CorpusReader): CorpusReader {
    const filter = this.filter;
    if (!filter) return reader;
    return { list: async () => (await reader.list()).filter((e) => !filter.sourceExcluded(path.resolve(e.path))), read: (file) => reader.read(file) };
  }

  /** A document with its publisher's canonical name. */
  private aliased(doc: SourceDocument): SourceDocument {
    const publisher = doc.publisher && this.filter ? this.filter.publisher(doc.publisher) : doc.publisher;
    return publisher === doc.publisher ? doc : { ...doc, publisher };
  }

  private remove(file: string): boolean {
    const known = this.files.get(file);
    if (!known) return false;
    this.index.removeDocument(known.doc.id);
    this.ids.delete(known.doc.id);
    this.files.delete(file);
    return true;
  }

  /** Mirrors FsCorpusReader: a source's extension, not hidden, not under node_modules or VCS folders. */
  private isSourcePath(file: string): boolean {
    if (kindOf(file) === null) return false;
    const root = this.roots.find((r) => isInside(r, file));
    if (!root) return false;
    return path
      .relative(root, file)
      .split(path.sep)
      .every((part) => part !== '' && !part.startsWith('.') && !SKIPPED_DIRS.has(part));
  }

  describe(): string {
    return this.archive ? `the archive ${this.archive.name}` : this.describeFolders();
  }

  private describeFolders(): string {
    return this.bundled ? `the bundled corpus (${this.roots.join(', ')})` : this.roots.join(', ');
  }

  sources(): SourceSummary[] {
    const docs = this.archive ? (this.archive.retriever.sources?.() ?? []) : [...this.files.values()].map((f) => f.doc);
    return docs
      .map((doc) => ({
        id: doc.id,
        title: doc.title,
        ...(doc.publisher ? { publisher: doc.publisher } : {}),
        ...(doc.date ? { date: doc.date } : {}),
        uri: sourceUri(doc),
      }))
      .sort((a, b) => a.uri.localeCompare(b.uri));
  }

  /** Where an evidence sentence, and the figure or words matched in it, are in their file. */
  locate(e: Evidence): EvidenceLocation {
    const doc = this.files.get(e.file)?.doc;
    const uri = doc ? sourceUri(doc) : viewed(e.file) ? viewUri(e.file) : pathToUri(e.file);
    return { uri, sentence: e.range, ...(e.match ? { match: e.match.range } : {}) };
  }

  /** The source document of a file of this corpus. */
  document(file: string): SourceDocument | undefined {
    return this.files.get(file)?.doc;
  }

  /** The format a source of this corpus (the folders' or the archive's) was read from; null: not one of its sources. */
  formatOf(file: string): SourceDocument['format'] | null {
    const doc = this.files.get(file)?.doc ?? this.archive?.retriever.sources?.().find((d) => d.file === file);
    return doc ? doc.format : null;
  }
}

/** The file with links resolved, or as it is when it cannot be resolved. */
function realpathOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** PDF and Word files are not text: the editor opens the view of their extracted text instead. */
function viewed(file: string): boolean {
  const kind = kindOf(file);
  return kind === 'pdf' || kind === 'docx';
}

/** The URI the editor opens for a source: the file, or the view of a PDF's or Word file's text. */
export function sourceUri(doc: Pick<SourceDocument, 'file' | 'format'>): string {
  return doc.format === 'pdf' || doc.format === 'docx' ? viewUri(doc.file) : pathToUri(doc.file);
}

/** `corroborate-source:` URI of the read-only view of a file's extracted text. */
export function viewUri(file: string): string {
  return pathToUri(file).replace(/^file:/, `${SOURCE_SCHEME}:`);
}

/** The file of a view URI; undefined for any other URI. */
export function viewFile(uri: string): string | undefined {
  if (!uri.startsWith(`${SOURCE_SCHEME}:`)) return undefined;
  return uriToPath(`file:${uri.slice(SOURCE_SCHEME.length + 1)}`);
}

/**
 * The text of the view of a PDF or Word source: extracted again from the file, through the same
 * reader and converter as the index, so that its lines are the ones citations give. Undefined when
 * the file is not a source of a loaded corpus; a message when it can no longer be read.
 */
export async function sourceView(sets: readonly CorpusSet[], file: string): Promise<string | undefined> {
  const set = sets.find((s) => s.formatOf(file) !== null);
  const format = set?.formatOf(file);
  if (!set || (format !== 'pdf' && format !== 'docx')) return undefined;
  // An archive's source is read where it was indexed from, which need not be under the folders.
  const reader = new FsCorpusReader(set.document(file) ? set.roots : [path.dirname(file)]);
  const entry = await reader.entry(file);
  if (!entry) return `${path.basename(file)}: the file is gone; reload the corpus.`;
  if ((entry.size ?? 0) > MAX_SOURCE_BYTES) return `${path.basename(file)}: over the ${MAX_SOURCE_BYTES}-byte limit.`;
  try {
    const extracted = await sourceExtractor().extract(file, await reader.read(file), format);
    return extracted.view ?? extracted.text;
  } catch (e) {
    return `${path.basename(file)}: could not be read (${e instanceof Error ? e.message : String(e)}).`;
  }
}


/** Warnings about files logged one by one; the rest are counted. */
const MAX_LOGGED_WARNINGS = 50;
const NOT_A_SOURCE = /: skipped \(not a source: only .* files are read\)$/;

/**
 * The loader's warnings as log lines: files that are not sources counted in one line, then the
 * first MAX_LOGGED_WARNINGS others and a count of the rest (a corpus folder as large as a disk has
 * hundreds of thousands, and one log message each would flood the client).
 */
export function summariseWarnings(warnings: readonly string[], where: string): string[] {
  const out: string[] = [];
  const others = warnings.filter((w) => !NOT_A_SOURCE.test(w));
  const notSources = warnings.length - others.length;
  if (notSources) out.push(`${notSources} file(s) in ${where} skipped: only ${SOURCE_EXTENSIONS} files are read`);
  out.push(...others.slice(0, MAX_LOGGED_WARNINGS));
  if (others.length > MAX_LOGGED_WARNINGS) out.push(`… and ${others.length - MAX_LOGGED_WARNINGS} more warnings about files in ${where}`);
  return out;
}

/** What is left of a grace of `graceMs` counted from the start of a set's first load. */
export function graceLeft(set: CorpusSet, graceMs: number): number {
  return graceMs === Infinity ? Infinity : Math.max(0, set.started + graceMs - Date.now());
}

/** Whether a promise settles (either way) within `ms`. */
export function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  if (ms === Infinity) return p.then(() => true, () => true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    p.then(done, done);
  });
}

/**
 * A corpus reader that tells the client how far the reading has got: while the folders are listed
 * (which may take long for a folder as large as a disk) the time spent so far, then the files read.
 */
class WatchedReader {
  private timer: NodeJS.Timeout | undefined;
  private readonly started = Date.now();
  private last = 0;

  constructor(
    private readonly what: string,
    private readonly progress: Progress,
    private readonly status: (params: StatusParams) => void,
  ) {}

  over(reader: CorpusReader): CorpusReader {
    return {
      list: async (): Promise<readonly CorpusEntry[]> => {
        const listing = (): void => {
          const seconds = Math.round((Date.now() - this.started) / 1000);
          const message = `Listing the files of ${this.what}${seconds ? ` (${seconds} s)` : ''}`;
          this.progress.report(0, message);
          this.status({ state: 'indexing', message });
        };
        listing();
        this.timer = setInterval(listing, 2 * REPORT_EVERY_MS);
        this.timer.unref();
        let entries: readonly CorpusEntry[];
        try {
          entries = await reader.list();
        } finally {
          this.stop();
        }
        const sources = entries.filter((e) => kindOf(e.path) !== null).length;
        let read = 0;
        this.onRead = (): void => {
          read++;
          if (Date.now() - this.last < REPORT_EVERY_MS && read < sources) return;
          this.last = Date.now();
          const message = `Reading ${read} of ${sources} files of ${this.what}`;
          this.progress.report(Math.round((10 * read) / Math.max(1, sources)), message);
          this.status({ state: 'indexing', message });
        };
        return entries;
      },
      read: async (file: string): Promise<Uint8Array> => {
        const bytes = await reader.read(file);
        this.onRead();
        return bytes;
      },
    };
  }

  /** Counts a file read and reports now and then (set once the listing is known). */
  private onRead: () => void = () => undefined;

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** Resolves folders to corpus sets, shares sets between folders, and follows changes. */
export class CorpusManager {
  private readonly sets = new Map<string, CorpusSet>();
  /** Folder URI ('' for documents outside every folder) → its set. */
  private readonly byFolder = new Map<string, Promise<CorpusSet>>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly deps: CorpusDeps,
    private readonly folders: Folders,
  ) {}

  /**
   * The corpus for a document, loaded; undefined when its first load has not finished within
   * `graceMs` of its start (a large corpus: requests are answered meanwhile rather than held until
   * it is done). The grace is counted from the start of the load, not from each request: a request
   * made once it has passed, a keystroke while a large corpus is indexed, is answered at once.
   */
  async forDocument(uri: string, graceMs = Infinity): Promise<CorpusSet | undefined> {
    const set = await this.forFolder(this.folders.of(uri));
    if (!set.loaded && !(await settlesWithin(set.initial, graceLeft(set, graceMs)))) return undefined;
    await set.initial;
    this.warnIfEmpty(set);
    return set;
  }

  /** The corpus set of a folder (undefined: documents outside every folder); not necessarily loaded yet. */
  forFolder(folder: Folder | undefined): Promise<CorpusSet> {
    const key = folder?.uri ?? '';
    let set = this.byFolder.get(key);
    if (!set) {
      set = this.resolve(folder);
      this.byFolder.set(key, set);
      // A failed resolution is retried on the next request rather than cached.
      set.catch(() => this.byFolder.delete(key));
    }
    return set;
  }

  /** Resolves every folder now (at start-up), so indexing starts before the first request. */
  async resolveAll(): Promise<void> {
    const folders = this.folders.all();
    await Promise.all((folders.length ? folders : [undefined]).map((f) => this.forFolder(f)));
  }

  /**
   * Re-resolves every folder after a settings or folder change. Sets that are no longer used are
   * dropped; sets whose roots did not change are kept (with their index). True if any folder's
   * corpus changed.
   */
  async reresolve(): Promise<boolean> {
    const before = new Map<string, string>();
    for (const [k, p] of this.byFolder) before.set(k, (await p.catch(() => undefined))?.key ?? '');
    this.byFolder.clear();
    const keys = new Set([...before.keys(), ...this.folders.all().map((f) => f.uri)]);
    let changed = false;
    for (const k of keys) {
      const folder = this.folders.all().find((f) => f.uri === k);
      if (k !== '' && !folder) {
        changed = true;
        continue;
      }
      const set = await this.forFolder(folder);
      if (before.get(k) !== set.key) changed = true;
    }
    const used = new Set<string>();
    for (const p of this.byFolder.values()) used.add((await p).key);
    for (const [key, set] of [...this.sets]) {
      if (used.has(key)) continue;
      this.sets.delete(key);
      set.dispose();
    }
    return changed;
  }

  /** Re-reads every corpus from disk. Returns the totals over distinct sets. */
  async reloadAll(): Promise<{ documents: number; sentences: number }> {
    await this.reresolve();
    this.warned.clear();
    const sets = [...this.sets.values()];
    await Promise.all(sets.map((s) => s.reload()));
    for (const s of sets) this.warnIfEmpty(s);
    return this.totals();
  }

  /**
   * Documents and sentences over the distinct corpora of the workspace folders (the corpus of
   * drafts outside every folder counts only when there is no folder).
   */
  async totals(): Promise<{ documents: number; sentences: number }> {
    const keys = [...this.byFolder.keys()];
    const wanted = keys.some((k) => k !== '') ? keys.filter((k) => k !== '') : keys;
    const sets = new Set<CorpusSet>();
    for (const k of wanted) {
      const set = await this.byFolder.get(k)?.catch(() => undefined);
      if (set) sets.add(set);
    }
    let documents = 0;
    let sentences = 0;
    for (const s of sets) {
      const st = s.stats();
      documents += st.documents;
      sentences += st.sentences;
    }
    return { documents, sentences };
  }

  /** Every loaded set. */
  all(): CorpusSet[] {
    return [...this.sets.values()];
  }

  /**
   * Folders to watch: every corpus root, and the default `<folder>/corpus` of folders that fell
   * back to the bundled corpus (so creating it switches them over).
   */
  async watchedRoots(): Promise<string[]> {
    const roots = new Set<string>();
    for (const [key, p] of this.byFolder) {
      const set = await p.catch(() => undefined);
      if (!set) continue;
      for (const r of set.roots) roots.add(r);
      const folder = this.folders.all().find((f) => f.uri === key);
      if (folder && set.bundled) roots.add(path.join(folder.path, 'corpus'));
    }
    return [...roots].sort();
  }

  /**
   * Applies a batch of file changes to the sets they concern. Returns true when any index
   * changed or a folder switched corpus.
   */
  async fileChanges(changes: ReadonlyMap<string, FileChangeKind>): Promise<boolean> {
    let changed = false;
    let reresolve = false;
    for (const set of this.sets.values()) {
      const mine = new Map([...changes].filter(([file]) => set.covers(file)));
      if (!mine.size) continue;
      if (set.missing.some((root) => [...mine.keys()].some((f) => isInside(root, f)))) {
        // A root that was missing has appeared: read it all.
        await set.reload();
        changed = true;
      } else if (await set.update(mine)) {
        changed = true;
      }
      if (set.documents > 0) this.warned.delete(set.key);
    }
    for (const [key, p] of this.byFolder) {
      const set = await p.catch(() => undefined);
      const folder = this.folders.all().find((f) => f.uri === key);
      if (set?.bundled && folder && [...changes.keys()].some((f) => isInside(path.join(folder.path, 'corpus'), f))) reresolve = true;
    }
    if (reresolve && (await this.reresolve())) changed = true;
    return changed;
  }

  private async resolve(folder: Folder | undefined): Promise<CorpusSet> {
    const settings = await this.deps.settingsFor(folder?.uri);
    let roots: string[] = [];
    let bundled = false;
    for (const p of settings.corpusPaths) {
      const expanded = p.replace(/^~(?=$|[\\/])/, process.env['HOME'] ?? '~');
      if (path.isAbsolute(expanded)) roots.push(path.normalize(expanded));
      else if (folder) roots.push(path.resolve(folder.path, expanded));
      else this.deps.log.warn(`corroborate: corpus path "${p}" is relative but the document is in no workspace folder; ignored`);
    }
    if (!roots.length) {
      const local = folder ? path.join(folder.path, 'corpus') : undefined;
      if (local && isFolder(local)) roots = [local];
      else {
        roots = [this.deps.bundledCorpus];
        bundled = true;
      }
    }
    roots = [...new Set(roots)].sort();
    const filter = await this.deps.sourceFilterFor?.(folder?.uri);
    const database = this.deps.openArchive ? settings.database : '';
    const key = JSON.stringify([roots, filter?.corpusKey ?? null, database]);
    let set = this.sets.get(key);
    if (!set) {
      set = new CorpusSet(key, roots, bundled, this.deps, filter, database);
      this.sets.set(key, set);
      const created = set;
      created.initial.then(
        () => this.warnIfEmpty(created),
        (e: unknown) => {
          this.deps.log.error(`corroborate: indexing ${created.describe()} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
          this.deps.status({ state: 'error', message: `Indexing failed: ${e instanceof Error ? e.message : String(e)}` });
        },
      );
    }
    return set;
  }

  /** One clear warning per corpus that is missing or has no readable sources. */
  private warnIfEmpty(set: CorpusSet): void {
    if (set.documents > 0 || this.warned.has(set.key)) return;
    this.warned.add(set.key);
    const message = set.missing.length
      ? `Corroborate: corpus folder not found: ${set.missing.join(', ')}. Check "corroborate.corpus.paths"; claims are not checked until it has sources.`
      : `Corroborate: the corpus (${set.roots.join(', ')}) has no readable sources (${SOURCE_EXTENSIONS} files); claims are not checked until it has some.`;
    this.deps.log.warn(message);
    this.deps.warnUser(message);
  }
}
