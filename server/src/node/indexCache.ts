/**
 * The persistent index cache: the analysed form of every source document, written after a build
 * and read at the next start, so that a source is analysed once until it changes.
 *
 * One file per corpus (its folders, resolved), under the cache folder. It is keyed as a whole by the
 * engine's analysis version and build, and per document by a hash of the document. A file that is
 * truncated, damaged or written by another build is ignored (with a warning) and rewritten.
 *
 * Format: a header line `corroborate-index <version key> <sha1 of the payload>`, then the payload,
 * `v8.serialize` of `{ documents: [file, hash, AnalysedDocument][], snapshot }`: the snapshot is the
 * index's postings as typed arrays, restored as they are when the documents have not changed.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { ANALYSIS_VERSION, type AnalysedDocument, type IndexSnapshot, type SourceDocument } from '../core';

const MAGIC = 'corroborate-index';

/** The user's cache folder for the engine: $XDG_CACHE_HOME/corroborate, else ~/.cache/corroborate (LOCALAPPDATA on Windows). */
export function defaultCacheDir(): string {
  const xdg = process.env['XDG_CACHE_HOME'];
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'corroborate');
  if (process.platform === 'win32' && process.env['LOCALAPPDATA']) return path.join(process.env['LOCALAPPDATA'], 'corroborate', 'cache');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Caches', 'corroborate');
  return path.join(os.homedir(), '.cache', 'corroborate');
}

let buildKey: string | undefined;

/**
 * What a cache must have been written by: the analysis version and the running build (the bundle's
 * own bytes), so that a rebuilt engine never trusts an older analysis.
 */
export function versionKey(): string {
  if (buildKey === undefined) {
    const h = createHash('sha1').update(`analysis ${ANALYSIS_VERSION}\n`);
    try {
      h.update(fs.readFileSync(__filename));
    } catch {
      h.update(__filename);
    }
    buildKey = h.digest('hex').slice(0, 16);
  }
  return buildKey;
}

/** Hash of everything of a document that its analysis depends on. */
export function documentHash(doc: SourceDocument): string {
  return createHash('sha1')
    .update(JSON.stringify([doc.id, doc.title, doc.publisher ?? '', doc.author ?? '', doc.date ?? '', doc.file, doc.bodyLine, doc.format ?? '', doc.origin ?? null, doc.text]))
    .digest('hex');
}

export interface CachedDocument {
  readonly hash: string;
  readonly doc: AnalysedDocument;
}

export class IndexCache {
  readonly file: string;

  constructor(
    readonly dir: string,
    roots: readonly string[],
    private readonly warn: (message: string) => void,
  ) {
    const corpus = createHash('sha1').update([...roots].map((r) => path.resolve(r)).sort().join('\n')).digest('hex').slice(0, 16);
    this.file = path.join(dir, `index-${corpus}.bin`);
  }

  /** The cached documents by file (an empty map when there is no usable cache), and the index snapshot. */
  load(): { documents: Map<string, CachedDocument>; snapshot?: IndexSnapshot } {
    const documents = new Map<string, CachedDocument>();
    const out = { documents };
    let bytes: Buffer;
    try {
      const st = fs.statSync(this.file);
      if (!st.isFile()) {
        this.warn(`index cache ${this.file} is not a regular file; ignoring it`);
        return out;
      }
      bytes = fs.readFileSync(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`cannot read the index cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? String(e)}); rebuilding it`);
      return out;
    }
    const nl = bytes.indexOf(10);
    const header = nl > 0 && nl < 200 ? bytes.subarray(0, nl).toString('latin1').split(' ') : [];
    if (header.length !== 3 || header[0] !== MAGIC) {
      this.warn(`${this.file} is not an index cache; rebuilding it`);
      return out;
    }
    if (header[1] !== versionKey()) return out; // another build wrote it: rebuilt silently
    const payload = bytes.subarray(nl + 1);
    if (createHash('sha1').update(payload).digest('hex') !== header[2]) {
      this.warn(`the index cache ${this.file} is damaged or truncated; rebuilding it`);
      return out;
    }
    let value: unknown;
    try {
      value = v8.deserialize(payload);
    } catch {
      this.warn(`the index cache ${this.file} cannot be read; rebuilding it`);
      return out;
    }
    const v = value as { documents?: unknown; snapshot?: unknown } | null;
    if (typeof v !== 'object' || v === null || !validEntries(v.documents) || (v.snapshot !== undefined && !validSnapshot(v.snapshot))) {
      this.warn(`the index cache ${this.file} has an unexpected shape; rebuilding it`);
      return out;
    }
    for (const [file, hash, doc] of v.documents) documents.set(file, { hash, doc });
    return v.snapshot ? { documents, snapshot: v.snapshot } : out;
  }

  /** Writes the cache for these documents (replacing the file atomically). Failures only warn. */
  save(entries: ReadonlyMap<string, CachedDocument>, snapshot?: IndexSnapshot): void {
    const payload = v8.serialize({ documents: [...entries].map(([file, e]) => [file, e.hash, e.doc]), ...(snapshot ? { snapshot } : {}) });
    const header = `${MAGIC} ${versionKey()} ${createHash('sha1').update(payload).digest('hex')}\n`;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      const fd = fs.openSync(tmp, 'w', 0o600);
      try {
        fs.writeSync(fd, header);
        fs.writeSync(fd, payload);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
    } catch (e) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // nothing to clean up
      }
      this.warn(`cannot write the index cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A cache is data from disk: its shape is checked before any of it is used. */
function validEntries(value: unknown): value is [string, string, AnalysedDocument][] {
  if (!Array.isArray(value)) return false;
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 3 || !isString(entry[0]) || !isString(entry[1])) return false;
    const doc = entry[2] as AnalysedDocument;
    if (typeof doc !== 'object' || doc === null || typeof doc.source !== 'object' || doc.source === null) return false;
    if (!isString(doc.source.id) || !isString(doc.source.title) || !isString(doc.source.file)) return false;
    if (doc.source.format !== undefined && !['html', 'pdf', 'docx'].includes(doc.source.format)) return false;
    if (!Array.isArray(doc.sentences)) return false;
    for (const s of doc.sentences) {
      if (typeof s !== 'object' || s === null || !isString(s.text) || !isString(s.analysis) || !isString(s.terms) || !isNumber(s.line) || !isNumber(s.character)) return false;
      if (s.breaks !== undefined && !(Array.isArray(s.breaks) && s.breaks.every(isNumber))) return false;
      if (s.origins !== undefined && !(Array.isArray(s.origins) && s.origins.length >= 3 && s.origins.length % 3 === 0 && s.origins.every(isNumber))) return false;
      if (s.part !== undefined && !isNumber(s.part)) return false;
    }
  }
  return true;
}

function validSnapshot(x: unknown): x is IndexSnapshot {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return (
    isNumber(s['nextId']) &&
    isNumber(s['totalLength']) &&
    s['lengths'] instanceof Float64Array &&
    Array.isArray(s['terms']) &&
    s['terms'].every(isString) &&
    Array.isArray(s['ids']) &&
    s['ids'].every((a) => a instanceof Uint32Array) &&
    Array.isArray(s['tfs']) &&
    s['tfs'].every((a) => a instanceof Uint16Array) &&
    Array.isArray(s['documents']) &&
    s['documents'].every((d) => Array.isArray(d) && d.length === 2 && isString(d[0]) && d[1] instanceof Uint32Array)
  );
}
