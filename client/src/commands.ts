/**
 * The command table. Commands that talk to the server have an `enabled` form (given the running
 * client) and fall back to a shared "not running" message; the others work whatever the state
 * of the server, so Show Output and Restart Server still help when the server is down.
 */
import * as vscode from 'vscode';
import { DocumentDiagnosticRequest } from 'vscode-languageclient/node';
import { ListSourcesRequest, ReloadCorpusRequest, type SourceSummary, type StatusParams } from '../../server/src/lsp/protocol';
import type { Client } from './client';
import { isCheckable } from './config';
import type { Ctx } from './ctx';
import { showReport } from './report';

type Cmd = (...args: unknown[]) => unknown;

interface CommandFactory {
  /** Runs while the server is running. */
  readonly enabled?: (ctx: Ctx, client: Client) => Cmd;
  /** Runs in any state. */
  readonly always?: (ctx: Ctx) => Cmd;
}

/** How long Check Document waits for the server's report before giving up on showing a result. */
const CHECK_TIMEOUT_MS = 60_000;

export const commands: Record<string, CommandFactory> = {
  'corroborate.checkDocument': { enabled: checkDocument },
  'corroborate.reloadCorpus': { enabled: reloadCorpus },
  'corroborate.openSource': { enabled: openSource },
  'corroborate.showReport': { enabled: showReport },
  'corroborate.showOutput': { always: (ctx) => () => ctx.log.show() },
  'corroborate.restartServer': { always: restartServer },
};

export function registerCommands(ctx: Ctx): void {
  for (const [name, factory] of Object.entries(commands)) {
    const run: Cmd = async (...args) => {
      if (factory.always) return factory.always(ctx)(...args);
      const client = await ctx.ready();
      if (client && factory.enabled) return factory.enabled(ctx, client)(...args);
      void notRunning(ctx);
      return undefined;
    };
    ctx.extension.subscriptions.push(vscode.commands.registerCommand(name, run));
  }
}

/** Shows an error with a "Show Output" action, after logging the details. */
export async function showError(ctx: Ctx, message: string, error?: unknown): Promise<void> {
  if (error !== undefined) ctx.log.error(message, error);
  else ctx.log.error(message);
  const detail = error instanceof Error ? `: ${error.message}` : error !== undefined ? `: ${String(error)}` : '';
  const choice = await vscode.window.showErrorMessage(`Corroborate: ${message}${detail}`, 'Show Output');
  if (choice === 'Show Output') ctx.log.show();
}

async function notRunning(ctx: Ctx): Promise<void> {
  const choice = await vscode.window.showWarningMessage('Corroborate: the language server is not running.', 'Restart Server', 'Show Output');
  if (choice === 'Restart Server') await vscode.commands.executeCommand('corroborate.restartServer');
  else if (choice === 'Show Output') ctx.log.show();
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Corroborate: Check Document. Re-pulls diagnostics (the client's diagnostic `refresh()`), with a
 * full rather than "unchanged" report for this document (see pulls.ts), and resolves once it has
 * arrived, with the server's status for the document. Optional argument: the document's URI.
 */
function checkDocument(ctx: Ctx, { client, pulls }: Client): Cmd {
  return async (arg?: unknown): Promise<StatusParams | undefined> => {
    const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Corroborate: open a draft to check it.');
      return undefined;
    }
    if (!isCheckable(document, ctx.languages)) {
      void vscode.window.showInformationMessage(
        `Corroborate checks ${ctx.languages.join(', ')} documents (setting corroborate.languages); this one is ${document.languageId}.`,
      );
      return undefined;
    }
    // The client only keeps pulled diagnostics for visible documents.
    if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) await vscode.window.showTextDocument(document);
    const pulled = pulls.force(document.uri);
    client.getFeature(DocumentDiagnosticRequest.method).refresh();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CHECK_TIMEOUT_MS)));
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Corroborate: checking…' },
      () => Promise.race([pulled, timedOut]),
    );
    clearTimeout(timer);
    if (outcome === 'timeout') ctx.log.warn(`check of ${document.uri.toString()} did not finish in ${CHECK_TIMEOUT_MS / 1000} s`);
    // The corpus was still being indexed: the server pulls again when it is done; wait for that check.
    const deadline = Date.now() + CHECK_TIMEOUT_MS;
    let status = ctx.status.statusFor(document.uri);
    while (outcome !== 'timeout' && status?.state === 'indexing' && Date.now() < deadline) {
      status = (await ctx.status.nextCheck(document.uri.toString(), deadline - Date.now())) ?? status;
    }
    return status;
  };
}

/** Corroborate: Reload Corpus. Resolves with the server's counts. */
function reloadCorpus(ctx: Ctx, { client }: Client): Cmd {
  return async (): Promise<{ documents: number; sentences: number } | undefined> => {
    try {
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Corroborate: reloading the corpus…' },
        () => client.sendRequest(ReloadCorpusRequest.type),
      );
      const message = `Corroborate: corpus reloaded: ${plural(result.documents, 'source document')}, ${plural(result.sentences, 'sentence')}.`;
      ctx.log.info(message);
      void vscode.window.showInformationMessage(message);
      return result;
    } catch (error) {
      void showError(ctx, 'reloading the corpus failed', error);
      return undefined;
    }
  };
}

interface SourceItem extends vscode.QuickPickItem {
  readonly source: SourceSummary;
}

/**
 * Corroborate: Open Source…, a quick pick of the sources that serve the active draft (or the
 * first workspace folder). Optional argument: a source id or URI, opened without asking.
 */
function openSource(ctx: Ctx, { client }: Client): Cmd {
  return async (arg?: unknown): Promise<void> => {
    const scope = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    let sources: SourceSummary[];
    try {
      sources = await client.sendRequest(ListSourcesRequest.type, scope ? { uri: scope.toString() } : {});
    } catch (error) {
      void showError(ctx, 'listing the sources failed', error);
      return;
    }
    if (typeof arg === 'string') {
      const wanted = sources.find((s) => s.id === arg || s.uri === arg);
      if (wanted) {
        await vscode.window.showTextDocument(vscode.Uri.parse(wanted.uri));
        return;
      }
    }
    if (sources.length === 0) {
      void vscode.window.showInformationMessage(
        ctx.status.indexing
          ? 'Corroborate: the corpus is still being indexed; its sources can be opened when it is done.'
          : 'Corroborate: the corpus has no sources. Set corroborate.corpus.paths or add a corpus/ folder.',
      );
      return;
    }
    const items: SourceItem[] = sources.map((source) => ({
      label: source.title || source.id,
      description: [source.publisher, source.date].filter((x): x is string => !!x).join(' · '),
      detail: vscode.workspace.asRelativePath(vscode.Uri.parse(source.uri)),
      source,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Corroborate: Open Source',
      placeHolder: `${plural(sources.length, 'source')}: type to filter by title, publisher, date or file`,
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.source.uri));
  };
}

function restartServer(ctx: Ctx): Cmd {
  return async (): Promise<void> => {
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Corroborate: restarting…' }, () => ctx.restart());
    } catch (error) {
      void showError(ctx, 'the language server failed to start', error);
    }
  };
}
