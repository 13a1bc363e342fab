/**
 * A throwaway PostgreSQL cluster for the archive's tests and benchmark: `initdb` in a temp folder,
 * a free port on 127.0.0.1, its socket in that folder, trust authentication for its one user.
 * Run as root, the server runs as the `postgres` system user (else `nobody`), since PostgreSQL
 * refuses to run as root. `stop` shuts it down and deletes the folder; so does the process's exit.
 *
 * Where PostgreSQL cannot be had (no binaries, no user to run it as, initdb fails), `startCluster`
 * says why instead, and the callers print SKIPPED with that reason.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export interface Cluster {
  /** postgresql://corroborate@127.0.0.1:PORT/postgres */
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  stop(): Promise<void>;
  /** Shuts the server down, keeping its data (as a server that goes down does). */
  pause(): Promise<void>;
  /** Starts it again on the same port. */
  resume(): Promise<void>;
}

export interface ClusterOptions {
  /** Durable settings (fsync, synchronous commit) as a real server has them; default off, for speed. */
  readonly durable?: boolean;
}

/** The folder of initdb and pg_ctl: CORROBORATE_PG_BIN, else Debian's newest, else pg_config's. */
export function findPgBin(): string | undefined {
  const env = process.env['CORROBORATE_PG_BIN'];
  if (env) return fs.existsSync(path.join(env, 'initdb')) ? env : undefined;
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    const versions = fs
      .readdirSync(base)
      .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(base, versions[0]!, 'bin');
  }
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (dir && fs.existsSync(path.join(dir, 'initdb'))) return dir;
  } catch {
    // no pg_config on PATH
  }
  return undefined;
}

function run(cmd: string, args: readonly string[], user: string | undefined): Promise<{ code: number; out: string }> {
  const [file, argv] = user ? ['runuser', ['-u', user, '--', cmd, ...args]] : [cmd, [...args]];
  return new Promise((resolve) => {
    execFile(file, argv, { encoding: 'utf8', timeout: 120_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, out: `${stdout}${stderr}${err && code === 1 && !stderr ? err.message : ''}` });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** The user to run PostgreSQL as when this process is root: postgres, else nobody. */
function serviceUser(): { name: string; uid: number; gid: number } | undefined {
  for (const name of ['postgres', 'nobody']) {
    const r = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    const g = spawnSync('id', ['-g', name], { encoding: 'utf8' });
    if (r.status === 0 && g.status === 0) return { name, uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
  }
  return undefined;
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster | { skipped: string }> {
  const bin = findPgBin();
  if (!bin) return { skipped: 'PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or from pg_config); install Debian\'s postgresql package, or set CORROBORATE_PG_BIN' };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const user = root ? serviceUser() : undefined;
  if (root && !user) return { skipped: 'running as root, and there is no postgres or nobody user to run PostgreSQL as' };
  if (root && spawnSync('runuser', ['--help']).error) return { skipped: 'running as root without runuser to run PostgreSQL as another user' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-pg-'));
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const removeDir = (): void => fs.rmSync(dir, { recursive: true, force: true });
  const init = await run(path.join(bin, 'initdb'), ['-D', data, '-U', 'corroborate', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], user?.name);
  if (init.code !== 0) {
    removeDir();
    return { skipped: `initdb failed: ${init.out.trim().split('\n').slice(-3).join(' ')}` };
  }
  const settings = ['-c listen_addresses=127.0.0.1', `-k ${dir}`, '-c max_connections=40'];
  if (!options.durable) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  let last = '';
  for (let attempt = 0; attempt < 4; attempt++) {
    const port = await freePort();
    const startArgs = ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', '-o', [...settings, `-p ${port}`].join(' '), 'start'];
    const start = await run(path.join(bin, 'pg_ctl'), startArgs, user?.name);
    if (start.code === 0) {
      let stopped = false;
      const stopSync = (): void => {
        if (stopped) return;
        stopped = true;
        const [file, argv] = user ? ['runuser', ['-u', user.name, '--', path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']] : [path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']];
        spawnSync(file, argv as string[], { stdio: 'ignore', timeout: 60_000 });
        removeDir();
      };
      process.once('exit', stopSync);
      return {
        url: `postgresql://corroborate@127.0.0.1:${port}/postgres`,
        port,
        dir,
        async stop() {
          if (stopped) return;
          stopped = true;
          process.off('exit', stopSync);
          await run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], user?.name);
          removeDir();
        },
        async pause() {
          const r = await run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], user?.name);
          if (r.code !== 0) throw new Error(`pg_ctl stop failed: ${r.out}`);
        },
        async resume() {
          const r = await run(path.join(bin, 'pg_ctl'), startArgs, user?.name);
          if (r.code !== 0) throw new Error(`pg_ctl start failed: ${r.out}`);
        },
      };
    }
    last = start.out.trim();
    try {
      last += ` ${fs.readFileSync(path.join(dir, 'log'), 'utf8').trim().split('\n').slice(-2).join(' ')}`;
    } catch {
      // no log written
    }
  }
  removeDir();
  return { skipped: `the server did not start: ${last}` };
}
