/**
 * The project configuration (.corroborate.yaml) and in-draft suppressions through the language
 * server process: the file's corpus and severities apply under the client's settings, a change
 * on disk is followed, a bad file is reported on its line; suppression comments silence exactly
 * the claims they name, and the quick fix writes one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, FileChangeType, MessageType, PublishDiagnosticsNotification, type Diagnostic } from 'vscode-languageserver-protocol';
import { COUNCIL_CORPUS, TestClient, messageOf, rangeOf, uriOf, workspace } from './harness';

/** The council corpus under sources/ instead of corpus/: only the configuration points at it. */
function councilUnderSources(): Record<string, string> {
  return Object.fromEntries(Object.entries(COUNCIL_CORPUS).map(([rel, text]) => [rel.replace(/^corpus\//, 'sources/'), text]));
}

const BUDGET = 'The council approved a budget of $52 million on Tuesday.\n';

void describe('project configuration in the server', () => {
  void it('takes the corpus and a severity from .corroborate.yaml, under the client settings, and follows the file', async () => {
    // A .git folder bounds the search for a configuration to the workspace.
    const ws = workspace({ ...councilUnderSources(), '.git/HEAD': 'ref: refs/heads/main\n', '.corroborate.yaml': 'corpus:\n  - sources\nseverity:\n  conflict: warning\n' });
    const { client } = await TestClient.start({ folders: [ws] });
    const published = new Map<string, Diagnostic[]>();
    // (Waiting polls, so a notification needs no wake-up of its own.)
    client.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.set(p.uri, p.diagnostics);
    });
    try {
      const uri = await client.open(path.join(ws, 'draft.md'), BUDGET);
      // The bundled corpus knows nothing of Riverton: a conflict means the configured corpus was read.
      const first = await client.waitForDiagnostics(uri, (d) => d.length === 1 && d[0]!.code === 'conflict', 'the conflict against sources/');
      assert.equal(first[0]!.severity, DiagnosticSeverity.Warning, 'severity.conflict: warning from the file');
      assert.match(messageOf(first[0]!), /Sources say \$48 million \(Riverton Gazette/);

      // A VS Code setting that is set wins over the file.
      await client.changeSettings(() => ({ severity: { conflict: 'hint' } }));
      await client.waitForDiagnostics(uri, (d) => d[0]?.severity === DiagnosticSeverity.Hint, 'the client setting to win');
      await client.changeSettings(() => ({}));
      await client.waitForDiagnostics(uri, (d) => d[0]?.severity === DiagnosticSeverity.Warning, 'the file to apply again');

      // The file changes on disk: the watcher event re-reads it.
      const config = path.join(ws, '.corroborate.yaml');
      fs.writeFileSync(config, 'corpus: [sources]\nseverity:\n  conflict: "off"\n');
      await client.filesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
      await client.waitForDiagnostics(uri, (d) => d.length === 0, 'conflicts turned off by the file');

      // A bad file: a diagnostic on its line and one message; its valid parts still apply.
      fs.writeFileSync(config, 'corpus: [sources]\nseverity:\n  conflict: loud\n');
      await client.filesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
      const problems = await client.until(() => published.get(uriOf(config)) ?? [], (d) => d.length > 0, 'diagnostics on the configuration file');
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.range.start.line, 2);
      assert.match(messageOf(problems[0]!), /"severity\.conflict" must be one of error, warning, information, hint, off, not "loud"/);
      await client.until(() => client.messages, (m) => m.some((x) => x.type === MessageType.Warning && /\.corroborate\.yaml:3: /.test(x.message)), 'a warning naming the line');
      const back = await client.waitForDiagnostics(uri, (d) => d.length === 1, 'the default severity for conflicts');
      assert.equal(back[0]!.severity, DiagnosticSeverity.Error);

      // Fixed: its diagnostics are cleared.
      fs.writeFileSync(config, 'corpus: [sources]\n');
      await client.filesChanged([{ uri: uriOf(config), type: FileChangeType.Changed }]);
      await client.until(() => published.get(uriOf(config)) ?? [], (d) => d.length === 0, 'the configuration diagnostics to clear');
      assert.equal(client.exited, undefined);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('leaves out drafts and sources the configuration excludes, and cites publishers by their alias', async () => {
    const files = councilUnderSources();
    const ws = workspace({
      ...files,
      'sources/old/stale.md': '---\npublisher: Old Wire\n---\nThe council approved a budget of $52 million on Tuesday.\n',
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.corroborate.yaml': 'corpus: [sources]\nexclude: [sources/old, "archive/**"]\npublishers:\n  RG: [Riverton Gazette]\n',
    });
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const uri = await client.open(path.join(ws, 'draft.md'), BUDGET);
      // Without the exclusion the stale wire would dispute it; with it, one conflict cited as "RG".
      const items = await client.waitForDiagnostics(uri, (d) => d.length === 1, 'one conflict');
      assert.equal(items[0]!.code, 'conflict');
      assert.match(messageOf(items[0]!), /Sources say \$48 million \(RG, 12 Mar 2024\)/);
      const archived = await client.open(path.join(ws, 'archive', 'old-draft.md'), BUDGET);
      // Answered, empty, like a document of another language.
      assert.deepEqual(await client.diagnostics(archived), []);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

void describe('suppressions in the server', () => {
  void it('a disable-next-line comment silences exactly one claim, and the quick fix writes one', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS, '.git/HEAD': 'ref: refs/heads/main\n' });
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const text =
        'The council approved a budget of $52 million on Tuesday.\n\n' +
        '<!-- corroborate-disable-next-line -->\n' +
        'More than 15,000 residents attended the public hearings.\n\n' +
        '"We closed every library," said mayor Dana Ortiz.\n';
      const uri = await client.open(path.join(ws, 'draft.md'), text);
      const items = await client.waitForDiagnostics(uri, (d) => d.length === 2, 'two problems left of three');
      assert.deepEqual(items.map((d) => d.code), ['conflict', 'misquote']);
      assert.match(messageOf(items[0]!), /\$52 million/);

      // The quick fix on the misquote: a comment line above it (its line starts a paragraph).
      const misquote = items[1]!;
      const fix = (await client.codeActions(uri, misquote.range, [misquote])).find((a) => a.title.startsWith('Suppress'));
      assert.equal(fix?.title, `Suppress misquote on line ${misquote.range.start.line + 1}`);
      const fixed = await client.apply(uri, fix.edit!);
      assert.ok(fixed.includes('<!-- corroborate-disable-next-line misquote -->\n"We closed every library,"'));
      await client.waitForDiagnostics(uri, (d) => d.length === 1 && d[0]!.code === 'conflict', 'the misquote silenced');
      // Silenced already: no second comment is offered.
      const silenced = await client.codeActions(uri, rangeOf(fixed, 'We closed every library'));
      assert.equal(silenced.filter((x) => x.title.startsWith('Suppress')).length, 0);

      // A claim inside a paragraph gets the comment at the end of its line (a comment line would split the paragraph).
      const inside = 'The mayor spoke first.\nThe council approved a budget of $52 million on Tuesday.\n';
      const second = await client.open(path.join(ws, 'inside.md'), inside);
      const [conflict] = await client.waitForDiagnostics(second, (d) => d.length === 1, 'one conflict');
      const fix2 = (await client.codeActions(second, conflict!.range, [conflict!])).find((a) => a.title.startsWith('Suppress'))!;
      assert.equal(
        await client.apply(second, fix2.edit!),
        'The mayor spoke first.\nThe council approved a budget of $52 million on Tuesday. <!-- corroborate-disable-line conflict -->\n',
      );
      await client.waitForDiagnostics(second, (d) => d.length === 0, 'the conflict silenced');

      // Front matter `corroborate: false`: nothing reported in the draft.
      const off = await client.open(path.join(ws, 'off.md'), `---\ncorroborate: false\n---\n${BUDGET}`);
      assert.deepEqual(await client.diagnostics(off), []);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});

