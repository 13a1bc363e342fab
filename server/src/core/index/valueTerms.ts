/** Index keys for figure values, so a sentence can be found by the number it states. */
import type { Figure } from '../types';
import { weekdayOf } from '../verify/compare';

function round3(n: number): string {
  if (n === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))));
  return String(Number(n.toFixed(Math.min(digits, 6))));
}

/** "#k:duration": lets retrieval favour sentences that state a figure of the claim's kind. */
export function kindTerm(f: Figure): string {
  return `#k:${f.kind}${f.kind === 'money' || (f.kind === 'count' && f.unit !== undefined) ? `:${f.unit ?? ''}` : ''}`;
}

/** "#count:11000", "#date:2023-9-20", "#year:2014"... A figure yields one or two keys. */
export function valueTerms(f: Figure): string[] {
  if (f.kind === 'date') {
    const d = f.date ?? {};
    const out: string[] = [];
    if (d.year !== undefined) out.push(`#year:${d.year}`);
    if (d.month !== undefined && d.day !== undefined) out.push(`#md:${d.month}-${d.day}`);
    const weekday = weekdayOf(d);
    if (weekday !== undefined) out.push(`#wd:${weekday}`);
    return out;
  }
  return [`#${f.kind}:${round3(f.value)}`];
}
