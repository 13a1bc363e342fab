/** file:// URIs ↔ paths. The only place the server converts between the two. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a file:// URI; undefined for other schemes (untitled:, vscode-notebook-cell:...). */
export function uriToPath(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return url.protocol === 'file:' ? path.normalize(fileURLToPath(url)) : undefined;
  } catch {
    return undefined;
  }
}

/** A file:// URI for a path, with the characters Markdown link targets trip on percent-encoded too. */
export function pathToUri(file: string): string {
  return pathToFileURL(file)
    .href.replace(/\(/g, '%28')
    .replace(/\)/g, '%29');
}

/** True when `child` is `parent` or below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** `child` relative to `parent` with forward slashes (the form stored in accepted.json). */
export function relativeSlash(parent: string, child: string): string {
  return path.relative(parent, child).split(path.sep).join('/');
}
