/** Preparing a draft for analysis: hiding what is not prose while keeping every offset. */

// Lines end at "\n", "\r\n" or a lone "\r", as editors and the language server protocol count them.
const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/**
 * Replaces front matter, fenced and inline code, HTML comments, link targets, URLs, HTML tags and
 * footnote markers with spaces, so figures inside them are not taken for claims. Same length as
 * input. `keepComments` leaves HTML comments as they are (to read the directives in them).
 */
export function maskMarkdown(text: string, options: { readonly keepComments?: boolean } = {}): string {
  // A draft is masked more than once per check (to check it, to place its claims): the last
  // masking of each kind is kept.
  const keep = options.keepComments ? 1 : 0;
  const last = lastMasked[keep];
  if (last !== undefined && last[0] === text) return last[1];
  const out = mask(text, options);
  lastMasked[keep] = [text, out];
  return out;
}

const lastMasked: ([string, string] | undefined)[] = [undefined, undefined];

function mask(text: string, options: { readonly keepComments?: boolean }): string {
  let out = text;
  out = out.replace(/^---[ \t]*(?:\r\n?|\n)[\s\S]*?(?:\r\n?|\n)(?:---|\.\.\.)[ \t]*(?=[\r\n]|$)/, blank);
  // A fence runs to its closing fence, or to the end of the text (not of its first line: no `$`).
  out = out.replace(/^(```|~~~)[^\r\n]*(?:\r\n?|\n)[\s\S]*?(?:(?:\r\n?|\n)\1[^\r\n]*|(?![\s\S]))/gm, blank);
  out = out.replace(/`[^`\r\n]+`/g, blank);
  if (!options.keepComments) out = maskComments(out);
  out = maskLinkTargets(out);
  out = out.replace(/\bhttps?:\/\/[^\s)>\]]+/g, blank);
  out = maskTags(out);
  // Footnote definitions are citations (what "Insert citation" writes): their figures quote a source.
  out = out.replace(/^\[\^[^\]\r\n]+\]:.*$/gm, blank);
  out = maskFootnoteMarks(out);
  out = out.replace(/^\[[^\]\r\n]+\]:\s*\S+.*$/gm, blank);
  out = out.replace(/^([ \t]*)(\d{1,3}[.)])(?=[ \t])/gm, (_m, indent: string, marker: string) => indent + blank(marker));
  return out;
}

/** HTML comments, "<!-- … -->", also over several lines (line ends kept); one left open is not masked. */
function maskComments(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = text.indexOf('<!--'); i >= 0; ) {
    const j = text.indexOf('-->', i + 4);
    if (j < 0) break;
    parts.push(text.slice(last, i), blank(text.slice(i, j + 3)));
    last = j + 3;
    i = text.indexOf('<!--', last);
  }
  return last === 0 ? text : parts.join('') + text.slice(last);
}

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r';

/**
 * The masks below are scans, not patterns: a pattern such as /\]\([^)\n]*\)/g rescans the rest of
 * the line from every "](" when no ")" closes it, which on a long line of them is quadratic. A
 * scan that finds no closing mark before the line ends knows that no opening before it closes.
 */

/** Offset of the first `close` after `from` on the same line, or -(offset of the line end) - 1. */
function closeOnLine(text: string, from: number, close: string): number {
  let j = from;
  while (j < text.length && text[j] !== close && !isBreak(text[j])) j++;
  return j < text.length && text[j] === close ? j : -j - 1;
}

/** Link targets: "](…)" keeps its "]" and blanks "(…)", on one line. */
function maskLinkTargets(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = text.indexOf(']('); i >= 0; ) {
    const j = closeOnLine(text, i + 2, ')');
    if (j < 0) {
      i = text.indexOf('](', -j - 1);
      continue;
    }
    parts.push(text.slice(last, i + 1), ' '.repeat(j - i));
    last = j + 1;
    i = text.indexOf('](', last);
  }
  return last === 0 ? text : parts.join('') + text.slice(last);
}

/** HTML tags: "<b>", "</span>", "<a href=…>", on one line. */
function maskTags(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = text.indexOf('<'); i >= 0; ) {
    let k = i + 1;
    if (text[k] === '/') k++;
    if (!/^[a-zA-Z]$/.test(text[k] ?? '')) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const j = closeOnLine(text, k + 1, '>');
    if (j < 0) {
      i = text.indexOf('<', -j - 1);
      continue;
    }
    parts.push(text.slice(last, i), ' '.repeat(j + 1 - i));
    last = j + 1;
    i = text.indexOf('<', last);
  }
  return last === 0 ? text : parts.join('') + text.slice(last);
}

/** Footnote references: "[^1]", "[^note]:", on one line. */
function maskFootnoteMarks(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = text.indexOf('[^'); i >= 0; ) {
    const j = closeOnLine(text, i + 2, ']');
    if (j < 0) {
      i = text.indexOf('[^', -j - 1);
      continue;
    }
    if (j === i + 2) {
      i = text.indexOf('[^', i + 1); // "[^]" names nothing
      continue;
    }
    const end = text[j + 1] === ':' ? j + 2 : j + 1;
    parts.push(text.slice(last, i), ' '.repeat(end - i));
    last = end;
    i = text.indexOf('[^', last);
  }
  return last === 0 ? text : parts.join('') + text.slice(last);
}

/** 0-based line starts of a text, for offset → position conversion: "\n", "\r\n" and "\r" end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo]! };
}
