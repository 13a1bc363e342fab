/**
 * A small glob matcher for the command line, so that a quoted pattern works the same in every
 * shell: `*` and `?` within a name, `[abc]`/`[!a-z]` classes, `{md,txt}` alternatives (within one
 * path segment), and `**` for any number of folders. As in a shell, `*` does not match a leading
 * dot; `**` does not descend into hidden folders, node_modules, .git or the system trees, nor
 * through links to folders (a loop cannot trap it).
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { segmentRegExp } from '../core/glob';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
const MAX_DEPTH = 32;

/** True when an argument is a pattern rather than a plain path. */
export function hasMagic(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

export { segmentRegExp } from '../core/glob';

export interface GlobOptions {
  /** Where a relative pattern starts (default: the current folder). */
  readonly cwd?: string;
  /** Stop after looking into this many folders (default 100,000): a pattern never walks a whole disk unbounded. */
  readonly maxFolders?: number;
}

export interface GlobResult {
  /** Matching files, sorted, spelled from the pattern (relative when it is). */
  readonly files: string[];
  /** Set when the walk stopped at `maxFolders`. */
  readonly truncated: boolean;
}

/** The regular files (or links to them) a pattern matches. */
export async function expandGlob(pattern: string, options: GlobOptions = {}): Promise<GlobResult> {
  const cwd = options.cwd ?? process.cwd();
  const maxFolders = options.maxFolders ?? 100_000;
  const segments = pattern.split(/\/+/);
  // The literal start of the pattern is its base folder: "drafts/**/*.md" walks from "drafts".
  let base = '';
  if (segments[0] === '') {
    base = '/';
    segments.shift();
  }
  while (segments.length > 1 && !hasMagic(segments[0]!)) base = path.join(base, segments.shift()!);
  const parts = segments.filter((s, i) => s !== '' || i === segments.length - 1).map((s) => (s === '**' ? ('**' as const) : { source: s, re: segmentRegExp(s) }));
  const found = new Set<string>();
  let folders = 0;
  let truncated = false;
  const abs = (p: string): string => path.resolve(cwd, p);

  const readdir = async (dir: string): Promise<Dirent[]> => {
    if (++folders > maxFolders) {
      truncated = true;
      return [];
    }
    try {
      const entries = await fs.readdir(abs(dir || '.'), { withFileTypes: true });
      return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return [];
    }
  };
  const isSystem = (dir: string): boolean => SYSTEM_DIRS.includes(abs(dir));

  const walk = async (dir: string, i: number, depth: number): Promise<void> => {
    if (truncated || depth > MAX_DEPTH) return;
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (part === '**') {
      if (last) {
        // "drafts/**" alone: every file below.
        await descend(dir, depth, async (sub) => walk(sub, i, depth + 1), async (file) => {
          found.add(file);
        });
        return;
      }
      await walk(dir, i + 1, depth);
      await descend(dir, depth, async (sub) => walk(sub, i, depth + 1));
      return;
    }
    for (const e of await readdir(dir)) {
      if (e.name.startsWith('.') && !part.source.startsWith('.')) continue;
      if (!part.re.test(e.name)) continue;
      const full = dir ? path.join(dir, e.name) : e.name;
      const kind = await kindOf(abs(full), e);
      if (last) {
        if (kind === 'file') found.add(full);
      } else if (kind === 'dir' && !isSystem(full)) await walk(full, i + 1, depth + 1);
    }
  };
  // Real sub-folders (and, with `onFile`, files) of a folder, for "**".
  const descend = async (dir: string, depth: number, onDir: (sub: string) => Promise<void>, onFile?: (file: string) => Promise<void>): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    for (const e of await readdir(dir)) {
      if (e.name.startsWith('.')) continue;
      const full = dir ? path.join(dir, e.name) : e.name;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !isSystem(full)) await onDir(full);
      } else if (onFile && (await kindOf(abs(full), e)) === 'file') await onFile(full);
    }
  };

  if (!parts.length) return { files: [], truncated };
  if (base && (await kindOf(abs(base))) !== 'dir') return { files: [], truncated };
  await walk(base, 0, 0);
  return { files: [...found].sort(), truncated };
}

async function kindOf(file: string, dirent?: Dirent): Promise<'file' | 'dir' | 'other'> {
  if (dirent && !dirent.isSymbolicLink()) return dirent.isFile() ? 'file' : dirent.isDirectory() ? 'dir' : 'other';
  try {
    const st = await fs.stat(file);
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'other';
  }
}
