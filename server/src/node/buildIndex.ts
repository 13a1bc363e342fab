/**
 * Builds the embedded index of a corpus: documents found in the cache unchanged are taken as they
 * are, the others are analysed (on worker threads when there are many), and the cache is rewritten
 * when anything changed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyseDocument, inMemory, MemoryIndex, withSource, type AnalysedDocument, type AnalysedSentence, type IndexedDocument, type SourceDocument, type SourceInfo } from '../core';
import { documentHash, IndexCache, noPause, recoverWith, type CachedDocument, type Pause } from './indexCache';
import type { WorkerPart, WorkerReply, WorkerRequest } from './indexWorker';

export interface BuildOptions {
  /** Where the cache lives; undefined: no cache. */
  readonly cacheDir?: string;
  /** The corpus folders, naming its cache file. */
  readonly roots: readonly string[];
  /** Worker threads for the analysis (default: the available cores, up to 4; 1 analyses in this thread). */
  readonly workers?: number;
  readonly warn: (message: string) => void;
  /** Called as documents are analysed. */
  readonly progress?: (done: number, total: number) => void;
  /** The file name a document's citations show (default: as read). */
  readonly display?: (file: string) => string;
  /**
   * Keep the event loop free (a server): analysis goes to a worker whenever there is any amount of
   * text, and what runs in this thread (adding to the index, a fallback analysis) yields often.
   */
  readonly yielding?: boolean;
}

export interface BuildResult {
  readonly index: MemoryIndex;
  /** Documents taken from the cache, and documents analysed. */
  readonly cached: number;
  readonly analysed: number;
}

/** Below this many documents to analyse, starting workers costs more than it saves... */
const PARALLEL_FROM = 64;
/** ...unless the thread must stay free and there is this much text. */
const YIELDING_FROM_CHARS = 200_000;

/** A pause that lets the event loop run once `ms` have passed since it last did. */
export function yielder(ms: number): Pause {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < ms) return;
    await new Promise<void>((r) => setImmediate(r));
    since = Date.now();
  };
}


export async function buildIndex(docs: readonly SourceDocument[], options: BuildOptions): Promise<BuildResult> {
  const pause = options.yielding ? yielder(20) : noPause;
  const cache = options.cacheDir ? new IndexCache(options.cacheDir, options.roots, options.warn) : undefined;
  const { documents: stored, snapshot } = cache ? await cache.load(pause) : { documents: new Map<string, CachedDocument>() };
  const next = new Map<string, CachedDocument>();
  const todo: { doc: SourceDocument; hash: string }[] = [];
  const ready = new Map<SourceDocument, IndexedDocument>();
  for (const doc of docs) {
    const hash = cache ? documentHash(doc) : '';
    const hit = stored.get(doc.file);
    if (hit && hit.hash === hash && hit.doc.source.id === doc.id) {
      // Should its stored sentences prove damaged when they are read, it is analysed again.
      recoverWith(hit.doc, () => analyseDocument(doc).sentences);
      ready.set(doc, hit.doc);
      next.set(doc.file, hit);
    } else todo.push({ doc, hash });
  }
  const analysed = await analyseDocuments(todo.map((t) => t.doc), options);
  todo.forEach((t, i) => {
    ready.set(t.doc, analysed[i]!);
    next.set(t.doc.file, { hash: t.hash, doc: analysed[i]! });
  });
  const display = options.display ?? ((f: string) => f);
  const shown = (a: IndexedDocument): IndexedDocument => {
    const file = display(a.source.file);
    return file === a.source.file ? a : withSource(a, { ...a.source, file });
  };
  // The unchanged documents come back with the cached postings; the others are added to them.
  const fresh = new Set(todo.map((t) => t.doc));
  let index: MemoryIndex | undefined;
  if (snapshot) {
    try {
      index = MemoryIndex.restore(snapshot, new Map(docs.filter((d) => !fresh.has(d)).map((d) => [d.id, shown(ready.get(d)!)])));
    } catch (e) {
      options.warn(`the index cache's postings do not fit its documents (${e instanceof Error ? e.message : String(e)}); re-indexing`);
    }
  }
  const restored = index !== undefined;
  index ??= new MemoryIndex();
  for (const doc of docs) {
    if (restored && !fresh.has(doc) && index.indexed(doc.id)) continue;
    const analysedDoc = inMemory(shown(ready.get(doc)!));
    if (options.yielding) {
      await index.addAnalysedInSlices(analysedDoc, pause);
      await pause();
    } else index.addAnalysed(analysedDoc);
  }
  if (cache && (todo.length > 0 || stored.size !== next.size || !restored)) await cache.save(next, index.snapshot(), pause);
  return { index, cached: docs.length - todo.length, analysed: todo.length };
}

/** Analyses documents, on worker threads when there are many; in this thread when the workers fail. */
export async function analyseDocuments(docs: readonly SourceDocument[], options: Pick<BuildOptions, 'workers' | 'warn' | 'progress' | 'yielding'>): Promise<AnalysedDocument[]> {
  try {
    return await analyseAll(docs, options, true);
  } catch (e) {
    options.warn(`index workers failed (${e instanceof Error ? e.message : String(e)}); analysing in one thread`);
    return await analyseAll(docs, options, false);
  }
}

/** Worker threads to analyse these documents on; 0: analyse them in this thread. */
function workerCount(options: Pick<BuildOptions, 'workers' | 'yielding'>, docs: readonly SourceDocument[]): number {
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const wanted = Math.max(1, Math.min(options.workers ?? Math.min(4, cores), cores, 16));
  // A server keeps its own thread free whenever there is real work; a command line uses one
  // thread for small corpora, where starting workers costs more than it saves.
  if (options.yielding) return chars >= YIELDING_FROM_CHARS || docs.length >= PARALLEL_FROM ? wanted : 0;
  return docs.length >= PARALLEL_FROM && wanted > 1 ? wanted : 0;
}

/** The worker script, next to this module (dist/indexWorker.js, or out/.../node/indexWorker.js). */
function workerScript(): string | undefined {
  const file = path.join(__dirname, 'indexWorker.js');
  return fs.existsSync(file) ? file : undefined;
}

async function analyseAll(docs: readonly SourceDocument[], options: Pick<BuildOptions, 'workers' | 'warn' | 'progress' | 'yielding'>, parallel: boolean): Promise<AnalysedDocument[]> {
  const n = parallel ? workerCount(options, docs) : 0;
  const script = n > 0 ? workerScript() : undefined;
  if (!script) {
    const out: AnalysedDocument[] = [];
    let since = Date.now();
    for (const doc of docs) {
      out.push(analyseDocument(doc));
      if (Date.now() - since > (options.yielding ? 20 : 100)) {
        options.progress?.(out.length, docs.length);
        if (options.yielding) await new Promise<void>((r) => setImmediate(r));
        since = Date.now();
      }
    }
    options.progress?.(docs.length, docs.length);
    return out;
  }
  // Work goes out in batches of about 256 KB of text, to keep every worker busy to the end.
  const batches: number[][] = [];
  let batch: number[] = [];
  let size = 0;
  docs.forEach((d, i) => {
    batch.push(i);
    size += d.text.length;
    if (size > 256 * 1024) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
  });
  if (batch.length) batches.push(batch);
  // A document comes back in parts of about a megabyte, each asked for when the one before has been
  // taken in: receiving a very large document then never holds this thread for long.
  const sources: SourceInfo[] = new Array<SourceInfo>(docs.length);
  const sentences: AnalysedSentence[][] = docs.map(() => []);
  const pause = options.yielding ? yielder(20) : noPause;
  let done = 0;
  let nextBatch = 0;
  const take = (mine: readonly number[], parts: readonly WorkerPart[]): void => {
    for (const part of parts) {
      const i = mine[part.doc]!;
      if (part.source) sources[i] = part.source;
      const into = sentences[i]!;
      for (const s of part.sentences) into.push(s);
    }
  };
  const run = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      let mine: number[] = [];
      const send = (): void => {
        if (nextBatch >= batches.length) {
          resolve();
          return;
        }
        mine = batches[nextBatch++]!;
        worker.postMessage({ analyse: mine.map((i) => docs[i]!) } satisfies WorkerRequest);
      };
      worker.on('message', (m: WorkerReply) => {
        if ('error' in m) {
          reject(new Error(m.error));
          return;
        }
        take(mine, m.parts);
        if (!m.last) {
          void pause().then(() => worker.postMessage({ more: true } satisfies WorkerRequest));
          return;
        }
        done += mine.length;
        options.progress?.(done, docs.length);
        void pause().then(send);
      });
      worker.once('error', reject);
      // A worker that dies without an error (out of memory, killed) must not leave the build waiting.
      worker.once('exit', (code) => reject(new Error(`index worker exited (code ${code})`)));
      send();
    });
  const workers = Array.from({ length: Math.min(n, batches.length) }, () => new Worker(script));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return docs.map((_, i) => ({ source: sources[i]!, sentences: sentences[i]! }));
}
