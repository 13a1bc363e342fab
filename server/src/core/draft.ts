/** Preparing a draft for analysis: hiding what is not prose while keeping every offset. */

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * Replaces front matter, fenced and inline code, link targets, URLs, HTML tags and footnote
 * markers with spaces, so figures inside them are not taken for claims. Same length as input.
 */
export function maskMarkdown(text: string): string {
  let out = text;
  out = out.replace(/^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?=\n|$)/, blank);
  out = out.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*|$)/gm, blank);
  out = out.replace(/`[^`\n]+`/g, blank);
  out = out.replace(/\]\([^)\n]*\)/g, (m) => ']' + blank(m.slice(1)));
  out = out.replace(/\bhttps?:\/\/[^\s)>\]]+/g, blank);
  out = out.replace(/<\/?[a-zA-Z][^>\n]*>/g, blank);
  // Footnote definitions are citations (what "Insert citation" writes): their figures quote a source.
  out = out.replace(/^\[\^[^\]\n]+\]:.*$/gm, blank);
  out = out.replace(/\[\^[^\]\n]+\]:?/g, blank);
  out = out.replace(/^\[[^\]\n]+\]:\s*\S+.*$/gm, blank);
  out = out.replace(/^([ \t]*)(\d{1,3}[.)])(?=[ \t])/gm, (_m, indent: string, marker: string) => indent + blank(marker));
  return out;
}

/** 0-based line starts of a text, for offset → position conversion. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
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
