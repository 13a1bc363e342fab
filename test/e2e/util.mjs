// Small helpers shared by the e2e harness: logging, child processes, paths.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Everything the e2e run installs or writes (ignored by git). */
export const E2E = path.join(ROOT, '.e2e');

const t0 = Date.now();
export const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const log = (...parts) => console.log(`[e2e ${elapsed()}]`, ...parts);

/** An error whose message is enough on its own: printed without a stack. */
export class E2EError extends Error {}

/**
 * Runs a command, streaming its output with a prefix (or capturing it). Rejects with the exit
 * status and the tail of the output when it fails.
 */
export function run(cmd, args, { cwd = ROOT, env = process.env, quiet = false, prefix = cmd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (output.length > 200_000) output = output.slice(-100_000);
      if (!quiet) for (const line of text.split('\n')) if (line.trim()) process.stdout.write(`  ${prefix}> ${line}\n`);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => reject(new E2EError(`${cmd} could not be started: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else {
        const tail = output.trim().split('\n').slice(-25).join('\n');
        reject(new E2EError(`\`${cmd} ${args.join(' ')}\` failed (${signal ?? `exit ${code}`}) in ${cwd}${quiet ? `:\n${tail}` : ''}`));
      }
    });
  });
}

/** The environment without npm's per-script variables (npm_config_local_prefix etc.). */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a truthy value or the deadline passes. */
export async function waitFor(what, probe, timeoutMs = 30_000, everyMs = 200) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new E2EError(`timed out after ${timeoutMs / 1000} s waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export function copyDir(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
  return to;
}
