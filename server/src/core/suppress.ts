/**
 * Suppressions written in a draft:
 *
 *   <!-- corroborate-disable-next-line -->            the claims of the next line
 *   <!-- corroborate-disable-line conflict -->         the claims of this line, conflicts only
 *   <!-- corroborate-disable unsupported -->  …  <!-- corroborate-enable -->
 *   front matter `corroborate: false`                  the whole draft
 *
 * Codes name a verdict (`conflict`, `disputed`, `unsupported`) or a diagnostic code
 * (`misquote`, `unsupported-figure`, `unsupported-quote`); none means every code. Comments inside
 * code (fenced or inline) are not directives.
 */
import { lineStarts, maskMarkdown, positionAt } from './draft';
import type { ClaimResult } from './types';

/** The diagnostic codes of a claim that is not supported: one per claim. */
export type ClaimCode = 'conflict' | 'misquote' | 'disputed' | 'unsupported-figure' | 'unsupported-quote';
const ALL_CODES: readonly ClaimCode[] = ['conflict', 'misquote', 'disputed', 'unsupported-figure', 'unsupported-quote'];

/** The names a directive may give, each with the codes it covers. */
const NAMES: Readonly<Record<string, readonly ClaimCode[]>> = {
  conflict: ['conflict', 'misquote'],
  misquote: ['misquote'],
  disputed: ['disputed'],
  unsupported: ['unsupported-figure', 'unsupported-quote'],
  'unsupported-figure': ['unsupported-figure'],
  'unsupported-quote': ['unsupported-quote'],
};

/** The code of a claim (undefined for a supported one), as the editor's diagnostics name it. */
export function claimCode(c: Pick<ClaimResult, 'verdict' | 'kind'>): ClaimCode | undefined {
  switch (c.verdict) {
    case 'conflict':
      return c.kind === 'quote' ? 'misquote' : 'conflict';
    case 'disputed':
      return 'disputed';
    case 'unsupported':
      return c.kind === 'quote' ? 'unsupported-quote' : 'unsupported-figure';
    default:
      return undefined;
  }
}

export interface SuppressionProblem {
  /** 0-based line of the directive. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** A directive, for quick fixes and reports. */
export interface Directive {
  readonly kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  readonly codes: readonly ClaimCode[];
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

export interface Suppressions {
  /** `corroborate: false` in the front matter: nothing in the draft is reported. */
  readonly wholeDraft: boolean;
  readonly directives: readonly Directive[];
  /** Directives that name an unknown code (the known ones still apply). */
  readonly problems: readonly SuppressionProblem[];
  /** Whether a claim (by its start offset and code) is suppressed. */
  isSuppressed(claim: Pick<ClaimResult, 'start' | 'verdict' | 'kind'>): boolean;
}

const DIRECTIVE = /<!--[ \t]*corroborate-(disable-next-line|disable-line|disable|enable)\b([^\r\n]*?)-->/g;
const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?=[\r\n]|$)/;
const OFF = /^corroborate[ \t]*:[ \t]*(?:false|off|no)[ \t]*(?:#.*)?$/m;

export function findSuppressions(text: string, markdown: boolean): Suppressions {
  const front = markdown ? FRONT_MATTER.exec(text) : null;
  const wholeDraft = front !== null && OFF.test(front[1]!);
  // Code is masked (same offsets), so a directive quoted in code is not one.
  const scanned = markdown ? maskMarkdown(text, { keepComments: true }) : text;
  const starts = lineStarts(text);
  const directives: Directive[] = [];
  const problems: SuppressionProblem[] = [];
  for (const m of scanned.matchAll(DIRECTIVE)) {
    const start = m.index;
    const end = start + m[0].length;
    const line = positionAt(starts, start).line;
    const words = m[2]!.split(/[\s,]+/).filter((w) => w !== '' && w !== '--');
    const codes = new Set<ClaimCode>();
    for (const w of words) {
      const covered = NAMES[w.toLowerCase()];
      if (covered) covered.forEach((c) => codes.add(c));
      else problems.push({ line, start, end, message: `unknown code "${w}" in corroborate-${m[1]} (known: ${Object.keys(NAMES).join(', ')})` });
    }
    // Only unknown codes: the directive silences nothing rather than everything.
    if (words.length && !codes.size) continue;
    directives.push({ kind: m[1] as Directive['kind'], codes: codes.size ? [...codes] : ALL_CODES, line, start, end });
  }
  // Regions: each disable / enable changes the set of codes off from its end onwards.
  const regions: { from: number; off: ReadonlySet<ClaimCode> }[] = [];
  let off = new Set<ClaimCode>();
  const byLine = new Map<number, Set<ClaimCode>>();
  for (const d of directives) {
    if (d.kind === 'disable' || d.kind === 'enable') {
      off = new Set(off);
      for (const c of d.codes) {
        if (d.kind === 'disable') off.add(c);
        else off.delete(c);
      }
      regions.push({ from: d.end, off });
    } else {
      const target = d.kind === 'disable-next-line' ? positionAt(starts, d.end).line + 1 : d.line;
      const set = byLine.get(target) ?? new Set<ClaimCode>();
      d.codes.forEach((c) => set.add(c));
      byLine.set(target, set);
    }
  }
  return {
    wholeDraft,
    directives,
    problems,
    isSuppressed(claim) {
      if (wholeDraft) return true;
      const code = claimCode(claim);
      if (code === undefined) return false;
      if (byLine.get(positionAt(starts, claim.start).line)?.has(code)) return true;
      // The last region starting before the claim (binary search).
      let lo = 0;
      let hi = regions.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (regions[mid]!.from <= claim.start) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found >= 0 && regions[found]!.off.has(code);
    },
  };
}

/** The comment a quick fix inserts above a line to silence one claim's code there. */
export function disableNextLineComment(code: ClaimCode | undefined): string {
  return `<!-- corroborate-disable-next-line${code ? ` ${code}` : ''} -->`;
}
