/**
 * Seeded fuzzing of the whole engine: generated corpora are loaded and indexed, generated drafts
 * are checked against them. Drafts and sources mix figures of every kind, quotes, Unicode that
 * trips readers up (combining marks, right-to-left text, emoji, full-width and zero-width
 * characters), Markdown, every kind of line end and very long tokens. Whatever the input, nothing
 * throws, every check ends, and every claim's range lies inside its line of the draft.
 *
 * The generator is seeded: a failure names its case, which `CASES`/`SEED` reproduce.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, loadCorpus, MemoryIndex, type ClaimResult } from '../../server/src/core';
import { memoryReader, positionOf } from './helpers';

const SEED = 0x5eed_2024;
const CASES = 250;

/** mulberry32: a small, fast, seeded generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  constructor(readonly random: () => number) {}

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** Letters (sometimes with digits) from a small alphabet: words, names, or a very long token. */
  word(min = 2, max = 9): string {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    let w = '';
    for (let n = this.int(min, max); n > 0; n--) w += letters[this.int(0, 25)];
    return w;
  }
}

const WORDS = ['council', 'spent', 'homes', 'new', 'the', 'of', 'and', 'in', 'on', 'about', 'more than', 'nearly', 'at least', 'up', 'from', 'rose', 'fell', 'said', 'fans', 'match', 'team', 'won', 'budget', 'prices', 'workers', 'bridge', 'last year', 'will', 'expected', 'people', 'was', 'a', 'an', 'per', 'each', 'it', 'to'];
const NAMES = ['Acme', 'Rivermouth', 'Harbour Park', 'Ana Lopez', 'Jean-Paul', 'Zürich', 'São Paulo', 'U.S.', 'BBC', 'Okafor’s'];
const HEDGES = ['', '', '', 'about ', 'more than ', 'nearly ', 'at least ', 'up to ', 'some ', 'an estimated '];

function figure(g: Gen): string {
  const n = (): string => String(g.pick([g.int(0, 9), g.int(10, 99), g.int(100, 999), g.int(1000, 99_999)]));
  const grouped = (): string => g.int(1, 999) + ',' + String(g.int(0, 999)).padStart(3, '0');
  const forms: (() => string)[] = [
    () => `${g.pick(['$', '£', '€', 'US$', 'A$', 'Rs ', 'CHF ', '¥', '₩'])}${n()}${g.pick(['', 'm', 'bn', ' million', ' billion', 'k'])}`,
    () => `${n()} ${g.pick(['euros', 'dollars', 'pounds', 'US dollars', 'pesos', 'rupees', 'yen', 'won'])}`,
    () => `${n()}${g.pick(['p', 'c', '¢'])}`,
    () => `${n()}${g.pick(['%', ' percent', ' per cent', ' percentage points', '.5%'])}`,
    () => `${g.pick(['January', 'March', 'May', 'Sept.', 'Dec'])} ${g.int(1, 31)}${g.pick(['', ', 2021', ', 2024', 'st', 'th'])}`,
    () => `${g.int(1, 31)} ${g.pick(['June', 'October', 'Feb'])} ${g.int(1990, 2030)}`,
    () => `${g.int(1990, 2030)}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`,
    () => `${g.int(1, 12)}/${g.int(1, 28)}/${g.int(1990, 2030)}`,
    () => `${g.pick(['in ', 'since ', 'by ', ''])}${g.int(1500, 2199)}`,
    () => g.pick(['Q1', 'Q4 2020', 'third quarter', 'first-quarter', 'H1', 'the 1990s', "the '80s", 'the nineties', 'mid-1980s']),
    () => `${g.int(1, 12)}${g.pick([' a.m.', ' p.m.', 'am', ' pm', " o'clock"])}`,
    () => `${g.int(0, 23)}:${String(g.int(0, 59)).padStart(2, '0')}`,
    () => `${g.int(1, 3)}:${String(g.int(0, 59)).padStart(2, '0')}.${g.int(10, 99)}`,
    () => `${g.int(0, 9)}-${g.int(0, 9)}${g.pick(['', ` ${g.int(0, 7)}-${g.int(0, 7)}`])}`,
    () => `${g.int(1, 5)}-${g.int(1, 5)}-${g.int(1, 5)}${g.pick(['', '-1'])}`,
    () => `${g.int(1, 120)}${g.pick(['st', 'nd', 'rd', 'th'])}`,
    () => g.pick(['second', 'third-largest', 'twenty-first', 'eighth', 'second-most-visited']),
    () => `${g.pick(['seven', 'twelve', 'forty-two', 'a dozen', 'half a million', 'eleven thousand', 'two and a half', 'dozens', 'hundreds', 'tens of thousands'])}`,
    () => `${n()} ${g.pick(['years', 'minutes', 'days', 'hours', 'weeks'])}`,
    () => `${g.int(1, 99)}-year-old`,
    () => `${g.pick(NAMES)}, ${g.int(18, 90)},`,
    () => grouped(),
    () => `${g.int(1, 999)} ${String(g.int(0, 999)).padStart(3, '0')}`,
    () => `${n()}.${g.int(0, 99)}`,
    () => g.pick(['COVID-19', 'G7', '9/11', 'Boeing 747', 'Windows 11', 'Section 230', '555-123-4567', '1080p']),
  ];
  return g.pick(HEDGES) + g.pick(forms)();
}

/** Unicode that readers trip on, to put inside or between words and figures. */
function oddity(g: Gen): string {
  return g.pick([
    '\u0301', // combining acute
    'e\u0301',
    '\u200b',
    '\u200c',
    '\u200d',
    '\u2060',
    '\ufeff',
    '\u00ad',
    '\u200f',
    '\u202e',
    'مرحبا',
    'שלום',
    '٣٫٥٪',
    '١٥٬٠٠٠',
    '۱۲۳',
    '１５，０００',
    'ｈｏｍｅｓ',
    '😀',
    '👩‍👩‍👧',
    '🇬🇧',
    '1️⃣',
    '\u00a0',
    '\u202f',
    '\u3000',
    '\ud800', // a lone surrogate
    'Ω',
    '²',
  ]);
}

/** A word that is no word: a run of letters far past any English word. */
function longToken(g: Gen): string {
  const length = g.pick([70, 120, 250, 1000, g.chance(0.1) ? 20_000 : 300]);
  return g.pick([() => g.word(length, length), () => Array.from({ length: length / 4 }, () => g.word(1, 3)).join('-'), () => '9'.repeat(length)])();
}

function quote(g: Gen): string {
  const inner = Array.from({ length: g.int(1, 8) }, () => (g.chance(0.3) ? figure(g) : g.pick(WORDS))).join(' ');
  return g.pick([`"${inner}"`, `“${inner}”`, `«${inner}»`, `„${inner}“`, `"${inner}`, `“${inner}`, `'${inner}'`]);
}

/** A sentence of prose with figures, names, quotes and oddities. */
function sentence(g: Gen): string {
  const parts: string[] = [];
  if (g.chance(0.5)) parts.push(g.pick(NAMES));
  for (let n = g.int(2, 12); n > 0; n--) {
    const roll = g.int(0, 99);
    if (roll < 30) parts.push(figure(g));
    else if (roll < 70) parts.push(g.pick(WORDS));
    else if (roll < 78) parts.push(g.pick(NAMES));
    else if (roll < 84) parts.push(quote(g));
    else if (roll < 92) parts.push(oddity(g) + (g.chance(0.5) ? figure(g) : g.pick(WORDS)));
    else if (roll < 96) parts.push(g.pick([',', ';', ':', '—', '(', ')', '–', '...']));
    else if (roll < 98) parts.push(g.word());
    else parts.push(longToken(g));
  }
  // Oddities inside a figure, not only before it: "15\u200d,000".
  let s = parts.join(g.chance(0.9) ? ' ' : g.pick(['  ', '\u00a0', '\t']));
  if (g.chance(0.15)) {
    const at = g.int(0, s.length);
    s = s.slice(0, at) + oddity(g) + s.slice(at);
  }
  return s + g.pick(['.', '.', '.', '!', '?', '', '."', '.”', ' …']);
}

/** A Markdown or plain text, with blocks of every kind. */
function document(g: Gen, markdown: boolean): string {
  const blocks: string[] = [];
  for (let n = g.int(1, 3); n > 0; n--) {
    const paragraph = (): string => Array.from({ length: g.int(1, 3) }, () => sentence(g)).join(g.pick([' ', ' ', '\n']));
    const roll = g.int(0, 99);
    if (!markdown || roll < 45) blocks.push(paragraph());
    else if (roll < 55) blocks.push(`${'#'.repeat(g.int(1, 6))} ${sentence(g)}`);
    else if (roll < 65) blocks.push(Array.from({ length: g.int(1, 4) }, (_, i) => `${g.pick(['- ', '* ', `${i + 1}. `, '> '])}${sentence(g)}`).join('\n'));
    else if (roll < 70) blocks.push(`\`\`\`${g.pick(['', 'js'])}\n${figure(g)} ${figure(g)}\n${g.chance(0.8) ? '```' : ''}`);
    else if (roll < 75) blocks.push(`${sentence(g)} \`${figure(g)}\` [${g.pick(WORDS)}](http://example.com/${figure(g)}) <b>${figure(g)}</b>[^${g.int(1, 9)}]`);
    else if (roll < 78) blocks.push(`[^${g.int(1, 9)}]: ${sentence(g)}`);
    else if (roll < 81) blocks.push(`| ${figure(g)} | ${g.pick(WORDS)} |\n|---|---|\n| ${figure(g)} | ${figure(g)} |`);
    else if (roll < 84) blocks.push(g.pick(['---', '***', '___']));
    else if (roll < 87) blocks.push(`https://example.com/${figure(g)}?q=${g.int(0, 99)}`);
    else blocks.push(paragraph());
  }
  let text = blocks.join(g.pick(['\n\n', '\n\n', '\n', '\n\n\n']));
  if (markdown && g.chance(0.3)) text = `---\ntitle: ${JSON.stringify(sentence(g))}\ndate: ${g.int(1990, 2030)}-0${g.int(1, 9)}-1${g.int(0, 9)}\n${g.chance(0.2) ? 'tags: [unclosed\n' : ''}---\n${text}`;
  const newline = g.pick(['\n', '\n', '\n', '\r\n', '\r']);
  return newline === '\n' ? text : text.replace(/\n/g, newline);
}

/** A corpus file: Markdown with front matter, plain text, or awkward bytes. */
function corpusFile(g: Gen, i: number): [string, string | Uint8Array] {
  const markdown = g.chance(0.7);
  const name = `${g.pick(['news', 'sport', 'world'])}/${i}.${markdown ? 'md' : 'txt'}`;
  let text = document(g, markdown);
  if (markdown && g.chance(0.5)) text = `---\nid: doc-${g.int(0, 5)}\ntitle: ${JSON.stringify(g.pick(NAMES))}\npublisher: ${g.pick(['Herald', 'Desk', '“Quoted” Times'])}\ndate: ${g.int(1990, 2030)}\n---\n${text}`;
  const roll = g.int(0, 99);
  if (roll < 5) {
    // UTF-16 with a byte-order mark.
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let k = 0; k < text.length; k++) bytes.set([text.charCodeAt(k) & 0xff, text.charCodeAt(k) >> 8], 2 + 2 * k);
    return [name, bytes];
  }
  if (roll < 10) {
    // UTF-8 with a stray byte.
    const bytes = new TextEncoder().encode(text);
    const at = g.int(0, bytes.length);
    return [name, new Uint8Array([...bytes.subarray(0, at), g.pick([0x80, 0xe9, 0xff, 0xc3]), ...bytes.subarray(at)])];
  }
  return [name, text];
}

/** Every claim's offsets slice the draft to its text, and its range is inside its line. */
function assertInside(draft: string, claims: readonly ClaimResult[], where: string): void {
  const lines = draft.split(/\r\n|\r|\n/);
  for (const c of claims) {
    assert.ok(c.start >= 0 && c.start <= c.end && c.end <= draft.length, `${where}: offsets ${c.start}-${c.end} of ${draft.length}`);
    assert.equal(draft.slice(c.start, c.end), c.text, where);
    for (const [p, offset] of [
      [c.range.start, c.start],
      [c.range.end, c.end],
    ] as const) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${where}: "${c.text}" on line ${p.line} of ${lines.length}`);
      assert.ok(p.character >= 0 && p.character <= lines[p.line]!.length, `${where}: "${c.text}" at ${p.line}:${p.character}, past the line's ${lines[p.line]!.length} characters`);
      assert.deepEqual(p, positionOf(draft, offset), where);
    }
    assert.ok(['supported', 'conflict', 'disputed', 'unsupported'].includes(c.verdict), where);
  }
}

void test(`fuzz: ${CASES} generated corpora and drafts load, index and check; every range lies inside its line`, { timeout: 120_000 }, async () => {
  const g = new Gen(generator(SEED));
  let claims = 0;
  for (let n = 0; n < CASES; n++) {
    const where = `case ${n} (seed ${SEED})`;
    const files = Object.fromEntries(Array.from({ length: g.int(1, 3) }, (_, i) => corpusFile(g, i)));
    const { documents } = await loadCorpus(memoryReader(files));
    const index = new MemoryIndex();
    for (const doc of documents) index.addDocument(doc);
    const checker = createChecker(index);
    const markdown = g.chance(0.7);
    const draft = document(g, markdown);
    const results = await checker.check(draft, { markdown, checkQuotes: g.chance(0.8) });
    assertInside(draft, results, where);
    // A source's own text, checked as a draft, is checked too.
    const own = n % 10 === 0 ? documents[0]?.text : undefined;
    if (own !== undefined) assertInside(own, await checker.check(own), `${where}, a source as a draft`);
    claims += results.length;
  }
  assert.ok(claims > CASES, `the drafts had claims (${claims})`);
});
