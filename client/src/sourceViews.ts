/**
 * Read-only views of the text Corroborate extracted from PDF and Word sources: documents of the
 * `corroborate-source:` scheme, whose text the server gives (`corroborate/sourceText`), so that
 * Go to Definition, the hover's link and Open Source land on the line a citation names.
 */
import * as vscode from 'vscode';
import { SOURCE_SCHEME, SourceTextRequest } from '../../server/src/lsp/protocol';
import type { Ctx } from './ctx';

/** Opens a view at a line: `[uri, line]` (1-based), the target of the hovers' links. */
export const OPEN_VIEW_COMMAND = 'corroborate.openSourceView';

const VIEW_LINK = new RegExp(`\\]\\((${SOURCE_SCHEME}:[^)#\\s]+)#L(\\d+)\\)`, 'g');

/** A hover whose links to views are links to OPEN_VIEW_COMMAND. */
export function withViewLinks(hover: vscode.Hover | null | undefined): vscode.Hover | null | undefined {
  if (!hover) return hover;
  for (const c of hover.contents) {
    if (!(c instanceof vscode.MarkdownString)) continue;
    c.value = c.value.replace(VIEW_LINK, (_m, uri: string, line: string) => `](command:${OPEN_VIEW_COMMAND}?${encodeURIComponent(JSON.stringify([uri, Number(line)]))})`);
  }
  return hover;
}

export function registerSourceViews(ctx: Ctx): vscode.Disposable {
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri, token): Promise<string> {
      const name = uri.path.split('/').pop() ?? uri.path;
      const running = await ctx.ready();
      if (!running) return `${name}: the Corroborate server is not running; restart it to read this source.`;
      try {
        const text = await running.client.sendRequest(SourceTextRequest.type, { uri: uri.toString() }, token);
        return text ?? `${name}: not a PDF or Word source of a loaded corpus.`;
      } catch (error) {
        ctx.log.warn(`reading ${uri.toString()}: ${String(error)}`);
        return `${name}: could not be read (${error instanceof Error ? error.message : String(error)}).`;
      }
    },
  };
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider),
    vscode.commands.registerCommand(OPEN_VIEW_COMMAND, async (uri: unknown, line: unknown) => {
      if (typeof uri !== 'string' || !uri.startsWith(`${SOURCE_SCHEME}:`)) return;
      const at = typeof line === 'number' && Number.isInteger(line) && line > 0 ? line - 1 : 0;
      const position = new vscode.Position(at, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), preview: true });
    }),
  );
}
