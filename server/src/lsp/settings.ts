/**
 * Per-resource settings, pulled with `workspace/configuration` (scopeUri = a document or a
 * workspace folder) and cached as promises per URI, as vscode-eslint and the LSP sample do.
 * Nothing is kept in globals: a client without `workspace/configuration` gets the settings it
 * last pushed with `workspace/didChangeConfiguration`, else the defaults.
 */
import { defaultSettings, settingsFrom, type Settings } from './protocol';

export interface ConfigurationSource {
  /** Asks the client for the `corroborate` section for one scope. */
  fetch(scopeUri: string | undefined): Promise<unknown>;
}

export interface SettingsLog {
  error(message: string): void;
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = defaultSettings;

  constructor(
    private readonly source: ConfigurationSource | undefined,
    private readonly log: SettingsLog,
  ) {}

  /** The settings that apply to a document or folder URI (undefined: the window scope). */
  get(scopeUri: string | undefined): Promise<Settings> {
    if (!this.source) return Promise.resolve(this.pushed);
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.source.fetch(scopeUri).then(
        // Some clients (Neovim) send an empty section as [] rather than {}.
        (raw) => settingsFrom(Array.isArray(raw) ? undefined : raw),
        (e: unknown) => {
          this.log.error(`corroborate: could not read settings for ${key || 'the window'}: ${e instanceof Error ? e.message : String(e)}`);
          return defaultSettings;
        },
      );
      this.cache.set(key, settings);
    }
    return settings;
  }

  /** Forgets one URI's settings (the document was closed). */
  drop(uri: string): void {
    this.cache.delete(uri);
  }

  /** Forgets everything (the configuration changed). `pushed` is the raw section, if the client sent one. */
  changed(pushed?: unknown): void {
    this.cache.clear();
    if (!this.source && pushed !== undefined) this.pushed = settingsFrom(pushed);
  }
}
