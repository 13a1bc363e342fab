/**
 * Extension-host tests: loaded by VS Code as `extensionTestsPath`, with the full `vscode` API
 * and the extension under test. Two runners load this same module:
 *   - ../runTest.ts (`npm run test:electron`, @vscode/test-electron; needs a network), and
 *   - ../../e2e/run.mjs (`npm run test:e2e`, code-server 4.100.3 in headless Chromium, offline).
 * Each opens a scratch copy of a fixture workspace; what is open decides the tests:
 *   - a folder (test/fixtures/workspace): singleFolder.ts
 *   - a .code-workspace (test/fixtures/multiroot/multiroot.code-workspace): multiRoot.ts
 * `run()` resolves when every test passed and rejects otherwise. Tests wait for conditions
 * (polling with deadlines), never for fixed times.
 */
import * as vscode from 'vscode';
import { multiRootTests } from './multiRoot';
import { singleFolderTests } from './singleFolder';
import { runTests } from './util';

export async function run(): Promise<void> {
  if (vscode.workspace.workspaceFile && vscode.workspace.workspaceFile.scheme !== 'untitled') {
    await runTests('multi-root workspace', multiRootTests);
  } else {
    await runTests('single folder', singleFolderTests);
  }
}
