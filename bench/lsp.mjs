// A minimal JSON-RPC client for a language server on stdio (LSP base protocol: Content-Length
// framed JSON). Enough for the benchmark: requests with responses, notifications both ways,
// cancellation, and answers to the server's own requests through a handler.
import { spawn } from 'node:child_process';

export class LspError extends Error {
  constructor(message, code, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

/** LSP error codes the benchmark reacts to. */
export const ErrorCodes = { RequestCancelled: -32800, ServerCancelled: -32802 };

export class LspClient {
  /**
   * Spawns `command args` and talks LSP over its stdin/stdout.
   * `onRequest(method, params)` answers the server's requests (its return value is the result);
   * `onNotification(method, params)` sees the server's notifications.
   */
  constructor(command, args, { onRequest, onNotification, env } = {}) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: env ?? process.env });
    this.onRequest = onRequest ?? (() => null);
    this.onNotification = onNotification ?? (() => undefined);
    this.pending = new Map();
    this.nextId = 1;
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    this.exited.then(({ code, signal }) => {
      const why = new Error(`the language server exited (${signal ?? `code ${code}`})${this.stderr ? `: ${this.stderr.trim().slice(-2000)}` : ''}`);
      for (const p of this.pending.values()) p.reject(why);
      this.pending.clear();
    });
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (s) => (this.stderr = (this.stderr + s).slice(-20000)));
    // Writes after the server died fail with EPIPE; `exited` reports the death.
    this.child.stdin.on('error', () => undefined);
  }

  get pid() {
    return this.child.pid;
  }

  /** Sends a request; resolves with its result, rejects with an LspError. `sent` receives the id. */
  request(method, params, sent) {
    const id = this.nextId++;
    sent?.(id);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  cancel(id) {
    this.notify('$/cancelRequest', { id });
  }

  /** `shutdown`, then `exit`; resolves when the process is gone (killed after `ms`). */
  async close(ms = 10000) {
    const timer = setTimeout(() => this.child.kill(), ms);
    try {
      await Promise.race([this.request('shutdown', null), this.exited]);
      this.notify('exit', null);
    } catch {
      this.child.kill();
    }
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }

  send(message) {
    if (!this.child.stdin.writable) return;
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Splits the stream into messages: headers up to a blank line, then Content-Length bytes. */
  receive(chunk) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const length = Number(/content-length:\s*(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad LSP header from the server: ${JSON.stringify(header)}`);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  dispatch(message) {
    if (message.method !== undefined && message.id !== undefined) {
      // A request from the server: answer it (a throwing handler answers with an error).
      Promise.resolve()
        .then(() => this.onRequest(message.method, message.params))
        .then(
          (result) => this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
          (e) => this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(e?.message ?? e) } }),
        );
    } else if (message.method !== undefined) {
      this.onNotification(message.method, message.params);
    } else {
      const p = this.pending.get(message.id);
      if (!p) return;
      this.pending.delete(message.id);
      if (message.error) p.reject(new LspError(message.error.message, message.error.code, message.error.data));
      else p.resolve(message.result);
    }
  }
}
