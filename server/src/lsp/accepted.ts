/**
 * "Accept as checked": `<workspaceFolder>/.corroborate/accepted.json`, a file meant to be
 * committed with the drafts. Pretty JSON, entries sorted, keys in a fixed order, so that
 * accepting the same claim twice changes nothing and diffs stay small.
 *
 * An acceptance belongs to one draft: its `file` (relative to the workspace folder) is part of
 * the key. Entries without a `file` (written by hand) apply to every draft of the folder.
 *
 * The file is read only when it is a regular file (or a symbolic link to one) of at most
 * MAX_ACCEPTED_BYTES: a FIFO would block the read forever, a device such as /dev/zero would
 * never end.
 */
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { AcceptedClaim } from './protocol';

export const ACCEPTED_FILE = path.join('.corroborate', 'accepted.json');

/** accepted.json larger than this is not read (a few thousand acceptances take a few hundred KB). */
export const MAX_ACCEPTED_BYTES = 1024 * 1024;

interface Lookup {
  /** file \0 text \0 sentence \0 hash, for entries that name their sentence. */
  readonly exact: ReadonlySet<string>;
  /** file \0 text \0 hash, for entries without a sentence (written by hand or by older versions). */
  readonly loose: ReadonlySet<string>;
}

/** The file key of entries that name no draft: they apply to every draft of the folder. */
const ANY_FILE = '\u0001any';

export interface AcceptedLog {
  info(message: string): void;
  warn(message: string): void;
  /** Tells the user (window/showMessage): the file is unusable and acceptances are ignored. */
  warnUser?(message: string): void;
}

interface Contents {
  readonly entries: AcceptedClaim[];
  readonly lookup: Lookup;
  /** Why the file cannot be used (unparsable, not a regular file, too large); undefined when it can. */
  readonly problem: string | undefined;
}

export type AcceptResult = { readonly accepted: true } | { readonly accepted: false; readonly reason: string };

export class AcceptedStore {
  private readonly cache = new Map<string, Promise<Contents>>();
  private readonly writes = new Map<string, Promise<unknown>>();

  constructor(private readonly log: AcceptedLog) {}

  /**
   * A lookup function for the claims of one draft (one read). `file` is the draft relative to the
   * folder, with forward slashes (undefined: only entries that name no draft apply).
   */
  async matcher(folder: string, file: string | undefined): Promise<(text: string, sentence: string, evidenceHash: string) => boolean> {
    const { lookup } = await this.read(folder);
    if (!lookup.exact.size && !lookup.loose.size) return () => false;
    const files = file === undefined ? [ANY_FILE] : [file, ANY_FILE];
    return (text, sentence, hash) =>
      files.some((f) => lookup.exact.has(`${f}\0${text}\0${sentence}\0${hash}`) || lookup.loose.has(`${f}\0${text}\0${hash}`));
  }

  /** Records a claim. Writes nothing, and says why, if the existing file cannot be used. */
  accept(folder: string, claim: Omit<AcceptedClaim, 'acceptedAt'>, now: Date): Promise<AcceptResult> {
    const previous = this.writes.get(folder) ?? Promise.resolve();
    const job = previous.then(async (): Promise<AcceptResult> => {
      this.cache.delete(folder);
      const current = await this.read(folder);
      if (current.problem !== undefined) return { accepted: false, reason: current.problem };
      const same = (e: AcceptedClaim): boolean =>
        e.text === claim.text && (e.sentence ?? '') === (claim.sentence ?? '') && e.evidenceHash === claim.evidenceHash && e.file === claim.file;
      if (current.entries.some(same)) return { accepted: true };
      const entries = [...current.entries, { ...claim, acceptedAt: now.toISOString() }];
      const file = path.join(folder, ACCEPTED_FILE);
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await fs.writeFile(tmp, serialise(entries), 'utf8');
        await fs.rename(tmp, file);
      } catch (e) {
        return { accepted: false, reason: `it could not be written (${e instanceof Error ? e.message : String(e)})` };
      } finally {
        this.cache.delete(folder);
      }
      return { accepted: true };
    });
    this.writes.set(
      folder,
      job.catch(() => undefined),
    );
    return job;
  }

  /** Forgets what was read (the file changed on disk), for one folder or all. */
  invalidate(folder?: string): void {
    if (folder === undefined) this.cache.clear();
    else this.cache.delete(folder);
  }

  private read(folder: string): Promise<Contents> {
    let r = this.cache.get(folder);
    if (!r) {
      r = this.load(folder);
      this.cache.set(folder, r);
    }
    return r;
  }

  private async load(folder: string): Promise<Contents> {
    const file = path.join(folder, ACCEPTED_FILE);
    let entries: AcceptedClaim[] = [];
    let problem: string | undefined;
    try {
      const text = await readBounded(file, MAX_ACCEPTED_BYTES);
      if (text !== undefined) {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch (e) {
          throw new Unusable(`it is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
        }
        const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { accepted?: unknown }).accepted : undefined;
        if (!Array.isArray(list)) throw new Unusable('it has no "accepted" list');
        entries = list.filter(isAcceptedClaim);
      }
    } catch (e) {
      problem = e instanceof Unusable ? e.message : `it could not be read (${e instanceof Error ? e.message : String(e)})`;
      const message = `Corroborate: ${file} is not used: ${problem}. Accepted claims are ignored and the file is left as it is; fix or delete it to accept claims.`;
      this.log.warn(message);
      this.log.warnUser?.(message);
    }
    const exact = new Set<string>();
    const loose = new Set<string>();
    let anywhere = 0;
    for (const e of entries) {
      const f = e.file ?? ANY_FILE;
      if (e.file === undefined) anywhere++;
      if (e.sentence !== undefined) exact.add(`${f}\0${e.text}\0${e.sentence}\0${e.evidenceHash}`);
      else loose.add(`${f}\0${e.text}\0${e.evidenceHash}`);
    }
    if (anywhere) {
      this.log.info(
        `corroborate: ${anywhere} accepted claim(s) in ${file} name no draft ("file"): they apply to every draft in ${folder}`,
      );
    }
    return { entries, lookup: { exact, loose }, problem };
  }
}

/** A reason the file is not used, worded for the user. */
class Unusable extends Error {}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/**
 * The file's text, or undefined when there is none. Checks the type (following a symbolic link)
 * before opening, so a FIFO or a device is never opened; opens without blocking and checks again
 * on the open handle, in case the path was swapped in between; reads at most `max` + 1 bytes.
 */
export async function readBounded(file: string, max: number): Promise<string | undefined> {
  let st: Stats;
  try {
    st = await fs.stat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  if (!st.isFile()) throw new Unusable(`it is ${kindOf(st)}, not a regular file`);
  if (st.size > max) throw new Unusable(`it is ${st.size} bytes, over the ${max}-byte limit`);
  // O_NONBLOCK: opening a FIFO swapped in after the check must not wait for a writer (no-op for files; absent on Windows).
  const handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new Unusable(`it is ${kindOf(opened)}, not a regular file`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, max + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw new Unusable(`it is over the ${max}-byte limit`);
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

function isAcceptedClaim(v: unknown): v is AcceptedClaim {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o['text'] === 'string' &&
    typeof o['evidenceHash'] === 'string' &&
    (o['file'] === undefined || typeof o['file'] === 'string') &&
    typeof o['acceptedAt'] === 'string' &&
    (o['sentence'] === undefined || typeof o['sentence'] === 'string')
  );
}

/** Stable form: entries sorted by file, text, sentence, hash; keys in alphabetical order. */
export function serialise(entries: readonly AcceptedClaim[]): string {
  const sorted = [...entries].sort(
    (a, b) =>
      cmp(a.file ?? '', b.file ?? '') ||
      cmp(a.text, b.text) ||
      cmp(a.sentence ?? '', b.sentence ?? '') ||
      cmp(a.evidenceHash, b.evidenceHash) ||
      cmp(a.acceptedAt, b.acceptedAt),
  );
  const accepted = sorted.map((e) => ({
    acceptedAt: e.acceptedAt,
    evidenceHash: e.evidenceHash,
    ...(e.file !== undefined ? { file: e.file } : {}),
    ...(e.sentence !== undefined ? { sentence: e.sentence } : {}),
    text: e.text,
  }));
  return `${JSON.stringify({ version: 1, accepted }, null, 2)}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
