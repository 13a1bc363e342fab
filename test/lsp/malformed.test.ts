/**
 * Malformed requests through the language server process: each is answered with an
 * InvalidParams error naming the field, logged in one line without a stack, and does not put the
 * server in an error state; well-formed requests go on being answered.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { ListSourcesRequest, ServerCommands } from '../../server/src/lsp/protocol';
import { COUNCIL_CORPUS, TestClient, within, workspace } from './harness';

void describe('malformed requests', () => {
  let ws: string;
  let client: TestClient;
  let uri: string;
  const text = 'The council approved a budget of $52 million on Tuesday. The council has 9 members.\n';

  before(async () => {
    ws = workspace({ ...COUNCIL_CORPUS });
    ({ client } = await TestClient.start({ folders: [ws] }));
    uri = await client.open(path.join(ws, 'draft.md'), text);
    await client.waitForDiagnostics(uri, (d) => d.length === 2, 'two diagnostics');
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  const doc = (): { uri: string } => ({ uri });
  // `logged: false`: the JSON-RPC layer answers before the server sees the request.
  const cases: { name: string; method: string; params: () => unknown; message: RegExp; logged?: false }[] = [
    { name: 'a hover with position: null', method: 'textDocument/hover', params: () => ({ textDocument: doc(), position: null }), message: /^position must be an object, not null$/ },
    { name: 'a hover with a negative line', method: 'textDocument/hover', params: () => ({ textDocument: doc(), position: { line: -1, character: 0 } }), message: /^position must be \{ line, character \}/ },
    { name: 'a hover with a string character', method: 'textDocument/hover', params: () => ({ textDocument: doc(), position: { line: 0, character: '3' } }), message: /^position must be/ },
    { name: 'a hover without a document', method: 'textDocument/hover', params: () => ({ position: { line: 0, character: 3 } }), message: /^textDocument must be an object, not undefined$/ },
    { name: 'a hover with a number for a URI', method: 'textDocument/hover', params: () => ({ textDocument: { uri: 42 }, position: { line: 0, character: 3 } }), message: /^textDocument\.uri must be a string, not 42$/ },
    // (The client library sends a lone null as [null], which JSON-RPC itself refuses; a raw null reaches the server's check.)
    {
      name: 'a hover with null parameters',
      method: 'textDocument/hover',
      params: () => null,
      message: /^params must be an object, not null$|defines parameters by name but received parameters by position/,
      logged: false,
    },
    { name: 'a definition with position: null', method: 'textDocument/definition', params: () => ({ textDocument: doc(), position: null }), message: /^position must be an object/ },
    { name: 'a diagnostics pull without a document', method: 'textDocument/diagnostic', params: () => ({ textDocument: null }), message: /^textDocument must be an object, not null$/ },
    { name: 'a diagnostics pull with a numeric result id', method: 'textDocument/diagnostic', params: () => ({ textDocument: doc(), previousResultId: 7 }), message: /^previousResultId must be a string/ },
    { name: 'a code action with range: null', method: 'textDocument/codeAction', params: () => ({ textDocument: doc(), range: null, context: { diagnostics: [] } }), message: /^range must be an object, not null$/ },
    { name: 'a code action without a context', method: 'textDocument/codeAction', params: () => ({ textDocument: doc(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }), message: /^context must be an object/ },
    {
      name: 'a code action whose diagnostics are not a list',
      method: 'textDocument/codeAction',
      params: () => ({ textDocument: doc(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: 'all' } }),
      message: /^context\.diagnostics must be an array/,
    },
    {
      name: 'a code action with a diagnostic without a range',
      method: 'textDocument/codeAction',
      params: () => ({ textDocument: doc(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [{ source: 'corroborate', message: 'x' }] } }),
      message: /^context\.diagnostics\[0\]\.range must be an object/,
    },
    { name: 'an unknown command', method: 'workspace/executeCommand', params: () => ({ command: 'corroborate.server.formatDisk', arguments: [] }), message: /^unknown command "corroborate\.server\.formatDisk"$/ },
    { name: 'a command that is not a string', method: 'workspace/executeCommand', params: () => ({ command: null }), message: /^command must be a string, not null$/ },
    { name: 'accept without arguments', method: 'workspace/executeCommand', params: () => ({ command: ServerCommands.acceptClaim }), message: /takes one argument/ },
    { name: 'accept with a null argument', method: 'workspace/executeCommand', params: () => ({ command: ServerCommands.acceptClaim, arguments: [null] }), message: /^arguments\[0\] must be an object, not null$/ },
    {
      name: 'accept with a string version',
      method: 'workspace/executeCommand',
      params: () => ({ command: ServerCommands.acceptClaim, arguments: [{ uri, version: '1', text: '9', evidenceHash: 'x' }] }),
      message: /^arguments\[0\]\.version must be an integer/,
    },
    {
      name: 'accept without an evidence hash',
      method: 'workspace/executeCommand',
      params: () => ({ command: ServerCommands.acceptClaim, arguments: [{ uri, version: 1, text: '9' }] }),
      message: /^arguments\[0\]\.evidenceHash must be a string, not undefined$/,
    },
    { name: 'a source list for a numeric URI', method: ListSourcesRequest.method, params: () => ({ uri: 5 }), message: /^uri must be a string, not 5$/ },
  ];

  for (const c of cases) {
    void it(`answers ${c.name} with InvalidParams`, async () => {
      const logs = client.logs.length;
      const answer = await within(15_000, client.conn.sendRequest(c.method, c.params()).then((r) => r, (e: unknown) => e), c.method);
      assert.ok(answer instanceof ResponseError, `an error answer: ${JSON.stringify(answer)}`);
      assert.equal(answer.code, ErrorCodes.InvalidParams);
      assert.match(answer.message, c.message);
      if (c.logged !== false) await client.until(() => client.logs.slice(logs), (l) => l.some((x) => x.message.includes('invalid parameters')), 'a log line');
      for (const l of client.logs.slice(logs)) assert.doesNotMatch(l.message, /\n\s+at /, 'no stack trace');
    });
  }

  void it('stays out of the error state and goes on answering well-formed requests', async () => {
    assert.deepEqual(client.status.filter((s) => s.state === 'error'), []);
    assert.ok(!client.logs.some((l) => /\n\s+at /.test(l.message)), 'no stack trace in the log');
    const hover = await client.hover(uri, { line: 0, character: 35 });
    assert.match((hover?.contents as { value: string }).value, /^\*\*Conflict\*\*/);
    assert.equal((await client.diagnostics(uri)).length, 2);
    // Out-of-range positions are not malformed: LSP clamps them to the document.
    assert.equal(await client.hover(uri, { line: 5000, character: 5000 }), null);
    assert.equal(client.exited, undefined);
  });
});
