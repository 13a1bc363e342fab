/** Claims → LSP diagnostics and the small conversions shared by the features. */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { label, type ClaimResult, type Evidence, type Range } from '../core';
import { DiagnosticCodes, diagnosticHelpUri, type DiagnosticCode, type Settings, type SeveritySetting } from './protocol';
import { linesOf, type Checked } from './checks';
import type { CorpusSet } from './corpora';
import { clip, plainExcerpt } from './excerpt';

export const SOURCE = 'corroborate';

/** Diagnostic and hover messages are clipped to this many characters (they may quote the draft). */
export const MAX_MESSAGE = 1000;

/** What a diagnostic carries back to code actions (`data`): enough to refuse stale requests. */
export interface DiagnosticData {
  readonly version: number;
  readonly claim: number;
  readonly evidenceHash: string;
}

/** The code of a claim's verdict diagnostic (misattributed and inconsistent are diagnostics of their own). */
export function diagnosticCode(c: ClaimResult): DiagnosticCode | undefined {
  switch (c.verdict) {
    case 'conflict':
      return c.kind === 'quote' ? DiagnosticCodes.misquote : DiagnosticCodes.conflict;
    case 'disputed':
      return DiagnosticCodes.disputed;
    case 'unsupported':
      return c.kind === 'quote' ? DiagnosticCodes.unsupportedQuote : DiagnosticCodes.unsupportedFigure;
    default:
      return undefined;
  }
}

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity a verdict gets under the settings; undefined when it is "off" (or supported). */
export function severityOf(c: ClaimResult, settings: Settings): DiagnosticSeverity | undefined {
  if (c.verdict === 'supported') return undefined;
  const s = settings.severity[c.verdict];
  return s === 'off' ? undefined : SEVERITY[s];
}

/** "AFP, 20 Sep 2023": the engine's short citation, for one piece of evidence. */
export function evidenceLabel(e: Evidence): string {
  return label({
    key: '',
    source: {
      id: e.source,
      title: e.title,
      file: e.file,
      ...(e.publisher ? { publisher: e.publisher } : {}),
      ...(e.date ? { date: e.date } : {}),
      ...(e.page ? { format: 'pdf' as const } : e.paragraph ? { format: 'docx' as const } : {}),
    },
    text: e.text,
    line: e.line - 1,
    character: e.character,
    ...(e.page || e.paragraph ? { part: e.page ?? e.paragraph } : {}),
  });
}

export function toDiagnostic(checked: Checked, index: number, severity: DiagnosticSeverity, related: boolean): Diagnostic {
  const c = checked.claims[index]!;
  const code = diagnosticCode(c)!;
  const data: DiagnosticData = { version: checked.version, claim: index, evidenceHash: c.evidenceHash };
  const d: Diagnostic = {
    range: checked.ranges[index]!,
    severity,
    source: SOURCE,
    code,
    codeDescription: { href: diagnosticHelpUri(code) },
    message: messageOf(c.message),
    data,
  };
  if (related && c.evidence.length) {
    const disputed = c.verdict === 'disputed';
    d.relatedInformation = evidenceInfo(checked.set, c.evidence, disputed ? 'disputed' : 'verdict', (e) => {
      const where = checked.set.locate(e);
      const role = disputed ? (e.relation === 'supports' ? ' (supports)' : ' (contradicts)') : '';
      const quote = e.match ? plainExcerpt(e.text, e.match.start, e.match.end) : plainExcerpt(e.text);
      return { location: { uri: where.uri, range: where.match ?? where.sentence }, message: `${evidenceLabel(e)}${role}: ${quote}` };
    });
  }
  return d;
}

/**
 * The related information of a list of evidence, built once per corpus generation and list. The
 * engine hands back the same list for a sentence it has checked before, so a keystroke builds
 * only the evidence of the sentence it changed; what depends on where a claim is in the draft
 * (ranges, `data`) is never kept here. The lists are shared between reports: never mutated.
 */
type InfoRole = 'verdict' | 'disputed' | 'attribution';
const infoCache = new WeakMap<CorpusSet, { generation: number; lists: WeakMap<readonly Evidence[], Partial<Record<InfoRole, DiagnosticRelatedInformation[]>>> }>();
function evidenceInfo(set: CorpusSet, list: readonly Evidence[], role: InfoRole, build: (e: Evidence) => DiagnosticRelatedInformation): DiagnosticRelatedInformation[] {
  let cache = infoCache.get(set);
  if (!cache || cache.generation !== set.generation) infoCache.set(set, (cache = { generation: set.generation, lists: new WeakMap() }));
  let roles = cache.lists.get(list);
  if (!roles) cache.lists.set(list, (roles = {}));
  return (roles[role] ??= list.map(build));
}

/** Messages with whitespace collapsed and clipped, by the engine's message (a keystroke leaves most unchanged). */
const messages = new Map<string, string>();
const MAX_MESSAGES = 20_000;
function messageOf(message: string): string {
  let m = messages.get(message);
  if (m === undefined) {
    m = clip(message.replace(/\s+/g, ' '), MAX_MESSAGE);
    if (messages.size >= MAX_MESSAGES) messages.clear();
    messages.set(message, m);
  }
  return m;
}

/** Index of the claim under an offset (ends inclusive, so a cursor just after a figure finds it). */
export function claimAt(checked: Checked, offset: number): number {
  return checked.claims.findIndex((c) => c.start <= offset && offset <= c.end);
}

/** "12 Mar 2024" for an ISO date, as the engine prints dates; other strings as they are. */
export function formatDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = date.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return date;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return [m[3] ? String(+m[3]) : undefined, m[2] ? months[+m[2] - 1] : undefined, m[1]].filter(Boolean).join(' ');
}

/** A severity setting as an LSP severity; undefined for "off". */
function severityFrom(s: SeveritySetting): DiagnosticSeverity | undefined {
  return s === 'off' ? undefined : SEVERITY[s];
}

/** LSP ranges of offsets in a checked text (CR, LF and CRLF end lines), one TextDocument per check. */
function lspRange(checked: Checked, start: number, end: number): Range {
  const doc = linesOf(checked);
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/**
 * Every diagnostic of a claim, under the settings: its verdict's (unless supported or "off"),
 * `misattributed` when the outlet it is credited to does not bear it out, `inconsistent` when the
 * draft gives its quantity another value elsewhere.
 */
export function claimDiagnostics(checked: Checked, index: number, settings: Settings, related: boolean): Diagnostic[] {
  const c = checked.claims[index]!;
  const out: Diagnostic[] = [];
  const verdict = severityOf(c, settings);
  if (verdict !== undefined) out.push(toDiagnostic(checked, index, verdict, related));
  const data: DiagnosticData = { version: checked.version, claim: index, evidenceHash: c.evidenceHash };
  const extra = (code: DiagnosticCode, severity: DiagnosticSeverity, message: string, info: DiagnosticRelatedInformation[]): Diagnostic => ({
    range: checked.ranges[index]!,
    severity,
    source: SOURCE,
    code,
    codeDescription: { href: diagnosticHelpUri(code) },
    message: messageOf(message),
    data,
    ...(related && info.length ? { relatedInformation: info } : {}),
  });
  const misattributed = severityFrom(settings.severity.misattributed);
  if (misattributed !== undefined && c.attribution && c.codes.includes('misattributed')) {
    const a = c.attribution;
    const info: DiagnosticRelatedInformation[] = [
      { location: { uri: checked.uri, range: lspRange(checked, a.start, a.end) }, message: `Credited here: ${clip(a.text, 200)}` },
      ...evidenceInfo(checked.set, a.evidence, 'attribution', (e): DiagnosticRelatedInformation => {
        const where = checked.set.locate(e);
        const quote = e.match ? plainExcerpt(e.text, e.match.start, e.match.end) : plainExcerpt(e.text);
        return { location: { uri: where.uri, range: where.match ?? where.sentence }, message: `${evidenceLabel(e)} (${e.relation}): ${quote}` };
      }),
    ];
    out.push(extra(DiagnosticCodes.misattributed, misattributed, a.message, info));
  }
  const inconsistent = severityFrom(settings.severity.inconsistent);
  if (inconsistent !== undefined && c.inconsistent && c.codes.includes('inconsistent')) {
    const info: DiagnosticRelatedInformation[] = [
      { location: { uri: checked.uri, range: checked.ranges[index]! }, message: `Here: ${clip(c.text, 200)}` },
      ...c.inconsistent.others.map((o): DiagnosticRelatedInformation => ({ location: { uri: checked.uri, range: lspRange(checked, o.start, o.end) }, message: `Also: ${clip(o.text, 200)}` })),
    ];
    out.push(extra(DiagnosticCodes.inconsistent, inconsistent, c.inconsistent.message, info));
  }
  return out;
}
