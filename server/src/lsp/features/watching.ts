/**
 * File watching: one dynamic registration for the corpus folders and each folder's
 * `.corroborate/accepted.json`, replaced when the set of corpus roots changes; changes are
 * batched and applied after a quiet period.
 */
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type Disposable, type FileEvent, type FileSystemWatcher } from 'vscode-languageserver';
import { CONFIG_FILES } from '../../core';
import { ACCEPTED_FILE } from '../accepted';
import type { FileChangeKind } from '../corpora';
import { pathToUri, uriToPath } from '../uris';
import type { ServerContext } from './context';

const SOURCE_GLOB = '**/*.{md,markdown,txt,html,htm,xhtml,pdf,docx}';

export function registerFileWatching(connection: Connection, ctx: ServerContext): void {
  const { can, corpora, folders } = ctx;
  let watchRegistration: Disposable | undefined;
  let watchKey = '';
  let configRegistration: Disposable | undefined;
  let configWatchKey = '[]';
  let watchChain: Promise<void> = Promise.resolve();
  ctx.updateWatchers = (): void => {
    if (!can.watchedFilesRegistration) return;
    watchChain = watchChain.then(async () => {
      const watchers: FileSystemWatcher[] = [];
      const under = (dir: string, pattern: string): FileSystemWatcher =>
        can.relativePatterns
          ? { globPattern: { baseUri: pathToUri(dir), pattern } }
          : { globPattern: `${dir.split(path.sep).join('/')}/${pattern}` };
      for (const root of await corpora.watchedRoots()) watchers.push(under(root, SOURCE_GLOB));
      for (const f of folders.all()) watchers.push(under(f.path, ACCEPTED_FILE.split(path.sep).join('/')));
      const key = JSON.stringify(watchers);
      if (key !== watchKey) {
        watchKey = key;
        watchRegistration?.dispose();
        watchRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      }
      // The project configuration, where it is and wherever one would be found instead: a
      // registration of its own, since it changes with the workspace folders, not the corpora.
      const configWatchers = ctx.configs.watchedFolders().map((dir) => under(dir, `{${CONFIG_FILES.join(',')}}`));
      const configKey = JSON.stringify(configWatchers);
      if (configKey !== configWatchKey) {
        configWatchKey = configKey;
        configRegistration?.dispose();
        configRegistration = configWatchers.length ? await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: configWatchers }) : undefined;
      }
    }).catch((e: unknown) => ctx.fail('Registering file watchers', e));
  };

  const pending = new Map<string, FileChangeKind>();
  let flushTimer: NodeJS.Timeout | undefined;
  const flushChanges = async (): Promise<void> => {
    flushTimer = undefined;
    const batch = new Map(pending);
    pending.clear();
    let refresh = false;
    if ([...batch.keys()].some((f) => CONFIG_FILES.includes(path.basename(f)))) {
      // A configuration changed: settings, corpora and the drafts' checks follow it.
      ctx.configs.invalidate();
      ctx.settings.changed();
      await ctx.onSettingsChanged();
      ctx.updateWatchers();
    }
    for (const f of folders.all()) {
      if (batch.has(path.join(f.path, ACCEPTED_FILE))) {
        ctx.accepted.invalidate(f.path);
        refresh = true;
      }
    }
    if (await corpora.fileChanges(batch)) {
      ctx.checks.clear();
      ctx.updateWatchers();
      refresh = true;
    }
    if (refresh) ctx.refreshDiagnostics();
  };

  connection.onDidChangeWatchedFiles((params) => {
    const changes: unknown = (params as { changes?: unknown } | null)?.changes;
    if (!Array.isArray(changes)) return;
    for (const change of changes as FileEvent[]) {
      if (typeof change?.uri !== 'string') continue;
      const file = uriToPath(change.uri);
      if (file === undefined) continue;
      pending.set(file, change.type === FileChangeType.Deleted ? 'deleted' : change.type === FileChangeType.Created ? 'created' : 'changed');
    }
    if (flushTimer) clearTimeout(flushTimer);
    flushTimer = setTimeout(() => {
      flushChanges().catch((e: unknown) => ctx.fail('Re-indexing changed sources', e));
    }, ctx.deps.watchDebounceMs ?? 300);
  });
}
