/**
 * Corpus lifecycle through the language server process: files changed on disk and announced with
 * workspace/didChangeWatchedFiles, multi-root workspaces (each folder its own corpus, folders
 * with the same corpus sharing one index), and empty or missing corpora.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, MessageType } from 'vscode-languageserver-protocol';
import { ListSourcesRequest, ServerCommands, type AcceptClaimArgs } from '../../server/src/lsp/protocol';
import { COUNCIL_CORPUS, FOOTBALL_CORPUS, TestClient, messageOf, uriOf, workspace, write } from './harness';

void describe('corpus lifecycle', () => {
  void it('follows corpus files changed on disk, and brings accepted claims back when their evidence changes', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const gazette = path.join(ws, 'corpus', 'council-budget.md');
      const radio = path.join(ws, 'corpus', 'radio-report.txt');
      const text = 'The council approved a budget of $52 million on Tuesday. The council will hire 240 new staff next year.\n';
      const uri = await client.open(path.join(ws, 'draft.md'), text);
      const first = await client.waitForDiagnostics(uri, (d) => d.length === 2, 'a conflict and a dispute');
      assert.deepEqual(first.map((d) => d.code), ['conflict', 'disputed']);

      // Accept the disputed figure: it disappears.
      const disputed = first[1]!;
      const accept = (await client.codeActions(uri, disputed.range, [disputed])).find((a) => a.command?.command === ServerCommands.acceptClaim);
      assert.ok(accept, 'an accept action for the disputed claim');
      assert.deepEqual(await client.executeCommand(ServerCommands.acceptClaim, accept.command!.arguments as AcceptClaimArgs[]), { accepted: true });
      await client.waitForDiagnostics(uri, (d) => d.length === 1, 'the accepted claim to disappear');

      // The gazette now agrees with the draft: after the watcher event, the conflict is gone.
      fs.writeFileSync(gazette, fs.readFileSync(gazette, 'utf8').replace('$48 million', '$52 million'));
      let refreshes = client.refreshes;
      await client.filesChanged([{ uri: uriOf(gazette), type: FileChangeType.Changed }]);
      await client.until(() => client.refreshes, (n) => n > refreshes, 'workspace/diagnostic/refresh after the change');
      assert.deepEqual(await client.diagnostics(uri), []);

      // The radio report changes its figure: the evidence hash changes, the dispute comes back.
      fs.writeFileSync(radio, fs.readFileSync(radio, 'utf8').replace('310', '320'));
      refreshes = client.refreshes;
      await client.filesChanged([{ uri: uriOf(radio), type: FileChangeType.Changed }]);
      await client.until(() => client.refreshes, (n) => n > refreshes, 'a refresh');
      const back = await client.diagnostics(uri);
      assert.deepEqual(back.map((d) => d.code), ['disputed']);
      assert.match(messageOf(back[0]!), /vs 320 /);

      // A deleted source leaves the index; a new one joins it.
      fs.rmSync(radio);
      await client.filesChanged([{ uri: uriOf(radio), type: FileChangeType.Deleted }]);
      await client.waitForDiagnostics(uri, (d) => d.length === 0, 'the dispute to go with its source');
      // (The accepted dispute stays hidden only while its evidence is the same: new evidence, new hash.)
      const created = write(ws, 'corpus/sub/late-news.md', '---\npublisher: Late Wire\ndate: 2024-03-13\n---\nThe council said on Wednesday it would hire 275 new staff next year.\n');
      await client.filesChanged([{ uri: uriOf(created), type: FileChangeType.Created }]);
      const late = await client.waitForDiagnostics(uri, (d) => d.length === 1, 'the new source to dispute the hiring figure');
      assert.equal(late[0]!.code, 'disputed');
      assert.match(messageOf(late[0]!), /vs 275 \(Late Wire, 13 Mar 2024\)/);
      assert.ok(late[0]!.relatedInformation?.some((r) => r.location.uri === uriOf(created)));

      const sources = await client.conn.sendRequest(ListSourcesRequest.type, { uri });
      assert.deepEqual(sources.map((s) => s.id).sort(), ['riverton-budget', 'sub-late-news']);
      assert.equal(client.exited, undefined);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('keeps the corpora of a multi-root workspace apart, and shares one index between folders with the same corpus', async () => {
    const council = workspace({ ...COUNCIL_CORPUS }, 'corroborate-council-');
    const football = workspace({ ...FOOTBALL_CORPUS }, 'corroborate-football-');
    const shared = workspace({ 'sources/match-report.md': FOOTBALL_CORPUS['corpus/match-report.md']! }, 'corroborate-shared-');
    const left = workspace({}, 'corroborate-left-');
    const right = workspace({}, 'corroborate-right-');
    const sharedRoot = path.join(shared, 'sources');
    const { client } = await TestClient.start({
      folders: [council, football, left, right],
      // left and right point at the same folder, one absolutely and one relatively.
      settings: (scope) =>
        scope?.startsWith(uriOf(left)) ? { corpus: { paths: [sharedRoot] } } : scope?.startsWith(uriOf(right)) ? { corpus: { paths: [path.relative(right, sharedRoot)] } } : {},
    });
    try {
      const text = 'The council approved a budget of $52 million on Tuesday.\n';
      const a = await client.open(path.join(council, 'draft.md'), text);
      const b = await client.open(path.join(football, 'draft.md'), text);
      const [inCouncil] = await client.waitForDiagnostics(a, (d) => d.length === 1, 'a conflict in the council folder');
      const [inFootball] = await client.waitForDiagnostics(b, (d) => d.length === 1, 'a conflict in the football folder');
      assert.equal(messageOf(inCouncil!), 'Sources say $48 million (Riverton Gazette, 12 Mar 2024); the draft says $52 million.');
      assert.equal(messageOf(inFootball!), 'Sources say $61 million (Northern Sports Desk, 18 May 2024); the draft says $52 million.');
      assert.equal(inCouncil!.relatedInformation?.[0]?.location.uri, uriOf(path.join(council, 'corpus', 'council-budget.md')));
      assert.equal(inFootball!.relatedInformation?.[0]?.location.uri, uriOf(path.join(football, 'corpus', 'match-report.md')));

      const l = await client.open(path.join(left, 'draft.md'), text);
      const r = await client.open(path.join(right, 'draft.md'), text);
      const [inLeft] = await client.waitForDiagnostics(l, (d) => d.length === 1, 'a conflict in the left folder');
      const [inRight] = await client.waitForDiagnostics(r, (d) => d.length === 1, 'a conflict in the right folder');
      const sharedUri = uriOf(path.join(sharedRoot, 'match-report.md'));
      assert.equal(inLeft!.relatedInformation?.[0]?.location.uri, sharedUri);
      assert.equal(inRight!.relatedInformation?.[0]?.location.uri, sharedUri);
      const indexedShared = client.logs.filter((m) => m.message.startsWith('corroborate: indexed') && m.message.includes(sharedRoot));
      assert.equal(indexedShared.length, 1, `one index for the shared corpus: ${JSON.stringify(indexedShared)}`);

      const councilSources = await client.conn.sendRequest(ListSourcesRequest.type, { uri: uriOf(council) });
      const footballSources = await client.conn.sendRequest(ListSourcesRequest.type, { uri: b });
      assert.deepEqual(councilSources.map((s) => s.id), ['riverton-budget', 'radio-report']);
      assert.deepEqual(footballSources.map((s) => s.id), ['harbour-city-cup-final']);
    } finally {
      await client.shutdown();
      for (const d of [council, football, shared, left, right]) fs.rmSync(d, { recursive: true, force: true });
    }
  });

  void it('warns once about an empty or missing corpus and reports nothing', async () => {
    const empty = workspace({ 'corpus/notes.bin': '\u0000\u0001binary' }, 'corroborate-empty-');
    const missing = workspace({}, 'corroborate-missing-');
    const { client } = await TestClient.start({
      folders: [empty, missing],
      settings: (scope) => (scope?.startsWith(uriOf(missing)) ? { corpus: { paths: ['no-such-folder'] } } : {}),
    });
    try {
      const text = 'The council approved a budget of $52 million on Tuesday.\n';
      const e = await client.open(path.join(empty, 'draft.md'), text);
      const m = await client.open(path.join(missing, 'draft.md'), text);
      for (let i = 0; i < 3; i++) {
        assert.deepEqual(await client.diagnostics(e), []);
        assert.deepEqual(await client.diagnostics(m), []);
      }
      const warnings = await client.until(() => client.messages, (w) => w.length >= 2, 'two warnings');
      assert.equal(warnings.length, 2, JSON.stringify(warnings));
      assert.ok(warnings.every((w) => w.type === MessageType.Warning));
      assert.ok(warnings.some((w) => w.message.includes('has no readable sources') && w.message.includes(path.join(empty, 'corpus'))));
      assert.ok(warnings.some((w) => w.message.includes('corpus folder not found') && w.message.includes(path.join(missing, 'no-such-folder'))));

      // The missing folder appears: the watcher event brings its sources in.
      const late = write(missing, 'no-such-folder/budget.md', '---\npublisher: Riverton Gazette\n---\nThe city council approved a budget of $48 million on Tuesday.\n');
      await client.filesChanged([{ uri: uriOf(late), type: FileChangeType.Created }]);
      await client.waitForDiagnostics(m, (d) => d.length === 1, 'a conflict once the corpus exists');
      assert.equal(client.exited, undefined);
    } finally {
      await client.shutdown();
      for (const d of [empty, missing]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
