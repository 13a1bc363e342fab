// Part 1: the extension-host suite (test/electron/suite, the same module runTest.ts hands to
// @vscode/test-electron) inside code-server's real extension host. The workbench is opened with
// a `payload` naming the extension under development and the tests module; when the tests are
// done the workbench calls window.codeAutomationExit(code), which we expose to learn the result.
import * as path from 'node:path';
import { E2EError, log } from './util.mjs';

const SUITE_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs the suite once on a folder or a .code-workspace. Resolves with the names of the tests
 * that passed; rejects with the failures.
 */
export async function runExtensionTests({ browser, server, label, folder, workspace, extensionPath, testsModule, screenshots }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const reported = [];
  page.on('console', (m) => {
    const text = m.text().replace(/%c/g, '');
    const at = text.indexOf('[corroborate-e2e]');
    if (at >= 0) {
      const line = text.slice(at + '[corroborate-e2e]'.length).trim().replace(/\s+color: [^;]+;?\s*$/, '');
      reported.push(line);
      console.log(`  [${label}] ${line}`);
    } else if (m.type() === 'error' && /corroborate/i.test(text)) {
      console.log(`  [${label}] browser error: ${text.slice(0, 500)}`);
    }
  });
  const exit = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', server.remote(extensionPath)],
    ['extensionTestsPath', server.remote(testsModule)],
  ]);
  const target = workspace ? `workspace=${encodeURIComponent(workspace)}` : `folder=${encodeURIComponent(folder)}`;
  const started = Date.now();
  log(`extension tests [${label}] on ${workspace ?? folder}`);
  await page.goto(`${server.base}/?${target}&payload=${encodeURIComponent(payload)}`);
  let timer;
  const code = await Promise.race([exit, new Promise((r) => (timer = setTimeout(() => r('timeout'), SUITE_TIMEOUT_MS)))]);
  clearTimeout(timer);
  await page.screenshot({ path: path.join(screenshots, `exthost-${label.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
  await context.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const passed = reported.filter((l) => l.startsWith('ok ')).map((l) => l.replace(/^ok\s+/, ''));
  const failed = reported.filter((l) => l.startsWith('FAIL '));
  if (code === 0 && failed.length === 0 && passed.length > 0) {
    log(`extension tests [${label}]: ${passed.length} passed in ${seconds} s`);
    return passed;
  }
  const why =
    code === 'timeout'
      ? `no result after ${SUITE_TIMEOUT_MS / 1000} s`
      : passed.length === 0 && failed.length === 0
        ? `exit code ${code} and no test reported (did the tests module load? see ${server.logFile})`
        : `exit code ${code}`;
  throw new E2EError(`extension tests [${label}] failed (${why}, ${seconds} s):\n${failed.map((f) => `    ${f.split('\n')[0]}`).join('\n')}`);
}
