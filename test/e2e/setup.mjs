// One-time set-up, cached under .e2e/: the Debian packages the run needs, and code-server (the
// real VS Code workbench and extension host) in a package folder of its own, .e2e/code-server.
// See ../../docs/e2e.md. The three things that break a plain `npm install code-server` on these
// machines and their fixes: kerberos needs libkrb5-dev; node-pty's postinstall runs
// `npx node-gyp`, which a `yes=false` npm setting cancels (npm_config_yes=true); @vscode/ripgrep
// downloads rg from GitHub (seed its cache with Debian's ripgrep).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cleanEnv, E2E, E2EError, log, run } from './util.mjs';

/** VS Code 1.100.3: the newest code-server that runs on Node 20, and engines.vscode's minimum. */
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_DIR = path.join(E2E, 'code-server');
export const CODE_SERVER_BIN = path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';

/** @vscode/ripgrep as pinned by code-server 4.100.3, and the rg build its postinstall fetches. */
const RIPGREP_PACKAGE = '1.15.11';
const RIPGREP_BUILD = 'v13.0.0-10';
const MARKER = path.join(CODE_SERVER_DIR, '.corroborate-e2e.json');

/** Debian packages: always needed, and needed only to install code-server. */
const RUN_PACKAGES = ['chromium'];
const INSTALL_PACKAGES = ['libkrb5-dev', 'ripgrep', 'build-essential', 'python3'];

function codeServerInstalled() {
  try {
    const marker = JSON.parse(fs.readFileSync(MARKER, 'utf8'));
    return marker.version === CODE_SERVER_VERSION && fs.existsSync(CODE_SERVER_BIN);
  } catch {
    return false;
  }
}

function missingPackages(names) {
  return names.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

/** Installs missing Debian packages when root (apt-get update first); otherwise says which and fails. */
export async function ensurePackages(names) {
  if (spawnSync('dpkg-query', ['--version']).status !== 0) {
    throw new E2EError(`dpkg-query not found: the e2e run expects Debian (or Ubuntu) with these packages: ${names.join(' ')}`);
  }
  const missing = missingPackages(names);
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new E2EError(
      `missing Debian packages: ${missing.join(' ')}\n` +
        `Install them, then run again:\n\n    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n`,
    );
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env, quiet: true });
  await run('apt-get', ['install', '-y', ...missing], { env, quiet: true });
  const still = missingPackages(missing);
  if (still.length) throw new E2EError(`apt-get did not install: ${still.join(' ')}`);
}

/** Puts Debian's rg where @vscode/ripgrep's postinstall looks for a cached download. */
function seedRipgrepCache(tmpdir) {
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const cache = path.join(tmpdir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE}`);
  const archive = path.join(cache, `ripgrep-${RIPGREP_BUILD}-${target}.tar.gz`);
  if (fs.existsSync(archive)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new E2EError('rg not found (Debian package ripgrep)');
  const staging = fs.mkdtempSync(path.join(tmpdir, 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  fs.mkdirSync(cache, { recursive: true });
  const r = spawnSync('tar', ['-czf', archive, '-C', staging, 'rg']);
  fs.rmSync(staging, { recursive: true, force: true });
  if (r.status !== 0) throw new E2EError(`could not write ${archive}: ${r.stderr}`);
}

/** `code-server --version`, run with a scratch HOME (it writes a config file there on every start). */
function codeServerVersion(tmpdir) {
  const home = fs.mkdtempSync(path.join(tmpdir, 'home-'));
  const env = cleanEnv({ HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share'), TMPDIR: tmpdir });
  const out = spawnSync(CODE_SERVER_BIN, ['--version'], { encoding: 'utf8', env }).stdout ?? '';
  fs.rmSync(home, { recursive: true, force: true });
  return out.trim().split('\n').pop() ?? '';
}

async function installCodeServer() {
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), CODE_SERVER_DIR) || CODE_SERVER_DIR} (once; ~1-2 min)`);
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(CODE_SERVER_DIR, 'package.json'),
    `${JSON.stringify({ name: 'corroborate-e2e-code-server', private: true, description: 'code-server for `npm run test:e2e`; not a dependency of the project' }, null, 2)}\n`,
  );
  const tmpdir = path.join(E2E, 'tmp');
  fs.mkdirSync(tmpdir, { recursive: true });
  seedRipgrepCache(tmpdir);
  // HOME stays the real one: npm's settings here (nodedir=/usr, so native modules build against
  // the local Node headers) live in ~/.npmrc. npm's own per-script variables are dropped, so this
  // install cannot mistake the project for its prefix.
  const env = cleanEnv({ TMPDIR: tmpdir, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' });
  const logFile = path.join(E2E, 'code-server-install.log');
  try {
    const output = await run('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { cwd: CODE_SERVER_DIR, env, quiet: true });
    fs.writeFileSync(logFile, output);
  } catch (e) {
    fs.writeFileSync(logFile, e.message);
    throw new E2EError(`installing code-server failed (log: ${logFile}):\n${e.message}`);
  }
  const vscodeModules = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  if (!fs.existsSync(vscodeModules)) throw new E2EError(`code-server's postinstall did not run (${vscodeModules} is missing); log: ${logFile}`);
  const version = codeServerVersion(tmpdir);
  if (!version.startsWith(CODE_SERVER_VERSION)) throw new E2EError(`code-server --version said "${version}", expected ${CODE_SERVER_VERSION}`);
  fs.writeFileSync(MARKER, `${JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString() })}\n`);
  log(`code-server ${version.split(/\s+/).slice(0, 2).join(' ')} installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export async function setUp() {
  const install = !codeServerInstalled();
  await ensurePackages(install ? [...RUN_PACKAGES, ...INSTALL_PACKAGES] : RUN_PACKAGES);
  if (!fs.existsSync(CHROMIUM)) throw new E2EError(`${CHROMIUM} not found (Debian package chromium)`);
  if (install) await installCodeServer();
  else log(`code-server ${CODE_SERVER_VERSION}: cached in ${CODE_SERVER_DIR}`);
}
