/** Direct quotations in straight or curly marks. */
import type { Quote } from '../types';
import { allMatches } from '../text/matches';

// Double quotes only: single quotes are too often apostrophes. Curly pairs may not nest.
const QUOTE = /“([^“”\n]{1,600})”|"([^"\n]{1,600})"|«\s?([^«»\n]{1,600}?)\s?»|„([^„“”\n]{1,600})[“”]/g;

/** Quotations of at least one word; offsets are those of the quoted words, without the marks. */
export function extractQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of allMatches(QUOTE, text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
    if (!/\p{L}/u.test(inner)) continue;
    const offset = m.index + m[0].indexOf(inner);
    const lead = inner.length - inner.trimStart().length;
    // American style puts the sentence's period or comma inside the marks; it is not quoted.
    const trimmed = inner.trim().replace(/[\s.,;:]+$/u, '');
    if (!trimmed) continue;
    out.push({ start: offset + lead, end: offset + lead + trimmed.length, text: trimmed });
  }
  return out;
}
