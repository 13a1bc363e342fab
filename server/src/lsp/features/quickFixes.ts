/** textDocument/codeAction (the quick fixes) and workspace/executeCommand (Accept as checked). */
import * as path from 'node:path';
import { CodeActionKind, CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Connection } from 'vscode-languageserver';
import { ACCEPTED_FILE } from '../accepted';
import { normaliseSentence } from '../checks';
import { codeActions } from '../codeActions';
import { SOURCE, type DiagnosticData } from '../convert';
import { relativeSlash, uriToPath } from '../uris';
import { codeActionParams, executeCommandParams } from '../validate';
import type { ServerContext } from './context';

export function registerCodeActions(connection: Connection, ctx: ServerContext): void {
  const { documents, folders, can } = ctx;
  connection.onRequest(
    CodeActionRequest.type,
    ctx.handle('textDocument/codeAction', codeActionParams, async ({ uri, range, diagnostics, only }, token): Promise<CodeAction[] | null> => {
      try {
        if (only && !only.some((k) => k === CodeActionKind.Empty || k === CodeActionKind.QuickFix)) return null;
        const ours = diagnostics.filter((d) => d.source === SOURCE);
        const stale = (): boolean => {
          const doc = documents.get(uri);
          return !doc || ours.some((d) => typeof (d.data as Partial<DiagnosticData> | undefined)?.version === 'number' && (d.data as DiagnosticData).version !== doc.version);
        };
        // Diagnostics computed for another version of the document: their ranges mean nothing now.
        if (stale()) return null;
        const target = await ctx.checkedFor(uri, token);
        if (!target || stale()) return null;
        const { doc, checked } = target;
        return codeActions(doc, checked, doc.offsetAt(range.start), doc.offsetAt(range.end), ours, {
          documentChanges: can.documentChanges,
          canAccept: folders.of(uri) !== undefined,
        });
      } catch (e) {
        ctx.fail('Code actions', e, uri);
        return null;
      }
    }),
  );
}

export function registerAcceptCommand(connection: Connection, ctx: ServerContext): void {
  const { documents, folders, accepted, log } = ctx;
  connection.onRequest(
    ExecuteCommandRequest.type,
    ctx.handle('workspace/executeCommand', executeCommandParams, async ({ args }) => {
      try {
        const doc = documents.get(args.uri);
        if (!doc || doc.version !== args.version) {
          log.info(`corroborate: not accepting "${args.text}": ${args.uri} changed since the action was offered`);
          return { accepted: false, reason: 'stale' };
        }
        const folder = folders.of(args.uri);
        const file = uriToPath(args.uri);
        if (!folder || file === undefined) {
          void connection.window.showWarningMessage('Corroborate: claims can only be accepted in a document inside a workspace folder.');
          return { accepted: false, reason: 'no-folder' };
        }
        const result = await accepted.accept(
          folder.path,
          {
            text: args.text,
            ...(typeof args.sentence === 'string' ? { sentence: normaliseSentence(args.sentence) } : {}),
            evidenceHash: args.evidenceHash,
            file: relativeSlash(folder.path, file),
          },
          ctx.now(),
        );
        if (!result.accepted) {
          void connection.window.showErrorMessage(`Corroborate: the claim was not accepted: ${path.join(folder.path, ACCEPTED_FILE)} is not usable: ${result.reason}.`);
          return { accepted: false, reason: 'unusable-file' };
        }
        ctx.refreshDiagnostics();
        return { accepted: true };
      } catch (e) {
        ctx.fail('Accepting a claim', e, args.uri);
        return { accepted: false, reason: 'error' };
      }
    }),
  );
}
