/**
 * Reads a corpus through an injected reader: Markdown files with optional front matter and plain
 * text files whose first line is the title, and HTML, PDF and Word files through an injected
 * converter that extracts their text (format parsers live outside the core). Bad files are
 * reported and skipped, never thrown.
 */
import { parse as parseYaml } from 'yaml';
import type { CancellationToken, ConvertedFormat, SourceDocument, SourceOrigin } from '../types';
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
  /** Last modification time (ms since the epoch), when known: with `size`, tells an unchanged file (`LoadOptions.files`). */
  readonly mtimeMs?: number;
}

/**
 * Documents read before, kept by the host: a file that has not changed since it was read (its
 * size and modification time are the same) is taken from here without being read again.
 */
export interface LoadedFiles {
  /** The document read from this entry's file, with the warnings reading it gave, when the file is unchanged since; else undefined. */
  get(entry: CorpusEntry): { readonly doc: SourceDocument; readonly warnings: readonly string[] } | undefined;
  /** Told of each document read from a file, with the warnings reading it gave. */
  set(entry: CorpusEntry, doc: SourceDocument, warnings: readonly string[]): void;
}

export interface LoadResult {
  readonly documents: SourceDocument[];
  readonly warnings: string[];
}

export interface LoadOptions {
  /** Files larger than this are skipped (default 20 MB). */
  readonly maxBytes?: number;
  /** Extracts the text of HTML, PDF and Word files; without it they are skipped. */
  readonly convert?: SourceConverter;
  /** Documents read before: unchanged files are taken from here, not read. */
  readonly files?: LoadedFiles;
}

/** The text extracted from a source of another format, with where its lines are. */
export interface ConvertedSource {
  /** The text, paragraphs separated by blank lines, line ends "\n". */
  readonly text: string;
  readonly origin: SourceOrigin;
  readonly title?: string;
  readonly publisher?: string;
  readonly author?: string;
  /** As the file gives it; read as a date when it starts YYYY-MM-DD. */
  readonly date?: string;
  /** What the extraction could not do but did not stop it (a page without text...). */
  readonly warnings?: readonly string[];
}

/**
 * Extracts the text of a file of a converted format. Rejects with an Error whose message says why
 * the file cannot be read (damaged, encrypted, too slow); the loader turns it into a warning.
 */
export type SourceConverter = (path: string, bytes: Uint8Array, format: ConvertedFormat) => Promise<ConvertedSource>;

/** How a source file is read, from its name: null for files that are not sources. */
export type SourceKind = 'md' | 'txt' | ConvertedFormat;

/** The extensions of the source files, for messages. */
export const SOURCE_EXTENSIONS = '.md, .markdown, .txt, .html, .htm, .pdf and .docx';

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
  // Unchanged files come from what was read before, and are not read.
  const known = entries.map((e, i) => (options.files && wanted(i) ? options.files.get(e) : undefined));
  let ahead = 0;
  const readAhead = (upTo: number): void => {
    for (; ahead < Math.min(entries.length, upTo); ahead++) {
      if (wanted(ahead) && !known[ahead]) reads.set(ahead, reader.read(entries[ahead]!.path).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))));
    }
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (token.isCancellationRequested) break;
    readAhead(i + READ_AHEAD);
    const kind = kindOf(entry.path);
    if (!kind) {
      warnings.push(`${entry.path}: skipped (not a source: only ${SOURCE_EXTENSIONS} files are read)`);
      continue;
    }
    if (entry.size !== undefined && entry.size > maxBytes) {
      warnings.push(`${entry.path}: skipped (${entry.size} bytes is over the ${maxBytes}-byte limit)`);
      continue;
    }
    let doc: SourceDocument | null;
    const before = known[i];
    if (before) {
      for (const w of before.warnings) warnings.push(w);
      doc = before.doc;
    } else {
      const read = await reads.get(i)!;
      reads.delete(i);
      if (read instanceof Error) {
        warnings.push(`${entry.path}: could not be read (${read.message})`);
        continue;
      }
      const own: string[] = [];
      doc = await toDocument(entry, read, kind, maxBytes, own, options.convert);
      for (const w of own) warnings.push(w);
      if (doc) options.files?.set(entry, doc, own);
    }
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

/** How a file is read, from its extension; null when it is not a source. */
export function kindOf(path: string): SourceKind | null {
  const lower = path.toLowerCase();
  if (/\.(?:md|markdown)$/.test(lower)) return 'md';
  if (lower.endsWith('.txt')) return 'txt';
  if (/\.(?:html?|xhtml)$/.test(lower)) return 'html';
  if (lower.endsWith('.pdf')) return 'pdf';
  if (lower.endsWith('.docx')) return 'docx';
  return null;
}

/**
 * Reads one source file through the reader (a file that changed on disk): its document, or null
 * with the reason in `warnings`. Its id is the one it declares or derives; the caller makes it unique.
 */
export async function loadSource(reader: CorpusReader, entry: CorpusEntry, options: LoadOptions, warnings: string[]): Promise<SourceDocument | null> {
  const kind = kindOf(entry.path);
  if (!kind) return null;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (entry.size !== undefined && entry.size > maxBytes) {
    warnings.push(`${entry.path}: skipped (${entry.size} bytes is over the ${maxBytes}-byte limit)`);
    return null;
  }
  let bytes: Uint8Array;
  try {
    bytes = await reader.read(entry.path);
  } catch (e) {
    warnings.push(`${entry.path}: could not be read (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
  return toDocument(entry, bytes, kind, maxBytes, warnings, options.convert);
}

async function toDocument(entry: CorpusEntry, bytes: Uint8Array, kind: SourceKind, maxBytes: number, warnings: string[], convert: SourceConverter | undefined): Promise<SourceDocument | null> {
  if (kind === 'md' || kind === 'txt') return parseDocument(entry.path, bytes, kind, maxBytes, warnings, entry.name);
  if (bytes.length > maxBytes) {
    warnings.push(`${entry.path}: skipped (${bytes.length} bytes is over the ${maxBytes}-byte limit)`);
    return null;
  }
  if (!convert) {
    warnings.push(`${entry.path}: skipped (no reader for .${kind} files here)`);
    return null;
  }
  let converted: ConvertedSource;
  try {
    converted = await convert(entry.path, bytes, kind);
  } catch (e) {
    warnings.push(`${entry.path}: skipped (${e instanceof Error ? e.message : String(e)})`);
    return null;
  }
  return convertedDocument(entry, converted, kind, warnings);
}

/** A map of tuples of `width` numbers, the first at offset 0, by offset within the text. */
function validMap(map: readonly number[], width: number, length: number): boolean {
  if (map.length === 0 || map.length % width !== 0 || map[0] !== 0) return false;
  for (let i = 0; i < map.length; i++) if (!Number.isInteger(map[i]) || map[i]! < 0) return false;
  for (let i = width; i < map.length; i += width) if (map[i]! < map[i - width]! || map[i]! > length) return false;
  return true;
}

/** The document of an extracted text: checked like any source, named like one. */
export function convertedDocument(entry: CorpusEntry, c: ConvertedSource, format: ConvertedFormat, warnings: string[]): SourceDocument | null {
  for (const w of c.warnings ?? []) warnings.push(`${entry.path}: ${w}`);
  if (!c.text.trim()) {
    warnings.push(`${entry.path}: skipped (no text could be extracted)`);
    return null;
  }
  if (!validMap(c.origin.map, 3, c.text.length) || (c.origin.parts && !validMap(c.origin.parts, 2, c.text.length))) {
    warnings.push(`${entry.path}: skipped (the extracted text does not match its map)`);
    return null;
  }
  const clean = (v: string | undefined, max = 300): string | undefined => {
    const t = v?.replace(/\s+/g, ' ').trim();
    return t ? t.slice(0, max) : undefined;
  };
  const firstLine = c.text.split('\n').find((l) => l.trim());
  const date = clean(c.date, 64);
  const iso = date?.match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0];
  const title = clean(c.title) ?? clean(firstLine) ?? entry.path.split(/[\\/]/).pop()!;
  return {
    id: derivedId(entry.path, entry.name),
    title,
    ...(clean(c.publisher, 120) ? { publisher: clean(c.publisher, 120) } : {}),
    ...(clean(c.author, 200) ? { author: clean(c.author, 200) } : {}),
    ...(iso ? { date: iso } : {}),
    file: entry.path,
    text: c.text,
    bodyLine: 0,
    format,
    origin: c.origin,
  };
}

/** A file's text, and how it was read. */
export interface DecodedText {
  /** The text, line ends made "\n", without a byte-order mark. */
  readonly text: string;
  /** The bytes were not UTF-8 (no valid multi-byte sequence, or fewer than invalid ones): read as Latin-1. */
  readonly latin1: boolean;
  /**
   * Lines (1-based, as editors number them) holding bytes that are not valid UTF-8, in a text
   * otherwise read as UTF-8: each bad byte is read as U+FFFD. Absent when there are none.
   */
  readonly badLines?: readonly number[];
  /** Set when the file was UTF-16 (it starts with a byte-order mark); absent for UTF-8 and Latin-1. */
  readonly encoding?: 'utf-16le' | 'utf-16be';
}

/**
 * Decodes a file: UTF-16 with a byte-order mark, else UTF-8. Bytes that are not valid UTF-8 in a
 * UTF-8 text are replaced, each by U+FFFD, and their lines reported; a file with no valid
 * multi-byte sequence, or fewer than invalid ones, is Latin-1 (as an editor would guess it).
 * Null for binary content.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  let text: string;
  let latin1 = false;
  let badLines: number[] | undefined;
  let encoding: 'utf-16le' | 'utf-16be' | undefined;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    // Big-endian units are swapped to little-endian ones: every runtime decodes those.
    const units = encoding === 'utf-16le' ? bytes : bytes.map((_, i) => bytes[i ^ 1] ?? 0xfd);
    text = new TextDecoder('utf-16le').decode(units);
    if (text.slice(0, 4096).includes('\0')) return null;
  } else {
    if (bytes.subarray(0, 8192).includes(0)) return null;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const check = checkUtf8(bytes);
      if (check.valid > 0 && check.valid >= check.errors) {
        text = new TextDecoder('utf-8').decode(bytes);
        badLines = check.badLines;
      } else {
        text = new TextDecoder('latin1').decode(bytes);
        latin1 = true;
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Control characters other than tab/newline/carriage return mean this is not prose.
  const controls = (text.slice(0, 8192).match(/[\u0001-\u0008\u000e-\u001f]/g) ?? []).length;
  if (controls > 8) return null;
  return { text: text.replace(/\r\n?/g, '\n'), latin1, ...(badLines ? { badLines } : {}), ...(encoding ? { encoding } : {}) };
}

/**
 * Valid multi-byte UTF-8 sequences in the bytes, invalid ones, and their lines (1-based;
 * "\n", "\r\n" and a lone "\r" end a line). Invalid sequences are found as a decoder finds them.
 */
/** What a reader should be told of how a file was decoded: read as Latin-1, or bad bytes replaced (with their lines). */
export function decodingWarnings(path: string, decoded: DecodedText): string[] {
  const out: string[] = [];
  if (decoded.latin1) out.push(`${path}: not valid UTF-8; read as Latin-1`);
  if (decoded.badLines) out.push(`${path}: bytes that are not valid UTF-8 on ${linesList(decoded.badLines)}; each read as U+FFFD`);
  return out;
}

function checkUtf8(bytes: Uint8Array): { valid: number; errors: number; badLines: number[] } {
  let valid = 0;
  let errors = 0;
  const badLines: number[] = [];
  let line = 1;
  const bad = (): void => {
    errors++;
    if (badLines[badLines.length - 1] !== line) badLines.push(line);
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
      i++;
      continue;
    }
    // The lead byte says how many continuation bytes follow, and the range of the first one.
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    if (need === 0) {
      bad();
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
    }
    if (k > need) valid++;
    else bad();
    // A broken sequence is read up to the byte that broke it, which starts the next one.
    i += k > need ? k : Math.max(1, k);
  }
  return { valid, errors, badLines };
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
  warnings.push(...decodingWarnings(path, decoded));
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
    const yaml = fm[1]!;
    if (yaml.length > MAX_FRONT_MATTER) {
      warnings.push(`${path}: front matter is over ${MAX_FRONT_MATTER / 1024} KB; ignored`);
    } else {
      try {
        // A front matter of ordinary size is read whole; a larger one only for the fields used:
        // parsing YAML costs the square of its number of keys.
        const parsed: unknown = parseYaml(yaml.length > WHOLE_FRONT_MATTER ? fieldsUsed(yaml) : yaml);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) meta = parsed as Record<string, unknown>;
        else if (yaml.length <= WHOLE_FRONT_MATTER) warnings.push(`${path}: front matter is not a list of fields; ignored`);
      } catch (e) {
        warnings.push(`${path}: front matter could not be parsed (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); ignored`);
      }
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

/** Front matter larger than this is not read (the body still is). */
const MAX_FRONT_MATTER = 64 * 1024;
/** Front matter up to this size is parsed whole; a larger one for the fields the loader uses only. */
const WHOLE_FRONT_MATTER = 4 * 1024;
/** The front matter fields a document takes. */
const FIELDS = new Set(['id', 'title', 'publisher', 'author', 'date']);

/**
 * The entries of the fields the loader uses, each with the lines that continue it (indented, or
 * items of a list), as one YAML text: a line at the start that names another key ends an entry.
 */
function fieldsUsed(yaml: string): string {
  const out: string[] = [];
  let keep = false;
  for (const line of yaml.split('\n')) {
    const key = topKey(line);
    if (key !== undefined) keep = FIELDS.has(key);
    if (keep) out.push(line);
  }
  return out.join('\n');
}

/** The key a line of YAML starts at its beginning ("title: …", "'title': …"), if it starts one. */
function topKey(line: string): string | undefined {
  const c = line[0];
  if (c === undefined || /[\s#?[\]{},&*!|>%@`]/.test(c) || (c === '-' && /^-(?:\s|$)/.test(line))) return undefined;
  let from = 0;
  let key: string | undefined;
  if (c === '"' || c === "'") {
    const close = line.indexOf(c, 1);
    if (close < 0) return undefined;
    key = line.slice(1, close);
    from = close + 1;
  }
  // The first colon followed by a space or the end of the line ends the key.
  for (let j = line.indexOf(':', from); j >= 0; j = line.indexOf(':', j + 1)) {
    if (j + 1 < line.length && line[j + 1] !== ' ' && line[j + 1] !== '\t') continue;
    if (key !== undefined) return line.slice(from, j).trim() === '' ? key : undefined;
    return line.slice(0, j).trim();
  }
  return undefined;
}

/** "line 3", "lines 3, 7 and 12", "lines 3, 7, 12 and 40 more". */
function linesList(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${lines[0]}`;
  const shown = lines.slice(0, 5);
  const rest = lines.length - shown.length;
  return rest > 0 ? `lines ${shown.join(', ')} and ${rest} more` : `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
