/**
 * Creates the LanguageClient: how to start the server, which documents it sees, and how
 * diagnostics are pulled. No lifecycle here; `ctx.ts` owns starting, stopping and restarting.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { explicitSection, SECTION } from './config';
import { PullTracker } from './pulls';
import { OPEN_VIEW_COMMAND, withViewLinks } from './sourceViews';

export const CLIENT_ID = 'corroborate';
export const CLIENT_NAME = 'Corroborate';

/** `file` and `untitled` documents of the given languages (never git:, output:, vscode-notebook-cell: …). */
export function documentSelector(languages: readonly string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

export interface Client {
  readonly client: LanguageClient;
  /** Forces and awaits full diagnostics pulls (Corroborate: Check Document). */
  readonly pulls: PullTracker;
}

export function createClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  languages: readonly string[],
): Client {
  const module = context.asAbsolutePath('dist/server.js');
  if (!fs.existsSync(module)) {
    throw new Error(`the language server bundle is missing (${module}); run \`npm run build\``);
  }
  // The server is started by the vscode-languageserver `createConnection()` auto-detection,
  // which picks up the `--node-ipc` argument the client adds for TransportKind.ipc.
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const pulls = new PullTracker();
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(languages),
    // Settings: the server pulls the `corroborate` section per resource (workspace/configuration,
    // answered by the client from vscode.workspace.getConfiguration(section, scopeUri)) and
    // registers for workspace/didChangeConfiguration itself, so no `synchronize` section here:
    // it would send every change twice.
    diagnosticPullOptions: { onChange: true, onSave: true },
    // The analysed corpus is cached in the extension's global storage between sessions.
    initializationOptions: { cacheDir: path.join(context.globalStorageUri.fsPath, 'index-cache') },
    outputChannel,
    // Errors reach the user through the status item and our own messages, not by the output
    // channel popping open.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    // Hover links to the views of PDF and Word sources (a scheme of our own, which hovers do not
    // open) become links to the one command that opens them; corpus text in hovers is escaped by
    // the server, so no other command can be reached from one.
    markdown: { isTrusted: { enabledCommands: [OPEN_VIEW_COMMAND] } },
    middleware: {
      ...pulls.middleware,
      provideHover: async (document, position, token, next) => withViewLinks(await next(document, position, token)),
      workspace: {
        // Only the settings that are set: the project configuration fills the rest (see config.ts).
        configuration: async (params, token, next) => {
          const answered = await next(params, token);
          if (!Array.isArray(answered)) return answered;
          return params.items.map((item, i) =>
            item.section === SECTION ? explicitSection(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : answered[i],
          );
        },
      },
    },
  };
  // The id makes the client read `corroborate.trace.server` for protocol tracing.
  return { client: new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions), pulls };
}
