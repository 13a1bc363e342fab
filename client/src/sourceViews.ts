/**
 * Read-only views of the text Corroborate extracted from PDF and Word sources: documents of the
 * `corroborate-source:` scheme, whose text the server gives (`corroborate/sourceText`), so that
 * Go to Definition, the hover's link and Open Source land on the line a citation names.
 */
import * as vscode from 'vscode';
import { SOURCE_SCHEME, SourceTextRequest } from '../../server/src/lsp/protocol';
import type { Ctx } from './ctx';

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
  return vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, provider);
}
