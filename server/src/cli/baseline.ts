/**
 * Baselines for CI: `corroborate baseline --output FILE` records the problems a set of drafts has
 * today, and `corroborate check --baseline FILE` fails only on problems not recorded there.
 *
 * A problem is keyed as an accepted claim is (lsp/accepted.ts): the draft (relative to the
 * baseline file's folder, with forward slashes), the claim's words, its sentence (whitespace
 * collapsed) and the hash of the evidence it was judged on; and its verdict, so that a claim that
 * turns from unsupported into a conflict counts as new. Line numbers are not part of the key: an
 * edit elsewhere in the draft leaves the baseline valid. A key recorded n times tolerates n claims.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { ClaimCode, Verdict } from '../core';

export const BASELINE_VERSION = 1;

/** A baseline larger than this is refused (a hundred thousand problems take about 30 MB). */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export interface BaselineEntry {
  readonly file: string;
  readonly verdict: Verdict;
  readonly code: ClaimCode;
  readonly text: string;
  readonly sentence: string;
  readonly evidenceHash: string;
}

export class BaselineError extends Error {}

/** The draft as a baseline names it: relative to the baseline's folder, with forward slashes. */
export function baselineFile(baseline: string, draft: string): string {
  const rel = path.relative(path.dirname(baseline), path.resolve(draft));
  return (rel || path.basename(draft)).split(path.sep).join('/');
}

function key(e: Omit<BaselineEntry, 'code'>): string {
  return [e.file, e.verdict, e.text, e.sentence, e.evidenceHash].join('\0');
}

/** The problems of a baseline, each tolerated as many times as it is recorded. */
export class Baseline {
  private readonly left = new Map<string, number>();

  constructor(entries: readonly BaselineEntry[]) {
    for (const e of entries) this.left.set(key(e), (this.left.get(key(e)) ?? 0) + 1);
  }

  /** Whether the problem is in the baseline; each recorded problem matches one claim only. */
  take(e: Omit<BaselineEntry, 'code'>): boolean {
    const k = key(e);
    const n = this.left.get(k) ?? 0;
    if (n <= 0) return false;
    this.left.set(k, n - 1);
    return true;
  }
}

/** Reads a baseline; BaselineError says why it cannot be used. */
export async function readBaseline(file: string): Promise<BaselineEntry[]> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(code === 'ENOENT' ? 'baseline not found (write one with `corroborate baseline --output FILE DRAFT...`)' : `baseline could not be read (${code ?? String(e)})`);
  }
  let text: string;
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new BaselineError('the baseline is not a regular file');
    if (st.size > MAX_BASELINE_BYTES) throw new BaselineError(`the baseline is too large (${st.size} bytes; at most ${MAX_BASELINE_BYTES})`);
    text = (await handle.readFile()).toString('utf8');
  } catch (e) {
    if (e instanceof BaselineError) throw e;
    throw new BaselineError(`baseline could not be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    await handle.close();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`the baseline is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const r = raw as { version?: unknown; problems?: unknown } | null;
  if (!r || typeof r !== 'object' || r.version !== BASELINE_VERSION || !Array.isArray(r.problems)) {
    throw new BaselineError(`the baseline is not a corroborate baseline of version ${BASELINE_VERSION} ({ "version": 1, "problems": [...] })`);
  }
  return r.problems.map((p: unknown, i: number): BaselineEntry => {
    const e = p as Record<string, unknown> | null;
    const str = (k: string): string => {
      const v = e?.[k];
      if (typeof v !== 'string') throw new BaselineError(`the baseline's problem ${i + 1} has no "${k}" string`);
      return v;
    };
    return { file: str('file'), verdict: str('verdict') as Verdict, code: str('code') as ClaimCode, text: str('text'), sentence: str('sentence'), evidenceHash: str('evidenceHash') };
  });
}

/** Writes a baseline (entries sorted, so that the same problems give the same file), atomically. */
export async function writeBaseline(file: string, entries: readonly BaselineEntry[]): Promise<void> {
  const sorted = [...entries].sort((a, b) => {
    for (const k of ['file', 'sentence', 'text', 'verdict', 'evidenceHash'] as const) {
      if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    }
    return 0;
  });
  const body = `${JSON.stringify({ version: BASELINE_VERSION, problems: sorted.map((e) => ({ file: e.file, verdict: e.verdict, code: e.code, text: e.text, sentence: e.sentence, evidenceHash: e.evidenceHash })) }, null, 2)}\n`;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, body, 'utf8');
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw new BaselineError(`could not write the baseline ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}
