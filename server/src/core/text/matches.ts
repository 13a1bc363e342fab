/**
 * Every match of a global pattern, in order: what `text.matchAll(re)` gives, without the copy of
 * the pattern `matchAll` makes at each call (several times the cost of a failed search, and the
 * readers search every sentence of a corpus with some twenty patterns). The pattern's `lastIndex`
 * is used and left at 0; all matches are taken before the list is returned, so a caller that
 * searches with the same pattern again while going through the list is not disturbed.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re.source.slice(0, 60)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point in a Unicode pattern), as matchAll does.
    if (m[0].length === 0) re.lastIndex = re.unicode && isPairAt(text, re.lastIndex) ? re.lastIndex + 2 : re.lastIndex + 1;
  }
  re.lastIndex = 0;
  return out;
}

function isPairAt(text: string, i: number): boolean {
  const hi = text.charCodeAt(i);
  const lo = text.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
