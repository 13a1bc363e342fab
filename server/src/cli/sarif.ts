/** SARIF 2.1.0 output, for code-scanning tools. */
import type { FileReport } from './main';

const RULES = [
  { id: 'conflict', level: 'error', text: 'The sources give another value for this figure, or other words for this quote.' },
  { id: 'disputed', level: 'warning', text: 'The sources disagree among themselves about this figure.' },
  { id: 'unsupported', level: 'warning', text: 'No source states this figure or quote.' },
] as const;

export function toSarif(reports: readonly FileReport[], version: string): object {
  const results = reports.flatMap((r) =>
    r.claims
      .filter((c) => c.verdict !== 'supported')
      .map((c) => ({
        ruleId: c.verdict,
        ruleIndex: RULES.findIndex((x) => x.id === c.verdict),
        level: RULES.find((x) => x.id === c.verdict)!.level,
        message: { text: c.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(r.path) },
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
      })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'corroborate',
            version,
            rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text }, defaultConfiguration: { level: r.level } })),
          },
        },
        results,
      },
    ],
  };
}

function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}
