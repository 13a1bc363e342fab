/**
 * The project configuration of each workspace folder: the nearest `.corroborate.yaml` (or
 * `.yml`, `.json`) at or above the folder, up to the repository root. Read once per folder and
 * kept until a watched configuration file changes. Its problems are published as diagnostics on
 * the configuration file (and told once in a message), and its valid parts still apply.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configScope, configSearchFolders, findConfig, type ConfigScope, type LoadedConfig } from '../node/projectConfig';
import { SOURCE } from './convert';
import type { Folders } from './folders';
import { pathToUri } from './uris';

export interface ProjectConfigDeps {
  /** Publishes diagnostics for a configuration file (an empty list clears them). */
  readonly publish: (uri: string, diagnostics: Diagnostic[]) => void;
  readonly warnUser: (message: string) => void;
  readonly info: (message: string) => void;
}

export class ProjectConfigs {
  private readonly byFolder = new Map<string, Promise<ConfigScope | undefined>>();
  /** Configuration files with diagnostics published, and the problems last told (to tell each once). */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly folders: Folders,
    private readonly deps: ProjectConfigDeps,
  ) {}

  /** The configuration that applies to a document or folder URI (undefined: none, or the URI is in no folder). */
  forUri(uri: string | undefined): Promise<ConfigScope | undefined> {
    const folder = uri === undefined ? undefined : this.folders.of(uri);
    if (!folder) return Promise.resolve(undefined);
    let p = this.byFolder.get(folder.path);
    if (!p) {
      p = findConfig(folder.path).then(
        (loaded) => {
          if (loaded) this.report(loaded);
          return loaded ? configScope(loaded) : undefined;
        },
        () => undefined,
      );
      this.byFolder.set(folder.path, p);
    }
    return p;
  }

  /** The folders whose configuration files are watched: each workspace folder and those above it, up to the one that decides. */
  watchedFolders(): string[] {
    return [...new Set(this.folders.all().flatMap((f) => configSearchFolders(f.path)))].sort();
  }

  /** Forgets every configuration (one changed on disk); diagnostics of files that are gone are cleared when re-read. */
  invalidate(): void {
    this.byFolder.clear();
    for (const uri of [...this.published.keys()]) {
      this.deps.publish(uri, []);
      this.published.delete(uri);
    }
  }

  private report(loaded: LoadedConfig): void {
    const uri = pathToUri(loaded.file);
    const told = JSON.stringify(loaded.problems);
    if (this.published.get(uri) === told) return;
    this.published.set(uri, told);
    if (!loaded.problems.length) {
      this.deps.publish(uri, []);
      this.deps.info(`corroborate: using the configuration ${loaded.file}`);
      return;
    }
    this.deps.publish(uri, diagnostics(loaded));
    const first = loaded.problems[0]!;
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : '';
    this.deps.warnUser(`Corroborate: ${loaded.file}:${first.line}: ${first.message}${more}. The rest of the configuration applies.`);
  }
}

/** The problems as diagnostics, with ranges in the file's text as the editor counts lines. */
function diagnostics(loaded: LoadedConfig): Diagnostic[] {
  const text = loaded.text ?? '';
  const doc = TextDocument.create(pathToUri(loaded.file), 'yaml', 0, text);
  return loaded.problems.map((p) => {
    const start = Math.min(p.start, text.length);
    const end = Math.max(start, Math.min(p.end, text.length));
    const range = { start: doc.positionAt(start), end: doc.positionAt(end === start && start < text.length ? start + 1 : end) };
    return { range, severity: DiagnosticSeverity.Error, source: SOURCE, message: p.message };
  });
}
