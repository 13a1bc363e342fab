/**
 * Checks one draft a piece at a time, so that a huge draft costs bounded memory, its claims can be
 * written as they come, and a time budget or a claim limit stops it between two pieces with the
 * claims found so far.
 *
 * The draft is cut where the checker would cut it anyway: between the blocks (paragraphs, headings,
 * list items) the engine's own `splitBlocks` finds in the masked text, each piece set off by a blank
 * line, so the sentences it checks and its verdicts are the same as for the whole draft. Only a
 * block too big to be prose (over `MAX_BLOCK` characters) is cut between its sentences, and a
 * sentence over `MAX_SENTENCE` characters at a space: there the pieces are checked apart.
 */
import { lineStarts, maskMarkdown, positionAt, splitBlocks, splitSentences, withConsistency, type CancellationToken, type Checker, type ClaimResult } from '../core';

/** Characters of draft handed to the checker at a time. */
const CHUNK_CHARS = 32 * 1024;
/** A block longer than this is cut between its sentences. */
const MAX_BLOCK = 16 * 1024;
/** A sentence longer than this is cut at spaces: the engine's work on one sentence grows faster than its length. */
export const MAX_SENTENCE = 4000;

export interface DraftCheckOptions {
  readonly checkQuotes: boolean;
  readonly markdown: boolean;
  /** `performance.now()` past which the check stops (undefined: no budget). */
  readonly deadline?: number;
  /** Claims after which the check stops (0 or undefined: no limit). */
  readonly maxClaims?: number;
  /** Characters handed to the checker at a time (default 32 KB; tests make it small). */
  readonly chunkChars?: number;
  /** Receives the claims of each piece, in draft order, with offsets and ranges in the whole draft. */
  readonly onClaims: (claims: readonly ClaimResult[]) => Promise<void>;
}

export interface DraftCheckResult {
  readonly claims: number;
  /** Why the check stopped before the end of the draft. */
  readonly stopped?: 'timeout' | 'max-claims';
  /** How many lines from the top were checked and reported in full; and the draft's lines. */
  readonly checkedLines: number;
  readonly lines: number;
  /** The consistency of the draft was not checked to the end (its share of the time budget ran out). */
  readonly consistencyStopped?: boolean;
}

interface Piece {
  readonly start: number;
  readonly end: number;
}

export async function checkDraft(checker: Checker, text: string, options: DraftCheckOptions): Promise<DraftCheckResult> {
  const analysed = options.markdown ? maskMarkdown(text) : text;
  const starts = lineStarts(text);
  const lines = text.endsWith('\n') ? starts.length - 1 : starts.length;
  const { deadline } = options;
  const maxClaims = options.maxClaims && options.maxClaims > 0 ? options.maxClaims : Infinity;
  const token: CancellationToken = deadline === undefined ? { isCancellationRequested: false } : { get isCancellationRequested() { return performance.now() > deadline; } };
  const lineOf = (offset: number): number => positionAt(starts, offset).line;
  const chunkChars = options.chunkChars ?? CHUNK_CHARS;
  let claims = 0;
  let checkedLines = 0;
  // Consistency is a matter of the whole draft: asked once, before its pieces are checked, within
  // a quarter of the time budget (past it, the draft is checked without it, and the result says so).
  const started = performance.now();
  const share = deadline === undefined ? undefined : started + (deadline - started) / 4;
  const consistencyToken: CancellationToken = share === undefined ? token : { get isCancellationRequested() { return performance.now() > share; } };
  const inconsistencies = await checker.consistency(text, { markdown: options.markdown }, consistencyToken);
  const consistencyStopped = consistencyToken.isCancellationRequested;
  if (token.isCancellationRequested) return { claims, stopped: 'timeout', checkedLines, lines };
  const pieces = piecesOf(analysed);
  for (let i = 0; i < pieces.length; ) {
    // A chunk: pieces up to CHUNK_CHARS, each after a blank line ("\n\n" between them, and one
    // "\n" before the first unless it is the draft's first line, where the engine looks for a title).
    const chunk: { piece: Piece; at: number }[] = [];
    let chunkText = pieces[i]!.start === 0 ? '' : '\n';
    let size = 0;
    while (i < pieces.length && (chunk.length === 0 || size + pieces[i]!.end - pieces[i]!.start <= chunkChars)) {
      const piece = pieces[i++]!;
      if (chunk.length) chunkText += '\n\n';
      chunk.push({ piece, at: chunkText.length });
      chunkText += analysed.slice(piece.start, piece.end);
      size += piece.end - piece.start;
    }
    if (token.isCancellationRequested) return { claims, stopped: 'timeout', checkedLines, lines };
    const found = await checker.check(chunkText, { checkQuotes: options.checkQuotes, markdown: false, consistency: false }, token);
    if (token.isCancellationRequested) return { claims, stopped: 'timeout', checkedLines, lines };
    const mapped: ClaimResult[] = [];
    let k = 0;
    for (const c of found) {
      while (k + 1 < chunk.length && chunk[k + 1]!.at <= c.start) k++;
      const { piece, at } = chunk[k]!;
      const start = piece.start + c.start - at;
      const end = Math.min(piece.end, piece.start + c.end - at);
      const inDraft = (offset: number): number => piece.start + offset - at;
      const attribution = c.attribution && {
        ...c.attribution,
        start: inDraft(c.attribution.start),
        end: inDraft(c.attribution.end),
        range: { start: positionAt(starts, inDraft(c.attribution.start)), end: positionAt(starts, inDraft(c.attribution.end)) },
      };
      mapped.push({ ...c, text: text.slice(start, end), start, end, range: { start: positionAt(starts, start), end: positionAt(starts, end) }, ...(attribution ? { attribution } : {}) });
    }
    mapped.splice(0, mapped.length, ...withConsistency(mapped, inconsistencies, starts));
    if (claims + mapped.length > maxClaims) {
      const kept = mapped.slice(0, maxClaims - claims);
      if (kept.length) await options.onClaims(kept);
      claims += kept.length;
      // The lines above the first claim left out were reported in full.
      const first = mapped[kept.length]!;
      return { claims, stopped: 'max-claims', checkedLines: Math.max(checkedLines, lineOf(first.start)), lines };
    }
    if (mapped.length) await options.onClaims(mapped);
    claims += mapped.length;
    checkedLines = lineOf(chunk[chunk.length - 1]!.piece.end) + 1;
    if (claims >= maxClaims && i < pieces.length) return { claims, stopped: 'max-claims', checkedLines, lines };
  }
  return { claims, checkedLines: lines, lines, ...(consistencyStopped ? { consistencyStopped } : {}) };
}

/** The spans of the (masked) draft checked one after another: whole blocks, or parts of huge ones. */
export function piecesOf(analysed: string): Piece[] {
  const pieces: Piece[] = [];
  for (const block of splitBlocks(analysed)) {
    if (block.end - block.start <= MAX_BLOCK) {
      pieces.push({ start: block.start, end: block.end });
      continue;
    }
    let from = -1;
    let to = -1;
    for (const s of splitSentences(block)) {
      for (const part of cutLong(analysed, s.start, s.end)) {
        if (from >= 0 && part.end - from > MAX_BLOCK) {
          pieces.push({ start: from, end: to });
          from = -1;
        }
        if (from < 0) from = part.start;
        to = part.end;
        if (part.cut) {
          // A cut sentence's parts stand alone: nothing after them joins them.
          pieces.push({ start: from, end: to });
          from = -1;
        }
      }
    }
    if (from >= 0) pieces.push({ start: from, end: to });
  }
  return pieces;
}

/** A sentence, or the parts of one longer than MAX_SENTENCE, cut at the last space before the limit. */
function cutLong(text: string, start: number, end: number): (Piece & { cut: boolean })[] {
  if (end - start <= MAX_SENTENCE) return [{ start, end, cut: false }];
  const parts: (Piece & { cut: boolean })[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    let at = text.lastIndexOf(' ', from + MAX_SENTENCE);
    if (at <= from) at = from + MAX_SENTENCE;
    parts.push({ start: from, end: at, cut: true });
    from = at;
    while (from < end && /\s/.test(text[from]!)) from++;
  }
  if (from < end) parts.push({ start: from, end, cut: true });
  return parts;
}
