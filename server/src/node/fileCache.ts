/**
 * The documents read from a corpus's files, kept between runs with each file's size and
 * modification time: a file whose size and time have not changed is not read again (nor hashed),
 * its document is taken from here. A file changed since, even to the same size, has a new time
 * and is read again; so is one modified within a moment of being read (its time could then stay
 * the same through a second change).
 *
 * One file per corpus, `files-<corpus>.bin` beside the index cache, keyed by the engine's build.
 * Format: a header line `corroborate-files <version key> <sha1 of the payload>`, then a
 * `v8.serialize`d array of `[path, size, mtimeMs, readAt, document, warnings]`. A truncated,
 * damaged or foreign file is ignored with a warning and rewritten, never trusted.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { CorpusEntry, LoadedFiles, SourceDocument } from '../core';
import { versionKey } from './indexCache';
import { readChecked, writeChecked, type CheckedFile } from './checkedFile';

const MAGIC = 'corroborate-files';
/** A file modified this close to when it was read may have changed again with the same time: read again. */
const SETTLED_MS = 2000;

interface Known {
  readonly size: number;
  readonly mtimeMs: number;
  readonly readAt: number;
  readonly doc: SourceDocument;
  readonly warnings: readonly string[];
}

export class FileCache implements LoadedFiles {
  readonly file: string;
  private readonly checked: CheckedFile;
  private known = new Map<string, Known>();
  private readonly next = new Map<string, Known>();
  /** Files read again, or taken: the file is rewritten only when something changed. */
  private changed = false;

  constructor(
    readonly dir: string,
    roots: readonly string[],
    private readonly warn: (message: string) => void,
    private readonly now: () => number = Date.now,
  ) {
    const corpus = createHash('sha1').update([...roots].map((r) => path.resolve(r)).sort().join('\n')).digest('hex').slice(0, 16);
    this.file = path.join(dir, `files-${corpus}.bin`);
    this.checked = { file: this.file, magic: MAGIC, what: 'file cache', warn };
  }

  get(entry: CorpusEntry): { doc: SourceDocument; warnings: readonly string[] } | undefined {
    const k = this.known.get(entry.path);
    if (!k || entry.size === undefined || entry.mtimeMs === undefined) return undefined;
    if (k.size !== entry.size || k.mtimeMs !== entry.mtimeMs || k.mtimeMs > k.readAt - SETTLED_MS) return undefined;
    this.next.set(entry.path, k);
    return { doc: k.doc, warnings: k.warnings };
  }

  set(entry: CorpusEntry, doc: SourceDocument, warnings: readonly string[]): void {
    this.changed = true;
    if (entry.size === undefined || entry.mtimeMs === undefined) return;
    this.next.set(entry.path, { size: entry.size, mtimeMs: entry.mtimeMs, readAt: this.now(), doc, warnings: [...warnings] });
  }

  async load(): Promise<void> {
    this.known = new Map();
    const payload = await readChecked(this.checked, versionKey());
    if (!payload) return;
    let rows: unknown;
    try {
      rows = v8.deserialize(payload);
    } catch {
      rows = undefined;
    }
    const known = new Map<string, Known>();
    if (!Array.isArray(rows) || !rows.every((r) => validRow(r) && !known.has(r[0]) && known.set(r[0], { size: r[1], mtimeMs: r[2], readAt: r[3], doc: r[4], warnings: r[5] }))) {
      this.warn(`the file cache ${this.file} has an unexpected shape; rebuilding it`);
      return;
    }
    this.known = known;
  }

  /** Writes the documents read or taken in this run (replacing the file atomically) when any changed. Failures only warn. */
  async save(): Promise<void> {
    if (!this.changed && this.next.size === this.known.size) return;
    const rows = [...this.next].map(([file, k]) => [file, k.size, k.mtimeMs, k.readAt, k.doc, k.warnings]);
    const payload = v8.serialize(rows);
    await writeChecked(this.checked, versionKey(), payload);
  }
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function validRow(r: unknown): r is [string, number, number, number, SourceDocument, string[]] {
  return Array.isArray(r) && r.length === 6 && isString(r[0]) && isNumber(r[1]) && isNumber(r[2]) && isNumber(r[3]) && validDocument(r[4], r[0]) && Array.isArray(r[5]) && r[5].every(isString);
}

/** A cached document is data from disk: its shape is checked before it stands for the file. */
function validDocument(x: unknown, file: string): x is SourceDocument {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  const optional = (k: string): boolean => d[k] === undefined || isString(d[k]);
  if (!(isString(d['id']) && isString(d['title']) && isString(d['text']) && d['file'] === file && isNumber(d['bodyLine']))) return false;
  if (!optional('publisher') || !optional('author') || !optional('date')) return false;
  if (d['format'] !== undefined && !['html', 'pdf', 'docx'].includes(d['format'] as string)) return false;
  if (d['origin'] !== undefined) {
    const o = d['origin'] as Record<string, unknown> | null;
    if (typeof o !== 'object' || o === null || !Array.isArray(o['map']) || !o['map'].every(isNumber)) return false;
    if (o['parts'] !== undefined && !(Array.isArray(o['parts']) && o['parts'].every(isNumber))) return false;
  }
  return true;
}
