/**
 * Extension-host tests: loaded by VS Code as `extensionTestsPath` (see ../runTest.ts), with the
 * full `vscode` API, the extension under development and the fixture workspace
 * test/fixtures/workspace (its own corpus/ and drafts) open. `run()` resolves when every test
 * passed and rejects otherwise. Tests wait for conditions (polling), never for fixed times.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DiagnosticCodes, type StatusParams } from '../../../server/src/lsp/protocol';

const EXTENSION_ID = 'corroborate.corroborate';
const COMMANDS = ['corroborate.checkDocument', 'corroborate.reloadCorpus', 'corroborate.openSource', 'corroborate.showOutput', 'corroborate.restartServer'];

// The extension host forwards console output to the test runner; this is the suite's reporter.
// eslint-disable-next-line no-console
const log = (line: string): void => console.log(`[corroborate-e2e] ${line}`);

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const codeOf = (d: vscode.Diagnostic): string | number | undefined => (typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'corroborate');

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Waits until the document's diagnostics carry every one of `codes`. */
function diagnosticsWith(uri: vscode.Uri, codes: readonly string[]): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics ${codes.join(', ')} on ${uri.toString()}`, () => {
    const diags = ours(uri);
    return codes.every((c) => diags.some((d) => codeOf(d) === c)) && diags;
  });
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

const DRAFT = 'draft.md';
let conflict: vscode.Diagnostic | undefined;

const tests: [name: string, fn: () => Promise<void>][] = [
  [
    'the extension activates and registers its commands',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await extension.activate();
      const all = await vscode.commands.getCommands(true);
      for (const c of COMMANDS) assert.ok(all.includes(c), `${c} is registered`);
    },
  ],
  [
    'a Markdown draft gets diagnostics with the expected codes',
    async () => {
      const uri = workspaceFile(DRAFT);
      const editor = await open(uri);
      const diags = await diagnosticsWith(uri, [DiagnosticCodes.conflict, DiagnosticCodes.unsupportedFigure, DiagnosticCodes.misquote]);
      log(`diagnostics: ${diags.map((d) => `${String(codeOf(d))} ${editor.document.getText(d.range)}`).join(' | ')}`);
      conflict = diags.find((d) => codeOf(d) === DiagnosticCodes.conflict);
      assert.ok(conflict);
      assert.match(editor.document.getText(conflict.range), /3\.1 million euros/);
      assert.equal(conflict.severity, vscode.DiagnosticSeverity.Error);
      const unsupported = diags.find((d) => codeOf(d) === DiagnosticCodes.unsupportedFigure);
      assert.match(editor.document.getText(unsupported?.range), /17/);
      assert.equal(unsupported?.severity, vscode.DiagnosticSeverity.Warning);
      // Supported figures get no diagnostic.
      assert.ok(!diags.some((d) => /38 metres|4,500/.test(editor.document.getText(d.range))), 'supported figures are not flagged');
    },
  ],
  [
    'hover on a flagged figure shows the verdict and the source',
    async () => {
      assert.ok(conflict, 'the conflict diagnostic from the previous test');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', workspaceFile(DRAFT), conflict.range.start);
      const text = hoverText(hovers);
      log(`hover: ${text.slice(0, 200).replace(/\n/g, ' ')}`);
      assert.match(text, /Conflict/);
      assert.match(text, /2\.4 million euros/);
    },
  ],
  [
    'go to definition leads to the source sentence',
    async () => {
      assert.ok(conflict);
      const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        workspaceFile(DRAFT),
        conflict.range.start,
      );
      const targets = found.map((l) => ('targetUri' in l ? l.targetUri : l.uri).path);
      assert.ok(targets.some((p) => p.endsWith('/corpus/lighthouse-reopens.md')), `definition targets: ${targets.join(', ')}`);
    },
  ],
  [
    'Check Document re-checks the active draft and returns its counts',
    async () => {
      await open(workspaceFile(DRAFT));
      const status = await vscode.commands.executeCommand<StatusParams | undefined>('corroborate.checkDocument');
      log(`status: ${JSON.stringify(status)}`);
      assert.ok(status, 'a status for the draft');
      assert.equal(status.state, 'ready');
      assert.equal(status.conflicts, 2, 'the wrong cost and the misquote');
      assert.equal(status.unsupported, 1, 'the divers');
    },
  ],
  [
    'Reload Corpus answers with the corpus size',
    async () => {
      const result = await vscode.commands.executeCommand<{ documents: number; sentences: number } | undefined>('corroborate.reloadCorpus');
      assert.ok(result && result.documents >= 2 && result.sentences > 0, `reload result ${JSON.stringify(result)}`);
    },
  ],
  [
    'a plain-text draft is checked',
    async () => {
      const uri = workspaceFile('notes.txt');
      await open(uri);
      const diags = await diagnosticsWith(uri, [DiagnosticCodes.conflict]);
      assert.ok(diags.some((d) => /9 euros/.test(d.message) || d.range.start.character > 0));
    },
  ],
  [
    'an untitled draft is checked (against the bundled corpus)',
    async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The gang Tren de Aragua has about 9,000 members.\n' });
      await vscode.window.showTextDocument(doc);
      await diagnosticsWith(doc.uri, [DiagnosticCodes.conflict]);
    },
  ],
  [
    'a severity setting turns a verdict off and back on',
    async () => {
      const uri = workspaceFile(DRAFT);
      await open(uri);
      const config = vscode.workspace.getConfiguration('corroborate');
      await config.update('severity.conflict', 'off', vscode.ConfigurationTarget.Global);
      try {
        await waitFor('the conflict to disappear', () => !ours(uri).some((d) => codeOf(d) === DiagnosticCodes.conflict));
      } finally {
        await config.update('severity.conflict', undefined, vscode.ConfigurationTarget.Global);
      }
      await diagnosticsWith(uri, [DiagnosticCodes.conflict]);
    },
  ],
  [
    'Restart Server brings the diagnostics back',
    async () => {
      const uri = workspaceFile(DRAFT);
      await vscode.commands.executeCommand('corroborate.restartServer');
      await open(uri);
      await diagnosticsWith(uri, [DiagnosticCodes.conflict, DiagnosticCodes.misquote]);
    },
  ],
];

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures.push(name);
      log(`FAIL ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} extension test(s) failed: ${failures.join('; ')}`);
}
