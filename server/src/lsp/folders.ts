/** The workspace folders, and which one a document belongs to (multi-root: the innermost). */
import type { WorkspaceFolder } from 'vscode-languageserver';
import { isInside, uriToPath } from './uris';

export interface Folder {
  readonly uri: string;
  readonly name: string;
  /** File-system path of the folder. */
  readonly path: string;
}

export class Folders {
  private folders: Folder[] = [];

  set(folders: readonly WorkspaceFolder[]): void {
    const out: Folder[] = [];
    for (const f of folders) {
      const p = uriToPath(f.uri);
      if (p !== undefined && !out.some((o) => o.path === p)) out.push({ uri: f.uri, name: f.name, path: p });
    }
    // Innermost first, so nested folders win.
    this.folders = out.sort((a, b) => b.path.length - a.path.length);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((r) => uriToPath(r.uri)));
    const kept = this.folders.filter((f) => !gone.has(f.path)).map((f) => ({ uri: f.uri, name: f.name }));
    this.set([...kept, ...added]);
  }

  all(): readonly Folder[] {
    return this.folders;
  }

  /** The folder a document is in, or undefined (untitled documents, files outside the workspace). */
  of(uri: string): Folder | undefined {
    const p = uriToPath(uri);
    if (p === undefined) return undefined;
    return this.folders.find((f) => isInside(f.path, p));
  }
}
