/**
 * Tests on the multi-root fixture (test/fixtures/multiroot/multiroot.code-workspace, copied to a
 * scratch folder by the runner): folders north/ and south/, each with its own corpus/ and the
 * same draft.md. Against north's corpus "9 euros" conflicts (6 euros) and "120" is supported;
 * against south's "9 euros" is supported and "120" is unsupported. Each folder must keep its own.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DiagnosticCodes, type StatusParams } from '../../../server/src/lsp/protocol';
import { codeActionsAt, definitionsAt, EXTENSION_ID, expectDiagnostics, hoverAt, includesAll, rangeOf, sourceSection, withSetting, type Expected, type Test } from './util';

const { WorkspaceFolder } = vscode.ConfigurationTarget;

function folder(name: 'north' | 'south'): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(f, `workspace folder ${name} is open (folders: ${vscode.workspace.workspaceFolders?.map((w) => w.name).join(', ')})`);
  return f;
}
const draftUri = (name: 'north' | 'south'): vscode.Uri => vscode.Uri.joinPath(folder(name).uri, 'draft.md');
/**
 * Opens a folder's draft: north's on the left, south's on the right, both pinned, so both stay
 * visible (the client drops the diagnostics of a draft whose tab is gone).
 */
async function draft(name: 'north' | 'south'): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(draftUri(name));
  await vscode.window.showTextDocument(doc, { viewColumn: name === 'north' ? vscode.ViewColumn.One : vscode.ViewColumn.Two, preview: false });
  return doc;
}

const NORTH: Expected[] = [{ code: DiagnosticCodes.conflict, severity: 'error', text: '9 euros' }];
const SOUTH: Expected[] = [{ code: DiagnosticCodes.unsupportedFigure, severity: 'warning', text: '120' }];

const tests: Test[] = [
  [
    'the multi-root workspace is open with both folders',
    async () => {
      assert.ok(vscode.workspace.workspaceFile, 'a .code-workspace is open');
      assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['north', 'south']);
      await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    },
  ],
  [
    'each folder\'s draft is checked against its own corpus',
    async () => {
      await expectDiagnostics(await draft('north'), NORTH, 'north: 9 euros conflicts, 120 supported', 60_000);
      await expectDiagnostics(await draft('south'), SOUTH, 'south: 9 euros supported, 120 unsupported');
    },
  ],
  [
    'hovers and definitions cite only the folder\'s own sources',
    async () => {
      const north = await draft('north');
      const northHover = await hoverAt(north.uri, rangeOf(north, '9 euros').start);
      includesAll(northHover, ['Conflict'], 'the north hover');
      includesAll(sourceSection(northHover, 'Tickets for the island ferry cost 6 euros for adults.'), ['Fjord Post', '10 Apr 2025'], 'north\'s source');
      assert.ok(!northHover.includes('Bay Herald'), `north's hover does not cite south's source:\n${northHover}`);
      const south = await draft('south');
      const southHover = await hoverAt(south.uri, rangeOf(south, '9 euros').start);
      includesAll(southHover, ['Supported'], 'the south hover');
      includesAll(sourceSection(southHover, 'Tickets for the island ferry cost 9 euros for adults.'), ['Bay Herald', '20 May 2025'], 'south\'s source');
      assert.ok(!southHover.includes('Fjord Post'), `south's hover does not cite north's source:\n${southHover}`);
      for (const name of ['north', 'south'] as const) {
        const doc = await draft(name);
        const targets = (await definitionsAt(doc.uri, rangeOf(doc, '9 euros').start)).map((l) => l.uri.fsPath);
        assert.deepEqual(targets, [path.join(folder(name).uri.fsPath, 'corpus', `${name}-ferry.md`)], `${name}'s definition`);
      }
    },
  ],
  [
    'Check Document and Reload Corpus count each folder\'s corpus',
    async () => {
      await draft('north');
      const north = await vscode.commands.executeCommand<StatusParams | undefined>('corroborate.checkDocument');
      assert.deepEqual([north?.claims, north?.conflicts, north?.supported, north?.unsupported], [2, 1, 1, 0], JSON.stringify(north));
      const south = await vscode.commands.executeCommand<StatusParams | undefined>('corroborate.checkDocument', draftUri('south'));
      assert.deepEqual([south?.claims, south?.conflicts, south?.supported, south?.unsupported], [2, 0, 1, 1], JSON.stringify(south));
      const totals = await vscode.commands.executeCommand<{ documents: number } | undefined>('corroborate.reloadCorpus');
      assert.equal(totals?.documents, 2, `one source per folder: ${JSON.stringify(totals)}`);
      await draft('south'); // Open Source lists the sources of the active draft's folder
      await vscode.commands.executeCommand('corroborate.openSource', 'south-ferry');
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, path.join(folder('south').uri.fsPath, 'corpus', 'south-ferry.md'));
    },
  ],
  [
    'a folder setting applies to that folder only',
    async () => {
      const north = await draft('north');
      const south = await draft('south');
      await withSetting(
        'severity.unsupported',
        'off',
        WorkspaceFolder,
        async () => {
          await expectDiagnostics(south, [], 'south\'s unsupported claim to go');
          await expectDiagnostics(north, NORTH, 'north to keep its conflict');
        },
        folder('south').uri,
      );
      await expectDiagnostics(south, SOUTH, 'south\'s unsupported claim to come back');
    },
  ],
  [
    'pointing north at south\'s corpus (corroborate.corpus.paths) changes north only',
    async () => {
      const north = await draft('north');
      const south = await draft('south');
      await withSetting(
        'corpus.paths',
        [path.join('..', 'south', 'corpus')],
        WorkspaceFolder,
        async () => {
          await expectDiagnostics(north, SOUTH, 'north to get south\'s verdicts');
          await expectDiagnostics(south, SOUTH, 'south unchanged');
        },
        folder('north').uri,
      );
      await expectDiagnostics(north, NORTH, 'north back on its own corpus');
    },
  ],
  [
    'a claim accepted in one folder is recorded in that folder only',
    async () => {
      const south = await draft('south');
      const actions = await codeActionsAt(south.uri, rangeOf(south, '120'));
      const accept = actions.find((a) => a.title === 'Accept as checked: 120');
      assert.ok(accept?.command, actions.map((a) => a.title).join(' | '));
      await vscode.commands.executeCommand(accept.command.command, ...(accept.command.arguments ?? []));
      await expectDiagnostics(south, [], 'south\'s accepted claim to go');
      assert.ok(fs.existsSync(path.join(folder('south').uri.fsPath, '.corroborate', 'accepted.json')), 'south/.corroborate/accepted.json');
      assert.ok(!fs.existsSync(path.join(folder('north').uri.fsPath, '.corroborate')), 'nothing written in north');
      await expectDiagnostics(await draft('north'), NORTH, 'north unchanged');
    },
  ],
];

export const multiRootTests: readonly Test[] = tests;
