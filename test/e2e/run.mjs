#!/usr/bin/env node
// `npm run test:e2e`: Corroborate in a real VS Code (code-server 4.100.3 = VS Code 1.100.3),
// offline. See docs/e2e.md.
//   0. set-up, once, cached in .e2e/: Debian packages (apt-get when root), code-server
//   1. package the extension (`npm run package`) and install the .vsix into a fresh extensions
//      folder; start code-server on a free port with all its state in .e2e/run-*/
//   2. Part 1: the extension-host suite (test/electron/suite) inside code-server's extension host,
//      on scratch copies of the fixture workspaces (a folder, and a two-folder .code-workspace)
//   3. Part 2: what a person sees, in headless Chromium (ui.mjs), with screenshots
//   4. stop code-server (by PID); exit 1 on any failure
//   3b. Part 3: the fact-check report (`corroborate report`) opened in the same Chromium (report.mjs)
// Environment: E2E_UPDATE_DOCS=1 also rewrites docs/images/*.png; E2E_PARTS=exthost, ui or report
// runs one part only; E2E_KEEP_RUNS=n keeps the last n run folders (default 3).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeServer } from './codeServer.mjs';
import { runExtensionTests } from './extensionTests.mjs';
import { CHROMIUM, CODE_SERVER_VERSION, setUp } from './setup.mjs';
import { runUi } from './ui.mjs';
import { runReport } from './report.mjs';
import { copyDir, E2E, E2EError, elapsed, log, ROOT, run } from './util.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const parts = new Set((process.env.E2E_PARTS ?? 'exthost,ui,report').split(',').map((p) => p.trim()));
const updateDocs = process.env.E2E_UPDATE_DOCS === '1';
const keepRuns = Math.max(1, Number(process.env.E2E_KEEP_RUNS ?? 3) || 3);

/** A new .e2e/run-<time>/ folder; older ones beyond E2E_KEEP_RUNS are removed. */
function newRunDir() {
  fs.mkdirSync(E2E, { recursive: true });
  const old = fs.readdirSync(E2E).filter((d) => d.startsWith('run-')).sort();
  for (const d of old.slice(0, Math.max(0, old.length - (keepRuns - 1)))) fs.rmSync(path.join(E2E, d), { recursive: true, force: true });
  const dir = path.join(E2E, `run-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// Every check that passed and every part that failed, for the closing line.
const results = [];
const failures = [];

async function main() {
  await setUp();

  log('packaging the extension (npm run package)');
  const vsix = path.join(ROOT, 'corroborate.vsix');
  fs.rmSync(vsix, { force: true });
  await run('npm', ['run', '--silent', 'package'], { quiet: true });
  if (!fs.existsSync(vsix)) throw new E2EError('npm run package did not write corroborate.vsix');
  log('compiling the extension-host suite (test/electron)');
  await run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'test', 'electron', 'tsconfig.json')], { quiet: true });
  const testsModule = path.join(ROOT, 'out', 'electron', 'test', 'electron', 'suite', 'index.js');

  const runDir = newRunDir();
  const screenshots = path.join(E2E, 'screenshots');
  fs.rmSync(screenshots, { recursive: true, force: true });
  fs.mkdirSync(screenshots, { recursive: true });
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  const scratch = path.join(runDir, 'workspaces');
  const server = new CodeServer(runDir);
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await server.stop();
  };
  const onSignal = (sig) => {
    log(`${sig}: stopping`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const extensionPath = await server.installExtension(vsix);
    log(`installed ${path.basename(vsix)} into ${path.relative(ROOT, server.extensions)}/${path.basename(extensionPath)}`);
    await server.start();
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

    // Each part runs even when an earlier one failed, so one run reports every failure.
    const attempt = async (label, fn) => {
      try {
        results.push(...(await fn()).map((t) => `${label}: ${t}`));
      } catch (error) {
        failures.push(error instanceof E2EError ? error.message : (error?.stack ?? String(error)));
        log(`FAILED: ${label}`);
      }
    };
    if (parts.has('exthost')) {
      // The installed .vsix's folder is the extension under test: what users get.
      await attempt('extension host, single folder', () =>
        runExtensionTests({
          browser,
          server,
          label: 'single folder',
          folder: copyDir(path.join(fixtures, 'workspace'), path.join(scratch, 'single')),
          extensionPath,
          testsModule,
          screenshots,
        }),
      );
      copyDir(path.join(fixtures, 'multiroot'), path.join(scratch, 'multiroot'));
      await attempt('extension host, multi-root', () =>
        runExtensionTests({
          browser,
          server,
          label: 'multi-root',
          workspace: path.join(scratch, 'multiroot', 'multiroot.code-workspace'),
          extensionPath,
          testsModule,
          screenshots,
        }),
      );
    }
    if (parts.has('ui')) {
      await attempt('ui', () =>
        runUi({
          browser,
          server,
          folder: copyDir(path.join(fixtures, 'workspace'), path.join(scratch, 'ui', 'skerry-point')),
          screenshots,
          docsImages: updateDocs ? path.join(ROOT, 'docs', 'images') : undefined,
        }),
      );
    }
    if (parts.has('report')) {
      await attempt('report', () => runReport({ browser, screenshots, docsImages: updateDocs ? path.join(ROOT, 'docs', 'images') : undefined }));
    }
  } finally {
    await stop();
  }
  if (failures.length) throw new E2EError(`${failures.length} part(s) failed (${results.length} checks passed):\n\n${failures.join('\n\n')}`);
  log(`PASSED: ${results.length} checks in code-server ${CODE_SERVER_VERSION} (VS Code 1.100.3), ${elapsed()}; screenshots in ${path.relative(ROOT, screenshots)}/`);
  console.log(`e2e: ${results.length} passed, 0 failed`);
}

main().then(
  () => process.exit(0),
  (error) => {
    const message = error instanceof E2EError ? error.message : (error?.stack ?? String(error));
    console.error(`\n[e2e] FAILED after ${elapsed()}: ${message}`);
    console.log(`e2e: ${results.length} passed, ${Math.max(1, failures.length)} failed`);
    process.exit(1);
  },
);
