/** initialize / initialized, settings and workspace-folder changes, and documents opening and closing. */
import * as path from 'node:path';
import { CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { ServerCommands } from '../protocol';
import { SettingsStore } from '../settings';
import { uriToPath } from '../uris';
import type { ServerContext } from './context';

export function registerLifecycle(connection: Connection, ctx: ServerContext): void {
  const { can, corpora, folders, documents } = ctx;

  connection.onInitialize((params): InitializeResult => {
    ctx.capabilities = params.capabilities;
    const options = params.initializationOptions as { cacheDir?: unknown } | undefined;
    if (typeof options?.cacheDir === 'string' && path.isAbsolute(options.cacheDir)) ctx.cacheDir = options.cacheDir;
    ctx.settings = new SettingsStore(
      can.configuration ? { fetch: (scopeUri) => connection.workspace.getConfiguration({ ...(scopeUri ? { scopeUri } : {}), section: 'corroborate' }) } : undefined,
      ctx.log,
      (scopeUri) => ctx.configs.forUri(scopeUri),
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
      serverInfo: { name: 'corroborate', ...(ctx.deps.version ? { version: ctx.deps.version } : {}) },
    };
  });

  connection.onInitialized(() => {
    if (can.configurationRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: 'corroborate' }).then(undefined, (e: unknown) => ctx.fail('Registering for settings changes', e));
    }
    if (can.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        folders.change(e.added, e.removed);
        ctx.settings.changed();
        ctx.onSettingsChanged().catch((err: unknown) => ctx.fail('Updating workspace folders', err));
      });
    }
    corpora
      .resolveAll()
      .then(() => ctx.updateWatchers())
      .catch((e: unknown) => ctx.fail('Indexing the corpus', e));
  });

  // The word memo is written before the client lets the server go.
  connection.onShutdown(() => ctx.saveWordMemo());

  connection.onDidChangeConfiguration((params) => {
    const raw = (params.settings as { corroborate?: unknown } | null | undefined)?.corroborate;
    ctx.settings.changed(raw);
    ctx.onSettingsChanged().catch((e: unknown) => ctx.fail('Applying settings', e));
  });

  documents.onDidOpen((e) => {
    // Start indexing this document's corpus now rather than on the first pull.
    corpora.forFolder(folders.of(e.document.uri)).catch((err: unknown) => ctx.fail('Indexing the corpus', err, e.document.uri));
  });

  documents.onDidClose((e) => {
    ctx.settings.drop(e.document.uri);
    ctx.checks.drop(e.document.uri);
  });
}
