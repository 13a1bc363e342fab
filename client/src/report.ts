/**
 * Corroborate: Show Fact-check Report. Asks the server for the report of the active draft and
 * shows it in a webview beside it. The page is the server's (the same as `corroborate report`):
 * it carries its own Content-Security-Policy (default-src 'none', its style and its one static
 * script by nonce) and loads nothing; the webview gets no local resource roots. The script only
 * posts `{ type: 'reveal', draft, claim }`; the claim's range comes from the server's answer, and
 * the draft is revealed at it.
 */
import * as vscode from 'vscode';
import { ReportRequest, type ReportResult } from '../../server/src/lsp/protocol';
import type { Client } from './client';
import { isCheckable } from './config';
import type { Ctx } from './ctx';

/** One panel per draft, reused when the command runs again. */
const panels = new Map<string, vscode.WebviewPanel>();

export function showReport(ctx: Ctx, { client }: Client): (...args: unknown[]) => Promise<ReportResult | undefined> {
  return async (arg?: unknown) => {
    const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
    if (!document || !isCheckable(document, ctx.languages)) {
      void vscode.window.showInformationMessage('Corroborate: open a draft to see its fact-check report.');
      return undefined;
    }
    const uri = document.uri.toString();
    const column = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor.viewColumn : undefined;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Corroborate: making the fact-check report' },
      () => client.sendRequest(ReportRequest.type, { uri }),
    );
    if (!result.html || !result.ranges) {
      void vscode.window.showInformationMessage(`Corroborate: ${result.message ?? 'no report for this document.'}`);
      return result;
    }
    const ranges = result.ranges;
    const name = vscode.workspace.asRelativePath(document.uri);
    let panel = panels.get(uri);
    if (!panel) {
      panel = vscode.window.createWebviewPanel('corroborate.report', `Fact-check: ${name}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableForms: false,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      const created = panel;
      panels.set(uri, created);
      created.onDidDispose(() => panels.delete(uri));
    }
    const shown = panel;
    // The latest answer's ranges serve the page it came with.
    const listener = shown.webview.onDidReceiveMessage(async (message: unknown) => {
      const m = message as { type?: unknown; draft?: unknown; claim?: unknown } | null;
      if (!m || m.type !== 'reveal' || m.draft !== 0 || typeof m.claim !== 'number' || !Number.isInteger(m.claim)) return;
      const r = ranges[m.claim];
      if (!r) return;
      const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
      const doc = await vscode.workspace.openTextDocument(document.uri);
      const editor = await vscode.window.showTextDocument(doc, { viewColumn: column ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      if (doc.version !== result.version) void vscode.window.showInformationMessage('Corroborate: the draft has changed since this report was made; run the report again for current places.');
    });
    shown.onDidDispose(() => listener.dispose());
    reportListeners.get(shown)?.dispose();
    reportListeners.set(shown, listener);
    shown.title = `Fact-check: ${name}`;
    shown.webview.html = result.html;
    shown.reveal(vscode.ViewColumn.Beside, true);
    return result;
  };
}

const reportListeners = new WeakMap<vscode.WebviewPanel, vscode.Disposable>();
