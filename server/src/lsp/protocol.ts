/**
 * What the client and the server say to each other beyond LSP: settings, custom messages and
 * command names. Imports only the protocol package, so the client can import it too.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/** Severity of a verdict's diagnostic, or "off" to hide it. */
export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** `corroborate.*` settings, per resource (workspace folder or document). */
export interface Settings {
  /** Corpus folders; relative paths are resolved against the workspace folder. */
  readonly corpusPaths: readonly string[];
  /** A PostgreSQL archive's connection string (`corroborate.index.database`); empty: none. */
  readonly database: string;
  /** Language ids to check. */
  readonly languages: readonly string[];
  readonly severity: {
    readonly conflict: SeveritySetting;
    readonly disputed: SeveritySetting;
    readonly unsupported: SeveritySetting;
    readonly misattributed: SeveritySetting;
    readonly inconsistent: SeveritySetting;
  };
  readonly checkQuotes: boolean;
  /** Diagnostics reported per document at most (the first ones, in document order). */
  readonly maxNumberOfProblems: number;
  /** Documents larger than this many bytes (UTF-8) are not checked; never more than MAX_DOCUMENT_BYTES. */
  readonly maxDocumentSize: number;
}

/** The largest document the server checks whatever the settings say (the command line's limit too). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const defaultSettings: Settings = {
  corpusPaths: [],
  database: '',
  languages: ['markdown', 'plaintext'],
  severity: { conflict: 'error', disputed: 'warning', unsupported: 'warning', misattributed: 'warning', inconsistent: 'warning' },
  checkQuotes: true,
  maxNumberOfProblems: 1000,
  maxDocumentSize: 2 * 1024 * 1024,
};

const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Validates raw `corroborate` configuration, falling back to defaults field by field. */
export function settingsFrom(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const corpus = (r['corpus'] && typeof r['corpus'] === 'object' ? r['corpus'] : {}) as Record<string, unknown>;
  const index = (r['index'] && typeof r['index'] === 'object' ? r['index'] : {}) as Record<string, unknown>;
  const sev = (r['severity'] && typeof r['severity'] === 'object' ? r['severity'] : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: readonly string[]): readonly string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : d;
  const severity = (v: unknown, d: SeveritySetting): SeveritySetting =>
    typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v) ? (v as SeveritySetting) : d;
  return {
    corpusPaths: strings(corpus['paths'], defaultSettings.corpusPaths),
    database: typeof index['database'] === 'string' ? index['database'].trim() : defaultSettings.database,
    languages: strings(r['languages'], defaultSettings.languages),
    severity: {
      conflict: severity(sev['conflict'], defaultSettings.severity.conflict),
      disputed: severity(sev['disputed'], defaultSettings.severity.disputed),
      unsupported: severity(sev['unsupported'], defaultSettings.severity.unsupported),
      misattributed: severity(sev['misattributed'], defaultSettings.severity.misattributed),
      inconsistent: severity(sev['inconsistent'], defaultSettings.severity.inconsistent),
    },
    checkQuotes: typeof r['checkQuotes'] === 'boolean' ? r['checkQuotes'] : defaultSettings.checkQuotes,
    maxNumberOfProblems: count(r['maxNumberOfProblems'], defaultSettings.maxNumberOfProblems),
    maxDocumentSize: Math.min(MAX_DOCUMENT_BYTES, count(r['maxDocumentSize'], defaultSettings.maxDocumentSize)),
  };
}

/** A positive whole number, else the default. */
function count(v: unknown, d: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : d;
}

/** Stable diagnostic codes; each has a section in the README. */
export const DiagnosticCodes = {
  conflict: 'conflict',
  disputed: 'disputed',
  unsupportedFigure: 'unsupported-figure',
  unsupportedQuote: 'unsupported-quote',
  misquote: 'misquote',
  misattributed: 'misattributed',
  inconsistent: 'inconsistent',
} as const;
export type DiagnosticCode = (typeof DiagnosticCodes)[keyof typeof DiagnosticCodes];

/** Where each diagnostic code is documented: the README section `#diagnostic-<code>`. */
export const DIAGNOSTIC_DOCS_BASE = 'https://github.com/corroborate/corroborate#diagnostic-';

/** The `codeDescription.href` of a diagnostic code. */
export function diagnosticHelpUri(code: DiagnosticCode): string {
  return `${DIAGNOSTIC_DOCS_BASE}${code}`;
}

export interface StatusParams {
  /** `skipped`: the document was not checked (too large); `message` says why. */
  readonly state: 'indexing' | 'ready' | 'error' | 'skipped';
  /** Document the counts are for, when the status follows a check. */
  readonly uri?: string;
  readonly documents?: number;
  readonly sentences?: number;
  readonly claims?: number;
  readonly supported?: number;
  readonly conflicts?: number;
  readonly disputed?: number;
  readonly unsupported?: number;
  /**
   * Diagnostics the check produced, and how many were reported (fewer when
   * corroborate.maxNumberOfProblems cut them; `message` then says so).
   */
  readonly problems?: number;
  readonly shown?: number;
  readonly message?: string;
}

/** Server → client: indexing progress, check results and failures, for the status item. */
export namespace StatusNotification {
  export const method = 'corroborate/status' as const;
  export const type = new NotificationType<StatusParams>(method);
}

/** Client → server: re-read every corpus and re-check open drafts. */
export namespace ReloadCorpusRequest {
  export const method = 'corroborate/reloadCorpus' as const;
  export const type = new RequestType0<{ documents: number; sentences: number }, void>(method);
}

export interface SourceSummary {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  /** file:// URI of the source file; `corroborate-source:` URI of the view of a PDF's or Word file's text. */
  readonly uri: string;
}

/** Client → server: the corpus documents that serve a given draft or workspace folder. */
export namespace ListSourcesRequest {
  export const method = 'corroborate/listSources' as const;
  export const type = new RequestType<{ uri?: string }, SourceSummary[], void>(method);
}

/** URI scheme of the read-only views of the text extracted from PDF and Word sources. */
export const SOURCE_SCHEME = 'corroborate-source';

/**
 * Client → server: the text of a view (a `corroborate-source:` URI), as the editor shows it; null
 * when the URI names no PDF or Word source of a loaded corpus.
 */
export namespace SourceTextRequest {
  export const method = 'corroborate/sourceText' as const;
  export const type = new RequestType<{ uri: string }, string | null, void>(method);
}

/** Commands the server executes (workspace/executeCommand). */
export const ServerCommands = {
  /** Arguments: AcceptClaimArgs. Records the claim in `.corroborate/accepted.json`. */
  acceptClaim: 'corroborate.server.acceptClaim',
} as const;

export interface AcceptClaimArgs {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly evidenceHash: string;
  /**
   * The draft sentence the claim is in (whitespace collapsed). Narrows the acceptance to that
   * sentence: an unsupported claim has no evidence, so its evidenceHash is the same for every
   * unsupported claim and `text` alone ("9") would accept far too much.
   */
  readonly sentence?: string;
}

/** What `.corroborate/accepted.json` holds: `{ "version": 1, "accepted": AcceptedClaim[] }`. */
export interface AcceptedClaim {
  readonly text: string;
  readonly sentence?: string;
  readonly evidenceHash: string;
  /**
   * The draft, relative to the workspace folder, with forward slashes: the acceptance holds for
   * that draft only. Absent (entries written by hand): it holds for every draft of the folder.
   */
  readonly file?: string;
  /** ISO 8601 time of the acceptance. */
  readonly acceptedAt: string;
}

export interface ReportParams {
  /** The draft to report on (an open document). */
  readonly uri: string;
}

export interface ReportResult {
  /** The report page (see server/src/report/html.ts); absent when there is nothing to report, and `message` says why. */
  readonly html?: string;
  /** The document version the report is of. */
  readonly version?: number;
  /** Each claim's range, index for index with the page's `data-claim` numbers. */
  readonly ranges?: readonly { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } }[];
  readonly message?: string;
}

/** Client → server: the fact-check report of an open draft, as a page for a webview (its one script posts `{ type: 'reveal', draft, claim }`). */
export namespace ReportRequest {
  export const method = 'corroborate/report' as const;
  export const type = new RequestType<ReportParams, ReportResult, void>(method);
}
