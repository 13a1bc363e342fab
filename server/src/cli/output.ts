/**
 * The reports of a run, written as the drafts are checked: a claim is formatted, written and
 * forgotten, so the size of a report never has to fit in memory or in one string. JSON and SARIF
 * come out as the same pretty-printed documents `JSON.stringify(report, null, 2)` would give.
 */
import type { ClaimResult, ConfigSeverity, SeverityVerdict } from '../core';
import { SARIF_SCHEMA, sarifInvocation, sarifResults, sarifTool, type RunProblem } from './sarif';

/** A claim as reports carry it: suppressed in the draft, or found in the baseline, when it is. */
export type ReportedClaim = ClaimResult & { readonly suppressed?: true; readonly inBaseline?: true };

/** The severity of each verdict that is not supported (the configuration's `severity`). */
export type Levels = Readonly<Record<SeverityVerdict, ConfigSeverity>>;
export const DEFAULT_LEVELS: Levels = { conflict: 'error', disputed: 'warning', unsupported: 'warning' };

/** Whether a claim is a problem the report lists: not supported, not off, not suppressed, not in the baseline. */
export function listed(c: ReportedClaim, levels: Levels): boolean {
  return c.verdict !== 'supported' && levels[c.verdict] !== 'off' && !c.suppressed && !c.inBaseline;
}

/** Where output goes; a returned promise holds the writer back until the text is taken (backpressure). */
export type Sink = (text: string) => void | Promise<void>;

/** Buffers small writes into pieces of about 64 KB and waits for the sink to take each. */
export class StreamWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly sink: Sink,
    private readonly highWater = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.highWater) await this.flush();
  }

  async flush(): Promise<void> {
    if (!this.size) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.sink(text);
  }
}

export interface Counts {
  supported: number;
  conflict: number;
  disputed: number;
  unsupported: number;
  /** Claims credited to an outlet that does not bear them out, and claims the draft gives another value elsewhere (whatever their verdict). */
  misattributed?: number;
  inconsistent?: number;
}

/** How a draft's check ended, when not at its end. */
export interface Truncation {
  readonly reason: 'timeout' | 'max-claims';
  /** Lines from the top that were checked and reported in full. */
  readonly checkedLines: number;
}

export interface RunSummary {
  readonly counts: Counts;
  readonly files: number;
  readonly sources: number;
  /** Drafts that could not be checked, or not to the end. */
  readonly problems: readonly RunProblem[];
  /** Claims suppressed in the drafts (not in `counts`), and problems found in the baseline (in `counts`). */
  readonly suppressed?: number;
  readonly inBaseline?: number;
}

export interface Reporter {
  /** `text`: the draft, for a report that shows it. */
  startFile(path: string, text?: string): Promise<void>;
  claims(path: string, claims: readonly ReportedClaim[]): Promise<void>;
  endFile(path: string, truncation?: Truncation): Promise<void>;
  /** Ends the report. Nothing at all is written when no draft was started. */
  finish(summary: RunSummary): Promise<void>;
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/** The word a text line gives each severity. */
const LEVEL_WORD: Readonly<Record<Exclude<ConfigSeverity, 'off'>, string>> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

/**
 * One compiler-style line per problem (only errors with `errorsOnly`), then a summary. Suppressed
 * claims, claims in the baseline and verdicts whose severity is `off` are not listed.
 */
export class TextReporter implements Reporter {
  constructor(
    private readonly w: StreamWriter,
    private readonly errorsOnly: boolean,
    private readonly levels: Levels = DEFAULT_LEVELS,
  ) {}

  async startFile(): Promise<void> {}

  async claims(path: string, claims: readonly ReportedClaim[]): Promise<void> {
    for (const c of claims) {
      const { line, character } = c.range.start;
      const at = `${path}:${line + 1}:${character + 1}`;
      if (listed(c, this.levels) && c.verdict !== 'supported') {
        const level = this.levels[c.verdict];
        if (level !== 'off' && !(this.errorsOnly && level !== 'error')) await this.w.write(`${at}: ${LEVEL_WORD[level]}: ${c.message.replace(/\s+/g, ' ')} [${c.verdict}]\n`);
      }
      // Credits and consistency are warnings, left out with --quiet like the others, and with the
      // claim when it is suppressed or known to the baseline.
      if (this.errorsOnly || c.suppressed || c.inBaseline) continue;
      if (c.codes.includes('misattributed') && c.attribution) await this.w.write(`${at}: warning: ${c.attribution.message.replace(/\s+/g, ' ')} [misattributed]\n`);
      if (c.codes.includes('inconsistent') && c.inconsistent) await this.w.write(`${at}: warning: ${c.inconsistent.message.replace(/\s+/g, ' ')} [inconsistent]\n`);
    }
  }

  async endFile(): Promise<void> {}

  async finish(s: RunSummary): Promise<void> {
    if (s.files) await this.w.write(`${summaryLine(s)}\n`);
    await this.w.flush();
  }
}

export function summaryLine(s: RunSummary): string {
  const { counts } = s;
  const total = counts.supported + counts.conflict + counts.disputed + counts.unsupported;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  let line =
    `${plural(total, 'claim')} checked in ${plural(s.files, 'file')} against ${plural(s.sources, 'source')}: ` +
    `${counts.supported} supported, ${counts.conflict} conflict, ${counts.disputed} disputed, ${counts.unsupported} unsupported.`;
  const aside = [s.suppressed ? `${s.suppressed} suppressed` : '', s.inBaseline ? `${s.inBaseline} in the baseline` : ''].filter(Boolean);
  if (aside.length) line = `${line.slice(0, -1)} (${aside.join(', ')}).`;
  if (counts.misattributed || counts.inconsistent) line += ` Also ${counts.misattributed ?? 0} misattributed, ${counts.inconsistent ?? 0} inconsistent.`;
  if (s.problems.length) line += ` ${plural(s.problems.length, 'file')} could not be checked in full (see above).`;
  return line;
}

/** The documented JSON report, every claim included; a draft cut short says so in `truncated`. */
export class JsonReporter implements Reporter {
  private started = false;
  private firstFile = true;
  private firstClaim = true;

  constructor(
    private readonly w: StreamWriter,
    private readonly corpus: { documents: number; sentences: number },
  ) {}

  async startFile(path: string): Promise<void> {
    if (!this.started) {
      this.started = true;
      await this.w.write(`{\n  "version": 1,\n  "corpus": ${nested(this.corpus, 1)},\n  "files": [`);
    }
    await this.w.write(`${this.firstFile ? '' : ','}\n    {\n      "path": ${JSON.stringify(path)},\n      "claims": [`);
    this.firstFile = false;
    this.firstClaim = true;
  }

  async claims(_path: string, claims: readonly ReportedClaim[]): Promise<void> {
    for (const c of claims) {
      await this.w.write(`${this.firstClaim ? '' : ','}\n        ${nested(c, 4)}`);
      this.firstClaim = false;
    }
  }

  async endFile(_path: string, truncation?: Truncation): Promise<void> {
    await this.w.write(this.firstClaim ? ']' : '\n      ]');
    if (truncation) await this.w.write(`,\n      "truncated": ${JSON.stringify(truncation.reason)},\n      "checkedLines": ${truncation.checkedLines}`);
    await this.w.write('\n    }');
  }

  async finish(s: RunSummary): Promise<void> {
    if (!this.started) return;
    await this.w.write(this.firstFile ? ']' : '\n  ]');
    // Drafts that are not in `files` at all (missing, unreadable, binary...).
    if (s.problems.length) await this.w.write(`,\n  "errors": ${nested(s.problems, 1)}`);
    await this.w.write('\n}\n');
    await this.w.flush();
  }
}

/** SARIF 2.1.0: a result per claim that is not supported; the drafts not checked in full as notifications. */
export class SarifReporter implements Reporter {
  private started = false;
  private first = true;

  constructor(
    private readonly w: StreamWriter,
    private readonly version: string,
    private readonly levels: Levels = DEFAULT_LEVELS,
    /** A baseline was given: every result says whether it is new or unchanged. */
    private readonly baseline = false,
  ) {}

  async startFile(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.w.write(`{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "tool": ${nested(sarifTool(this.version), 3)},\n      "results": [`);
  }

  async claims(path: string, claims: readonly ReportedClaim[]): Promise<void> {
    for (const c of claims) {
      for (const result of sarifResults(path, c, this.levels, this.baseline)) {
        await this.w.write(`${this.first ? '' : ','}\n        ${nested(result, 4)}`);
        this.first = false;
      }
    }
  }

  async endFile(): Promise<void> {}

  async finish(s: RunSummary): Promise<void> {
    if (!this.started) return;
    await this.w.write(this.first ? ']' : '\n      ]');
    await this.w.write(`,\n      "invocations": ${nested([sarifInvocation(s.problems)], 3)}\n    }\n  ]\n}\n`);
    await this.w.flush();
  }
}
