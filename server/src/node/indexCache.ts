/**
 * The persistent index cache: the analysed form of every source document, written after a build
 * and read at the next start, so that a source is analysed once until it changes.
 *
 * One file per corpus (its folders, resolved), under the cache folder. It is keyed as a whole by the
 * engine's analysis version and build, and per document by a hash of the document. A file that is
 * truncated, damaged or written by another build is ignored (with a warning) and rewritten.
 *
 * Format: a header line `corroborate-index <version key> <sha1 of the head>`, an 8-byte
 * little-endian length of the sentences' bytes, those bytes, then the head: a `v8.serialize`d
 * record of the index's postings (flat typed arrays), each document's file, hash, source and first
 * sentence, and each sentence's offset and checksum. A run reads the head and keeps the sentences'
 * bytes as they are: a sentence is decoded, and its checksum checked, only when a search returns it
 * (most runs touch a seventh of the corpus). A sentence whose bytes are damaged is never trusted:
 * its document is analysed again from its text, and the file removed to be rewritten.
 *
 * A sentence's bytes: its strings' encoding (0 UTF-8, 1 UTF-16 for a string UTF-8 cannot hold),
 * the byte lengths of its text, analysis and terms (4 bytes each), those strings, and its
 * position as JSON: `[line, character, breaks, origins, part]` (null where it has none).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { ANALYSIS_VERSION, contentConcepts, isStored, type AnalysedSentence, type IndexedDocument, type IndexSnapshot, type SourceDocument, type SourceInfo, type StoredDocument } from '../core';

const MAGIC = 'corroborate-index';
/** Length of the header line: the magic, a 16-digit version key and a 40-digit sha1, spaced, and a line feed. */
const HEADER_LENGTH = MAGIC.length + 1 + 16 + 1 + 40 + 1;
/** Bytes of sentences written between pauses. */
const WRITE_SLICE = 4 << 20;

/** Awaited between steps of reading and writing; resolves at once where nothing needs to run meanwhile. */
export type Pause = () => Promise<void>;
export const noPause: Pause = () => Promise.resolve();

/** What a stored sentence weighs, in characters: how worker replies are cut to size. */
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
  readonly doc: IndexedDocument;
}

/** 32-bit FNV-1a of bytes: a sentence's checksum, checked when it is first read. */
export function checksum(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/** A string UTF-8 cannot hold as it is: one with a lone surrogate. */
const LONE_SURROGATE = /\p{Cs}/u;

/** A sentence's bytes (see the format above). */
export function encodeSentence(s: AnalysedSentence): Buffer {
  const utf16 = LONE_SURROGATE.test(s.text) || LONE_SURROGATE.test(s.terms) || LONE_SURROGATE.test(s.analysis);
  const enc: BufferEncoding = utf16 ? 'utf16le' : 'utf8';
  const meta = JSON.stringify([s.line, s.character, s.breaks ?? null, s.origins ?? null, s.part ?? null]);
  const tl = Buffer.byteLength(s.text, enc);
  const al = Buffer.byteLength(s.analysis, enc);
  const ml = Buffer.byteLength(s.terms, enc);
  const out = Buffer.allocUnsafe(13 + tl + al + ml + Buffer.byteLength(meta, 'utf8'));
  out[0] = utf16 ? 1 : 0;
  out.writeUInt32LE(tl, 1);
  out.writeUInt32LE(al, 5);
  out.writeUInt32LE(ml, 9);
  let at = 13;
  at += out.write(s.text, at, enc);
  at += out.write(s.analysis, at, enc);
  at += out.write(s.terms, at, enc);
  out.write(meta, at, 'utf8');
  return out;
}

const isNumberList = (x: unknown): x is number[] => Array.isArray(x) && x.every(isNumber);

/** The sentence of these bytes, or undefined when they do not hold one. */
export function decodeSentence(bytes: Buffer, from: number, to: number): AnalysedSentence | undefined {
  if (to - from < 13 || to > bytes.length) return undefined;
  const kind = bytes[from];
  if (kind !== 0 && kind !== 1) return undefined;
  const enc: BufferEncoding = kind === 1 ? 'utf16le' : 'utf8';
  const tl = bytes.readUInt32LE(from + 1);
  const al = bytes.readUInt32LE(from + 5);
  const ml = bytes.readUInt32LE(from + 9);
  let at = from + 13;
  if (at + tl + al + ml > to) return undefined;
  const text = bytes.toString(enc, at, (at += tl));
  const analysis = bytes.toString(enc, at, (at += al));
  const terms = bytes.toString(enc, at, (at += ml));
  let meta: unknown;
  try {
    meta = JSON.parse(bytes.toString('utf8', at, to));
  } catch {
    return undefined;
  }
  if (!Array.isArray(meta) || meta.length !== 5) return undefined;
  const [line, character, breaks, origins, part] = meta as unknown[];
  if (!isNumber(line) || !isNumber(character)) return undefined;
  if (breaks !== null && !isNumberList(breaks)) return undefined;
  if (origins !== null && !(isNumberList(origins) && origins.length >= 3 && origins.length % 3 === 0)) return undefined;
  if (part !== null && !isNumber(part)) return undefined;
  // The keys in the order the analysis gives them.
  return {
    text,
    line,
    character,
    ...(breaks !== null ? { breaks } : {}),
    ...(origins !== null ? { origins } : {}),
    ...(part !== null ? { part } : {}),
    analysis,
    terms,
  };
}

/** What the head of the file holds (see the format above). */
interface Head {
  readonly snapshot: {
    readonly nextId: number;
    readonly totalLength: number;
    readonly lengths: Float64Array;
    /** The terms, joined by line feeds (no term holds one). */
    readonly terms: string;
    /** How many postings each term has, its postings following those of the term before. */
    readonly counts: Uint32Array;
    readonly ids: Uint32Array;
    readonly tfs: Uint16Array;
    /** Each document's id and number of sentences, and their ids one document after another. */
    readonly documentIds: readonly string[];
    readonly documentSizes: Uint32Array;
    readonly sentenceIds: Uint32Array;
  };
  /** Each document's file, hash, source, first sentence, number of sentences and its title's concepts. */
  readonly documents: readonly (readonly [string, string, SourceInfo, number, number, readonly string[]])[];
  /** Where each sentence's bytes start (one more: where the last ends), and their checksums. */
  readonly at: Float64Array;
  readonly sums: Uint32Array;
}

/** Decoded sentences a store keeps, the most recently read: a search reads a sentence and the one before it, often again. */
const RECENT_SENTENCES = 16384;

/** Closes the file of a store no longer used (a server that re-indexed its corpus). */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // Closed already.
  }
});

/**
 * The sentences of a cache file, read from the file one at a time when asked for (its bytes are
 * not held in memory). A sentence whose bytes are damaged is never used: its document is analysed
 * again (`recover`), the file removed. The file is held open: a later run that replaces it (by a
 * rename) leaves this one reading the file it checked.
 */
class SentenceStore {
  private readonly recent = new Map<number, AnalysedSentence>();
  private readonly recovered = new Map<number, AnalysedSentence>();
  private scratch = Buffer.allocUnsafe(4096);
  private damaged = false;
  private fd: number | undefined;

  constructor(
    private readonly file: string,
    fd: number,
    /** Where the sentences' bytes start in the file. */
    private readonly base: number,
    private readonly at: Float64Array,
    private readonly sums: Uint32Array,
    private readonly warn: (message: string) => void,
  ) {
    this.fd = fd;
    closeWhenCollected.register(this, fd, this);
  }

  /** Stops reading the file (its documents have moved to another store). */
  close(): void {
    if (this.fd === undefined) return;
    closeWhenCollected.unregister(this);
    try {
      fs.closeSync(this.fd);
    } catch {
      // Closed already.
    }
    this.fd = undefined;
  }

  /** The bytes of sentence `n` (in a buffer reused by the next read), when they can be read and their checksum holds. */
  raw(n: number): Buffer | undefined {
    const bytes = this.span(n, n);
    return bytes && this.checked(bytes, n, n) ? bytes : undefined;
  }

  /** The bytes of sentences `from` to `to` (in a buffer reused by the next read), in one read; undefined when they cannot be read. */
  private span(from: number, to: number): Buffer | undefined {
    const start = this.at[from]!;
    const length = this.at[to + 1]! - start;
    if (this.fd === undefined) return undefined;
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(Math.max(length, this.scratch.length * 2));
    let got = 0;
    try {
      while (got < length) {
        const r = fs.readSync(this.fd, this.scratch, got, length - got, this.base + start + got);
        if (r === 0) break;
        got += r;
      }
    } catch {
      return undefined;
    }
    if (got !== length) return undefined;
    return this.scratch.subarray(0, length);
  }

  /** The bytes of sentence `n` within a span read from sentence `from`, or undefined when its checksum fails. */
  private checked(bytes: Buffer, from: number, n: number): Buffer | undefined {
    const start = this.at[n]! - this.at[from]!;
    const end = this.at[n + 1]! - this.at[from]!;
    const b = bytes.subarray(start, end);
    return checksum(b, 0, b.length) === this.sums[n] ? b : undefined;
  }

  sentence(doc: StoredDocumentOf, ordinal: number): AnalysedSentence {
    const n = doc.first + ordinal;
    const known = this.recent.get(n) ?? this.recovered.get(n);
    if (known) return known;
    // A search asks for a hit's sentence and then for the one before it (its context): both are
    // read at once, one read of the file where there were two.
    const from = ordinal > 0 && !this.recent.has(n - 1) && !this.recovered.has(n - 1) ? n - 1 : n;
    const bytes = this.span(from, n);
    const raw = bytes && this.checked(bytes, from, n);
    const s = raw && decodeSentence(raw, 0, raw.length);
    if (!s) return this.recover(doc, ordinal);
    if (from < n) {
      // Damaged bytes of the one before are left for when it is asked for itself.
      const before = this.checked(bytes!, from, from);
      const p = before && decodeSentence(before, 0, before.length);
      if (p) this.remember(from, p);
    }
    this.remember(n, s);
    return s;
  }

  private remember(n: number, s: AnalysedSentence): void {
    if (this.recent.size >= RECENT_SENTENCES) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(n, s);
  }

  /** The document analysed again, in place of its damaged bytes. */
  private recover(doc: StoredDocumentOf, ordinal: number): AnalysedSentence {
    // One warning for the file, however many of its documents prove damaged.
    if (!this.damaged) {
      this.warn(`the index cache ${this.file} is damaged (found reading ${doc.source.file}); analysing the damaged sources again, and rebuilding the cache at the next run`);
      this.damaged = true;
      try {
        fs.rmSync(this.file, { force: true });
      } catch {
        // Left as it is: the next run finds the damage again.
      }
    }
    const again = doc.recover?.();
    for (let i = 0; i < doc.count; i++) this.recovered.set(doc.first + i, again?.[i] ?? EMPTY_SENTENCE);
    return this.recovered.get(doc.first + ordinal)!;
  }
}

/** What stands for a sentence that could not be recovered: no text, no terms, no figures. */
const EMPTY_SENTENCE: AnalysedSentence = Object.freeze({ text: '', line: 0, character: 0, analysis: '', terms: '' });

/** A document of a cache file: its sentences are read from the file's bytes when asked for. */
class StoredDocumentOf implements StoredDocument {
  /** Its sentences analysed again from its text, should its bytes be damaged (set by the build, which has the text). */
  recover: (() => readonly AnalysedSentence[]) | undefined;

  constructor(
    /** Where its sentences are read, from `first` on: the file rewritten holds them at another place. */
    public store: SentenceStore,
    readonly source: SourceInfo,
    public first: number,
    readonly count: number,
    readonly titleConcepts: readonly string[],
  ) {}

  sentence(ordinal: number): AnalysedSentence {
    if (!(ordinal >= 0 && ordinal < this.count)) throw new RangeError(`no sentence ${ordinal} in ${this.source.file}`);
    return this.store.sentence(this, ordinal);
  }
}

/** Gives a document read from the cache the means to analyse it again, should its stored sentences be damaged. */
export function recoverWith(doc: IndexedDocument, analyse: () => readonly AnalysedSentence[]): void {
  if (doc instanceof StoredDocumentOf) doc.recover = analyse;
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

  /**
   * The cached documents by file (an empty map when there is no usable cache), and the index
   * snapshot. Only the head of the file is read: the documents' sentences are read from the file
   * when they are asked for.
   */
  async load(pause: Pause = noPause): Promise<{ documents: Map<string, CachedDocument>; snapshot?: IndexSnapshot }> {
    const none = { documents: new Map<string, CachedDocument>() };
    let fd: number | undefined;
    let kept = false;
    try {
      let head: Buffer;
      let length: number;
      try {
        fd = fs.openSync(this.file, 'r');
        const st = fs.fstatSync(fd);
        if (!st.isFile()) {
          this.warn(`index cache ${this.file} is not a regular file; ignoring it`);
          return none;
        }
        const start = Buffer.alloc(Math.min(st.size, HEADER_LENGTH + 8));
        readFully(fd, start, 0);
        const header = start.subarray(0, HEADER_LENGTH);
        const fields = header.length === HEADER_LENGTH && header[HEADER_LENGTH - 1] === 10 ? header.subarray(0, HEADER_LENGTH - 1).toString('latin1').split(' ') : [];
        if (fields.length !== 3 || fields[0] !== MAGIC) {
          this.warn(`${this.file} is not an index cache; rebuilding it`);
          return none;
        }
        if (fields[1] !== versionKey()) return none; // another build wrote it: rebuilt silently
        length = start.length === HEADER_LENGTH + 8 ? Number(start.readBigUInt64LE(HEADER_LENGTH)) : -1;
        if (!(length >= 0 && HEADER_LENGTH + 8 + length <= st.size)) {
          this.warn(`the index cache ${this.file} is damaged or truncated; rebuilding it`);
          return none;
        }
        head = Buffer.allocUnsafe(st.size - HEADER_LENGTH - 8 - length);
        readFully(fd, head, HEADER_LENGTH + 8 + length);
        if (createHash('sha1').update(start.subarray(HEADER_LENGTH)).update(head).digest('hex') !== fields[2]) {
          this.warn(`the index cache ${this.file} is damaged or truncated; rebuilding it`);
          return none;
        }
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EISDIR') this.warn(`index cache ${this.file} is not a regular file; ignoring it`);
        else if (code !== 'ENOENT') this.warn(`cannot read the index cache ${this.file} (${code ?? String(e)}); rebuilding it`);
        return none;
      }
      await pause();
      let record: unknown;
      try {
        record = v8.deserialize(head);
      } catch {
        this.warn(`the index cache ${this.file} cannot be read; rebuilding it`);
        return none;
      }
      const valid = validHead(record, length);
      const snap = valid?.snapshot;
      const terms = snap ? (snap.terms.length ? snap.terms.split('\n') : []) : [];
      if (!valid || !snap || terms.length !== snap.counts.length) {
        this.warn(`the index cache ${this.file} has an unexpected shape; rebuilding it`);
        return none;
      }
      await pause();
      const store = new SentenceStore(this.file, fd, HEADER_LENGTH + 8, valid.at, valid.sums, this.warn);
      kept = true;
      const documents = new Map<string, CachedDocument>();
      for (const [file, hash, source, first, count, title] of valid.documents) documents.set(file, { hash, doc: new StoredDocumentOf(store, source, first, count, title) });
      const ids: Uint32Array[] = [];
      const tfs: Uint16Array[] = [];
      for (let i = 0, at = 0; i < terms.length; i++) {
        const n = snap.counts[i]!;
        ids.push(snap.ids.subarray(at, at + n));
        tfs.push(snap.tfs.subarray(at, at + n));
        at += n;
      }
      const sentenceIds: [string, Uint32Array][] = [];
      for (let i = 0, at = 0; i < snap.documentIds.length; i++) {
        const n = snap.documentSizes[i]!;
        sentenceIds.push([snap.documentIds[i]!, snap.sentenceIds.subarray(at, at + n)]);
        at += n;
      }
      return { documents, snapshot: { nextId: snap.nextId, totalLength: snap.totalLength, lengths: snap.lengths, terms, ids, tfs, documents: sentenceIds } };
    } finally {
      if (fd !== undefined && !kept) fs.closeSync(fd);
    }
  }

  /**
   * Writes the cache for these documents (replacing the file atomically). Failures only warn.
   * The documents taken from a cache are read from the new file from then on.
   */
  async save(entries: ReadonlyMap<string, CachedDocument>, snapshot: IndexSnapshot, pause: Pause = noPause): Promise<void> {
    const tmp = `${this.file}.${process.pid}.tmp`;
    let fd: fsp.FileHandle | undefined;
    let reader: number | undefined;
    try {
      await fsp.mkdir(this.dir, { recursive: true });
      fd = await fsp.open(tmp, 'w', 0o600);
      const at: number[] = [0];
      const sums: number[] = [];
      const documents: [string, string, SourceInfo, number, number, readonly string[]][] = [];
      const moved: [StoredDocumentOf, number][] = [];
      let chunks: Buffer[] = [];
      let pending = 0;
      let written = 0;
      const flush = async (): Promise<void> => {
        const chunk = Buffer.concat(chunks);
        chunks = [];
        pending = 0;
        await fd!.write(chunk, 0, chunk.length, HEADER_LENGTH + 8 + written);
        written += chunk.length;
      };
      const put = async (bytes: Buffer, reused = false): Promise<void> => {
        // A stored sentence's bytes are in a buffer its store reuses: they are copied.
        chunks.push(reused ? Buffer.from(bytes) : bytes);
        pending += bytes.length;
        sums.push(checksum(bytes, 0, bytes.length));
        at.push(at[at.length - 1]! + bytes.length);
        if (pending >= WRITE_SLICE) {
          await flush();
          await pause();
        }
      };
      for (const [file, e] of entries) {
        const d = e.doc;
        // The title's concepts are kept too: working them out again for every document a search returns cost a cached run as much as reading its sentences.
        const title = (isStored(d) ? d.titleConcepts : undefined) ?? contentConcepts(d.source.title);
        documents.push([file, e.hash, d.source, sums.length, isStored(d) ? d.count : d.sentences.length, title]);
        if (d instanceof StoredDocumentOf) {
          // Unchanged documents are copied as they are stored (a damaged sentence is analysed again).
          moved.push([d, sums.length]);
          for (let i = 0; i < d.count; i++) {
            const raw = d.store.raw(d.first + i);
            await put(raw ?? encodeSentence(d.sentence(i)), raw !== undefined);
          }
        } else if (isStored(d)) {
          for (let i = 0; i < d.count; i++) await put(encodeSentence(d.sentence(i)));
        } else {
          for (const s of d.sentences) await put(encodeSentence(s));
        }
      }
      await flush();
      const counts = Uint32Array.from(snapshot.ids, (a) => a.length);
      const total = counts.reduce((n, c) => n + c, 0);
      const ids = new Uint32Array(total);
      const tfs = new Uint16Array(total);
      let p = 0;
      snapshot.ids.forEach((a, i) => {
        ids.set(a, p);
        tfs.set(snapshot.tfs[i]!, p);
        p += a.length;
      });
      const documentSizes = Uint32Array.from(snapshot.documents, ([, s]) => s.length);
      const sentenceIds = new Uint32Array(documentSizes.reduce((n, c) => n + c, 0));
      p = 0;
      for (const [, s] of snapshot.documents) {
        sentenceIds.set(s, p);
        p += s.length;
      }
      const head: Head = {
        snapshot: {
          nextId: snapshot.nextId,
          totalLength: snapshot.totalLength,
          lengths: Float64Array.from(snapshot.lengths),
          terms: snapshot.terms.join('\n'),
          counts,
          ids,
          tfs,
          documentIds: snapshot.documents.map(([id]) => id),
          documentSizes,
          sentenceIds,
        },
        documents,
        at: Float64Array.from(at),
        sums: Uint32Array.from(sums),
      };
      const body = v8.serialize(head);
      await fd.write(body, 0, body.length, HEADER_LENGTH + 8 + written);
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(written));
      const header = `${MAGIC} ${versionKey()} ${createHash('sha1').update(length).update(body).digest('hex')}\n`;
      if (header.length !== HEADER_LENGTH) throw new Error('unexpected header length');
      await fd.write(Buffer.concat([Buffer.from(header, 'latin1'), length]), 0, HEADER_LENGTH + 8, 0);
      await fd.close();
      fd = undefined;
      // The documents taken from the old file are read from the new one: the old file is closed
      // before the new one replaces it (which some systems refuse while it is open).
      reader = fs.openSync(tmp, 'r');
      const store = new SentenceStore(this.file, reader, HEADER_LENGTH + 8, head.at, head.sums, this.warn);
      reader = undefined;
      const old = new Set<SentenceStore>();
      for (const [d, first] of moved) {
        old.add(d.store);
        d.store = store;
        d.first = first;
      }
      for (const s of old) s.close();
      await fsp.rename(tmp, this.file);
    } catch (e) {
      await fd?.close().catch(() => undefined);
      if (reader !== undefined) fs.closeSync(reader);
      await fsp.rm(tmp, { force: true }).catch(() => undefined);
      this.warn(`cannot write the index cache ${this.file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    }
  }
}

/** Reads `into` whole from the file at `position`; throws when the file ends first. */
function readFully(fd: number, into: Buffer, position: number): void {
  for (let done = 0; done < into.length; ) {
    const n = fs.readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) throw Object.assign(new Error('the file ended early'), { code: 'ETRUNCATED' });
    done += n;
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

/** The head, when its shape is right and its sentences lie within the `bytes` read. */
function validHead(x: unknown, bytes: number): Head | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const h = x as Record<string, unknown>;
  const { at, sums, documents, snapshot } = h;
  if (!(at instanceof Float64Array) || !(sums instanceof Uint32Array) || at.length !== sums.length + 1 || at[0] !== 0) return undefined;
  for (let i = 1; i < at.length; i++) if (!(at[i]! >= at[i - 1]! + 13)) return undefined;
  if (at[at.length - 1] !== bytes) return undefined;
  if (!Array.isArray(documents)) return undefined;
  const files = new Set<string>();
  for (const d of documents as unknown[]) {
    if (!Array.isArray(d) || d.length !== 6) return undefined;
    const [file, hash, source, first, count, title] = d as unknown[];
    if (!isString(file) || !isString(hash) || !validSource(source) || !(Array.isArray(title) && title.every(isString)) || files.has(file)) return undefined;
    if (!Number.isInteger(first) || !Number.isInteger(count) || (first as number) < 0 || (count as number) < 0 || (first as number) + (count as number) > sums.length) return undefined;
    files.add(file);
  }
  return validSnapshot(snapshot) ? (x as Head) : undefined;
}

function validSnapshot(x: unknown): x is Head['snapshot'] {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  const counts = s['counts'];
  const ids = s['ids'];
  const tfs = s['tfs'];
  if (!(counts instanceof Uint32Array) || !(ids instanceof Uint32Array) || !(tfs instanceof Uint16Array) || ids.length !== tfs.length) return false;
  let total = 0;
  for (const c of counts) total += c;
  const documentIds = s['documentIds'];
  const sizes = s['documentSizes'];
  const sentenceIds = s['sentenceIds'];
  if (!Array.isArray(documentIds) || !documentIds.every(isString) || !(sizes instanceof Uint32Array) || sizes.length !== documentIds.length || !(sentenceIds instanceof Uint32Array)) return false;
  let sentences = 0;
  for (const c of sizes) sentences += c;
  return total === ids.length && sentences === sentenceIds.length && isNumber(s['nextId']) && isNumber(s['totalLength']) && s['lengths'] instanceof Float64Array && isString(s['terms']);
}
