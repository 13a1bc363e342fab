/**
 * The drafts a command line names: files as given, every draft below a folder, the files a quoted
 * pattern matches, and `-` for standard input.
 */
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { FsCorpusReader } from '../node/fsReader';
import { expandGlob, hasMagic } from './glob';

/** What a folder or a pattern contributes: drafts, not images or data. */
export const DRAFT_FILE = /\.(?:md|markdown|txt)$/i;
const DRAFT_KINDS = '.md, .markdown or .txt';

export type DraftInput =
  /** `explicit`: named on the command line itself, not found in a folder or by a pattern. */
  | { readonly kind: 'file'; readonly path: string; readonly explicit?: true }
  /** `name` is what reports call it; `path` the file it stands for, with --stdin-filename. */
  | { readonly kind: 'stdin'; readonly name: string; readonly path?: string };

/** An argument that gave nothing to check, and why. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface Inputs {
  readonly drafts: DraftInput[];
  readonly problems: InputProblem[];
  readonly warnings: string[];
}

export interface InputOptions {
  readonly stdinFilename?: string;
  readonly cwd?: string;
}

export async function expandInputs(args: readonly string[], options: InputOptions = {}): Promise<Inputs> {
  const cwd = options.cwd ?? process.cwd();
  const drafts: DraftInput[] = [];
  const problems: InputProblem[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit = false): void => {
    const key = path.resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    drafts.push(explicit ? { kind: 'file', path: file, explicit: true } : { kind: 'file', path: file });
  };
  for (const arg of args) {
    if (arg === '-') {
      const name = options.stdinFilename;
      drafts.push(name === undefined ? { kind: 'stdin', name: '<stdin>' } : { kind: 'stdin', name, path: path.resolve(cwd, name) });
      continue;
    }
    let st: Stats | undefined;
    let code: string | undefined;
    try {
      st = await fs.stat(path.resolve(cwd, arg));
    } catch (e) {
      code = (e as NodeJS.ErrnoException).code;
    }
    if (!st && hasMagic(arg)) {
      const { files, truncated } = await expandGlob(arg, { cwd });
      if (truncated) warnings.push(`${arg}: the pattern reaches too many folders; only part of them was searched`);
      const wanted = files.filter((f) => DRAFT_FILE.test(f));
      if (!wanted.length) problems.push({ path: arg, message: files.length ? `the pattern matches no ${DRAFT_KINDS} file` : 'no file matches this pattern' });
      for (const f of wanted) add(f);
      continue;
    }
    if (st?.isDirectory()) {
      const reader = new FsCorpusReader([arg]);
      const entries = (await reader.list()).filter((e) => DRAFT_FILE.test(e.path));
      warnings.push(...reader.warnings);
      if (!entries.length) problems.push({ path: arg, message: `no ${DRAFT_KINDS} file in this folder` });
      for (const e of entries) add(e.path);
      continue;
    }
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      problems.push({ path: arg, message: 'file not found' });
      continue;
    }
    // Anything else (a FIFO, a file that cannot be read) is named when it is read.
    add(arg, true);
  }
  return { drafts, problems, warnings };
}
