// Starts and stops one code-server for a run. All of its state (HOME, XDG_*, TMPDIR, user data,
// extensions) lives in the run folder, never in the real home.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_BIN } from './setup.mjs';
import { cleanEnv, E2EError, freePort, log, run, waitFor } from './util.mjs';

/** User settings that keep the first screen clean and the screenshots steady. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
  'files.hotExit': 'off',
};

export class CodeServer {
  constructor(runDir) {
    this.runDir = runDir;
    this.userData = path.join(runDir, 'user-data');
    this.extensions = path.join(runDir, 'extensions');
    this.logFile = path.join(runDir, 'code-server.log');
    const state = (name) => {
      const dir = path.join(runDir, 'state', name);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    };
    this.env = cleanEnv({
      HOME: state('home'),
      XDG_CONFIG_HOME: state('config'),
      XDG_DATA_HOME: state('data'),
      XDG_CACHE_HOME: state('cache'),
      TMPDIR: state('tmp'),
    });
    fs.mkdirSync(path.join(this.userData, 'User'), { recursive: true });
    fs.mkdirSync(this.extensions, { recursive: true });
    fs.writeFileSync(path.join(this.userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
    this.child = undefined;
    this.port = undefined;
  }

  get base() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A vscode-remote URI for a path on this machine (extension development and tests paths). */
  remote(p) {
    return `vscode-remote://127.0.0.1:${this.port}${p}`;
  }

  /** Installs a packaged extension into this run's empty extensions folder; returns its folder. */
  async installExtension(vsix) {
    const output = await run(CODE_SERVER_BIN, ['--user-data-dir', this.userData, '--extensions-dir', this.extensions, '--install-extension', vsix], {
      env: this.env,
      quiet: true,
    });
    const installed = fs.readdirSync(this.extensions).filter((d) => d.startsWith('corroborate.corroborate-'));
    if (installed.length !== 1) throw new E2EError(`after --install-extension, ${this.extensions} holds ${JSON.stringify(fs.readdirSync(this.extensions))}:\n${output}`);
    return path.join(this.extensions, installed[0]);
  }

  async start() {
    this.port = await freePort();
    const out = fs.openSync(this.logFile, 'a');
    const args = [
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', this.userData,
      '--extensions-dir', this.extensions,
    ];
    // A process group of its own, so stop() can end it with everything it started (extension
    // hosts, the language server), by its PID.
    this.child = spawn(CODE_SERVER_BIN, args, { env: this.env, cwd: this.runDir, stdio: ['ignore', out, out], detached: true });
    fs.closeSync(out);
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    fs.writeFileSync(path.join(this.runDir, 'code-server.pid'), `${this.child.pid}\n`);
    let gone;
    void this.exited.then((e) => (gone = e));
    await waitFor(
      `code-server to answer on ${this.base}/healthz (log: ${this.logFile})`,
      async () => {
        if (gone) throw new E2EError(`code-server exited (${gone.signal ?? gone.code}) before it answered; log: ${this.logFile}`);
        const r = await fetch(`${this.base}/healthz`).catch(() => undefined);
        return r?.ok;
      },
      60_000,
      100,
    ).catch((e) => {
      throw new E2EError(`${e.message}\n${tail(this.logFile)}`);
    });
    log(`code-server ${this.child.pid} listening on ${this.base}`);
  }

  /** Stops code-server and its children (its process group), by PID. */
  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const signal = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    };
    signal('SIGTERM');
    const done = await Promise.race([this.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    if (!done) signal('SIGKILL');
    // Whatever is left in the group (an extension host that outlived its parent).
    signal('SIGKILL');
    log(`code-server ${child.pid} stopped`);
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
