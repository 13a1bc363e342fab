/**
 * Reads a corpus through an injected reader: Markdown files with optional front matter and plain
 * text files whose first line is the title. Bad files are reported and skipped, never thrown.
 */
import { parse as parseYaml } from 'yaml';
import type { CancellationToken, SourceDocument } from '../types';
import { noopToken } from '../types';

/** Where corpus files come from: the file system, a test's memory, a database... */
export interface CorpusReader {
  /** Every file below the corpus roots, as paths the reader understands. */
  list(): Promise<readonly CorpusEntry[]>;
  read(path: string): Promise<Uint8Array>;
}

export interface CorpusEntry {
  readonly path: string;
  /** The path relative to its corpus folder ("world/001.txt"): names documents that declare no id. */
  readonly name?: string;
  /** Size in bytes, when known: lets the loader skip huge files without reading them. */
  readonly size?: number;
}

export interface LoadResult {
  readonly documents: SourceDocument[];
  readonly warnings: string[];
}

export interface LoadOptions {
  /** Files larger than this are skipped (default 20 MB). */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Files read ahead of the one being parsed. */
const READ_AHEAD = 16;

export async function loadCorpus(reader: CorpusReader, options: LoadOptions = {}, token: CancellationToken = noopToken): Promise<LoadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const documents: SourceDocument[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const entries = [...(await reader.list())].sort((a, b) => a.path.localeCompare(b.path));
  // Reads run a few files ahead of parsing, in order: one file at a time leaves the disk idle.
  const reads = new Map<number, Promise<Uint8Array | Error>>();
  const wanted = (i: number): boolean => {
    const e = entries[i]!;
    return kindOf(e.path) !== null && !(e.size !== undefined && e.size > maxBytes);
  };
  let ahead = 0;
  const readAhead = (upTo: number): void => {
    for (; ahead < Math.min(entries.length, upTo); ahead++) {
      if (wanted(ahead)) reads.set(ahead, reader.read(entries[ahead]!.path).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    }
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (token.isCancellationRequested) break;
    readAhead(i + READ_AHEAD);
    const kind = kindOf(entry.path);
    if (!kind) {
      warnings.push(`${entry.path}: skipped (only .md and .txt files are read)`);
      continue;
    }
    if (entry.size !== undefined && entry.size > maxBytes) {
      warnings.push(`${entry.path}: skipped (${entry.size} bytes is over the ${maxBytes}-byte limit)`);
      continue;
    }
    const read = await reads.get(i)!;
    reads.delete(i);
    if (read instanceof Error) {
      warnings.push(`${entry.path}: could not be read (${read.message})`);
      continue;
    }
    const bytes = read;
    const doc = parseDocument(entry.path, bytes, kind, maxBytes, warnings, entry.name);
    if (!doc) continue;
    let id = doc.id;
    for (let n = 2; seen.has(id); n++) id = `${doc.id}-${n}`;
    // Only an id the file declares deserves a warning; a derived one is quietly made unique.
    if (id !== doc.id && doc.id !== derivedId(entry.path, entry.name)) warnings.push(`${entry.path}: id "${doc.id}" is used by another file; using "${id}"`);
    seen.add(id);
    documents.push({ ...doc, id });
  }
  return { documents, warnings };
}

function kindOf(path: string): 'md' | 'txt' | null {
  const lower = path.toLowerCase();
  if (/\.(?:md|markdown)$/.test(lower)) return 'md';
  if (lower.endsWith('.txt')) return 'txt';
  return null;
}

/** Decodes bytes as UTF-8, falling back to Latin-1; null for binary content. */
export function decodeText(bytes: Uint8Array): { text: string; latin1: boolean } | null {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return null;
  let text: string;
  let latin1 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
    latin1 = true;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab/newline/carriage return mean this is not prose.
  const controls = (text.slice(0, 8192).match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > 8) return null;
  return { text: text.replace(/\r\n?/g, '\n'), latin1 };
}

/** The id of a document that declares none: its path in the corpus, without the extension. */
export function derivedId(path: string, name?: string): string {
  const base = (name ?? path.split(/[\\/]/).pop()!).replace(/\.[^./\\]+$/, '');
  return base.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'document';
}

/** Parses one corpus file. Exported for the language server's incremental re-indexing. */
export function parseDocument(path: string, bytes: Uint8Array, kind: 'md' | 'txt', maxBytes: number, warnings: string[], name?: string): SourceDocument | null {
  if (bytes.length > maxBytes) {
    warnings.push(`${path}: skipped (${bytes.length} bytes is over the ${maxBytes}-byte limit)`);
    return null;
  }
  const decoded = decodeText(bytes);
  if (!decoded) {
    warnings.push(`${path}: skipped (binary content)`);
    return null;
  }
  if (decoded.latin1) warnings.push(`${path}: not valid UTF-8; read as Latin-1`);
  const text = decoded.text;
  if (!text.trim()) {
    warnings.push(`${path}: skipped (empty)`);
    return null;
  }
  const fileName = path.split(/[\\/]/).pop()!.replace(/\.[^.]+$/, '');
  const fallbackId = derivedId(path, name);

  if (kind === 'txt') {
    const firstLine = text.split('\n').find((l) => l.trim()) ?? fileName;
    return { id: fallbackId, title: firstLine.trim().slice(0, 300), file: path, text, bodyLine: 0 };
  }

  const fm = text.match(/^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/);
  let meta: Record<string, unknown> = {};
  let body = text;
  let bodyLine = 0;
  if (fm) {
    try {
      const parsed: unknown = parseYaml(fm[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
      else warnings.push(`${path}: front matter is not a list of fields; ignored`);
    } catch (e) {
      warnings.push(`${path}: front matter could not be parsed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); ignored`);
    }
    body = text.slice(fm[0].length);
    bodyLine = fm[0].split('\n').length - (fm[0].endsWith('\n') ? 1 : 0);
  }
  const str = (k: string): string | undefined => {
    const v = meta[k];
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
    return undefined;
  };
  const heading = body.match(/^#{1,6}\s+(.+)$/m)?.[1];
  const firstLine = body.split('\n').find((l) => l.trim());
  const title = str('title') ?? heading?.trim() ?? firstLine?.trim().slice(0, 300) ?? fileName;
  const date = str('date');
  return {
    id: str('id') ?? fallbackId,
    title,
    publisher: str('publisher'),
    author: str('author'),
    date: date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(date) ? date.slice(0, 10) : date,
    file: path,
    text: body,
    bodyLine,
  };
}
