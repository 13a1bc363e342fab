/**
 * "Accept as checked": `<workspaceFolder>/.corroborate/accepted.json`, a file meant to be
 * committed with the drafts. Pretty JSON, entries sorted, keys in a fixed order, so that
 * accepting the same claim twice changes nothing and diffs stay small.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AcceptedClaim } from './protocol';

export const ACCEPTED_FILE = path.join('.corroborate', 'accepted.json');

interface Lookup {
  /** text \0 sentence \0 hash, for entries that name their sentence. */
  readonly exact: ReadonlySet<string>;
  /** text \0 hash, for entries without a sentence (written by hand or by older versions). */
  readonly loose: ReadonlySet<string>;
}

export interface AcceptedLog {
  warn(message: string): void;
}

export class AcceptedStore {
  private readonly cache = new Map<string, Promise<{ entries: AcceptedClaim[]; lookup: Lookup; broken: boolean }>>();
  private readonly writes = new Map<string, Promise<unknown>>();

  constructor(private readonly log: AcceptedLog) {}

  /** A lookup function for many claims of one draft (one read). */
  async matcher(folder: string): Promise<(text: string, sentence: string, evidenceHash: string) => boolean> {
    const { lookup } = await this.read(folder);
    return (text, sentence, hash) => lookup.exact.has(`${text}\0${sentence}\0${hash}`) || lookup.loose.has(`${text}\0${hash}`);
  }

  /** Records a claim. Resolves to false (and writes nothing) if the existing file cannot be parsed. */
  accept(folder: string, claim: Omit<AcceptedClaim, 'acceptedAt'>, now: Date): Promise<boolean> {
    const previous = this.writes.get(folder) ?? Promise.resolve();
    const job = previous.then(async () => {
      this.cache.delete(folder);
      const current = await this.read(folder);
      if (current.broken) return false;
      const same = (e: AcceptedClaim): boolean =>
        e.text === claim.text && (e.sentence ?? '') === (claim.sentence ?? '') && e.evidenceHash === claim.evidenceHash && e.file === claim.file;
      if (current.entries.some(same)) return true;
      const entries = [...current.entries, { ...claim, acceptedAt: now.toISOString() }];
      const file = path.join(folder, ACCEPTED_FILE);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, serialise(entries), 'utf8');
      await fs.rename(tmp, file);
      this.cache.delete(folder);
      return true;
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

  private read(folder: string): Promise<{ entries: AcceptedClaim[]; lookup: Lookup; broken: boolean }> {
    let r = this.cache.get(folder);
    if (!r) {
      r = this.load(folder);
      this.cache.set(folder, r);
    }
    return r;
  }

  private async load(folder: string): Promise<{ entries: AcceptedClaim[]; lookup: Lookup; broken: boolean }> {
    const file = path.join(folder, ACCEPTED_FILE);
    let entries: AcceptedClaim[] = [];
    let broken = false;
    try {
      const raw: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
      const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? (raw as { accepted?: unknown }).accepted : undefined;
      if (!Array.isArray(list)) throw new Error('no "accepted" list');
      entries = list.filter(isAcceptedClaim);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        broken = true;
        this.log.warn(`corroborate: ${file} could not be read (${e instanceof Error ? e.message : String(e)}); accepted claims are ignored and the file is left as it is`);
      }
    }
    const exact = new Set<string>();
    const loose = new Set<string>();
    for (const e of entries) {
      if (e.sentence !== undefined) exact.add(`${e.text}\0${e.sentence}\0${e.evidenceHash}`);
      else loose.add(`${e.text}\0${e.evidenceHash}`);
    }
    return { entries, lookup: { exact, loose }, broken };
  }
}

function isAcceptedClaim(v: unknown): v is AcceptedClaim {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o['text'] === 'string' &&
    typeof o['evidenceHash'] === 'string' &&
    typeof o['file'] === 'string' &&
    typeof o['acceptedAt'] === 'string' &&
    (o['sentence'] === undefined || typeof o['sentence'] === 'string')
  );
}

/** Stable form: entries sorted by file, text, sentence, hash; keys in alphabetical order. */
export function serialise(entries: readonly AcceptedClaim[]): string {
  const sorted = [...entries].sort(
    (a, b) =>
      cmp(a.file, b.file) || cmp(a.text, b.text) || cmp(a.sentence ?? '', b.sentence ?? '') || cmp(a.evidenceHash, b.evidenceHash) || cmp(a.acceptedAt, b.acceptedAt),
  );
  const accepted = sorted.map((e) => ({
    acceptedAt: e.acceptedAt,
    evidenceHash: e.evidenceHash,
    file: e.file,
    ...(e.sentence !== undefined ? { sentence: e.sentence } : {}),
    text: e.text,
  }));
  return `${JSON.stringify({ version: 1, accepted }, null, 2)}\n`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
