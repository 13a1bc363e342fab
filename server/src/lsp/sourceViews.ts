/**
 * corroborate/sourceText: the text of the read-only view of a PDF or Word source, which the
 * client shows for `corroborate-source:` URIs (Go to Definition, the hover's link, Open Source).
 */
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { sourceView, viewFile, type CorpusManager } from './corpora';
import { SourceTextRequest } from './protocol';
import { sourceTextParams } from './validate';

export interface SourceViewDeps {
  readonly corpora: CorpusManager;
  readonly handle: <P, R>(method: string, parse: (raw: unknown) => P, run: (params: P, token: CancellationToken) => Promise<R>) => (raw: unknown, token: CancellationToken) => Promise<R>;
  readonly fail: (what: string, e: unknown, uri?: string) => void;
}

export function registerSourceViews(connection: Connection, deps: SourceViewDeps): void {
  connection.onRequest(
    SourceTextRequest.type,
    deps.handle(SourceTextRequest.method, sourceTextParams, async ({ uri }) => {
      const file = viewFile(uri);
      if (!file) return null;
      try {
        return (await sourceView(deps.corpora.all(), file)) ?? null;
      } catch (e) {
        deps.fail('Reading a source', e, uri);
        return null;
      }
    }),
  );
}
