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
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !e.name.startsWith('.')) await this.walk(root, full, out, depth + 1);
      } else if (e.isFile()) {
        if (e.name.startsWith('.')) continue;
        const name = path.relative(root, full).split(path.sep).join('/');
        try {
          out.push({ path: full, name, size: (await fs.stat(full)).size });
        } catch {
          out.push({ path: full, name });
        }
      }
    }
  }
}
