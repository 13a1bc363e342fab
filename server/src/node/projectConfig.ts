/**
 * Finding and reading the project configuration (`.corroborate.yaml`, `.corroborate.yml` or
 * `.corroborate.json`): the nearest one walking up from a folder, stopping at the root of a
 * repository (a folder holding `.git`) or of the file system. The file is read only when it is a
 * regular file (or a link to one) of at most MAX_CONFIG_BYTES, so a FIFO or a device never hangs
 * the reader.
 */
import { constants as fsConstants, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILES, MAX_CONFIG_BYTES, decodeText, parseConfig, pathMatcher, publisherAliases, type ConfigProblem, type ProjectConfig } from '../core';

export interface LoadedConfig {
  /** The configuration file, absolute. */
  readonly file: string;
  /** Its folder: relative paths and globs in it start here. */
  readonly dir: string;
  readonly config: ProjectConfig;
  readonly problems: readonly ConfigProblem[];
  /** The file's text, when it could be read (for an editor's ranges). */
  readonly text?: string;
}

/** The nearest configuration file at or above `dir` (undefined: none before a repository or file-system root). */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (let depth = 0; depth < 256; depth++) {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(current, name);
      if (exists(candidate)) return candidate;
    }
    if (exists(path.join(current, '.git'))) return undefined;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** The folders whose configuration files would be found from `dir` (to watch them). */
export function configSearchFolders(dir: string): string[] {
  const out: string[] = [];
  let current = path.resolve(dir);
  for (let depth = 0; depth < 256; depth++) {
    out.push(current);
    if (CONFIG_FILES.some((n) => exists(path.join(current, n))) || exists(path.join(current, '.git'))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return out;
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Reads and validates one configuration file; a file that cannot be read is one problem on line 1. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const abs = path.resolve(file);
  const base = { file: abs, dir: path.dirname(abs) };
  const problem = (message: string): LoadedConfig => ({ ...base, config: {}, problems: [{ line: 1, column: 1, start: 0, end: 0, message }] });
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(abs, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return problem(code === 'ENOENT' ? 'file not found' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `could not be read (${code ?? String(e)})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) return problem('not a regular file; ignored');
    if (st.size > MAX_CONFIG_BYTES) return problem(`too large (${st.size} bytes; a configuration is at most ${MAX_CONFIG_BYTES}); ignored`);
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_CONFIG_BYTES) return problem(`too large (over ${MAX_CONFIG_BYTES} bytes); ignored`);
    }
    const decoded = decodeText(buffer.subarray(0, length));
    if (!decoded) return problem('looks like a binary file, not a configuration');
    const parsed = parseConfig(decoded.text, abs);
    return { ...base, ...parsed, text: decoded.text };
  } catch (e) {
    return problem(`could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    await handle.close();
  }
}

/** The nearest configuration at or above `dir`, read; undefined when there is none. */
export async function findConfig(dir: string): Promise<LoadedConfig | undefined> {
  const file = findConfigFile(dir);
  return file === undefined ? undefined : loadConfigFile(file);
}

/** "file:3:5: message": a problem as the command line prints it. */
export function formatProblem(file: string, p: ConfigProblem): string {
  return `${file}:${p.line}:${p.column}: ${p.message}`;
}

/** What a loaded configuration means for paths: which drafts are checked, which sources read, the corpus folders. */
export interface ConfigScope {
  readonly loaded: LoadedConfig;
  /** Corpus folders, absolute (empty: the configuration names none). */
  readonly corpus: readonly string[];
  /** Whether a draft (absolute path) is checked: inside the configuration's folder, included and not excluded. */
  draftWanted(file: string): boolean;
  /** Whether a source (absolute path) is left out by `exclude`. */
  sourceExcluded(file: string): boolean;
  /** The canonical name of a publisher. */
  publisher(name: string): string;
  /** A key that changes when anything that shapes a corpus changes (exclude, publishers). */
  readonly corpusKey: string;
}

export function configScope(loaded: LoadedConfig): ConfigScope {
  const { dir, config } = loaded;
  const include = config.include?.length ? pathMatcher(config.include) : undefined;
  const exclude = config.exclude?.length ? pathMatcher(config.exclude) : undefined;
  /** The path relative to the configuration's folder, with slashes; undefined outside it. */
  const relative = (file: string): string | undefined => {
    const rel = path.relative(dir, path.resolve(file));
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  };
  const home = process.env['HOME'];
  return {
    loaded,
    corpus: (config.corpus ?? []).map((p) => {
      const expanded = home ? p.replace(/^~(?=$|[\\/])/, home) : p;
      return path.resolve(dir, expanded);
    }),
    draftWanted(file) {
      const rel = relative(file);
      if (rel === undefined) return true;
      if (exclude?.(rel)) return false;
      return include ? include(rel) : true;
    },
    sourceExcluded(file) {
      const rel = relative(file);
      return rel !== undefined && exclude !== undefined && exclude(rel);
    },
    publisher: publisherAliases(config.publishers),
    corpusKey: JSON.stringify([dir, config.exclude ?? [], config.publishers ?? {}]),
  };
}
