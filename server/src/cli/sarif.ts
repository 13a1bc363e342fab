/** SARIF 2.1.0 output, for code-scanning tools: built whole (`toSarif`) or a result at a time. */
import type { ClaimResult, ConfigSeverity, SeverityVerdict } from '../core';

export interface FileReport {
  path: string;
  claims: ClaimResult[];
}

/** A draft that could not be checked, or not to the end. */
export interface RunProblem {
  readonly path: string;
  readonly message: string;
}

const RULES = [
  { id: 'conflict', level: 'error', text: 'The sources give another value for this figure, or other words for this quote.' },
  { id: 'disputed', level: 'warning', text: 'The sources disagree among themselves about this figure.' },
  { id: 'unsupported', level: 'warning', text: 'No source states this figure or quote.' },
  { id: 'misattributed', level: 'warning', text: 'The draft credits this claim to an outlet whose sources do not state it.' },
  { id: 'inconsistent', level: 'warning', text: 'The draft gives this quantity another value elsewhere.' },
] as const;

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The tool description of a run. */
export function sarifTool(version: string): object {
  return {
    driver: {
      name: 'corroborate',
      version,
      rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text }, defaultConfiguration: { level: r.level } })),
    },
  };
}

const SARIF_LEVEL: Readonly<Record<Exclude<ConfigSeverity, 'off'>, string>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A claim as the run reports it: suppressed in the draft, or known to the baseline. */
type MarkedClaim = ClaimResult & { readonly suppressed?: true; readonly inBaseline?: true };
type Levels = Readonly<Record<SeverityVerdict, ConfigSeverity>>;

/**
 * The SARIF results of a claim: its verdict's (none for a supported claim, or a verdict whose
 * severity is `off`), then one for a misattribution and one for an inconsistency.
 */
export function sarifResults(file: string, c: MarkedClaim, levels?: Levels, baseline = false): object[] {
  const out: object[] = [];
  const verdict = sarifResult(file, c, levels, baseline);
  if (verdict) out.push(verdict);
  const extra = (id: 'misattributed' | 'inconsistent', text: string, related: object[]): void => {
    out.push({ ...sarifFinding(file, c, id, text, undefined, baseline), relatedLocations: related });
  };
  if (c.codes.includes('misattributed') && c.attribution) {
    extra('misattributed', c.attribution.message, c.attribution.evidence.map((e, i) => ({ id: i, message: { text: `${e.relation}: ${e.text}` }, physicalLocation: { artifactLocation: { uri: toUri(e.file) }, region: { startLine: e.line, startColumn: e.character + 1 } } })));
  }
  if (c.codes.includes('inconsistent') && c.inconsistent) {
    extra('inconsistent', c.inconsistent.message, c.inconsistent.others.map((o, i) => ({ id: i, message: { text: `also: ${o.text}` }, physicalLocation: { artifactLocation: { uri: toUri(file) }, region: { startLine: o.range.start.line + 1, startColumn: o.range.start.character + 1 } } })));
  }
  return out;
}

/**
 * The SARIF result of a claim's verdict; undefined for a supported claim, which is no finding, and
 * for a verdict whose severity is `off`. A claim suppressed in the draft carries an in-source
 * suppression; with a baseline, each result says whether it is `new` or `unchanged`.
 */
export function sarifResult(file: string, c: MarkedClaim, levels?: Levels, baseline = false): object | undefined {
  if (c.verdict === 'supported') return undefined;
  const configured = levels?.[c.verdict];
  if (configured === 'off') return undefined;
  return sarifFinding(file, c, c.verdict, c.message, configured, baseline);
}

function sarifFinding(file: string, c: MarkedClaim, id: (typeof RULES)[number]['id'], text: string, configured: Exclude<ConfigSeverity, 'off'> | undefined, baseline: boolean): object {
  const ruleIndex = RULES.findIndex((x) => x.id === id);
  return {
    ruleId: id,
    ruleIndex,
    level: configured ? SARIF_LEVEL[configured] : RULES[ruleIndex]!.level,
    ...(c.suppressed ? { suppressions: [{ kind: 'inSource' }] } : {}),
    ...(baseline ? { baselineState: c.inBaseline ? 'unchanged' : 'new' } : {}),
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(file) },
          region: {
            startLine: c.range.start.line + 1,
            startColumn: c.range.start.character + 1,
            endLine: c.range.end.line + 1,
            endColumn: c.range.end.character + 1,
            snippet: { text: c.text },
          },
        },
      },
    ],
    relatedLocations: c.evidence.map((e, i) => {
      // A PDF or Word file is not text: its lines are those of the extracted text, so the
      // location names the file and the message its page or paragraph, without a region.
      const part = e.page ? ` (page ${e.page})` : e.paragraph ? ` (paragraph ${e.paragraph})` : '';
      return {
        id: i,
        message: { text: `${e.relation}${part}: ${e.text}` },
        physicalLocation: part ? { artifactLocation: { uri: toUri(e.file) } } : { artifactLocation: { uri: toUri(e.file) }, region: { startLine: e.line, startColumn: e.character + 1 } },
      };
    }),
    partialFingerprints: { 'corroborate/evidence': c.evidenceHash },
  };
}

/** The run's invocation: whether every draft was checked to the end, and what stopped the others. */
export function sarifInvocation(problems: readonly RunProblem[]): object {
  return {
    executionSuccessful: problems.length === 0,
    toolExecutionNotifications: problems.map((p) => ({
      level: 'error',
      message: { text: `${p.path}: ${p.message}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.path) } } }],
    })),
  };
}

export function toSarif(reports: readonly FileReport[], version: string, problems: readonly RunProblem[] = []): object {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: sarifTool(version),
        results: reports.flatMap((r) => r.claims.flatMap((c) => sarifResults(r.path, c))),
        invocations: [sarifInvocation(problems)],
      },
    ],
  };
}

export function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}
