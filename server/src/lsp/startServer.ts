/**
 * The language server: one module per capability under `features/`, each registered on the
 * connection with the shared context (`features/context.ts`). `server.ts` creates the connection;
 * tests can call `startServer` with their own connection and dependencies.
 */
import type { Connection } from 'vscode-languageserver';
import { createContext, type ServerDeps } from './features/context';
import { registerCorpusRequests } from './features/corpusRequests';
import { registerDiagnostics } from './features/diagnostics';
import { registerLifecycle } from './features/lifecycle';
import { registerDefinition, registerHover } from './features/navigation';
import { registerAcceptCommand, registerCodeActions } from './features/quickFixes';
import { registerFileWatching } from './features/watching';
import { registerReportRequest } from './report';
import { registerSourceViews } from './sourceViews';

export type { ServerDeps } from './features/context';

export function startServer(connection: Connection, deps: ServerDeps): void {
  const ctx = createContext(connection, deps);
  registerLifecycle(connection, ctx);
  registerFileWatching(connection, ctx);
  registerDiagnostics(connection, ctx);
  registerHover(connection, ctx);
  registerDefinition(connection, ctx);
  registerCodeActions(connection, ctx);
  registerAcceptCommand(connection, ctx);
  registerCorpusRequests(connection, ctx);
  registerSourceViews(connection, ctx);
  registerReportRequest(connection, { checkedFor: ctx.checkedFor, folderOf: (uri) => ctx.folders.of(uri), handle: ctx.handle, fail: ctx.fail, ...(deps.version ? { version: deps.version } : {}) });
  ctx.documents.listen(connection);
  connection.listen();
}
