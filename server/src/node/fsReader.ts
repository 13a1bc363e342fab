/** The corpus reader over the local file system: the only place the engine's input touches `fs`. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { CorpusEntry, CorpusReader } from '../core';

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export class FsCorpusReader implements CorpusReader {
  /** Problems met while listing (unreadable folders); the loader adds its own warnings. */
  readonly warnings: string[] = [];

  constructor(private readonly roots: readonly string[]) {}

  async list(): Promise<CorpusEntry[]> {
    const out: CorpusEntry[] = [];
    for (const root of this.roots) await this.walk(root, root, out, 0);
    return out;
  }

  read(file: string): Promise<Uint8Array> {
    return fs.readFile(file);
  }

  private async walk(root: string, dir: string, out: CorpusEntry[], depth: number): Promise<void> {
    if (depth > 32) return;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      this.warnings.push(`${dir}: could not be listed (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    // The files of a folder are sized together; sub-folders are walked in order after them.
    const files = entries.filter((e) => e.isFile() && !e.name.startsWith('.'));
    const sized = await Promise.all(
      files.map(async (e): Promise<CorpusEntry> => {
        const full = path.join(dir, e.name);
        const name = path.relative(root, full).split(path.sep).join('/');
        try {
          return { path: full, name, size: (await fs.stat(full)).size };
        } catch {
          return { path: full, name };
        }
      }),
    );
    const byName = new Map(files.map((e, i) => [e.name, sized[i]!]));
    for (const e of entries) {
      const file = byName.get(e.name);
      if (file) out.push(file);
      else if (e.isDirectory() && !SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await this.walk(root, path.join(dir, e.name), out, depth + 1);
    }
  }
}
