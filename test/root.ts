// Where the repository is, for tests that read fixtures or run the built bundles.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root: the nearest folder above this file with Corroborate's package.json. */
export function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'corroborate') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no corroborate package.json above ${__dirname}`);
  }
}

export const ROOT = repoRoot();
