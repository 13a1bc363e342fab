/**
 * Splits text into blocks (paragraphs, headings, list items) and blocks into sentences, keeping
 * offsets. Linear in the input: never hands a whole document to a costly segmenter.
 */
import { allMatches } from './matches';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev fr inc ltd co corp plc vs etc no nos
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun approx est fig ft
  e.g i.e u.s u.k u.n`.split(/\s+/),
);

/** Blocks: runs of non-blank lines; headings, list items and title-like lines stand alone. */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  const lines: Span[] = [];
  // A line ends at "\n", "\r\n" or a lone "\r", as editors count lines.
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (const m of allMatches(lineRe, text)) {
    if (m[0] === '' && m.index >= text.length) break;
    const raw = m[0].replace(/(?:\r\n|\r|\n)$/, '');
    lines.push({ start: m.index, end: m.index + raw.length, text: raw });
    if (m.index + m[0].length >= text.length) break;
  }
  let cur: Span[] = [];
  const flush = (): void => {
    if (cur.length) {
      const first = cur[0]!;
      const last = cur[cur.length - 1]!;
      blocks.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
      cur = [];
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.text.trim();
    if (trimmed === '' || /^(?:-{3,}|\*{3,}|_{3,}|```.*)$/.test(trimmed)) {
      flush();
      continue;
    }
    const standalone = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>\s?|\|)/.test(trimmed);
    if (standalone) flush();
    cur.push(line);
    const next = lines[i + 1];
    const title = i === 0 && next !== undefined && !/[.!?:;,…"”’)\]]$/.test(trimmed) && /^[\p{Lu}"“‘]/u.test(next.text.trim()) && trimmed.split(/\s+/).length <= 15;
    if (standalone || title || (next && endsBlockBefore(trimmed, next.text.trim()))) flush();
  }
  flush();
  return blocks;
}

/** A line with no closing punctuation that looks like a headline ends its block. */
function endsBlockBefore(line: string, next: string): boolean {
  if (/[.!?:;,…"”’)\]]$/.test(line) || !/^[\p{Lu}"“‘]/u.test(next)) return false;
  const words = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length === 0) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

const STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const SPACE = /\s/;

/**
 * Where a sentence may end: a run of . ! ? … (possibly doubled), then closing quotes or brackets,
 * then white space. A scan rather than a pattern: a pattern backtracks through a long run of
 * stops that no space follows, once for each of its characters.
 */
function* boundaries(text: string): Generator<{ index: number; mark: string }> {
  for (let i = 0; i < text.length; ) {
    if (!STOPS.has(text[i]!)) {
      i++;
      continue;
    }
    const at = i;
    while (i < text.length && STOPS.has(text[i]!)) i++;
    while (i < text.length && CLOSERS.has(text[i]!)) i++;
    if (i < text.length && SPACE.test(text[i]!)) yield { index: at, mark: text.slice(at, i) };
  }
}

const NEXT_WORD = /\s+(\S)/uy;

/** How far a quotation may run on, past a sentence's end, for its sentences to stay one. */
const MAX_QUOTE = 600;

/**
 * Whether `at` is inside a double quotation that closes later in the text, within MAX_QUOTE:
 * 'He said: "We won. We deserved it."' is one sentence, as a quoted speech is one claim. A
 * quotation mark that never closes keeps nothing together. The scan resumes where the last call
 * ended (`state`), so a block is read once.
 */
function insideQuote(text: string, at: number, state: { pos: number; open: number; straight: boolean }): boolean {
  for (; state.pos < at; state.pos++) {
    const c = text[state.pos];
    if (c === '“') state.open++;
    else if (c === '”') state.open = Math.max(0, state.open - 1);
    else if (c === '"') state.straight = !state.straight;
  }
  if (state.open === 0 && !state.straight) return false;
  const rest = text.slice(at, at + MAX_QUOTE);
  return state.open > 0 ? rest.includes('”') : rest.includes('"');
}

/** Sentences of one block. */
export function splitSentences(block: Span): Span[] {
  const text = block.text;
  const out: Span[] = [];
  let start = 0;
  const quotes = { pos: 0, open: 0, straight: false };
  for (const m of boundaries(text)) {
    const end = m.index + m.mark.length;
    if (insideQuote(text, end, quotes)) continue;
    NEXT_WORD.lastIndex = end;
    const after = NEXT_WORD.exec(text);
    if (!after) continue;
    const nextChar = after[1]!;
    if (!/[\p{Lu}\p{N}"“‘'(¿¡]/u.test(nextChar)) continue;
    if (m.mark === '.' && isAbbreviation(text, m.index)) continue;
    if (/^\s*(?:\d{1,3}|[a-zA-Z])$/.test(text.slice(start, m.index))) continue; // "1. Ten players...": a list marker
    push(out, block, start, end);
    start = end;
  }
  push(out, block, start, text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([\p{L}.]+)$/u);
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  if (/^\p{L}$/u.test(before[1]!) && /^\p{Lu}$/u.test(before[1]!)) return true; // initials: "J. Smith"
  return ABBREVIATIONS.has(word.replace(/^\./, ''));
}

function push(out: Span[], block: Span, from: number, to: number): void {
  const slice = block.text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (!trimmed) return;
  const start = block.start + from + lead;
  out.push({ start, end: start + trimmed.length, text: trimmed });
}

/** All sentences of a text, in order. */
export function sentencesOf(text: string): Span[] {
  return splitBlocks(text).flatMap((b) => splitSentences(b));
}

/** Sentences of recently split blocks, by the block's text, with offsets from the block's start. */
const blockSentences = new Map<string, readonly Span[]>();
const MAX_MEMO_BLOCKS = 4096;

/**
 * All sentences of a draft, as `sentencesOf` gives them, each block split once: a draft is split
 * again at every keystroke (to check it, to compare its figures, to place its claims), and an
 * edit changes one block.
 */
export function draftSentencesOf(text: string): readonly Span[] {
  // The same text is split more than once per check (to check it, to place its claims): the last
  // split is kept.
  if (lastSplit !== undefined && lastSplit[0] === text) return lastSplit[1];
  const out: Span[] = [];
  for (const b of splitBlocks(text)) {
    let rel = blockSentences.get(b.text);
    if (rel === undefined) {
      rel = splitSentences({ start: 0, end: b.text.length, text: b.text });
      if (blockSentences.size >= MAX_MEMO_BLOCKS) blockSentences.clear();
      blockSentences.set(b.text, rel);
    }
    for (const s of rel) out.push({ start: b.start + s.start, end: b.start + s.end, text: s.text });
  }
  lastSplit = [text, out];
  return out;
}

let lastSplit: [string, readonly Span[]] | undefined;
