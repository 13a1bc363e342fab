/**
 * Runs the extension-host suite (suite/index.ts) in real VS Code, downloaded by
 * @vscode/test-electron: the oldest version engines.vscode allows and the current stable, on the
 * fixture workspace test/fixtures/workspace. `npm run test:electron` (needs a network the first
 * time; VS Code is cached in .e2e/vscode). Without a network it says SKIPPED and exits 0, so it
 * can sit in scripts that also run offline; `npm test` never runs it.
 *
 * CORROBORATE_VSCODE_VERSIONS=1.100.3,stable overrides the versions.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

/** Oldest supported (package.json engines.vscode ^1.100.0; code-server 4.100.3) and current. */
const DEFAULT_VERSIONS = ['1.100.3', 'stable'];

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
  const workspace = path.join(root, 'test', 'fixtures', 'workspace');
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
    // A fresh profile per run: no user settings, no other extensions, no restored windows.
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-e2e-'));
    say(`Running the extension tests in VS Code ${version} (${vscodeExecutablePath})`);
    ran++;
    try {
      await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath: root,
        extensionTestsPath,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userData}`],
      });
      say(`PASSED in VS Code ${version}`);
    } catch (error) {
      failed++;
      say(`FAILED in VS Code ${version}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      fs.rmSync(userData, { recursive: true, force: true });
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
