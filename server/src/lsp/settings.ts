/**
 * Per-resource settings, pulled with `workspace/configuration` (scopeUri = a document or a
 * workspace folder) and cached as promises per URI, as vscode-eslint and the LSP sample do.
 * Nothing is kept in globals: a client without `workspace/configuration` gets the settings it
 * last pushed with `workspace/didChangeConfiguration`, else the defaults.
 *
 * The editor's settings are layered over the project configuration (`.corroborate.yaml`): a
 * setting the client sends wins, the configuration file fills what it does not send, the
 * defaults the rest. (The VS Code extension sends only the settings a user or workspace set.)
 */
import type { ConfigScope } from '../node/projectConfig';
import { defaultSettings, settingsFrom, type Settings } from './protocol';

export interface ConfigurationSource {
  /** Asks the client for the `corroborate` section for one scope. */
  fetch(scopeUri: string | undefined): Promise<unknown>;
}

export interface SettingsLog {
  error(message: string): void;
}

/** The settings that apply to a document, with the project configuration they came from (if any). */
export interface EffectiveSettings extends Settings {
  readonly project?: ConfigScope;
}

/** The project configuration of a document or folder URI. */
export type ProjectSource = (scopeUri: string | undefined) => Promise<ConfigScope | undefined>;

type Severity = Settings['severity'];

/** The settings a raw `corroborate` section sets itself (valid ones only); the rest is undefined. */
export interface ExplicitSettings {
  readonly full: Settings;
  readonly corpusPaths?: readonly string[];
  readonly severity: Partial<Severity>;
  readonly checkQuotes?: boolean;
}

export function explicitSettings(raw: unknown): ExplicitSettings {
  const r = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const full = settingsFrom(r);
  const corpus = (r['corpus'] && typeof r['corpus'] === 'object' ? r['corpus'] : {}) as Record<string, unknown>;
  const sev = (r['severity'] && typeof r['severity'] === 'object' ? r['severity'] : {}) as Record<string, unknown>;
  const severity: { -readonly [K in keyof Severity]?: Severity[K] } = {};
  // A value the validation kept as it was is one the client set (an invalid one fell back to the default).
  for (const k of ['conflict', 'disputed', 'unsupported', 'misattributed', 'inconsistent'] as const) if (sev[k] !== undefined && full.severity[k] === sev[k]) severity[k] = full.severity[k];
  return {
    full,
    // An empty list is the default "not set": the configuration's corpus (or the usual fallbacks) applies.
    ...(Array.isArray(corpus['paths']) && full.corpusPaths.length ? { corpusPaths: full.corpusPaths } : {}),
    severity,
    ...(typeof r['checkQuotes'] === 'boolean' ? { checkQuotes: r['checkQuotes'] } : {}),
  };
}

/** Client settings over the project configuration over the defaults. */
export function layered(explicit: ExplicitSettings, project: ConfigScope | undefined): EffectiveSettings {
  const c = project?.loaded.config;
  return {
    ...explicit.full,
    corpusPaths: explicit.corpusPaths ?? (project?.corpus.length ? project.corpus : defaultSettings.corpusPaths),
    severity: {
      conflict: explicit.severity.conflict ?? c?.severity?.conflict ?? defaultSettings.severity.conflict,
      disputed: explicit.severity.disputed ?? c?.severity?.disputed ?? defaultSettings.severity.disputed,
      unsupported: explicit.severity.unsupported ?? c?.severity?.unsupported ?? defaultSettings.severity.unsupported,
      // Credits and consistency are set in the editor only.
      misattributed: explicit.severity.misattributed ?? defaultSettings.severity.misattributed,
      inconsistent: explicit.severity.inconsistent ?? defaultSettings.severity.inconsistent,
    },
    checkQuotes: explicit.checkQuotes ?? c?.checkQuotes ?? defaultSettings.checkQuotes,
    ...(project ? { project } : {}),
  };
}

export class SettingsStore {
  private readonly cache = new Map<string, Promise<EffectiveSettings>>();
  private pushed: ExplicitSettings = explicitSettings(undefined);

  constructor(
    private readonly source: ConfigurationSource | undefined,
    private readonly log: SettingsLog,
    private readonly projectFor: ProjectSource = () => Promise.resolve(undefined),
  ) {}

  /** The settings that apply to a document or folder URI (undefined: the window scope). */
  get(scopeUri: string | undefined): Promise<EffectiveSettings> {
    const key = scopeUri ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      const project = this.projectFor(scopeUri).catch(() => undefined);
      const explicit: Promise<ExplicitSettings> = this.source
        ? this.source.fetch(scopeUri).then(
            // Some clients (Neovim) send an empty section as [] rather than {}.
            (raw) => explicitSettings(Array.isArray(raw) ? undefined : raw),
            (e: unknown) => {
              this.log.error(`corroborate: could not read settings for ${key || 'the window'}: ${e instanceof Error ? e.message : String(e)}`);
              return explicitSettings(undefined);
            },
          )
        : Promise.resolve(this.pushed);
      settings = Promise.all([explicit, project]).then(([e, p]) => layered(e, p));
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
    if (!this.source && pushed !== undefined) this.pushed = explicitSettings(pushed);
  }
}
