/**
 * What the server's capabilities share: the connection, the open documents, the workspace
 * folders, settings, corpora, the check cache and acceptances, and the few helpers every feature
 * uses (logging a failure, refreshing diagnostics, checking a document). Each capability module
 * (`register…(connection, ctx)`) reads and extends only this.
 */
import {
  MessageType,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker, type Checker, type Retriever, type WordKnowledge } from '../../core';
import { defaultCacheDir } from '../../node/indexCache';
import type { FsReaderOptions } from '../../node/fsReader';
import { loadWordKnowledge } from '../../node/lexicon';
import { LexiconMemo } from '../../node/lexiconMemo';
import { AcceptedStore } from '../accepted';
import { CheckCache, type Checked } from '../checks';
import { CorpusManager, type Archive, type Log, type Progress } from '../corpora';
import { Folders } from '../folders';
import { ProjectConfigs } from '../projectConfigs';
import { StatusNotification, type StatusParams } from '../protocol';
import { SettingsStore } from '../settings';
import { uriToPath } from '../uris';
import { isInvalidParams } from '../validate';

/** How often, at most, the server writes the word memo. */
const WORD_MEMO_SAVE_MS = 60_000;

export interface ServerDeps {
  /** The corpus used when a folder has neither `corroborate.corpus.paths` nor a `corpus/` folder. */
  readonly bundledCorpus: string;
  /** The engine's checker factory (tests inject failing or slow ones). */
  readonly createChecker?: (index: Retriever) => Checker;
  /** Opens corroborate.index.database (default: PostgreSQL through pg; null: the setting is ignored). */
  readonly openArchive?: ((connection: string) => Promise<Archive>) | null;
  /** Quiet period after the last watched-file event before re-indexing (default 300 ms). */
  readonly watchDebounceMs?: number;
  /**
   * How long after a corpus starts being indexed for the first time requests wait for it before
   * they are answered without it (default 500 ms; the client pulls again when indexing is done).
   * Counted from the start of indexing: once it has passed, requests are answered at once.
   */
  readonly indexingGraceMs?: number;
  /** Bounds of the corpus reader (tests lower them; default the reader's own). */
  readonly readerLimits?: FsReaderOptions;
  /** Clock for `acceptedAt`. */
  readonly now?: () => Date;
  readonly version?: string;
  /**
   * Where analysed corpora are cached when the client names no folder (initializationOptions.cacheDir):
   * default the user's cache folder; null: no cache.
   */
  readonly cacheDir?: string | null;
}

/** What the client can do, read from its capabilities at `initialize`. */
export interface Can {
  readonly configuration: boolean;
  readonly configurationRegistration: boolean;
  readonly watchedFilesRegistration: boolean;
  readonly relativePatterns: boolean;
  readonly workspaceFolders: boolean;
  readonly diagnosticRefresh: boolean;
  readonly relatedInformation: boolean;
  readonly documentChanges: boolean;
  readonly workDoneProgress: boolean;
}

export interface Target {
  readonly doc: TextDocument;
  readonly checked: Checked;
}

/**
 * Where an open document stands. `none`: nothing to check (not open, not a checked language, no
 * sources). `superseded`: the check did not finish (the request was cancelled, the check was
 * dropped after a corpus change, or the document moved on meanwhile). `indexing`: its corpus is
 * still being indexed for the first time. `tooLarge`: over corroborate.maxDocumentSize, not checked.
 */
export type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'superseded' }
  | { readonly kind: 'indexing' }
  | { readonly kind: 'tooLarge'; readonly version: number; readonly bytes: number; readonly limit: number }
  | ({ readonly kind: 'checked' } & Target);

export interface ServerContext {
  readonly deps: ServerDeps;
  readonly log: Log;
  readonly documents: TextDocuments<TextDocument>;
  readonly folders: Folders;
  readonly checks: CheckCache;
  readonly accepted: AcceptedStore;
  readonly corpora: CorpusManager;
  /** The project configuration (`.corroborate.yaml`) of each workspace folder. */
  readonly configs: ProjectConfigs;
  readonly can: Can;
  readonly now: () => Date;
  readonly indexingGraceMs: number;
  /** Set at `initialize`. */
  capabilities: ClientCapabilities;
  /** Replaced at `initialize`, when the client says whether it answers workspace/configuration. */
  settings: SettingsStore;
  /** The index cache folder (undefined: none); the client may name one at `initialize`. */
  cacheDir: string | undefined;
  /** Writes the word memo into the cache folder when the word knowledge has worked out anything new; never throws. */
  saveWordMemo(): Promise<void>;
  /** Sends the status notification; never throws. */
  status(params: StatusParams): void;
  /** Logs a failure with its stack, tells the client through the status notification; never throws. */
  fail(what: string, e: unknown, uri?: string): void;
  /** Tells the user (window/showMessage, a warning); never throws. */
  warnUser(message: string): void;
  /** Asks the client to pull diagnostics again (when it can be asked). */
  refreshDiagnostics(): void;
  /** Re-registers the file watchers when the set of watched files changed (set by the watching module). */
  updateWatchers(): void;
  /** Re-resolves corpora after a settings change and refreshes diagnostics. */
  onSettingsChanged(): Promise<void>;
  /** Where an open document stands, checking it if needed. */
  outcomeFor(uri: string, token: CancellationToken): Promise<Outcome>;
  /** The current check of a document, for hover, definition and code actions (undefined: none to answer from). */
  checkedFor(uri: string, token: CancellationToken): Promise<Target | undefined>;
  /**
   * A request handler whose parameters are checked first (validate.ts): a malformed request is
   * answered with InvalidParams, logged in one line, and is not a failure of the server.
   */
  handle<P, R>(method: string, parse: (raw: unknown) => P, run: (params: P, token: CancellationToken) => Promise<R>): (raw: unknown, token: CancellationToken) => Promise<R>;
}

/** Language ids whose documents are read as Markdown (code, link targets, front matter skipped). */
export function isMarkdown(languageId: string): boolean {
  return /markdown|mdx|quarto|rmd/i.test(languageId);
}

export function createContext(connection: Connection, deps: ServerDeps): ServerContext {
  const log: Log = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const warnUser = (message: string): void =>
    void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message }).then(undefined, () => undefined);
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  const checks = new CheckCache();
  const accepted = new AcceptedStore({ info: log.info, warn: log.warn, warnUser });

  const can: Can = {
    get configuration(): boolean {
      return ctx.capabilities.workspace?.configuration === true;
    },
    get configurationRegistration(): boolean {
      return ctx.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    },
    get watchedFilesRegistration(): boolean {
      return ctx.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    get relativePatterns(): boolean {
      return ctx.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    },
    get workspaceFolders(): boolean {
      return ctx.capabilities.workspace?.workspaceFolders === true;
    },
    get diagnosticRefresh(): boolean {
      return ctx.capabilities.workspace?.diagnostics?.refreshSupport === true;
    },
    get relatedInformation(): boolean {
      const c = ctx.capabilities.textDocument;
      return (c?.diagnostic?.relatedInformation ?? c?.publishDiagnostics?.relatedInformation) === true;
    },
    get documentChanges(): boolean {
      return ctx.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    },
    get workDoneProgress(): boolean {
      return ctx.capabilities.window?.workDoneProgress === true;
    },
  };

  const status = (params: StatusParams): void => {
    connection.sendNotification(StatusNotification.type, params).then(undefined, () => undefined);
  };

  const fail = (what: string, e: unknown, uri?: string): void => {
    const message = e instanceof Error ? e.message : String(e);
    log.error(`corroborate: ${what} failed${uri ? ` for ${uri}` : ''}: ${e instanceof Error ? (e.stack ?? message) : message}`);
    status({ state: 'error', ...(uri ? { uri } : {}), message: `${what} failed: ${message}` });
  };

  const refreshDiagnostics = (): void => {
    if (!can.diagnosticRefresh) return;
    connection.languages.diagnostics.refresh().then(undefined, (e: unknown) => log.warn(`corroborate: diagnostics refresh failed: ${String(e)}`));
  };

  const progress = async (title: string): Promise<Progress> => {
    const none: Progress = { report: () => undefined, done: () => undefined };
    if (!can.workDoneProgress) return none;
    try {
      const reporter = await connection.window.createWorkDoneProgress();
      reporter.begin(title, 0, undefined, false);
      return { report: (p, m) => (m === undefined ? reporter.report(p) : reporter.report(p, m)), done: () => reporter.done() };
    } catch {
      return none;
    }
  };

  // Word knowledge (WordNet, vectors) from dist/data, loaded once: read in place, it costs about 80 ms.
  // What it works out is kept in the cache folder (a pure cache), saved at most once a minute and
  // at shutdown, and taken up again at the next start.
  let lexicon: WordKnowledge | undefined;
  let memo: LexiconMemo | undefined;
  const saveWordMemo = async (): Promise<void> => {
    if (memo && lexicon) await memo.save(lexicon);
  };
  const wordKnowledge = (): WordKnowledge => {
    if (!lexicon) {
      lexicon = loadWordKnowledge(undefined, { warn: (m) => log.warn(`corroborate: word knowledge: ${m}`) });
      const dir = ctx.cacheDir;
      if (dir) {
        memo = new LexiconMemo(dir, (m) => log.warn(`corroborate: ${m}`));
        memo.load(lexicon);
        setInterval(() => void saveWordMemo(), WORD_MEMO_SAVE_MS).unref();
      }
    }
    return lexicon;
  };

  const configs = new ProjectConfigs(folders, {
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }).then(undefined, () => undefined),
    warnUser,
    info: log.info,
  });

  const corpora = new CorpusManager(
    {
      bundledCorpus: deps.bundledCorpus,
      createChecker: deps.createChecker ?? ((index) => createChecker(index, { lexicon: wordKnowledge() })),
      // An archive that does not answer within a few seconds is not waited for: the folders are used.
      // The PostgreSQL client is loaded only when a database is set.
      ...(deps.openArchive === null
        ? {}
        : { openArchive: deps.openArchive ?? (async (c: string) => (await import('../../pg/open.js')).openArchive(c, { connectTimeoutMs: 5000, statementTimeoutMs: 10_000 })) }),
      settingsFor: (folderUri) => ctx.settings.get(folderUri),
      sourceFilterFor: async (folderUri) => (await ctx.settings.get(folderUri)).project,
      log,
      warnUser,
      status,
      progress,
      cacheDir: () => ctx.cacheDir,
      indexed: () => refreshDiagnostics(),
      ...(deps.readerLimits ? { readerLimits: deps.readerLimits } : {}),
    },
    folders,
  );

  /** UTF-8 size of each open document, for the version it was measured at. */
  const sizes = new Map<string, { version: number; bytes: number }>();
  const sizeOf = (doc: TextDocument): number => {
    const known = sizes.get(doc.uri);
    if (known?.version === doc.version) return known.bytes;
    const bytes = Buffer.byteLength(doc.getText(), 'utf8');
    sizes.set(doc.uri, { version: doc.version, bytes });
    return bytes;
  };
  documents.onDidClose((e) => sizes.delete(e.document.uri));

  const outcomeFor = async (uri: string, token: CancellationToken): Promise<Outcome> => {
    const doc = documents.get(uri);
    if (!doc) return { kind: 'none' };
    const s = await ctx.settings.get(uri);
    if (!s.languages.includes(doc.languageId)) return { kind: 'none' };
    // Left out by the project configuration's include / exclude.
    const file = uriToPath(uri);
    if (s.project && file !== undefined && !s.project.draftWanted(file)) return { kind: 'none' };
    const bytes = sizeOf(doc);
    if (bytes > s.maxDocumentSize) return { kind: 'tooLarge', version: doc.version, bytes, limit: s.maxDocumentSize };
    const set = await corpora.forDocument(uri, ctx.indexingGraceMs);
    if (!set) return { kind: 'indexing' };
    if (set.documents === 0) return { kind: 'none' };
    const checked = await checks.get(doc, { checkQuotes: s.checkQuotes, markdown: isMarkdown(doc.languageId) }, set, token);
    // The document may have moved on while the check ran: answers must match the live text.
    const live = documents.get(uri);
    if (!live) return { kind: 'none' };
    if (!checked || live.version !== checked.version) return { kind: 'superseded' };
    return { kind: 'checked', doc: live, checked };
  };

  const ctx: ServerContext = {
    deps,
    log,
    documents,
    folders,
    checks,
    accepted,
    corpora,
    configs,
    can,
    now: deps.now ?? ((): Date => new Date()),
    indexingGraceMs: deps.indexingGraceMs ?? 500,
    capabilities: {},
    settings: new SettingsStore(undefined, log),
    // The index cache: the client's global storage, else the user's cache folder; none in tests that say so.
    cacheDir: deps.cacheDir === null ? undefined : (deps.cacheDir ?? defaultCacheDir()),
    saveWordMemo,
    status,
    fail,
    warnUser,
    refreshDiagnostics,
    updateWatchers: () => undefined,
    onSettingsChanged: async () => {
      if (await corpora.reresolve()) {
        checks.clear();
        ctx.updateWatchers();
      }
      refreshDiagnostics();
    },
    outcomeFor,
    checkedFor: async (uri, token) => {
      const outcome = await outcomeFor(uri, token);
      return outcome.kind === 'checked' ? outcome : undefined;
    },
    handle: <P, R>(method: string, parse: (raw: unknown) => P, run: (params: P, token: CancellationToken) => Promise<R>) =>
      (raw: unknown, token: CancellationToken): Promise<R> => {
        let params: P;
        try {
          params = parse(raw);
        } catch (e) {
          if (isInvalidParams(e)) log.warn(`corroborate: ${method}: invalid parameters: ${e.message}`);
          return Promise.reject(e instanceof Error ? e : new Error(String(e)));
        }
        return run(params, token);
      },
  };
  return ctx;
}
