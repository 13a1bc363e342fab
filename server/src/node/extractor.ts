/**
 * Extracts the text of HTML, PDF and Word sources on a worker thread, one file at a time, so that
 * a huge, broken or hostile file costs a bounded time and memory: past the time limit the worker
 * is stopped and the file skipped with a warning; a worker that runs out of memory takes only
 * that file with it. The worker is started when first needed and stopped when idle.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConvertedFormat, SourceConverter } from '../core';
import type { Extracted } from './formats';

export interface ExtractorOptions {
  /** Longest time for one file, in ms (default 30 s). */
  readonly timeoutMs?: number;
  /** Heap of the worker, in MB (default 1,024). */
  readonly maxHeapMb?: number;
}

/** How long an idle worker is kept. */
const IDLE_MS = 5000;

interface Pending {
  readonly resolve: (x: Extracted) => void;
  readonly reject: (e: Error) => void;
}

export class SourceExtractor {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Jobs run one after another: a slow file's time limit is its own. */
  private queue: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | undefined;
  private readonly timeoutMs: number;
  private readonly maxHeapMb: number;

  constructor(options: ExtractorOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.maxHeapMb = options.maxHeapMb ?? 1024;
  }

  /** The converter the corpus loader takes. */
  readonly convert: SourceConverter = (file, bytes, format) => this.extract(file, bytes, format);

  /** The text of a file and, for PDF and Word, the view the editor shows of it. */
  extract(file: string, bytes: Uint8Array, format: ConvertedFormat): Promise<Extracted> {
    const run = this.queue.then(
      () => this.run(file, bytes, format),
      () => this.run(file, bytes, format),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the worker (pending files fail). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    const w = this.worker;
    this.worker = undefined;
    this.failAll(new Error('stopped'));
    await w?.terminate();
  }

  private run(file: string, bytes: Uint8Array, format: ConvertedFormat): Promise<Extracted> {
    if (this.idle) clearTimeout(this.idle);
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (e) {
      return Promise.reject(new Error(`the ${format.toUpperCase()} reader could not start (${e instanceof Error ? e.message : String(e)})`));
    }
    const id = this.nextId++;
    return new Promise<Extracted>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        // A file that takes this long may never end: the worker goes, a fresh one takes the next file.
        void this.stop(worker);
        reject(new Error(`reading it took longer than ${Math.round(this.timeoutMs / 1000)} s; skipped`));
      }, this.timeoutMs);
      const settle = (): void => {
        clearTimeout(timer);
        this.pending.delete(id);
        if (!this.pending.size) this.scheduleIdle();
      };
      this.pending.set(id, {
        resolve: (x) => {
          settle();
          resolve(x);
        },
        reject: (e) => {
          settle();
          reject(e);
        },
      });
      worker.postMessage({ id, bytes, format, name: path.basename(file) });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const script = path.join(__dirname, 'formatWorker.js');
    if (!fs.existsSync(script)) throw new Error(`${script} is missing`);
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    worker.unref();
    worker.on('message', (m: { id: number; ok?: Extracted; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.ok) p.resolve(m.ok);
      else p.reject(new Error(m.error ?? 'could not be read'));
    });
    worker.on('error', (e) => {
      if (this.worker === worker) this.worker = undefined;
      const oom = /memory/i.test(e.message) || (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.failAll(new Error(oom ? `reading it needed more than ${this.maxHeapMb} MB of memory; skipped` : `its reader failed (${e.message})`));
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('its reader stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(e: Error): void {
    for (const p of [...this.pending.values()]) p.reject(e);
    this.pending.clear();
  }

  private scheduleIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      const w = this.worker;
      if (w && !this.pending.size) void this.stop(w);
    }, IDLE_MS);
    this.idle.unref();
  }

  private async stop(worker: Worker): Promise<void> {
    if (this.worker === worker) this.worker = undefined;
    await worker.terminate().catch(() => undefined);
  }
}

let shared: SourceExtractor | undefined;

/** One extractor for the process (the command line and the server share the seam). */
export function sourceExtractor(): SourceExtractor {
  return (shared ??= new SourceExtractor());
}
