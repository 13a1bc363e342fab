/** textDocument/diagnostic: the claims that are not supported, as diagnostics, and the status item's counts. */
import {
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DiagnosticServerCancellationData,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { findSuppressions } from '../../core';
import { normaliseSentence } from '../checks';
import { claimDiagnostics } from '../convert';
import { relativeSlash, uriToPath } from '../uris';
import { documentDiagnosticParams } from '../validate';
import type { ServerContext } from './context';

export function registerDiagnostics(connection: Connection, ctx: ServerContext): void {
  const { documents, folders, accepted, status, log } = ctx;

  /** Says once per document version what the log should hear about it (cut diagnostics, a skipped document). */
  const noted = new Map<string, string>();
  const noteOnce = (uri: string, key: string, message: string): void => {
    if (noted.get(uri) === key) return;
    noted.set(uri, key);
    log.info(message);
  };
  documents.onDidClose((e) => noted.delete(e.document.uri));

  /** The last report of each document: its version, its diagnostics and its result id. */
  const reports = new Map<string, { version: number; items: Diagnostic[]; id: string }>();
  let serial = 0;
  documents.onDidClose((e) => reports.delete(e.document.uri));

  /** Sentences as accepted.json stores them, by their text: a keystroke changes one sentence of many. */
  const sentences = new Map<string, string>();
  const normalised = (text: string): string => {
    let n = sentences.get(text);
    if (n === undefined) {
      if (sentences.size >= 20_000) sentences.clear();
      sentences.set(text, (n = normaliseSentence(text)));
    }
    return n;
  };

  const diagnose = async (uri: string, token: CancellationToken): Promise<{ items: Diagnostic[]; resultId: string } | undefined> => {
    const outcome = await ctx.outcomeFor(uri, token);
    if (outcome.kind === 'none') return { items: [], resultId: 'none' };
    if (outcome.kind === 'superseded') return undefined;
    if (outcome.kind === 'indexing') {
      // Answered now, empty; the client pulls again when the corpus is indexed (refreshDiagnostics).
      const doc = documents.get(uri);
      status({ state: 'indexing', uri, message: 'Indexing the corpus; this document is checked when it is done.' });
      return { items: [], resultId: `indexing:${doc?.version ?? 0}` };
    }
    if (outcome.kind === 'tooLarge') {
      const limit = outcome.limit < 1024 ? `${outcome.limit}-byte` : size(outcome.limit);
      const message = `Not checked: the document is ${size(outcome.bytes, true)}, over the ${limit} limit (corroborate.maxDocumentSize).`;
      noteOnce(uri, `large:${outcome.version}`, `corroborate: ${uri}: not checked: ${outcome.bytes} bytes is over the ${outcome.limit}-byte limit (corroborate.maxDocumentSize)`);
      status({ state: 'skipped', uri, message });
      return { items: [], resultId: `large:${outcome.version}` };
    }
    const { checked } = outcome;
    const s = await ctx.settings.get(uri);
    const folder = folders.of(uri);
    const file = uriToPath(uri);
    const isAccepted = folder ? await accepted.matcher(folder.path, file === undefined ? undefined : relativeSlash(folder.path, file)) : (): boolean => false;
    const counts = { supported: 0, conflict: 0, disputed: 0, unsupported: 0 };
    const items: Diagnostic[] = [];
    let problems = 0;
    // <!-- corroborate-disable… --> comments and `corroborate: false` front matter.
    const suppressions = findSuppressions(checked.text, checked.options.markdown);
    if (suppressions.problems.length) {
      const p = suppressions.problems[0]!;
      noteOnce(uri, `suppress:${checked.version}`, `corroborate: ${uri}:${p.line + 1}: ${p.message}`);
    }
    checked.claims.forEach((c, i) => {
      if (c.verdict !== 'supported' && suppressions.isSuppressed(c)) return;
      counts[c.verdict]++;
      // The verdict's diagnostic, and one for a misattribution and one for an inconsistency.
      const diagnostics = claimDiagnostics(checked, i, s, ctx.can.relatedInformation);
      if (!diagnostics.length) return;
      if (isAccepted(c.text, normalised(checked.sentences[i]!.text), c.evidenceHash)) return;
      // Past the cap only counted: a huge draft's report stays small.
      for (const d of diagnostics) if (++problems <= s.maxNumberOfProblems) items.push(d);
    });
    const capped = problems > items.length;
    if (capped) {
      noteOnce(uri, `cap:${checked.version}:${s.maxNumberOfProblems}`, `corroborate: ${uri}: reporting the first ${items.length} of ${problems} problems (corroborate.maxNumberOfProblems)`);
    }
    status({
      state: 'ready',
      uri,
      claims: checked.claims.length,
      supported: counts.supported,
      conflicts: counts.conflict,
      disputed: counts.disputed,
      unsupported: counts.unsupported,
      ...(capped
        ? { problems, shown: items.length, message: `Showing the first ${items.length.toLocaleString('en-US')} of ${problems.toLocaleString('en-US')} problems (corroborate.maxNumberOfProblems).` }
        : {}),
    });
    // The same diagnostics of the same version keep their id (the client is answered "unchanged");
    // anything else gets a new one. Diagnostics are compared only when the version is the one last
    // reported: a keystroke's new version gets a new id without encoding the draft's diagnostics.
    const last = reports.get(uri);
    if (last && last.version === checked.version && (last.items === items || JSON.stringify(last.items) === JSON.stringify(items))) {
      last.items = items;
      return { items, resultId: last.id };
    }
    const id = `${checked.version}:${RUN}${(++serial).toString(16)}`;
    reports.set(uri, { version: checked.version, items, id });
    return { items, resultId: id };
  };

  connection.onRequest(
    DocumentDiagnosticRequest.type,
    ctx.handle('textDocument/diagnostic', documentDiagnosticParams, async ({ uri, previousResultId }, token): Promise<DocumentDiagnosticReport> => {
      try {
        const r = await diagnose(uri, token);
        if (!r) {
          if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
          // Dropped on our side (corpus changed, document moved on): ask the client to pull again.
          throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'check superseded', { retriggerRequest: true });
        }
        if (previousResultId === r.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId: r.resultId, items: r.items };
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        ctx.fail('Checking', e, uri);
        return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      }
    }),
  );
}

/** "2.4 MB", "512 KB", "27 bytes": a size for messages; `up` rounds up (a size over a limit never reads as equal to it). */
function size(bytes: number, up = false): string {
  const round = (x: number): number => (up ? Math.ceil(x * 10) / 10 : Math.round(x * 10) / 10);
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${round(bytes / 1024)} KB`;
  return `${round(bytes / (1024 * 1024))} MB`;
}

/** Tells this server's result ids from those of an earlier run, which the client may still send. */
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 0x10000).toString(36)}-`;
