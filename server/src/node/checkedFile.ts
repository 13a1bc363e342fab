/**
 * The cache files kept beside the index cache (the word memo, the file cache) share one format: a
 * header line `<magic> <key> <sha1 of the payload>`, then the payload. A file that is not regular,
 * not of that kind or damaged is ignored with a warning; one written under another key (another
 * build, other data) is ignored silently. Writing replaces the file atomically.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';

export interface CheckedFile {
  readonly file: string;
  readonly magic: string;
  /** What the file is, for the warnings: "word memo", "file cache". */
  readonly what: string;
  readonly warn: (message: string) => void;
}

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

/** The payload of a file's bytes when their header has the file's magic, this key and the payload's SHA-1. */
function verified(f: CheckedFile, key: string, bytes: Buffer): Buffer | undefined {
  const nl = bytes.indexOf(10);
  const header = nl > 0 && nl < 200 ? bytes.subarray(0, nl).toString('latin1').split(' ') : [];
  if (header.length !== 3 || header[0] !== f.magic) {
    f.warn(`${f.file} is not a ${f.what}; rebuilding it`);
    return undefined;
  }
  if (header[1] !== key) return undefined; // another build or other data: rebuilt silently
  const payload = bytes.subarray(nl + 1);
  if (createHash('sha1').update(payload).digest('hex') !== header[2]) {
    f.warn(`the ${f.what} ${f.file} is damaged or truncated; rebuilding it`);
    return undefined;
  }
  return payload;
}

function unreadable(f: CheckedFile, e: unknown): undefined {
  if ((e as NodeJS.ErrnoException).code !== 'ENOENT') f.warn(`cannot read the ${f.what} ${f.file} (${codeOf(e)}); rebuilding it`);
  return undefined;
}

function notRegular(f: CheckedFile): undefined {
  f.warn(`${f.what} ${f.file} is not a regular file; ignoring it`);
  return undefined;
}

/** The checked payload of the file, or undefined (missing, unreadable, foreign, of another key, damaged). */
export async function readChecked(f: CheckedFile, key: string): Promise<Buffer | undefined> {
  try {
    if (!(await fsp.stat(f.file)).isFile()) return notRegular(f);
    return verified(f, key, await fsp.readFile(f.file));
  } catch (e) {
    return unreadable(f, e);
  }
}

/** `readChecked`, for a caller that cannot wait. */
export function readCheckedSync(f: CheckedFile, key: string): Buffer | undefined {
  try {
    if (!fs.statSync(f.file).isFile()) return notRegular(f);
    return verified(f, key, fs.readFileSync(f.file));
  } catch (e) {
    return unreadable(f, e);
  }
}

/** Writes the payload under this key, replacing the file atomically. Whether it was written; a failure only warns. */
export async function writeChecked(f: CheckedFile, key: string, payload: Uint8Array): Promise<boolean> {
  const header = `${f.magic} ${key} ${createHash('sha1').update(payload).digest('hex')}\n`;
  const tmp = `${f.file}.${process.pid}.tmp`;
  try {
    await fsp.mkdir(path.dirname(f.file), { recursive: true });
    await fsp.writeFile(tmp, Buffer.concat([Buffer.from(header, 'latin1'), payload]), { mode: 0o600 });
    await fsp.rename(tmp, f.file);
    return true;
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    f.warn(`cannot write the ${f.what} ${f.file} (${codeOf(e)})`);
    return false;
  }
}
