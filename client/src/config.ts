/**
 * Typed access to the `corroborate.*` settings on the client side. The server reads the analysis
 * settings itself (workspace/configuration, validated by `settingsFrom`); the client only needs the
 * few that shape the client: which languages to attach to, and which keys need a restart.
 */
import * as vscode from 'vscode';
import { type Settings, settingsFrom } from '../../server/src/lsp/protocol';

export const SECTION = 'corroborate';

/**
 * Settings the running client cannot pick up by itself: the document selector is fixed when the
 * LanguageClient is created, so a change to these needs a server restart (rust-analyzer keeps the
 * same kind of list in `requiresServerReloadOpts`).
 */
export const RESTART_SETTINGS: readonly string[] = [`${SECTION}.languages`];

/** The validated settings for a resource (or the window, when none is given). */
export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  // Rebuild the nested shape `settingsFrom` expects from the dotted keys VS Code stores.
  return settingsFrom({
    corpus: { paths: cfg.get('corpus.paths') },
    languages: cfg.get('languages'),
    severity: {
      conflict: cfg.get('severity.conflict'),
      disputed: cfg.get('severity.disputed'),
      unsupported: cfg.get('severity.unsupported'),
      misattributed: cfg.get('severity.misattributed'),
      inconsistent: cfg.get('severity.inconsistent'),
    },
    checkQuotes: cfg.get('checkQuotes'),
    maxNumberOfProblems: cfg.get('maxNumberOfProblems'),
    maxDocumentSize: cfg.get('maxDocumentSize'),
  });
}

/** The keys of the `corroborate` section the server reads. */
const SERVER_KEYS = ['corpus.paths', 'languages', 'severity.conflict', 'severity.disputed', 'severity.unsupported', 'checkQuotes', 'maxNumberOfProblems', 'maxDocumentSize'];

/**
 * The `corroborate` section as the server is sent it: only the settings a user, workspace or
 * folder set, nested ({ severity: { conflict } }). What is left out, the project configuration
 * (`.corroborate.yaml`) or the defaults decide: VS Code settings win over the file only where they
 * are set.
 */
export function explicitSection(scope?: vscode.ConfigurationScope): Record<string, unknown> {
  const cfg = vscode.workspace.getConfiguration(SECTION, scope ?? null);
  const out: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    const i = cfg.inspect(key);
    if (!i) continue;
    const value =
      i.workspaceFolderLanguageValue ?? i.workspaceLanguageValue ?? i.globalLanguageValue ?? i.workspaceFolderValue ?? i.workspaceValue ?? i.globalValue;
    if (value === undefined) continue;
    const parts = key.split('.');
    let at = out;
    for (const part of parts.slice(0, -1)) at = (at[part] ??= {}) as Record<string, unknown>;
    at[parts[parts.length - 1]!] = value;
  }
  return out;
}

/** Language ids the client attaches to (window-level: the selector is shared by every folder). */
export function languages(): readonly string[] {
  return readSettings().languages;
}

/** Whether a configuration change touches a setting that only takes effect after a restart. */
export function needsRestart(e: vscode.ConfigurationChangeEvent): boolean {
  return RESTART_SETTINGS.some((key) => e.affectsConfiguration(key));
}

/** Whether a document is one the client hands to the server (the selector's languages and schemes). */
export function isCheckable(document: vscode.TextDocument, langs: readonly string[]): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && langs.includes(document.languageId);
}
