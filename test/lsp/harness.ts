/**
 * A minimal LSP client for the language-server tests: starts the bundled server (dist/server.js)
 * as a separate process over stdio, answers the requests a real client answers
 * (workspace/configuration, client/registerCapability, window/workDoneProgress/create,
 * workspace/diagnostic/refresh) and records what the server says. Waiting is done by polling
 * with a deadline, woken by every message from the server: never by fixed sleeps.
 *
 * (Not a test itself: the node test runner loads it as one because it sits under test/, and it
 * passes trivially.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  ConfigurationRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DiagnosticRefreshRequest,
  ExecuteCommandRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  UnregistrationRequest,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type Location,
  type LogMessageParams,
  type Range,
  type Registration,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { StatusNotification, type StatusParams } from '../../server/src/lsp/protocol';
import { ROOT } from '../root';

export { ROOT };
export const SERVER = path.join(ROOT, 'dist', 'server.js');

export const uriOf = (file: string): string => pathToFileURL(file).href;

/** Writes files (relative path → content) under a fresh temporary folder and returns its path. */
export function workspace(files: Record<string, string>, prefix = 'corroborate-lsp-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  return dir;
}

export function write(dir: string, rel: string, content: string): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

/** The range of the n-th occurrence of `needle` in `text` (LSP positions). */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  const doc = TextDocument.create('x:', 'plaintext', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

/** Applies a WorkspaceEdit to one document's text, checking the version it names. */
export function applyWorkspaceEdit(edit: WorkspaceEdit, uri: string, version: number, text: string): string {
  let edits: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!('textDocument' in change)) throw new Error('unexpected resource operation');
    if (change.textDocument.uri !== uri) continue;
    if (change.textDocument.version !== null && change.textDocument.version !== version) {
      throw new Error(`edit is for version ${change.textDocument.version}, document is at ${version}`);
    }
    edits = edits.concat(change.edits as TextEdit[]);
  }
  edits = edits.concat(edit.changes?.[uri] ?? []);
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), edits);
}

/** A diagnostic's message as text (LSP 3.18 also allows MarkupContent). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** Resolves as `promise` does, or fails when it has not settled within `ms` (hostile cases: the server must answer). */
export async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type RawSettings = Record<string, unknown>;

export interface ClientOptions {
  readonly folders: readonly string[];
  /** Raw `corroborate` section for a scope URI (undefined: window scope). */
  readonly settings?: (scopeUri: string | undefined) => RawSettings;
  readonly capabilities?: ClientCapabilities;
}

export const defaultCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    diagnostics: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
    executeCommand: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    diagnostic: { dynamicRegistration: false, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    publishDiagnostics: { relatedInformation: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    definition: { linkSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true, isPreferredSupport: true },
  },
  window: { workDoneProgress: true, showMessage: {} },
};

interface OpenDoc {
  version: number;
  text: string;
  languageId: string;
}

export class TestClient {
  readonly status: StatusParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  /** scopeUri of every configuration item the server asked for, in order. */
  readonly configRequests: (string | undefined)[] = [];
  readonly registrations = new Map<string, Registration>();
  readonly progressTokens: (string | number)[] = [];
  readonly progress: unknown[] = [];
  refreshes = 0;
  stderr = '';
  settings: (scopeUri: string | undefined) => RawSettings;
  readonly docs = new Map<string, OpenDoc>();
  exited: number | null | undefined;
  private wakers: (() => void)[] = [];

  private constructor(
    readonly conn: ProtocolConnection,
    readonly child: ChildProcess | undefined,
    settings: (scopeUri: string | undefined) => RawSettings,
  ) {
    this.settings = settings;
  }

  /** Starts dist/server.js as a child process speaking LSP over stdio, and initializes it. */
  static async start(options: ClientOptions): Promise<{ client: TestClient; init: InitializeResult }> {
    // Each server caches its analysed corpora in a folder of its own, never the user's cache.
    const cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-lsp-cache-'));
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: os.tmpdir(), env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(conn, child, options.settings ?? (() => ({})));
    child.stderr!.on('data', (d: Buffer) => (client.stderr += d.toString()));
    child.on('exit', (code) => {
      client.exited = code;
      client.wake();
      fs.rmSync(cacheHome, { recursive: true, force: true });
    });
    return { client, init: await client.initialize(options) };
  }

  /** Talks to a server running in this process over the given streams, and initializes it. */
  static async attach(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: ClientOptions): Promise<{ client: TestClient; init: InitializeResult }> {
    const conn = createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
    const client = new TestClient(conn, undefined, options.settings ?? (() => ({})));
    return { client, init: await client.initialize(options) };
  }

  private async initialize(options: ClientOptions): Promise<InitializeResult> {
    this.listen();
    this.conn.listen();
    const init = await this.conn.sendRequest(InitializeRequest.type, {
      // No processId: an in-process server would otherwise watch this very process.
      processId: null,
      rootUri: options.folders[0] ? uriOf(options.folders[0]) : null,
      workspaceFolders: options.folders.map((f) => ({ uri: uriOf(f), name: path.basename(f) })),
      capabilities: options.capabilities ?? defaultCapabilities,
    });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return init;
  }

  private listen(): void {
    const c = this.conn;
    c.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configRequests.push(item.scopeUri);
        this.wake();
        return item.section === 'corroborate' ? this.settings(item.scopeUri ?? undefined) : null;
      }),
    );
    c.onRequest(RegistrationRequest.type, (params) => {
      for (const r of params.registrations) this.registrations.set(r.id, r);
      this.wake();
    });
    c.onRequest(UnregistrationRequest.type, (params) => {
      for (const r of params.unregisterations) this.registrations.delete(r.id);
      this.wake();
    });
    c.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.progressTokens.push(params.token);
      this.wake();
    });
    c.onNotification('$/progress', (params: { token: string; value: unknown }) => {
      this.progress.push(params.value);
      this.wake();
    });
    c.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshes++;
      this.wake();
    });
    c.onNotification(StatusNotification.type, (p) => {
      this.status.push(p);
      this.wake();
    });
    c.onNotification(ShowMessageNotification.type, (p) => {
      this.messages.push(p);
      this.wake();
    });
    c.onNotification(LogMessageNotification.type, (p) => {
      this.logs.push(p);
      this.wake();
    });
  }

  private wake(): void {
    const w = this.wakers;
    this.wakers = [];
    for (const f of w) f();
  }

  /** Resolves on the next message from the server, or after `ms` (a poll interval, not a wait for time to pass). */
  private nextEvent(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wakers.push(() => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Calls `probe` until `done` holds for its result; fails with `what` and the last result at the deadline. */
  async until<T>(probe: () => Promise<T> | T, done: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (done(value)) return value;
      if (this.exited !== undefined) throw new Error(`server exited (${this.exited}) while waiting for ${what}\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value, null, 1)?.slice(0, 3000)}`);
      await this.nextEvent(50);
    }
  }

  async open(file: string, text: string, languageId = 'markdown'): Promise<string> {
    const uri = uriOf(file);
    this.docs.set(uri, { version: 1, text, languageId });
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Applies edits locally and sends them as incremental changes; returns the new text. */
  async edit(uri: string, edits: { range: Range; text: string }[]): Promise<string> {
    const doc = this.docs.get(uri)!;
    const before = TextDocument.create(uri, doc.languageId, doc.version, doc.text);
    doc.text = TextDocument.applyEdits(before, edits.map((e) => ({ range: e.range, newText: e.text })));
    doc.version++;
    const changes: TextDocumentContentChangeEvent[] = edits.map((e) => ({ range: e.range, text: e.text }));
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: changes });
    return doc.text;
  }

  /** Replaces the whole text (a full-content change). */
  async replaceText(uri: string, text: string): Promise<void> {
    const doc = this.docs.get(uri)!;
    doc.text = text;
    doc.version++;
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  pull(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  /** Diagnostics of a full report (fails on an unchanged one). */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const r = await this.pull(uri);
    if (r.kind !== 'full') throw new Error(`expected a full report, got ${r.kind}`);
    return r.items;
  }

  /** Pulls until the diagnostics satisfy `done`. */
  waitForDiagnostics(uri: string, done: (items: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    return this.until(() => this.diagnostics(uri), done, what);
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  async definition(uri: string, position: { line: number; character: number }): Promise<Location[]> {
    const r = await this.conn.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
    if (!r) return [];
    if (!Array.isArray(r)) return [r];
    return r.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<CodeAction[]> {
    const r = await this.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
    // Only CodeAction literals are expected (no bare Commands).
    return (r ?? []).filter((a): a is CodeAction => typeof (a as { command?: unknown }).command !== 'string');
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.conn.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  async changeSettings(settings: (scopeUri: string | undefined) => RawSettings): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.text;
  }

  version(uri: string): number {
    return this.docs.get(uri)!.version;
  }

  /** Applies a server edit to the local copy and sends it to the server, as an editor would. */
  async apply(uri: string, edit: WorkspaceEdit): Promise<string> {
    const doc = this.docs.get(uri)!;
    const text = applyWorkspaceEdit(edit, uri, doc.version, doc.text);
    await this.replaceText(uri, text);
    return text;
  }

  /** Shuts the server down; a server that does not exit within `ms` (a test that failed mid-way) is killed. */
  async shutdown(ms = 10_000): Promise<void> {
    if (this.child && this.exited === undefined) {
      const child = this.child;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        await within(
          ms,
          (async () => {
            await this.conn.sendRequest(ShutdownRequest.type);
            await this.conn.sendNotification(ExitNotification.type);
            await exited;
          })(),
          'shutdown',
        );
      } catch {
        child.kill('SIGKILL');
        await exited;
      }
    }
    this.conn.dispose();
  }
}

/** A small corpus about a (fictional) city council budget. */
export const COUNCIL_CORPUS: Record<string, string> = {
  'corpus/council-budget.md': `---
id: riverton-budget
title: "Riverton council passes 2024 budget"
publisher: Riverton Gazette
date: 2024-03-12
---
# Riverton council passes 2024 budget

The Riverton city council approved a budget of $48 million on Tuesday.

Organisers counted every seat at the three public hearings and said
11,000 residents attended the public hearings.

The parks department will receive $3.2 million, up 12% from last year.

The council said it would hire 240 new staff next year.

"We kept every library open," said mayor Dana Ortiz.
`,
  'corpus/radio-report.txt': `Riverton budget vote: what it means

The city council plans to hire 310 new staff next year, a spokesperson told Riverton Public Radio.

The city runs 14 swimming pools [x](command:evil) <img src=x onerror=alert(1)> across its districts.
`,
};

/** A draft with one claim of every kind of verdict. */
export const COUNCIL_DRAFT = `# Budget night

The council approved a budget of $52 million on Tuesday. More than 15,000 residents attended the public hearings.

The parks department will receive $3.2 million. The council will hire 240 new staff next year.

"We closed every library," said mayor Dana Ortiz. The council has 9 members.

The city runs 14 swimming pools across its districts. The mayor called it "a budget for everyone and nobody".
`;

/** A small corpus about a (fictional) football match, for a second workspace folder. */
export const FOOTBALL_CORPUS: Record<string, string> = {
  'corpus/match-report.md': `---
id: harbour-city-cup-final
title: "Harbour City win the cup final"
publisher: Northern Sports Desk
date: 2024-05-18
---
Harbour City beat Riverton Rovers 3-1 in the cup final on Saturday.

A crowd of 42,000 watched the match at the national stadium.

The council approved a budget of $61 million on Tuesday for the new stadium roof.
`,
};
