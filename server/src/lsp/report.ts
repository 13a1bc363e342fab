/**
 * `corroborate/report`: the fact-check report of an open draft, for the client's webview. The page
 * is the command line's (server/src/report/html.ts), interactive: its claims post their index when
 * clicked, and the answer carries each claim's range so the client can reveal it.
 */
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { reportHtml } from '../report/html';
import type { Checked } from './checks';
import { ReportRequest, type ReportResult } from './protocol';
import { relativeSlash, uriToPath } from './uris';
import { reportParams } from './validate';

export interface ReportDeps {
  /** The current check of an open document; undefined when there is none to report from. */
  readonly checkedFor: (uri: string, token: CancellationToken) => Promise<{ readonly checked: Checked } | undefined>;
  /** The workspace folder of a document, to name it relative to it. */
  readonly folderOf: (uri: string) => { readonly path: string } | undefined;
  /** The server's request wrapper: checks parameters, logs malformed ones. */
  readonly handle: <P, R>(method: string, parse: (raw: unknown) => P, run: (params: P, token: CancellationToken) => Promise<R>) => (raw: unknown, token: CancellationToken) => Promise<R>;
  readonly fail: (what: string, e: unknown, uri?: string) => void;
  readonly version?: string;
}

export function registerReportRequest(connection: Connection, deps: ReportDeps): void {
  connection.onRequest(
    ReportRequest.type,
    deps.handle(ReportRequest.method, reportParams, async ({ uri }, token): Promise<ReportResult> => {
      try {
        const target = await deps.checkedFor(uri, token);
        if (!target) return { message: 'This document is not checked (not a draft language, too large, or its corpus is still being indexed).' };
        const { checked } = target;
        const file = uriToPath(uri);
        const folder = deps.folderOf(uri);
        const name = file === undefined ? uri : folder ? relativeSlash(folder.path, file) : path.basename(file);
        // The page's line numbers are the editor's (LSP ranges), not the engine's.
        const claims = checked.claims.map((c, i) => ({ ...c, range: checked.ranges[i]! }));
        const html = reportHtml({
          drafts: [{ path: name, text: checked.text, claims }],
          corpus: checked.set.index.stats(),
          nonce: randomBytes(18).toString('base64'),
          generated: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          ...(deps.version ? { version: deps.version } : {}),
          interactive: true,
        });
        return { html, version: checked.version, ranges: checked.ranges };
      } catch (e) {
        deps.fail('The fact-check report', e, uri);
        return { message: `The report could not be made: ${e instanceof Error ? e.message : String(e)}` };
      }
    }),
  );
}
