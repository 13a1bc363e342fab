/**
 * Failure handling, through the `startServer(connection, deps)` seam: the server runs in this
 * process over a pair of streams with a checker that throws on one draft. The failure must be
 * logged with its stack, reported as an error status, answered with an empty report, and the
 * server must go on serving the other drafts.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { CancellationTokenSource, DocumentDiagnosticRequest, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver-protocol';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createChecker, type Checker, type ClaimResult } from '../../server/src/core';
import { ListSourcesRequest } from '../../server/src/lsp/protocol';
import { startServer } from '../../server/src/lsp/startServer';
import { COUNCIL_CORPUS, ROOT, TestClient, workspace } from './harness';

void describe('robustness', () => {
  void it('passes cancellation to the engine, but only once every request sharing a check gave up', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, toServer, toClient);
    // Checks of drafts containing SLOW wait for the test to release them (or for cancellation).
    const calls: { token: CancellationToken; release: () => void }[] = [];
    startServer(connection, {
      cacheDir: null,
      bundledCorpus: path.join(ROOT, 'corpus'),
      // These tests are about checks, not indexing: requests wait for the corpus as long as it takes.
      indexingGraceMs: Infinity,
      createChecker: (index): Checker => {
        const real = createChecker(index);
        return {
          check: (text, options, token) => {
            if (!text.includes('SLOW')) return real.check(text, options, token);
            const lsp = token as CancellationToken;
            return new Promise<ClaimResult[]>((resolve, reject) => {
              lsp.onCancellationRequested(() => resolve([]));
              calls.push({ token: lsp, release: () => real.check(text, options, token).then(resolve, reject) });
            });
          },
          consistency: (text, options, token) => real.consistency(text, options, token),
          clearCache: () => real.clearCache(),
        };
      },
    });
    const { client } = await TestClient.attach(toClient, toServer, { folders: [ws] });
    const pull = (uri: string, token: CancellationToken): Promise<unknown> =>
      client.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }, token).then(
        (r) => r,
        (e: unknown) => e,
      );
    try {
      // A pull and a hover share one check; cancelling the pull leaves the check running.
      const shared = await client.open(path.join(ws, 'shared.md'), 'SLOW. The council has 9 members.\n');
      const first = new CancellationTokenSource();
      const pulled = pull(shared, first.token);
      await client.until(() => calls.length, (n) => n === 1, 'the engine to be called');
      const hover = client.hover(shared, { line: 0, character: 22 });
      // The hover must have joined the check before the pull is cancelled (a cancellation is
      // acted on as soon as it is read). Requests are dispatched in order, so once a later
      // request is answered, the hover has been dispatched and is waiting on the check.
      await client.conn.sendRequest(ListSourcesRequest.type, { uri: shared });
      first.cancel();
      const cancelled = await pulled;
      assert.ok(cancelled instanceof ResponseError, `a cancelled pull is answered with an error: ${JSON.stringify(cancelled)}`);
      assert.equal(cancelled.code, LSPErrorCodes.RequestCancelled);
      assert.equal(calls[0]!.token.isCancellationRequested, false, 'the hover still waits for the check');
      calls[0]!.release();
      const h = await hover;
      assert.match((h?.contents as { value: string }).value, /^\*\*Unsupported\*\*/);
      assert.equal(calls.length, 1, 'one check for both requests');

      // A pull alone: cancelling it cancels the engine's work.
      const lonely = await client.open(path.join(ws, 'lonely.md'), 'SLOW. The mayor has 2 deputies.\n');
      const second = new CancellationTokenSource();
      const pending = pull(lonely, second.token);
      await client.until(() => calls.length, (n) => n === 2, 'the engine to be called again');
      second.cancel();
      assert.ok((await pending) instanceof ResponseError);
      await client.until(() => calls[1]!.token.isCancellationRequested, (c) => c, 'the engine token to be cancelled');
    } finally {
      await client.shutdown();
      connection.dispose();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('survives an engine failure in one document and keeps serving the others', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(ProposedFeatures.all, toServer, toClient);
    startServer(connection, {
      cacheDir: null,
      bundledCorpus: path.join(ROOT, 'corpus'),
      // These tests are about checks, not indexing: requests wait for the corpus as long as it takes.
      indexingGraceMs: Infinity,
      createChecker: (index): Checker => {
        const real = createChecker(index);
        return {
          check: (text, options, token) => (text.includes('BOOM') ? Promise.reject(new Error('engine exploded')) : real.check(text, options, token)),
          consistency: (text, options, token) => real.consistency(text, options, token),
          clearCache: () => real.clearCache(),
        };
      },
    });
    const { client } = await TestClient.attach(toClient, toServer, { folders: [ws] });
    try {
      const bad = await client.open(path.join(ws, 'bad.md'), 'BOOM. The council has 9 members.\n');
      const report = await client.pull(bad);
      assert.deepEqual(report, { kind: 'full', items: [] });
      const errors = await client.until(() => client.status.filter((s) => s.state === 'error'), (s) => s.length > 0, 'an error status');
      assert.deepEqual(errors[0], { state: 'error', uri: bad, message: 'Checking failed: engine exploded' });
      const logged = client.logs.find((l) => l.message.includes('engine exploded'));
      assert.ok(logged, 'the failure is logged');
      assert.equal(logged.type, 1, 'as an error');
      assert.match(logged.message, /\n\s+at /, 'with its stack');
      assert.equal(await client.hover(bad, { line: 0, character: 22 }), null);

      const good = await client.open(path.join(ws, 'good.md'), 'The council has 9 members.\n');
      await client.waitForDiagnostics(good, (d) => d.length === 1, 'the other draft still checked');
    } finally {
      await client.shutdown();
      connection.dispose();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});
