/**
 * Glob patterns without the file system: one path segment as a regular expression (`*` and `?`
 * within a name, `[abc]`/`[!a-z]`, `{a,b}`), and whole relative paths matched the way
 * `.corroborate.yaml`'s `include` and `exclude` read them (`**` for any number of folders).
 */

/** The regular expression of one path segment of a pattern ("*.md" → /^[^/]*\.md$/). */
export function segmentRegExp(segment: string): RegExp {
  return new RegExp(`^${segmentSource(segment)}$`, 'u');
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function segmentSource(seg: string): string {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '\\' && i + 1 < seg.length) re += escapeRe(seg[++i]!);
    else if (c === '*') {
      while (seg[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      // A class ends at the first "]" after its first character ("[]a]" holds "]").
      let j = i + 1;
      if (seg[j] === '!' || seg[j] === '^') j++;
      if (seg[j] === ']') j++;
      while (j < seg.length && seg[j] !== ']') j++;
      if (j >= seg.length) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, j);
      let negate = '';
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = '^';
        body = body.slice(1);
      }
      re += `[${negate}${body.replace(/[\\\]^[]/g, '\\$&')}]`;
      i = j;
    } else if (c === '{') {
      const close = matchingBrace(seg, i);
      const alternatives = close < 0 ? [] : splitTopLevel(seg.slice(i + 1, close));
      if (alternatives.length < 2) {
        re += '\\{';
        continue;
      }
      re += `(?:${alternatives.map(segmentSource).join('|')})`;
      i = close;
    } else re += escapeRe(c);
  }
  return re;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') depth++;
    else if (s[i] === '}') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/**
 * A test for paths relative to a base folder (forward slashes), true when any pattern matches.
 * As in `.gitignore`: a pattern without a slash matches a name at any depth ("*.tmp.md",
 * "archive"); one with a slash is anchored at the base ("drafts/**\/*.md"); a pattern that matches
 * a folder matches everything below it ("archive/"). A leading "./" or "/" anchors too.
 */
export function pathMatcher(patterns: readonly string[]): (relative: string) => boolean {
  const compiled = patterns
    .map((p) => p.trim().replace(/\\/g, '/'))
    .filter((p) => p !== '')
    .map((p) => {
      const anchored = p.startsWith('/') || p.startsWith('./') || p.replace(/\/+$/, '').includes('/');
      const body = p.replace(/^\.?\/+/, '').replace(/\/+$/, '');
      const parts = body.split(/\/+/).map((s) => (s === '**' ? ('**' as const) : segmentRegExp(s)));
      return anchored ? parts : ['**' as const, ...parts];
    });
  return (relative) => {
    const segments = relative.split('/').filter((s) => s !== '' && s !== '.');
    return compiled.some((parts) => matchPrefix(parts, segments));
  };
}

/** Whether the pattern's parts match the first n segments of a path, for some n ≥ 1. */
function matchPrefix(parts: readonly (RegExp | '**')[], segments: readonly string[]): boolean {
  // Depth-first over (part, segment) states, each visited once: at most parts × segments steps.
  const seen = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const k = i * (segments.length + 1) + j;
    if (seen.has(k)) continue;
    seen.add(k);
    if (i === parts.length) {
      if (j > 0) return true;
      continue;
    }
    const part = parts[i]!;
    if (part === '**') {
      stack.push([i + 1, j]);
      if (j < segments.length) stack.push([i, j + 1]);
    } else if (j < segments.length && part.test(segments[j]!)) stack.push([i + 1, j + 1]);
  }
  return false;
}
