/**
 * The corpus reader over the local file system: the only place the engine's input touches `fs`.
 *
 * It walks every root, follows symbolic links to files and to folders (each real folder is walked
 * once, so a loop ends with a warning, and a file reached twice is listed once, under its own path
 * rather than a link's when it has one), skips what is not a regular file without opening it, and
 * stops when the corpus grows past a number of files or of bytes, saying which limit it reached.
 */
import { constants as fsConstants, promises as fs, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { kindOf, type CorpusEntry, type CorpusReader } from '../core';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
/** Kernel and device trees: never documents, and reading them can block or never end. */
const SYSTEM_DIRS = new Set(['/proc', '/sys', '/dev']);
const MAX_DEPTH = 32;

export interface FsReaderOptions {
  /** Stop listing after this many files (default 50,000). */
  readonly maxFiles?: number;
  /** Stop listing when the source files listed (those the loader reads) pass this many bytes (default 2 GiB). */
  readonly maxBytes?: number;
  /**
   * How to tell the user to raise a limit, in the warning that says it was reached (default: the
   * option names). The command line passes its flags.
   */
  readonly hints?: { readonly maxFiles?: string; readonly maxBytes?: string };
}

export const DEFAULT_MAX_CORPUS_FILES = 50_000;
export const DEFAULT_MAX_CORPUS_BYTES = 2 * 1024 ** 3;

interface Listed {
  entry: CorpusEntry;
  /** Reached through a symbolic link (to the file or to a folder above it). */
  viaLink: boolean;
}

interface Walk {
  readonly files: Map<string, Listed>;
  /** Real paths of the folders walked. */
  readonly folders: Set<string>;
  /** Links to folders, walked after every real folder of every root so that files keep their own paths. */
  readonly links: { root: string; path: string; real: string; depth: number }[];
}

export class FsCorpusReader implements CorpusReader {
  /** Problems met while listing (unreadable folders, broken links, limits); the loader adds its own warnings. */
  readonly warnings: string[] = [];
  /** The limit that stopped the listing, when one did (its warning is in `warnings` too). */
  limitReached: { readonly kind: 'files' | 'bytes'; readonly max: number; readonly message: string } | undefined;

  private readonly maxFiles: number;
  private readonly maxBytes: number;
  private readonly hints: { maxFiles: string; maxBytes: string };
  private bytes = 0;
  private foldersVisited = 0;

  constructor(
    private readonly roots: readonly string[],
    options: FsReaderOptions = {},
  ) {
    this.maxFiles = options.maxFiles ?? DEFAULT_MAX_CORPUS_FILES;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_CORPUS_BYTES;
    this.hints = { maxFiles: options.hints?.maxFiles ?? 'the maxFiles option', maxBytes: options.hints?.maxBytes ?? 'the maxBytes option' };
  }

  async list(): Promise<CorpusEntry[]> {
    this.warnings.length = 0;
    this.limitReached = undefined;
    this.bytes = 0;
    this.foldersVisited = 0;
    const w: Walk = { files: new Map(), folders: new Set(), links: [] };
    for (const root of this.roots) {
      if (this.limitReached) break;
      let real: string;
      try {
        real = await fs.realpath(root);
      } catch (e) {
        this.warnings.push(`${root}: could not be listed (${codeOf(e)})`);
        continue;
      }
      if (isSystem(real)) {
        this.warnings.push(`${root}: not read (a system folder, not documents)`);
        continue;
      }
      if (w.folders.has(real)) continue;
      w.folders.add(real);
      await this.walk(w, root, root, real, 0, false);
    }
    for (let i = 0; i < w.links.length && !this.limitReached; i++) {
      const link = w.links[i]!;
      if (w.folders.has(link.real)) continue; // read already: not a loop, only a second way in
      w.folders.add(link.real);
      await this.walk(w, link.root, link.path, link.real, link.depth, true);
    }
    this.realPaths = new Map();
    for (const [real, f] of w.files) if (f.entry.size !== undefined) this.realPaths.set(f.entry.path, real);
    return [...w.files.values()].map((f) => f.entry);
  }

  private realPaths = new Map<string, string>();

  /**
   * The real path (links resolved, as `fs.realpath` gives it) of a file the last listing found,
   * worked out as it was listed; undefined for a file it did not find.
   */
  realPathOf(file: string): string | undefined {
    return this.realPaths.get(file);
  }

  /** Reads a file, refusing anything but a regular file: a FIFO or a device put in its place never blocks. */
  async read(file: string): Promise<Uint8Array> {
    const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
    try {
      const st = await handle.stat();
      if (!st.isFile()) throw new Error('not a regular file');
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  }

  /**
   * The entry of one file below the roots (a file that changed on disk), or undefined when it is
   * gone or not a regular file. Its name is its path in the first root that holds it.
   */
  async entry(file: string): Promise<CorpusEntry | undefined> {
    let st: Stats;
    try {
      st = await fs.stat(file);
    } catch {
      return undefined;
    }
    if (!st.isFile()) return undefined;
    const root = this.roots.find((r) => isInside(r, file));
    return { path: file, ...(root ? { name: nameIn(root, file) } : {}), size: st.size, mtimeMs: st.mtimeMs };
  }

  private limit(which: 'files' | 'bytes'): void {
    if (this.limitReached) return;
    const where = this.roots.join(', ');
    const message =
      which === 'files'
        ? `${where}: the corpus was cut at ${this.maxFiles.toLocaleString('en-US')} files or folders; the rest is not read (raise the limit with ${this.hints.maxFiles})`
        : `${where}: the corpus was cut at ${this.maxBytes.toLocaleString('en-US')} bytes of source files; the rest is not read (raise the limit with ${this.hints.maxBytes})`;
    this.limitReached = { kind: which, max: which === 'files' ? this.maxFiles : this.maxBytes, message };
    this.warnings.push(message);
  }

  /**
   * Lists one folder (`dir`, whose real path is `real`): its files first, in name order, then its
   * sub-folders; links to folders are queued.
   */
  private async walk(w: Walk, root: string, dir: string, real: string, depth: number, viaLink: boolean): Promise<void> {
    if (this.limitReached) return;
    if (depth > MAX_DEPTH) {
      this.warnings.push(`${dir}: not read (more than ${MAX_DEPTH} folders deep)`);
      return;
    }
    if (++this.foldersVisited > this.maxFiles) {
      this.limit('files');
      return;
    }
    let entries: Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.warnings.push(`${dir}: could not be listed (${codeOf(e)})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const visible = entries.filter((e) => !e.name.startsWith('.'));
    // Links are resolved together; what they point to decides what they are.
    const targets = await Promise.all(
      visible.map(async (e): Promise<Stats | Error | undefined> => {
        if (!e.isSymbolicLink()) return undefined;
        try {
          return await fs.stat(path.join(dir, e.name));
        } catch (err) {
          return err instanceof Error ? err : new Error(String(err));
        }
      }),
    );
    const files: { name: string; full: string; link: boolean }[] = [];
    const subdirs: { full: string; real: string }[] = [];
    for (const [i, e] of visible.entries()) {
      const full = path.join(dir, e.name);
      const target = targets[i];
      if (target instanceof Error) {
        const code = (target as NodeJS.ErrnoException).code;
        this.warnings.push(
          code === 'ELOOP'
            ? `${full}: skipped (a loop of symbolic links)`
            : code === 'ENOENT'
              ? `${full}: skipped (a symbolic link to nothing)`
              : `${full}: skipped (link could not be followed: ${code ?? target.message})`,
        );
        continue;
      }
      const isDir = target ? target.isDirectory() : e.isDirectory();
      const isFile = target ? target.isFile() : e.isFile();
      if (isFile) files.push({ name: e.name, full, link: target !== undefined });
      else if (isDir) {
        if (SKIPPED_DIRS.has(e.name)) continue;
        if (!target) {
          const sub = path.join(real, e.name);
          if (!isSystem(sub)) subdirs.push({ full, real: sub });
          continue;
        }
        let linked: string;
        try {
          linked = await fs.realpath(full);
        } catch (err) {
          this.warnings.push(`${full}: skipped (link could not be followed: ${codeOf(err)})`);
          continue;
        }
        if (isSystem(linked)) continue;
        if (isInside(linked, real)) {
          this.warnings.push(`${full}: skipped (a symbolic link to ${linked}, a folder above it: a loop)`);
          continue;
        }
        // Whether it is read already is decided when its turn comes, after every real folder.
        w.links.push({ root, path: full, real: linked, depth: depth + 1 });
      }
      // FIFOs, sockets and devices are not documents: skipped without being opened.
      else this.warnings.push(`${full}: skipped (not a regular file)`);
    }
    // Files are sized a batch at a time: together, but never a huge folder's worth at once.
    const sized: { real: string; size?: number; mtimeMs?: number }[] = [];
    for (let i = 0; i < files.length; i += 256) {
      sized.push(
        ...(await Promise.all(
          files.slice(i, i + 256).map(async (f) => {
            const own = path.join(real, f.name);
            try {
              const st = await fs.stat(f.full);
              return { real: f.link ? await fs.realpath(f.full) : own, size: st.size, mtimeMs: st.mtimeMs };
            } catch {
              return { real: own };
            }
          }),
        )),
      );
      if (w.files.size + sized.length > this.maxFiles) break;
    }
    for (const [i, f] of files.entries()) {
      if (this.limitReached) return;
      const { real: realFile, size, mtimeMs } = sized[i] ?? { real: path.join(real, f.name) };
      const link = viaLink || f.link;
      const known = w.files.get(realFile);
      if (known) {
        // The same file through another path: keep the one that is not a link.
        if (known.viaLink && !link) known.entry = { ...known.entry, path: f.full, name: nameIn(root, f.full) };
        if (!link) known.viaLink = false;
        continue;
      }
      if (w.files.size >= this.maxFiles) {
        this.limit('files');
        return;
      }
      if (size !== undefined && kindOf(f.name) !== null) {
        if (this.bytes + size > this.maxBytes) {
          this.limit('bytes');
          return;
        }
        this.bytes += size;
      }
      w.files.set(realFile, { entry: size === undefined ? { path: f.full, name: nameIn(root, f.full) } : { path: f.full, name: nameIn(root, f.full), size, ...(mtimeMs !== undefined ? { mtimeMs } : {}) }, viaLink: link });
    }
    for (const s of subdirs) {
      if (this.limitReached) return;
      if (w.folders.has(s.real)) continue;
      w.folders.add(s.real);
      await this.walk(w, root, s.full, s.real, depth + 1, viaLink);
    }
  }
}

/** True when the path is a folder (or a link to one). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The path relative to its corpus folder, with forward slashes ("world/001.txt"). */
function nameIn(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

function isSystem(real: string): boolean {
  for (const dir of SYSTEM_DIRS) if (isInside(dir, real)) return true;
  return false;
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
