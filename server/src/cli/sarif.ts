/** SARIF 2.1.0 output, for code-scanning tools: built whole (`toSarif`) or a result at a time. */
import type { ClaimResult } from '../core';

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

/** The SARIF results of a claim: its verdict's unless it is supported, then one for a misattribution and one for an inconsistency. */
export function sarifResults(file: string, c: ClaimResult): object[] {
  const out: object[] = [];
  const verdict = sarifResult(file, c);
  if (verdict) out.push(verdict);
  const extra = (id: 'misattributed' | 'inconsistent', text: string, related: object[]): void => {
    out.push({ ...sarifFinding(file, c, id, text), relatedLocations: related });
  };
  if (c.codes.includes('misattributed') && c.attribution) {
    extra('misattributed', c.attribution.message, c.attribution.evidence.map((e, i) => ({ id: i, message: { text: `${e.relation}: ${e.text}` }, physicalLocation: { artifactLocation: { uri: toUri(e.file) }, region: { startLine: e.line, startColumn: e.character + 1 } } })));
  }
  if (c.codes.includes('inconsistent') && c.inconsistent) {
    extra('inconsistent', c.inconsistent.message, c.inconsistent.others.map((o, i) => ({ id: i, message: { text: `also: ${o.text}` }, physicalLocation: { artifactLocation: { uri: toUri(file) }, region: { startLine: o.range.start.line + 1, startColumn: o.range.start.character + 1 } } })));
  }
  return out;
}

/** The SARIF result of a claim's verdict; undefined for a supported claim, which is no finding. */
export function sarifResult(file: string, c: ClaimResult): object | undefined {
  if (c.verdict === 'supported') return undefined;
  return sarifFinding(file, c, c.verdict, c.message);
}

function sarifFinding(file: string, c: ClaimResult, id: (typeof RULES)[number]['id'], text: string): object {
  const ruleIndex = RULES.findIndex((x) => x.id === id);
  return {
    ruleId: id,
    ruleIndex,
    level: RULES[ruleIndex]!.level,
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
    relatedLocations: c.evidence.map((e, i) => ({
      id: i,
      message: { text: `${e.relation}: ${e.text}` },
      physicalLocation: { artifactLocation: { uri: toUri(e.file) }, region: { startLine: e.line, startColumn: e.character + 1 } },
    })),
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
