/**
 * Runs the extension-host suite (suite/index.ts) in real VS Code, downloaded by
 * @vscode/test-electron: the oldest version engines.vscode allows and the current stable, on
 * scratch copies of the fixture workspaces test/fixtures/workspace (a folder) and
 * test/fixtures/multiroot/multiroot.code-workspace (two folders). `npm run test:electron` (needs
 * a network the first time; VS Code is cached in .e2e/vscode). Without a network it says SKIPPED
 * and exits 0, so it can sit in scripts that also run offline; `npm test` never runs it.
 * `npm run test:e2e` runs the same suite offline, in code-server (test/e2e/run.mjs).
 *
 * CORROBORATE_VSCODE_VERSIONS=1.100.3,stable overrides the versions.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

/** Oldest supported (package.json engines.vscode ^1.100.0; code-server 4.100.3) and current. */
const DEFAULT_VERSIONS = ['1.100.3', 'stable'];

/** What each run opens, relative to the scratch copy of test/fixtures/ (see suite/index.ts). */
const WORKSPACES = [
  { label: 'single folder', open: 'workspace' },
  { label: 'multi-root', open: path.join('multiroot', 'multiroot.code-workspace') },
];

function findRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'corroborate') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no corroborate package.json above ${__dirname}`);
  }
}

const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const root = findRoot();
  const versions = process.env['CORROBORATE_VSCODE_VERSIONS']?.split(',').map((v) => v.trim()).filter(Boolean) ?? DEFAULT_VERSIONS;
  if (!fs.existsSync(path.join(root, 'dist', 'client.js')) || !fs.existsSync(path.join(root, 'dist', 'server.js'))) {
    say('dist/client.js or dist/server.js is missing: run `npm run build` first (npm run test:electron does).');
    return 1;
  }
  const extensionTestsPath = path.join(__dirname, 'suite', 'index.js');
  let ran = 0;
  let failed = 0;
  for (const version of versions) {
    let vscodeExecutablePath: string;
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version, cachePath: path.join(root, '.e2e', 'vscode'), timeout: 30_000 });
    } catch (error) {
      say(`SKIPPED: VS Code could not be downloaded (no network) - VS Code ${version}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    for (const { label, open } of WORKSPACES) {
      // A fresh profile and fresh copies of the fixtures per run: the tests write settings,
      // accepted.json and corpus files, and must not dirty the repository.
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-e2e-'));
      const userData = path.join(scratch, 'user-data');
      fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), path.join(scratch, 'workspace'), { recursive: true });
      fs.cpSync(path.join(root, 'test', 'fixtures', 'multiroot'), path.join(scratch, 'multiroot'), { recursive: true });
      say(`Running the extension tests (${label}) in VS Code ${version} (${vscodeExecutablePath})`);
      ran++;
      try {
        await runTests({
          vscodeExecutablePath,
          extensionDevelopmentPath: root,
          extensionTestsPath,
          launchArgs: [path.join(scratch, open), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
        });
        say(`PASSED (${label}) in VS Code ${version}`);
      } catch (error) {
        failed++;
        say(`FAILED (${label}) in VS Code ${version}: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
    }
  }
  if (ran === 0) say('SKIPPED: VS Code could not be downloaded (no network); no extension-host tests ran.');
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
