/**
 * The persistent index cache: the analysed form of every source document, written after a build
 * and read at the next start, so that a source is analysed once until it changes.
 *
 * One file per corpus (its folders, resolved), under the cache folder. It is keyed as a whole by the
 * engine's analysis version and build, and per document by a hash of the document. A file that is
 * truncated, damaged or written by another build is ignored (with a warning) and rewritten.
 *
 * Format: a header line `corroborate-index <version key> <sha1 of the payload>`, then the payload:
 * records, each a 4-byte little-endian length and a `v8.serialize`d array. `["snapshot", s]` holds
 * the index's postings as typed arrays, restored as they are when the documents have not changed;
 * `["document", file, hash, source, sentences]` starts a document, and `["sentences", sentences]`
 * continues the one before (a large document is cut into records of about a megabyte). Records keep
 * every step of reading and writing short, so a server can yield between them (`Pause`).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { ANALYSIS_VERSION, type AnalysedDocument, type AnalysedSentence, type IndexSnapshot, type SourceDocument, type SourceInfo } from '../core';

const MAGIC = 'corroborate-index';
/** Length of the header line: the magic, a 16-digit version key and a 40-digit sha1, spaced, and a line feed. */
const HEADER_LENGTH = MAGIC.length + 1 + 16 + 1 + 40 + 1;
/** About this many characters of sentences go in one record. */
const RECORD_CHARS = 1 << 20;
/** Bytes hashed between pauses. */
const HASH_SLICE = 8 << 20;

/** Awaited between steps of reading and writing; resolves at once where nothing needs to run meanwhile. */
export type Pause = () => Promise<void>;
export const noPause: Pause = () => Promise.resolve();

/** What a stored sentence weighs, in characters: how records and worker replies are cut to size. */
export function storedChars(s: AnalysedSentence): number {
  return s.text.length + s.analysis.length + s.terms.length;
}

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
  // The text goes last and as it is: escaping it into JSON cost more than hashing it.
  return createHash('sha1')
    .update(JSON.stringify([doc.id, doc.title, doc.publisher ?? '', doc.author ?? '', doc.date ?? '', doc.file, doc.bodyLine, doc.format ?? '', doc.origin ?? null]))
    .update('\n')
    .update(doc.text)
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
  async load(pause: Pause = noPause): Promise<{ documents: Map<string, CachedDocument>; snapshot?: IndexSnapshot }> {
    const documents = new Map<string, CachedDocument>();
    const none = { documents };
    let bytes: Buffer;
    try {
      const st = await fsp.stat(this.file);
      if (!st.isFile()) {
        this.warn(`index cache ${this.file} is not a regular file; ignoring it`);
        return none;
      }
      bytes = await fsp.readFile(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.warn(`cannot read the index cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? String(e)}); rebuilding it`);
      return none;
    }
    const nl = bytes.indexOf(10);
    const header = nl > 0 && nl < 200 ? bytes.subarray(0, nl).toString('latin1').split(' ') : [];
    if (header.length !== 3 || header[0] !== MAGIC) {
      this.warn(`${this.file} is not an index cache; rebuilding it`);
      return none;
    }
    if (header[1] !== versionKey()) return none; // another build wrote it: rebuilt silently
    const payload = bytes.subarray(nl + 1);
    const hash = createHash('sha1');
    for (let i = 0; i < payload.length; i += HASH_SLICE) {
      hash.update(payload.subarray(i, i + HASH_SLICE));
      await pause();
    }
    if (hash.digest('hex') !== header[2]) {
      this.warn(`the index cache ${this.file} is damaged or truncated; rebuilding it`);
      return none;
    }
    let snapshot: IndexSnapshot | undefined;
    let last: { source: SourceInfo; sentences: AnalysedSentence[] } | undefined;
    const bad = (why: string): { documents: Map<string, CachedDocument> } => {
      this.warn(`the index cache ${this.file} ${why}; rebuilding it`);
      return { documents: new Map() };
    };
    for (let pos = 0; pos < payload.length; ) {
      if (pos + 4 > payload.length) return bad('cannot be read');
      const size = payload.readUInt32LE(pos);
      pos += 4;
      if (pos + size > payload.length) return bad('cannot be read');
      let record: unknown;
      try {
        // Typed arrays come back as views of the bytes they were read from: the snapshot (the
        // only record that holds any) is read again from a copy of its own, so that its postings
        // do not hold the whole file. The documents' strings are copied by reading them.
        const bytes = payload.subarray(pos, pos + size);
        record = v8.deserialize(bytes);
        if (Array.isArray(record) && record[0] === 'snapshot') record = v8.deserialize(Buffer.from(bytes));
      } catch {
        return bad('cannot be read');
      }
      pos += size;
      if (!Array.isArray(record)) return bad('has an unexpected shape');
      if (record[0] === 'snapshot' && record.length === 2 && validSnapshot(record[1]) && !snapshot) snapshot = record[1];
      else if (record[0] === 'document' && record.length === 5 && isString(record[1]) && isString(record[2]) && validSource(record[3]) && validSentences(record[4]) && !documents.has(record[1])) {
        last = { source: record[3], sentences: record[4] };
        documents.set(record[1], { hash: record[2], doc: last });
      } else if (record[0] === 'sentences' && record.length === 2 && last && validSentences(record[1])) {
        for (const s of record[1]) last.sentences.push(s);
      } else return bad('has an unexpected shape');
      await pause();
    }
    return snapshot ? { documents, snapshot } : none;
  }

  /** Writes the cache for these documents (replacing the file atomically). Failures only warn. */
  async save(entries: ReadonlyMap<string, CachedDocument>, snapshot?: IndexSnapshot, pause: Pause = noPause): Promise<void> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    let fd: fsp.FileHandle | undefined;
    try {
      await fsp.mkdir(this.dir, { recursive: true });
      fd = await fsp.open(tmp, 'w', 0o600);
      const hash = createHash('sha1');
      let chunks: Buffer[] = [];
      let pending = 0;
      let at = HEADER_LENGTH;
      const flush = async (): Promise<void> => {
        const chunk = Buffer.concat(chunks);
        chunks = [];
        pending = 0;
        await fd!.write(chunk, 0, chunk.length, at);
        at += chunk.length;
      };
      const put = async (record: unknown[]): Promise<void> => {
        const body = v8.serialize(record);
        const size = Buffer.alloc(4);
        size.writeUInt32LE(body.length);
        hash.update(size).update(body);
        chunks.push(size, body);
        pending += body.length + 4;
        if (pending >= 4 << 20) await flush();
        await pause();
      };
      if (snapshot) await put(['snapshot', snapshot]);
      for (const [file, e] of entries) {
        const all = e.doc.sentences;
        let from = 0;
        do {
          let to = from;
          for (let chars = 0; to < all.length && (to === from || chars < RECORD_CHARS); to++) chars += storedChars(all[to]!);
          const part = all.slice(from, to);
          await put(from === 0 ? ['document', file, e.hash, e.doc.source, part] : ['sentences', part]);
          from = to;
        } while (from < all.length);
      }
      await flush();
      const header = `${MAGIC} ${versionKey()} ${hash.digest('hex')}\n`;
      if (header.length !== HEADER_LENGTH) throw new Error('unexpected header length');
      await fd.write(header, 0, 'latin1');
      await fd.close();
      fd = undefined;
      await fsp.rename(tmp, this.file);
    } catch (e) {
      await fd?.close().catch(() => undefined);
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
      this.warn(`cannot write the index cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A cache is data from disk: its shape is checked before any of it is used. */
function validSource(x: unknown): x is SourceInfo {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  if (s['format'] !== undefined && !['html', 'pdf', 'docx'].includes(s['format'] as string)) return false;
  return isString(s['id']) && isString(s['title']) && isString(s['file']);
}

function validSentences(x: unknown): x is AnalysedSentence[] {
  if (!Array.isArray(x)) return false;
  for (const s of x as AnalysedSentence[]) {
    if (typeof s !== 'object' || s === null || !isString(s.text) || !isString(s.analysis) || !isString(s.terms) || !isNumber(s.line) || !isNumber(s.character)) return false;
    if (s.breaks !== undefined && !(Array.isArray(s.breaks) && s.breaks.every(isNumber))) return false;
    if (s.origins !== undefined && !(Array.isArray(s.origins) && s.origins.length >= 3 && s.origins.length % 3 === 0 && s.origins.every(isNumber))) return false;
    if (s.part !== undefined && !isNumber(s.part)) return false;
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
