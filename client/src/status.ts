/**
 * The status bar item: what the server last said about the active draft (claims checked,
 * conflicts, unsupported), "indexing…" while the corpus loads, and an error state when the server
 * or a check fails. Clicking it opens the Problems panel (or the output, after a failure).
 */
import * as vscode from 'vscode';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { isCheckable } from './config';

export type ClientState = 'starting' | 'running' | 'stopped';

interface Waiter {
  readonly uri: string;
  readonly resolve: (status: StatusParams | undefined) => void;
}

const PROBLEMS = 'workbench.actions.view.problems';

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Last check result per document URI (as the server spells it; it echoes the client's URIs). */
  private readonly byUri = new Map<string, StatusParams>();
  /** Last status without a URI: corpus indexing, ready, or a failure not tied to one draft. */
  private server: StatusParams | undefined;
  private client: ClientState = 'starting';
  private waiters: Waiter[] = [];

  constructor(private languages: readonly string[]) {
    this.item = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Corroborate';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => {
        this.byUri.delete(d.uri.toString());
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.render()), // a language change reopens the document
    );
    this.render();
  }

  setLanguages(languages: readonly string[]): void {
    this.languages = languages;
    this.render();
  }

  setClientState(state: ClientState): void {
    this.client = state;
    if (state !== 'running') {
      // Counts from a server that is gone would be stale; the next check brings new ones.
      this.byUri.clear();
      this.server = undefined;
    }
    this.render();
  }

  /** Handles a `corroborate/status` notification. */
  update(status: StatusParams): void {
    if (status.uri === undefined) {
      this.server = status;
      // A corpus finished indexing: drafts that were waiting for it are pulled again, and a draft
      // that turns out to have nothing to check sends no status of its own.
      if (status.state === 'ready') for (const [uri, s] of this.byUri) if (s.state === 'indexing') this.byUri.delete(uri);
    } else {
      this.byUri.set(status.uri, status);
      // A check result means the corpus is loaded: clear a stale "indexing" (never an error).
      if (this.server?.state === 'indexing' && status.state === 'ready') this.server = undefined;
      const [done, pending] = partition(this.waiters, (w) => w.uri === status.uri);
      this.waiters = pending;
      for (const w of done) w.resolve(status);
    }
    this.render();
  }

  /** Resolves with the next status the server sends for `uri`, or undefined after `timeoutMs`. */
  nextCheck(uri: string, timeoutMs: number): Promise<StatusParams | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      const waiter: Waiter = {
        uri,
        resolve: (s) => {
          clearTimeout(timer);
          resolve(s);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Whether the server said last that it is indexing a corpus. */
  get indexing(): boolean {
    return this.server?.state === 'indexing';
  }

  /** The last check result for a document, if any. */
  statusFor(uri: vscode.Uri): StatusParams | undefined {
    return this.byUri.get(uri.toString());
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCheckable(document, this.languages)) {
      this.item.hide();
      return;
    }
    const view = describe(this.client, this.server, this.byUri.get(document.uri.toString()));
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.accessibilityInformation = { label: view.label };
    this.item.show();
  }

  dispose(): void {
    for (const w of this.waiters) w.resolve(undefined);
    this.waiters = [];
    for (const d of this.disposables) d.dispose();
  }
}

interface View {
  text: string;
  label: string;
  tooltip: vscode.MarkdownString;
  command: string;
  error: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function tooltip(lines: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(lines.join('\n\n'), true);
  md.isTrusted = {
    enabledCommands: ['corroborate.checkDocument', 'corroborate.reloadCorpus', 'corroborate.openSource', 'corroborate.showOutput'],
  };
  return md;
}

const LINKS =
  '[Check document](command:corroborate.checkDocument) · [Reload corpus](command:corroborate.reloadCorpus) · ' +
  '[Open source…](command:corroborate.openSource) · [Show output](command:corroborate.showOutput)';

/**
 * What the item shows, from the client state, the server-wide status and the active draft's
 * status. A draft's own result wins over a server-wide error (which may concern another
 * workspace folder's corpus); the error is still named in the tooltip.
 */
function describe(client: ClientState, server: StatusParams | undefined, doc: StatusParams | undefined): View {
  if (client === 'stopped') {
    return {
      text: '$(circle-slash) Corroborate',
      label: 'Corroborate: the server is not running',
      tooltip: tooltip(['**Corroborate**: the server is not running.', '[Restart server](command:corroborate.restartServer) · [Show output](command:corroborate.showOutput)']),
      command: 'corroborate.showOutput',
      error: true,
    };
  }
  if (client === 'starting' || server?.state === 'indexing' || doc?.state === 'indexing') {
    const what = client === 'starting' ? 'starting the server' : 'indexing the corpus';
    const count = (doc?.state === 'indexing' ? doc : server)?.documents;
    const progress = client !== 'starting' && count !== undefined ? ` (${plural(count, 'source')})` : '';
    // What the server is doing (listing, reading, analysing), when it said.
    const detail = client !== 'starting' ? (server?.state === 'indexing' ? server.message : doc?.message) : undefined;
    return {
      text: `$(sync~spin) Corroborate: ${client === 'starting' ? 'starting' : 'indexing'}…`,
      label: `Corroborate: ${what}${progress}${detail ? `. ${detail}` : ''}`,
      tooltip: tooltip([`**Corroborate**: ${what}${progress}…`, ...(detail ? [escapeMarkdown(detail)] : [])]),
      command: PROBLEMS,
      error: false,
    };
  }
  if (doc?.state === 'error') {
    return {
      text: '$(error) Corroborate: check failed',
      label: `Corroborate: the check failed. ${doc.message ?? ''}`,
      tooltip: tooltip([`**Corroborate**: the check failed${doc.message ? `: ${escapeMarkdown(doc.message)}` : '.'}`, LINKS]),
      command: 'corroborate.showOutput',
      error: true,
    };
  }
  if (doc?.state === 'skipped') {
    return {
      text: '$(circle-slash) Corroborate: not checked',
      label: `Corroborate: this document is not checked. ${doc.message ?? ''}`,
      tooltip: tooltip([`**Corroborate**: ${doc.message ? escapeMarkdown(doc.message) : 'this document is not checked.'}`, LINKS]),
      command: 'corroborate.showOutput',
      error: false,
    };
  }
  const serverError = server?.state === 'error' ? `$(error) ${server.message ? escapeMarkdown(server.message) : 'The server reported an error.'}` : undefined;
  if (doc?.state !== 'ready') {
    if (serverError) {
      return {
        text: '$(error) Corroborate',
        label: `Corroborate: error. ${server?.message ?? ''}`,
        tooltip: tooltip(['**Corroborate**', serverError, LINKS]),
        command: 'corroborate.showOutput',
        error: true,
      };
    }
    return {
      text: '$(checklist) Corroborate',
      label: 'Corroborate: not checked yet',
      tooltip: tooltip(['**Corroborate**: this document has not been checked yet (a corpus with sources is needed).', LINKS]),
      command: PROBLEMS,
      error: false,
    };
  }
  // Only a status for this document says which corpus it was checked against (with several
  // workspace folders, or an untitled draft on the bundled corpus, the last server-wide one may not).
  const corpus =
    doc.documents !== undefined
      ? `Corpus: ${plural(doc.documents, 'source')}${doc.sentences !== undefined ? `, ${plural(doc.sentences, 'sentence')}` : ''}`
      : undefined;
  const claims = doc.claims ?? 0;
  const conflicts = doc.conflicts ?? 0;
  const unsupported = doc.unsupported ?? 0;
  const disputed = doc.disputed ?? 0;
  const parts = [plural(claims, 'claim'), plural(conflicts, 'conflict'), `${unsupported} unsupported`];
  if (disputed > 0) parts.push(`${disputed} disputed`);
  // The server cut the diagnostics at corroborate.maxNumberOfProblems: say so.
  const cut = doc.shown !== undefined && doc.problems !== undefined && doc.shown < doc.problems;
  if (cut) parts.push(`${doc.shown} of ${doc.problems} shown`);
  const rows = [
    '| | |',
    '|:--|--:|',
    `| Claims checked | ${claims} |`,
    ...(doc.supported !== undefined ? [`| Supported | ${doc.supported} |`] : []),
    `| Conflicts | ${conflicts} |`,
    `| Disputed | ${disputed} |`,
    `| Unsupported | ${unsupported} |`,
  ].join('\n');
  return {
    text: `$(checklist) ${parts.join(' · ')}`,
    label: `Corroborate: ${parts.join(', ')}`,
    tooltip: tooltip([
      '**Corroborate** (click for the Problems panel)',
      rows,
      ...(cut && doc.message ? [`$(warning) ${escapeMarkdown(doc.message)}`] : []),
      ...(corpus ? [corpus] : []),
      ...(serverError ? [serverError] : []),
      LINKS,
    ]),
    command: PROBLEMS,
    error: false,
  };
}

/**
 * Server messages name files and folders, which may hold Markdown: shown literally in the
 * tooltip (a trusted MarkdownString with command links), never as links or formatting.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|~<>$-]/g, '\\$&');
}

function partition<T>(items: readonly T[], pred: (t: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const t of items) (pred(t) ? yes : no).push(t);
  return [yes, no];
}
