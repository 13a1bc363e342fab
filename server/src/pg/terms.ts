/** How index terms are stored in the archive, shared by ingestion and retrieval. */
import { createHash } from 'node:crypto';
import { TERM_SEPARATOR } from '../core/index/analysedDocument';

/**
 * Longer terms are stored by a hash: a btree entry and a tsvector lexeme have size limits, and a
 * term this long (a run of letters without a space) only ever matches itself.
 */
const MAX_TERM_CHARS = 200;

/** The key a term is stored under: the term itself, or "#h:" and a hash when it is very long. */
export function termKey(term: string): string {
  return term.length <= MAX_TERM_CHARS ? term : `#h:${createHash('sha256').update(term).digest('hex')}`;
}

/** A sentence's terms (as analysed, repeats included) as counts by stored key, in first-seen order. */
export function termCounts(terms: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!terms) return out;
  for (const t of terms.split(TERM_SEPARATOR)) {
    const k = termKey(t);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

/** The length of a sentence for BM25: its number of terms, repeats included (as MemoryIndex counts). */
export function termLength(terms: string): number {
  return terms ? terms.split(TERM_SEPARATOR).length : 0;
}
