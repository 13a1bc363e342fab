/**
 * `.corroborate/accepted.json` through the language server process: acceptances belong to the
 * draft they were made in, and a hostile file at that path (a FIFO, a symbolic link to
 * /dev/zero, a huge file) is refused with a warning while the server goes on answering.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, MessageType } from 'vscode-languageserver-protocol';
import { ServerCommands, type AcceptClaimArgs } from '../../server/src/lsp/protocol';
import { COUNCIL_CORPUS, TestClient, messageOf, uriOf, within, workspace, write } from './harness';

const TEXT = 'The clerk has 7 assistants. The mayor has 2 deputies.\n';

void describe('accepted claims', () => {
  void it('hold for the draft they were accepted in; entries naming no draft hold for every draft', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const a = await client.open(path.join(ws, 'drafts', 'a.md'), TEXT);
      const b = await client.open(path.join(ws, 'drafts', 'b.md'), TEXT);
      const items = await client.waitForDiagnostics(a, (d) => d.length === 2, 'two unsupported figures in a');
      await client.waitForDiagnostics(b, (d) => d.length === 2, 'the same two in b');
      const seven = items.find((d) => messageOf(d).includes('(7)'))!;
      const accept = (await client.codeActions(a, seven.range, [seven])).find((x) => x.command?.command === ServerCommands.acceptClaim)!;
      assert.deepEqual(await client.executeCommand(ServerCommands.acceptClaim, accept.command!.arguments as AcceptClaimArgs[]), { accepted: true });
      await client.waitForDiagnostics(a, (d) => d.length === 1, 'the accepted claim to leave a');
      assert.equal((await client.diagnostics(b)).length, 2, 'the same sentence in another draft is still reported');
      const stored = JSON.parse(fs.readFileSync(path.join(ws, '.corroborate', 'accepted.json'), 'utf8')) as { accepted: { file?: string }[] };
      assert.deepEqual(stored.accepted.map((e) => e.file), ['drafts/a.md']);

      // A hand-written entry without "file" (the form older notes may have) holds everywhere, and the log says so.
      const args = accept.command!.arguments![0] as AcceptClaimArgs;
      const two = { acceptedAt: '2024-01-01T00:00:00.000Z', evidenceHash: args.evidenceHash, sentence: 'The mayor has 2 deputies.', text: '2' };
      write(ws, '.corroborate/accepted.json', JSON.stringify({ version: 1, accepted: [...stored.accepted, two] }));
      await client.filesChanged([{ uri: uriOf(path.join(ws, '.corroborate', 'accepted.json')), type: FileChangeType.Changed }]);
      await client.waitForDiagnostics(a, (d) => d.length === 0, 'both claims accepted in a');
      await client.waitForDiagnostics(b, (d) => d.length === 1 && messageOf(d[0]!).includes('(7)'), 'only the folder-wide entry to hold in b');
      assert.ok(client.logs.some((l) => /1 accepted claim\(s\) in .* name no draft \("file"\): they apply to every draft/.test(l.message)));
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  const hostile: { name: string; make: (file: string) => void; reason: RegExp }[] = [
    {
      name: 'a FIFO',
      make: (file) => execFileSync('mkfifo', [file]),
      reason: /is a named pipe \(FIFO\), not a regular file/,
    },
    {
      name: 'a symbolic link to /dev/zero',
      make: (file) => fs.symlinkSync('/dev/zero', file),
      reason: /is a character device, not a regular file/,
    },
    {
      name: 'a file over 1 MB',
      make: (file) => fs.writeFileSync(file, `{"version":1,"accepted":[${'{"text":"x","evidenceHash":"0","acceptedAt":"2024-01-01"},'.repeat(30_000)}{}]}`),
      reason: /bytes, over the 1048576-byte limit/,
    },
  ];
  for (const h of hostile) {
    void it(`refuses ${h.name} at .corroborate/accepted.json with a warning, and keeps answering`, { skip: process.platform === 'win32' && 'POSIX file types' }, async () => {
      const ws = workspace({ ...COUNCIL_CORPUS });
      fs.mkdirSync(path.join(ws, '.corroborate'));
      const file = path.join(ws, '.corroborate', 'accepted.json');
      h.make(file);
      const { client } = await TestClient.start({ folders: [ws] });
      try {
        const uri = await client.open(path.join(ws, 'draft.md'), TEXT);
        const items = await within(15_000, client.waitForDiagnostics(uri, (d) => d.length === 2, 'two unsupported figures'), 'diagnostics');
        const warning = await client.until(() => client.messages.find((m) => m.message.includes('accepted.json')), (m) => m !== undefined, 'a warning about accepted.json');
        assert.equal(warning!.type, MessageType.Warning);
        assert.match(warning!.message, h.reason);
        const seven = items.find((d) => messageOf(d).includes('(7)'))!;
        const accept = (await within(15_000, client.codeActions(uri, seven.range, [seven]), 'code actions')).find(
          (x) => x.command?.command === ServerCommands.acceptClaim,
        )!;
        const result = await within(15_000, client.executeCommand(ServerCommands.acceptClaim, accept.command!.arguments as AcceptClaimArgs[]), 'accept');
        assert.deepEqual(result, { accepted: false, reason: 'unusable-file' });
        assert.ok(!fs.lstatSync(file).isFile() || fs.statSync(file).size > 1024 * 1024, 'the file is left as it is');
        assert.ok(!client.status.some((s) => s.state === 'error'), `no error status: ${JSON.stringify(client.status)}`);
        assert.equal(await within(15_000, client.hover(uri, { line: 0, character: 14 }).then(() => 'answered'), 'hover'), 'answered');
      } finally {
        await client.shutdown();
        fs.rmSync(ws, { recursive: true, force: true });
      }
    });
  }
});
