/**
 * Windows on corpus sentences. A source "sentence" may be a whole file without punctuation
 * (80 KB in one line); what the editor shows of it is a window of about QUOTE_WINDOW characters
 * centred on the matched figure or words, cut at word boundaries, with "…" where it was cut.
 */

/** Characters of a source sentence shown in a hover, a related-information message or a citation. */
export const QUOTE_WINDOW = 300;

export interface Excerpt {
  readonly before: string;
  readonly match: string;
  readonly after: string;
  /** Text was left out before `before` / after `after`. */
  readonly cutStart: boolean;
  readonly cutEnd: boolean;
}

/** How far a cut may move to land on a space rather than inside a word. */
const SNAP = 30;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * At most about `max` characters of `text` around [start, end) (the match; empty for none, which
 * shows the beginning). The match is kept whole when it fits; otherwise its beginning is shown.
 */
export function excerpt(text: string, start = 0, end = start, max = QUOTE_WINDOW): Excerpt {
  const len = text.length;
  start = Math.max(0, Math.min(start, len));
  end = Math.max(start, Math.min(end, len));
  if (len <= max) return { before: text.slice(0, start), match: text.slice(start, end), after: text.slice(end), cutStart: false, cutEnd: false };
  if (end - start >= max) {
    const to = safeEnd(text, snapBack(text, start + max, start + 1));
    return { before: '', match: text.slice(start, to).trimEnd(), after: '', cutStart: start > 0, cutEnd: to < len };
  }
  const budget = max - (end - start);
  let from = start - Math.floor(budget / 2);
  let to = end + (budget - Math.floor(budget / 2));
  if (from < 0) {
    to = Math.min(len, to - from);
    from = 0;
  }
  if (to > len) {
    from = Math.max(0, from - (to - len));
    to = len;
  }
  if (from > 0) from = safeStart(text, snapForward(text, from, start));
  if (to < len) to = safeEnd(text, snapBack(text, to, end));
  return {
    before: from > 0 ? text.slice(from, start).trimStart() : text.slice(0, start),
    match: text.slice(start, end),
    after: to < len ? text.slice(end, to).trimEnd() : text.slice(end),
    cutStart: from > 0,
    cutEnd: to < len,
  };
}

/** The excerpt as plain text, "…" marking the cuts. */
export function plainExcerpt(text: string, start?: number, end?: number, max = QUOTE_WINDOW): string {
  const x = excerpt(text, start, end, max);
  return `${x.cutStart ? '…' : ''}${x.before}${x.match}${x.after}${x.cutEnd ? '…' : ''}`;
}

/** `text` cut to about `max` characters at a word boundary, with "…" (titles, messages, the draft's own quote). */
export function clip(text: string, max: number): string {
  return plainExcerpt(text, 0, 0, max);
}

/** A cut at `at` moved forward past the next space (not beyond `limit`), so it does not split a word. */
function snapForward(text: string, at: number, limit: number): number {
  for (let i = at; i < Math.min(limit, at + SNAP); i++) if (/\s/.test(text[i - 1]!)) return i;
  return at;
}

/** A cut at `at` moved back to the previous space (not before `limit`). */
function snapBack(text: string, at: number, limit: number): number {
  for (let i = at; i > Math.max(limit, at - SNAP); i--) if (/\s/.test(text[i]!)) return i;
  return at;
}

/** Never start inside a surrogate pair. */
function safeStart(text: string, at: number): number {
  return at > 0 && at < text.length && isLow(text.charCodeAt(at)) ? at + 1 : at;
}

/** Never end inside a surrogate pair. */
function safeEnd(text: string, at: number): number {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) ? at - 1 : at;
}
