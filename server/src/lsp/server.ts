/**
 * Entry point of the language server (bundled to dist/server.js). The transport comes from the
 * command line: --stdio, --node-ipc or --socket=PORT.
 */
import * as path from 'node:path';
import { createConnection, Message, ProposedFeatures, type ResponseMessage } from 'vscode-languageserver/node';
import { startServer } from './startServer';

declare const __VERSION__: string | undefined;

const CHEAP_TO_DROP = new Set(['textDocument/hover', 'textDocument/codeAction', 'textDocument/definition']);

const connection = createConnection(ProposedFeatures.all, {
  // Requests cancelled before they were dispatched are answered at once, unrun.
  cancelUndispatched: (message: Message): ResponseMessage | undefined =>
    Message.isRequest(message) && CHEAP_TO_DROP.has(message.method) ? { jsonrpc: message.jsonrpc, id: message.id, result: null } : undefined,
});

process.on('unhandledRejection', (e: unknown) => {
  connection.console.error(`corroborate: unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});

startServer(connection, {
  // dist/server.js → <extension>/corpus
  bundledCorpus: path.resolve(__dirname, '..', 'corpus'),
  ...(typeof __VERSION__ === 'string' ? { version: __VERSION__ } : {}),
});
