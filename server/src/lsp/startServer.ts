/**
 * The language server's glue: capabilities, handlers, and the wiring between documents, settings,
 * corpora and the engine. `server.ts` creates the connection; tests can call `startServer` with
 * their own connection and dependencies.
 */
import * as path from 'node:path';
import {
  CodeActionKind,
  CodeActionRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DiagnosticServerCancellationData,
  type Disposable,
  type DocumentDiagnosticReport,
  type FileEvent,
  type FileSystemWatcher,
  type Hover,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createChecker, type Checker, type Retriever, type WordKnowledge } from '../core';
import { openArchive } from '../pg/open';
import { loadWordKnowledge } from '../node/lexicon';
import { AcceptedStore, ACCEPTED_FILE } from './accepted';
import { CheckCache, normaliseSentence, type Checked } from './checks';
import { codeActions } from './codeActions';
import { claimAt, severityOf, SOURCE, toDiagnostic, type DiagnosticData } from './convert';
import { CorpusManager, settlesWithin, type Archive, type FileChangeKind, type Log, type Progress } from './corpora';
import { Folders } from './folders';
import { hoverMarkdown } from './hover';
import { ListSourcesRequest, ReloadCorpusRequest, ServerCommands, StatusNotification, type StatusParams } from './protocol';
import { SettingsStore } from './settings';
import { defaultCacheDir } from '../node/indexCache';
import type { FsReaderOptions } from '../node/fsReader';
import { pathToUri, relativeSlash, uriToPath } from './uris';
import { codeActionParams, documentDiagnosticParams, executeCommandParams, isInvalidParams, listSourcesParams, textDocumentPositionParams } from './validate';

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
   * How long a request waits for a corpus that is still being indexed for the first time before it
   * is answered without it (default 500 ms; the client pulls again when indexing is done).
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

const SOURCE_GLOB = '**/*.{md,markdown,txt}';

/** Language ids whose documents are read as Markdown (code, link targets, front matter skipped). */
function isMarkdown(languageId: string): boolean {
  return /markdown|mdx|quarto|rmd/i.test(languageId);
}

export function startServer(connection: Connection, deps: ServerDeps): void {
  const log: Log = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const documents = new TextDocuments(TextDocument);
  const folders = new Folders();
  const checks = new CheckCache();
  const accepted = new AcceptedStore({
    info: log.info,
    warn: log.warn,
    warnUser: (message) => void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message }).then(undefined, () => undefined),
  });
  const now = deps.now ?? ((): Date => new Date());
  const indexingGraceMs = deps.indexingGraceMs ?? 500;
  let capabilities: ClientCapabilities = {};
  let settings = new SettingsStore(undefined, log);

  const can = {
    get configuration(): boolean {
      return capabilities.workspace?.configuration === true;
    },
    get configurationRegistration(): boolean {
      return capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    },
    get watchedFilesRegistration(): boolean {
      return capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    },
    get relativePatterns(): boolean {
      return capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    },
    get workspaceFolders(): boolean {
      return capabilities.workspace?.workspaceFolders === true;
    },
    get diagnosticRefresh(): boolean {
      return capabilities.workspace?.diagnostics?.refreshSupport === true;
    },
    get relatedInformation(): boolean {
      return (capabilities.textDocument?.diagnostic?.relatedInformation ?? capabilities.textDocument?.publishDiagnostics?.relatedInformation) === true;
    },
    get documentChanges(): boolean {
      return capabilities.workspace?.workspaceEdit?.documentChanges === true;
    },
    get workDoneProgress(): boolean {
      return capabilities.window?.workDoneProgress === true;
    },
  };

  const status = (params: StatusParams): void => {
    connection.sendNotification(StatusNotification.type, params).then(undefined, () => undefined);
  };

  /** Logs a failure with its stack, tells the client through the status notification; never throws. */
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
  let lexicon: WordKnowledge | undefined;
  const wordKnowledge = (): WordKnowledge => (lexicon ??= loadWordKnowledge(undefined, { warn: (m) => log.warn(`corroborate: word knowledge: ${m}`) }));

  // The index cache: the client's global storage, else the user's cache folder; none in tests that say so.
  let cacheDir: string | undefined = deps.cacheDir === null ? undefined : (deps.cacheDir ?? defaultCacheDir());
  const corpora = new CorpusManager(
    {
      bundledCorpus: deps.bundledCorpus,
      createChecker: deps.createChecker ?? ((index) => createChecker(index, { lexicon: wordKnowledge() })),
      // An archive that does not answer within a few seconds is not waited for: the folders are used.
      ...(deps.openArchive === null ? {} : { openArchive: deps.openArchive ?? ((c: string) => openArchive(c, { connectTimeoutMs: 5000, statementTimeoutMs: 10_000 })) }),
      settingsFor: (folderUri) => settings.get(folderUri),
      log,
      warnUser: (message) => void connection.sendNotification('window/showMessage', { type: MessageType.Warning, message }).then(undefined, () => undefined),
      status,
      progress,
      cacheDir: () => cacheDir,
      indexed: () => refreshDiagnostics(),
      ...(deps.readerLimits ? { readerLimits: deps.readerLimits } : {}),
    },
    folders,
  );

  // ---- File watching: one dynamic registration, replaced when the set of corpus roots changes.
  let watchRegistration: Disposable | undefined;
  let watchKey = '';
  let watchChain: Promise<void> = Promise.resolve();
  const updateWatchers = (): void => {
    if (!can.watchedFilesRegistration) return;
    watchChain = watchChain.then(async () => {
      const watchers: FileSystemWatcher[] = [];
      const under = (dir: string, pattern: string): FileSystemWatcher =>
        can.relativePatterns
          ? { globPattern: { baseUri: pathToUri(dir), pattern } }
          : { globPattern: `${dir.split(path.sep).join('/')}/${pattern}` };
      for (const root of await corpora.watchedRoots()) watchers.push(under(root, SOURCE_GLOB));
      for (const f of folders.all()) watchers.push(under(f.path, ACCEPTED_FILE.split(path.sep).join('/')));
      const key = JSON.stringify(watchers);
      if (key === watchKey) return;
      watchKey = key;
      watchRegistration?.dispose();
      watchRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    }).catch((e: unknown) => fail('Registering file watchers', e));
  };

  const pending = new Map<string, FileChangeKind>();
  let flushTimer: NodeJS.Timeout | undefined;
  const flushChanges = async (): Promise<void> => {
    flushTimer = undefined;
    const batch = new Map(pending);
    pending.clear();
    let refresh = false;
    for (const f of folders.all()) {
      if (batch.has(path.join(f.path, ACCEPTED_FILE))) {
        accepted.invalidate(f.path);
        refresh = true;
      }
    }
    if (await corpora.fileChanges(batch)) {
      checks.clear();
      updateWatchers();
      refresh = true;
    }
    if (refresh) refreshDiagnostics();
  };

  // ---- Settings.
  const onSettingsChanged = async (): Promise<void> => {
    if (await corpora.reresolve()) {
      checks.clear();
      updateWatchers();
    }
    refreshDiagnostics();
  };

  // ---- Checking.
  interface Target {
    readonly doc: TextDocument;
    readonly checked: Checked;
  }

  /**
   * Where an open document stands. `none`: nothing to check (not open, not a checked language, no
   * sources). `superseded`: the check did not finish (the request was cancelled, the check was
   * dropped after a corpus change, or the document moved on meanwhile). `indexing`: its corpus is
   * still being indexed for the first time. `tooLarge`: over corroborate.maxDocumentSize, not checked.
   */
  type Outcome =
    | { readonly kind: 'none' }
    | { readonly kind: 'superseded' }
    | { readonly kind: 'indexing' }
    | { readonly kind: 'tooLarge'; readonly version: number; readonly bytes: number; readonly limit: number }
    | ({ readonly kind: 'checked' } & Target);

  /** UTF-8 size of each open document, for the version it was measured at. */
  const sizes = new Map<string, { version: number; bytes: number }>();
  const sizeOf = (doc: TextDocument): number => {
    const known = sizes.get(doc.uri);
    if (known?.version === doc.version) return known.bytes;
    const bytes = Buffer.byteLength(doc.getText(), 'utf8');
    sizes.set(doc.uri, { version: doc.version, bytes });
    return bytes;
  };

  const outcomeFor = async (uri: string, token: CancellationToken): Promise<Outcome> => {
    const doc = documents.get(uri);
    if (!doc) return { kind: 'none' };
    const s = await settings.get(uri);
    if (!s.languages.includes(doc.languageId)) return { kind: 'none' };
    const bytes = sizeOf(doc);
    if (bytes > s.maxDocumentSize) return { kind: 'tooLarge', version: doc.version, bytes, limit: s.maxDocumentSize };
    const set = await corpora.forDocument(uri, indexingGraceMs);
    if (!set) return { kind: 'indexing' };
    if (set.documents === 0) return { kind: 'none' };
    const checked = await checks.get(doc, { checkQuotes: s.checkQuotes, markdown: isMarkdown(doc.languageId) }, set, token);
    // The document may have moved on while the check ran: answers must match the live text.
    const live = documents.get(uri);
    if (!live) return { kind: 'none' };
    if (!checked || live.version !== checked.version) return { kind: 'superseded' };
    return { kind: 'checked', doc: live, checked };
  };

  /** The current check of a document, for hover, definition and code actions (undefined: none to answer from). */
  const checkedFor = async (uri: string, token: CancellationToken): Promise<Target | undefined> => {
    const outcome = await outcomeFor(uri, token);
    return outcome.kind === 'checked' ? outcome : undefined;
  };

  /** Says once per document version what the log should hear about it (cut diagnostics, a skipped document). */
  const noted = new Map<string, string>();
  const noteOnce = (uri: string, key: string, message: string): void => {
    if (noted.get(uri) === key) return;
    noted.set(uri, key);
    log.info(message);
  };

  const diagnose = async (uri: string, token: CancellationToken): Promise<{ items: Diagnostic[]; resultId: string } | undefined> => {
    const outcome = await outcomeFor(uri, token);
    if (outcome.kind === 'none') return { items: [], resultId: 'none' };
    if (outcome.kind === 'superseded') return undefined;
    if (outcome.kind === 'indexing') {
      // Answered now, empty; the client pulls again when the corpus is indexed (refreshDiagnostics).
      const doc = documents.get(uri);
      status({ state: 'indexing', uri, message: 'Indexing the corpus; this document is checked when it is done.' });
      return { items: [], resultId: `indexing:${doc?.version ?? 0}` };
    }
    if (outcome.kind === 'tooLarge') {
      const limit = outcome.limit < 1024 ? `${outcome.limit}-byte` : size(outcome.limit);
      const message = `Not checked: the document is ${size(outcome.bytes, true)}, over the ${limit} limit (corroborate.maxDocumentSize).`;
      noteOnce(uri, `large:${outcome.version}`, `corroborate: ${uri}: not checked: ${outcome.bytes} bytes is over the ${outcome.limit}-byte limit (corroborate.maxDocumentSize)`);
      status({ state: 'skipped', uri, message });
      return { items: [], resultId: `large:${outcome.version}` };
    }
    const { checked } = outcome;
    const s = await settings.get(uri);
    const folder = folders.of(uri);
    const file = uriToPath(uri);
    const isAccepted = folder ? await accepted.matcher(folder.path, file === undefined ? undefined : relativeSlash(folder.path, file)) : (): boolean => false;
    const counts = { supported: 0, conflict: 0, disputed: 0, unsupported: 0 };
    const items: Diagnostic[] = [];
    let problems = 0;
    checked.claims.forEach((c, i) => {
      counts[c.verdict]++;
      const severity = severityOf(c, s);
      if (severity === undefined) return;
      if (isAccepted(c.text, normaliseSentence(checked.sentences[i]!.text), c.evidenceHash)) return;
      // Past the cap only counted: a huge draft's report stays small.
      if (++problems <= s.maxNumberOfProblems) items.push(toDiagnostic(checked, i, severity, can.relatedInformation));
    });
    const capped = problems > items.length;
    if (capped) {
      noteOnce(uri, `cap:${checked.version}:${s.maxNumberOfProblems}`, `corroborate: ${uri}: reporting the first ${items.length} of ${problems} problems (corroborate.maxNumberOfProblems)`);
    }
    status({
      state: 'ready',
      uri,
      claims: checked.claims.length,
      supported: counts.supported,
      conflicts: counts.conflict,
      disputed: counts.disputed,
      unsupported: counts.unsupported,
      ...(capped
        ? { problems, shown: items.length, message: `Showing the first ${items.length.toLocaleString('en-US')} of ${problems.toLocaleString('en-US')} problems (corroborate.maxNumberOfProblems).` }
        : {}),
    });
    return { items, resultId: `${checked.version}:${hash(JSON.stringify(items))}` };
  };

  // ---- Lifecycle.
  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const options = params.initializationOptions as { cacheDir?: unknown } | undefined;
    if (typeof options?.cacheDir === 'string' && path.isAbsolute(options.cacheDir)) cacheDir = options.cacheDir;
    settings = new SettingsStore(
      can.configuration ? { fetch: (scopeUri) => connection.workspace.getConfiguration({ ...(scopeUri ? { scopeUri } : {}), section: 'corroborate' }) } : undefined,
      log,
    );
    const initial = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(uriToPath(params.rootUri) ?? 'root') }] : []);
    folders.set(initial);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: { identifier: 'corroborate', interFileDependencies: false, workspaceDiagnostics: false },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [ServerCommands.acceptClaim] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'corroborate', ...(deps.version ? { version: deps.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    if (can.configurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }).then(undefined, (e: unknown) => fail('Registering for settings changes', e));
    }
    if (can.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders.change(e.added, e.removed);
        settings.changed();
        onSettingsChanged().catch((err: unknown) => fail('Updating workspace folders', err));
      });
    }
    corpora
      .resolveAll()
      .then(() => updateWatchers())
      .catch((e: unknown) => fail('Indexing the corpus', e));
  });

  connection.onDidChangeConfiguration((params) => {
    const raw = (params.settings as { corroborate?: unknown } | null | undefined)?.corroborate;
    settings.changed(raw);
    onSettingsChanged().catch((e: unknown) => fail('Applying settings', e));
  });

  documents.onDidOpen((e) => {
    // Start indexing this document's corpus now rather than on the first pull.
    corpora.forFolder(folders.of(e.document.uri)).catch((err: unknown) => fail('Indexing the corpus', err, e.document.uri));
  });

  documents.onDidClose((e) => {
    settings.drop(e.document.uri);
    checks.drop(e.document.uri);
    sizes.delete(e.document.uri);
    noted.delete(e.document.uri);
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown = (params as { changes?: unknown } | null)?.changes;
    if (!Array.isArray(changes)) return;
    for (const change of changes as FileEvent[]) {
      if (typeof change?.uri !== 'string') continue;
      const file = uriToPath(change.uri);
      if (file === undefined) continue;
      pending.set(file, change.type === FileChangeType.Deleted ? 'deleted' : change.type === FileChangeType.Created ? 'created' : 'changed');
    }
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = setTimeout(() => {
      flushChanges().catch((e: unknown) => fail('Re-indexing changed sources', e));
    }, deps.watchDebounceMs ?? 300);
  });

  // ---- Features. Every request's parameters are checked first (validate.ts): a malformed request
  // is answered with InvalidParams, logged in one line, and is not a failure of the server.
  const handle = <P, R>(method: string, parse: (raw: unknown) => P, run: (params: P, token: CancellationToken) => Promise<R>) =>
    (raw: unknown, token: CancellationToken): Promise<R> => {
      let params: P;
      try {
        params = parse(raw);
      } catch (e) {
        if (isInvalidParams(e)) log.warn(`corroborate: ${method}: invalid parameters: ${e.message}`);
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      return run(params, token);
    };

  connection.onRequest(
    DocumentDiagnosticRequest.type,
    handle('textDocument/diagnostic', documentDiagnosticParams, async ({ uri, previousResultId }, token): Promise<DocumentDiagnosticReport> => {
      try {
        const r = await diagnose(uri, token);
        if (!r) {
          if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
          // Dropped on our side (corpus changed, document moved on): ask the client to pull again.
          throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'check superseded', { retriggerRequest: true });
        }
        if (previousResultId === r.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: r.resultId, items: r.items };
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        fail('Checking', e, uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      }
    }),
  );

  connection.onRequest(
    HoverRequest.type,
    handle('textDocument/hover', textDocumentPositionParams, async ({ uri, position }, token): Promise<Hover | null> => {
      try {
        const target = await checkedFor(uri, token);
        if (!target) return null;
        const i = claimAt(target.checked, target.doc.offsetAt(position));
        if (i < 0) return null;
        return { contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(target.checked, i) }, range: target.checked.ranges[i]! };
      } catch (e) {
        fail('Hover', e, uri);
        return null;
      }
    }),
  );

  connection.onRequest(
    DefinitionRequest.type,
    handle('textDocument/definition', textDocumentPositionParams, async ({ uri, position }, token): Promise<Location[] | null> => {
      try {
        const target = await checkedFor(uri, token);
        if (!target) return null;
        const i = claimAt(target.checked, target.doc.offsetAt(position));
        const claim = target.checked.claims[i];
        if (!claim || !claim.evidence.length) return null;
        return claim.evidence.map((e) => {
          const where = target.checked.set.locate(e);
          return { uri: where.uri, range: where.sentence };
        });
      } catch (e) {
        fail('Go to definition', e, uri);
        return null;
      }
    }),
  );

  connection.onRequest(
    CodeActionRequest.type,
    handle('textDocument/codeAction', codeActionParams, async ({ uri, range, diagnostics, only }, token): Promise<CodeAction[] | null> => {
      try {
        if (only && !only.some((k) => k === CodeActionKind.Empty || k === CodeActionKind.QuickFix)) return null;
        const ours = diagnostics.filter((d) => d.source === SOURCE);
        const stale = (): boolean => {
          const doc = documents.get(uri);
          return !doc || ours.some((d) => typeof (d.data as Partial<DiagnosticData> | undefined)?.version === 'number' && (d.data as DiagnosticData).version !== doc.version);
        };
        // Diagnostics computed for another version of the document: their ranges mean nothing now.
        if (stale()) return null;
        const target = await checkedFor(uri, token);
        if (!target || stale()) return null;
        const { doc, checked } = target;
        return codeActions(doc, checked, doc.offsetAt(range.start), doc.offsetAt(range.end), ours, {
          documentChanges: can.documentChanges,
          canAccept: folders.of(uri) !== undefined,
        });
      } catch (e) {
        fail('Code actions', e, uri);
        return null;
      }
    }),
  );

  connection.onRequest(
    ExecuteCommandRequest.type,
    handle('workspace/executeCommand', executeCommandParams, async ({ args }) => {
      try {
        const doc = documents.get(args.uri);
        if (!doc || doc.version !== args.version) {
          log.info(`corroborate: not accepting "${args.text}": ${args.uri} changed since the action was offered`);
          return { accepted: false, reason: 'stale' };
        }
        const folder = folders.of(args.uri);
        const file = uriToPath(args.uri);
        if (!folder || file === undefined) {
          void connection.window.showWarningMessage('Corroborate: claims can only be accepted in a document inside a workspace folder.');
          return { accepted: false, reason: 'no-folder' };
        }
        const result = await accepted.accept(
          folder.path,
          {
            text: args.text,
            ...(typeof args.sentence === 'string' ? { sentence: normaliseSentence(args.sentence) } : {}),
            evidenceHash: args.evidenceHash,
            file: relativeSlash(folder.path, file),
          },
          now(),
        );
        if (!result.accepted) {
          void connection.window.showErrorMessage(`Corroborate: the claim was not accepted: ${path.join(folder.path, ACCEPTED_FILE)} is not usable: ${result.reason}.`);
          return { accepted: false, reason: 'unusable-file' };
        }
        refreshDiagnostics();
        return { accepted: true };
      } catch (e) {
        fail('Accepting a claim', e, args.uri);
        return { accepted: false, reason: 'error' };
      }
    }),
  );

  connection.onRequest(ReloadCorpusRequest.type, async () => {
    try {
      const totals = await corpora.reloadAll();
      checks.clear();
      updateWatchers();
      refreshDiagnostics();
      return totals;
    } catch (e) {
      fail('Reloading the corpus', e);
      return await corpora.totals();
    }
  });

  connection.onRequest(
    ListSourcesRequest.type,
    handle(ListSourcesRequest.method, listSourcesParams, async ({ uri }) => {
      try {
        const folder = uri ? folders.of(uri) : folders.all()[0];
        const set = await corpora.forFolder(folder);
        // While a first indexing runs there is nothing to list yet (the client says it is indexing).
        if (!set.loaded && !(await settlesWithin(set.initial, indexingGraceMs))) return [];
        await set.initial;
        return set.sources();
      } catch (e) {
        fail('Listing sources', e, uri);
        return [];
      }
    }),
  );

  documents.listen(connection);
  connection.listen();
}

/** "2.4 MB", "512 KB", "27 bytes": a size for messages; `up` rounds up (a size over a limit never reads as equal to it). */
function size(bytes: number, up = false): string {
  const round = (x: number): number => (up ? Math.ceil(x * 10) / 10 : Math.round(x * 10) / 10);
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${round(bytes / 1024)} KB`;
  return `${round(bytes / (1024 * 1024))} MB`;
}

/** FNV-1a, for result ids. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
