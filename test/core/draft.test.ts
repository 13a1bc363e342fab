/**
 * Preparing a draft: Markdown masking and offset → position conversion, with every kind of line
 * end ("\n", "\r\n", a lone "\r") and on long hostile lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineStarts, maskMarkdown, positionAt, sentencesOf, splitBlocks, splitSentences } from '../../server/src/core';
import { assertRanges, checkerFor, FILLER, mdSource, positionOf } from './helpers';

const HOSTILE = { timeout: 120_000 };

/** The patterns maskMarkdown's scans replace, as they were written: on text without "\r" the two agree. */
function referenceMask(text: string): string {
  const blank = (s: string): string => s.replace(/[^\n]/g, ' ');
  let out = text;
  out = out.replace(/^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?=\n|$)/, blank);
  out = out.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*|(?![\s\S]))/gm, blank);
  out = out.replace(/`[^`\n]+`/g, blank);
  out = out.replace(/<!--[\s\S]*?-->/g, blank);
  out = out.replace(/\]\([^)\n]*\)/g, (m) => ']' + blank(m.slice(1)));
  out = out.replace(/\bhttps?:\/\/[^\s)>\]]+/g, blank);
  out = out.replace(/<\/?[a-zA-Z][^>\n]*>/g, blank);
  out = out.replace(/^\[\^[^\]\n]+\]:.*$/gm, blank);
  out = out.replace(/\[\^[^\]\n]+\]:?/g, blank);
  out = out.replace(/^\[[^\]\n]+\]:\s*\S+.*$/gm, blank);
  out = out.replace(/^([ \t]*)(\d{1,3}[.)])(?=[ \t])/gm, (_m, indent: string, marker: string) => indent + blank(marker));
  return out;
}

const markdownPiece = fc.constantFrom(
  '](', ')', ']', '[', '[^', '[^1]', '[^note]:', '[^]', '<', '</', '<b>', '</span>', '<a href="x">', '>', '/', 'a', 'Z', '1', ' ', '\t',
  '\n', '\n\n', '`', '```\n', '~~~', '---\n', '...', ':', '(', '[x]: http://y', 'http://a.b/c', '1. ', '12) ', '$5m', 'é', '😀', '<!--', '-->', '<!-- c -->',
);
const markdownText = fc.array(fc.oneof(markdownPiece, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join('').replace(/\r/g, ''));

void test('maskMarkdown: the scans mask exactly what the patterns they replace masked', () => {
  fc.assert(
    fc.property(markdownText, (t) => {
      assert.equal(maskMarkdown(t), referenceMask(t));
    }),
    { numRuns: 2000 },
  );
});

void test('maskMarkdown: a fenced block is masked to its closing fence, or to the end of the text when it has none', () => {
  const closed = 'Before 1.\n```\nThe 777 euros.\n\nAnd 888 workers.\n```\nAfter 5 days.\n';
  assert.equal(maskMarkdown(closed), closed.replace(/```\n[\s\S]*\n```/, (m) => m.replace(/[^\n]/g, ' ')));
  const open = 'Before 1.\n~~~text\nopen 9\n\nstill 10\n';
  assert.equal(maskMarkdown(open), `Before 1.\n${open.slice(10).replace(/[^\n]/g, ' ')}`);
});

void test('maskMarkdown keeps the length and every line end, "\\r" included', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(markdownPiece, fc.constantFrom('\r', '\r\n')), { maxLength: 40 }), (parts) => {
      const t = parts.join('');
      const masked = maskMarkdown(t);
      assert.equal(masked.length, t.length);
      for (let i = 0; i < t.length; i++) if (t[i] === '\n' || t[i] === '\r') assert.equal(masked[i], t[i]);
    }),
    { numRuns: 500 },
  );
});

void test('maskMarkdown: long lines of unclosed links, tags and footnote marks', HOSTILE, () => {
  for (const piece of ['](a', '<a', '[^a', '`a']) {
    const line = `${piece.repeat(200_000)} cost $5m.`;
    const masked = maskMarkdown(line);
    assert.equal(masked.length, line.length);
    assert.ok(masked.endsWith(' cost $5m.'), piece);
  }
  // Closed ones are still masked.
  const closed = 'a [b](http://c/5) <b>6</b> [^7] x';
  assert.equal(maskMarkdown(closed), closed.replace(/\(http:\/\/c\/5\)|<\/?b>|\[\^7\]/g, (m) => ' '.repeat(m.length)));
});

void test('maskMarkdown: front matter and fences with "\\r\\n" and "\\r" line ends', () => {
  for (const nl of ['\n', '\r\n', '\r']) {
    const text = ['---', 'id: 42', '---', 'Body 7.', '```', 'code 9', '```', 'After 8.'].join(nl);
    const masked = maskMarkdown(text);
    assert.ok(!/42/.test(masked), JSON.stringify(nl));
    assert.ok(/Body 7\./.test(masked) && /After 8\./.test(masked));
  }
});

void test('lineStarts: "\\n", "\\r\\n" and a lone "\\r" each end a line', () => {
  assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
  assert.deepEqual(lineStarts('\r\r\n\n'), [0, 1, 3, 4]);
  const text = 'one\rtwo\r\nthree\nfour';
  const starts = lineStarts(text);
  for (let i = 0; i <= text.length; i++) assert.deepEqual(positionAt(starts, i), positionOf(text, i), `offset ${i}`);
});

void test('sentences: a lone "\\r" ends a line, as "\\n" does', () => {
  const lf = 'Storm Hits Coastal Towns\nWinds reached 120 km/h on Monday.\n\nSchools closed.\n- one item\n- another';
  const cr = lf.replace(/\n/g, '\r');
  const crlf = lf.replace(/\n/g, '\r\n');
  const texts = (t: string): string[] => sentencesOf(t).map((s) => s.text);
  assert.deepEqual(texts(cr), texts(lf));
  assert.deepEqual(texts(crlf), texts(lf));
  assert.equal(splitBlocks(cr).length, splitBlocks(lf).length);
});

/** The sentences of a block as the pattern the scan replaces split them (the engine's code before the scan). */
function referenceSentences(text: string): string[] {
  const abbreviations = new Set(
    `mr mrs ms dr prof st sr jr gen col lt sgt capt gov sen rep rev fr inc ltd co corp plc vs etc no nos
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun approx est fig ft
    e.g i.e u.s u.k u.n`.split(/\s+/),
  );
  const isAbbreviation = (dot: number): boolean => {
    const before = text.slice(Math.max(0, dot - 12), dot).match(/([\p{L}.]+)$/u);
    if (!before) return false;
    if (/^\p{L}$/u.test(before[1]!) && /^\p{Lu}$/u.test(before[1]!)) return true;
    return abbreviations.has(before[1]!.toLowerCase().replace(/^\./, ''));
  };
  const out: string[] = [];
  const push = (from: number, to: number): void => {
    const trimmed = text.slice(from, to).trim();
    if (trimmed) out.push(trimmed);
  };
  let start = 0;
  for (const m of text.matchAll(/[.!?…]+["”’')\]]*(?=\s+)/g)) {
    const end = m.index + m[0].length;
    // Inside a double quotation that closes within 600 characters, a sentence goes on.
    const open = [...text.slice(0, end)].reduce((n, c) => (c === '“' ? n + 1 : c === '”' ? Math.max(0, n - 1) : n), 0);
    const straight = (text.slice(0, end).match(/"/g) ?? []).length % 2 === 1;
    if (open > 0 ? text.slice(end, end + 600).includes('”') : straight && text.slice(end, end + 600).includes('"')) continue;
    const after = text.slice(end).match(/^\s+(\S)/u);
    if (!after) continue;
    if (!/[\p{Lu}\p{N}"“‘'(¿¡]/u.test(after[1]!)) continue;
    if (m[0] === '.' && isAbbreviation(m.index)) continue;
    if (/^\s*(?:\d{1,3}|[a-zA-Z])$/.test(text.slice(start, m.index))) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

void test('sentences: the scan for sentence ends splits as the pattern it replaces', () => {
  const piece = fc.constantFrom('.', '!', '?', '…', '"', '”', '’', "'", ')', ']', ' ', '  ', '\u00a0', 'A', 'b', '1', '12', 'Mr', 'J', 'e.g', '(', '“', 'é', '😀');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(splitSentences({ start: 0, end: text.length, text }).map((s) => s.text), referenceSentences(text));
    }),
    { numRuns: 3000 },
  );
});

void test('sentences: a long run of stops, closers or spaces', HOSTILE, () => {
  assert.equal(sentencesOf(`${'!'.repeat(200_000)}x`).length, 1);
  assert.equal(sentencesOf(`Wait${'.'.repeat(200_000)} B`).length, 2);
  assert.equal(sentencesOf(`Wait.${'"'.repeat(200_000)} B`).length, 2);
  assert.equal(sentencesOf(`Wait.${' '.repeat(200_000)}Bye.`).length, 2);
  assert.deepEqual(
    sentencesOf('Wait... What?! "Yes." (No.) Fine.').map((s) => s.text),
    ['Wait...', 'What?!', '"Yes."', '(No.)', 'Fine.'],
  );
});

void test('sentences: a quotation of several sentences stays in one', () => {
  assert.deepEqual(
    sentencesOf('He said: "We won. We deserved it." Then he left.').map((s) => s.text),
    ['He said: "We won. We deserved it."', 'Then he left.'],
  );
  assert.deepEqual(
    sentencesOf('She wrote: “It is over. Nobody will stay.” Few did.').map((s) => s.text),
    ['She wrote: “It is over. Nobody will stay.”', 'Few did.'],
  );
  // A quotation mark that never closes keeps nothing together.
  assert.deepEqual(sentencesOf('A stray " mark. Then more. And more.').map((s) => s.text), ['A stray " mark.', 'Then more.', 'And more.']);
  // Nor does a quotation that runs on for more than a paragraph's worth.
  const long = `"Start. ${'Word and word. '.repeat(60)}end."`;
  assert.ok(sentencesOf(long).length > 1);
});

const CORPUS = {
  ...FILLER,
  'bridge.md': mdSource('bridge', 'Transport Office', 'The bridge cost 412 million euros. About 2,300 workers built it.\n\nIt is 1,850 metres long.'),
};

void test('a draft with "\\r" line ends: every range lies inside its line, verdicts as with "\\n"', async () => {
  const { checker } = await checkerFor(CORPUS);
  const lf = '---\ntitle: 99 things\n---\n# Bridge Opens\n\nThe bridge cost 412 million euros.\nAbout 2,300 workers built it.\n\nIt is 1,850\nmetres long, and 12 m wide.\n';
  const a = await checker.check(lf);
  assert.ok(a.length >= 3);
  for (const nl of ['\r', '\r\n']) {
    const text = lf.replace(/\n/g, nl);
    const b = await checker.check(text);
    // A figure may wrap ("1,850\nmetres"): its text then holds the line end as written.
    const asLf = (t: string): string => t.replace(/\r\n|\r/g, '\n');
    assert.deepEqual(
      b.map((c) => [asLf(c.text), c.verdict]),
      a.map((c) => [c.text, c.verdict]),
      JSON.stringify(nl),
    );
    assertRanges(text, b);
    const lines = text.split(/\r\n|\r|\n/);
    for (const c of b) {
      for (const p of [c.range.start, c.range.end]) {
        assert.ok(p.line < lines.length, `line ${p.line} of ${lines.length}`);
        assert.ok(p.character <= lines[p.line]!.length, `"${c.text}": character ${p.character} past line ${p.line} "${lines[p.line]}"`);
      }
    }
    for (let i = 0; i < a.length; i++) assert.deepEqual(b[i]!.range, a[i]!.range);
  }
});
