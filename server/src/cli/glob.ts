/**
 * A small glob matcher for the command line, so that a quoted pattern works the same in every
 * shell: `*` and `?` within a name, `[abc]`/`[!a-z]` classes, `{md,txt}` alternatives (within one
 * path segment), and `**` for any number of folders. As in a shell, `*` does not match a leading
 * dot; `**` does not descend into hidden folders, node_modules, .git or the system trees, nor
 * through links to folders (a loop cannot trap it).
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
const MAX_DEPTH = 32;

/** True when an argument is a pattern rather than a plain path. */
export function hasMagic(arg: string): boolean {
  return /[*?[{]/.test(arg);
}

/** The regular expression of one path segment of a pattern ("*.md" → /^[^/]*\.md$/). */
export function segmentRegExp(segment: string): RegExp {
  return new RegExp(`^${segmentSource(segment)}$`, 'u');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function segmentSource(seg: string): string {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) re += escapeRe(seg[++i]!);
    else if (c === '*') {
      while (seg[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      // A class ends at the first "]" after its first character ("[]a]" holds "]").
      let j = i + 1;
      if (seg[j] === '!' || seg[j] === '^') j++;
      if (seg[j] === ']') j++;
      while (j < seg.length && seg[j] !== ']') j++;
      if (j >= seg.length) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, j);
      let negate = '';
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = '^';
        body = body.slice(1);
      }
      re += `[${negate}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = j;
    } else if (c === '{') {
      const close = matchingBrace(seg, i);
      const alternatives = close < 0 ? [] : splitTopLevel(seg.slice(i + 1, close));
      if (alternatives.length < 2) {
        re += '\\{';
        continue;
      }
      re += `(?:${alternatives.map(segmentSource).join('|')})`;
      i = close;
    } else re += escapeRe(c);
  }
  return re;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

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
