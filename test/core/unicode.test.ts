/**
 * Figures written with invisible characters inside them, or with digits and separators of other
 * forms (full-width, Arabic-Indic), are read as the figures they show, with ranges on the text
 * as written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, extractFigures } from '../../server/src/core';
import { assertRanges, checkerFor, FILLER, mdSource } from './helpers';

/** "15,000" as it may be written. */
const VARIANTS: readonly [string, string][] = [
  ['zero-width joiner', '15\u200d,000'],
  ['zero-width space', '15,\u200b000'],
  ['word joiner and byte-order mark', '1\u20605,000\ufeff'],
  ['soft hyphen', '15\u00ad,000'],
  ['right-to-left mark', '\u200f15,000'],
  ['full-width', '１５，０００'],
  ['Arabic-Indic', '١٥٬٠٠٠'],
  ['Extended Arabic-Indic', '۱۵,۰۰۰'],
];

for (const [name, written] of VARIANTS) {
  void test(`figures: "15,000" with ${name} is one figure of 15,000`, () => {
    const text = `The stadium holds ${written} people.`;
    const figures = extractFigures(text);
    assert.equal(figures.length, 1, JSON.stringify(figures.map((f) => f.text)));
    const [f] = figures;
    assert.equal(f!.value, 15_000);
    assert.equal(f!.kind, 'count');
    // The range covers what was written, invisible characters inside the figure included.
    const trimmed = written.replace(/^[\u200f\u2060\ufeff]+|[\u200f\u2060\ufeff]+$/g, '');
    assert.equal(f!.text, trimmed);
    assert.equal(f!.start, text.indexOf(trimmed));
    assert.equal(text.slice(f!.start, f!.end), f!.text);
  });
}

void test('figures: full-width money and percentages, Arabic decimals', () => {
  const read = (text: string): [string, string, number, string | undefined][] => extractFigures(text).map((f) => [f.kind, f.text, f.value, f.unit]);
  assert.deepEqual(read('It cost ￡５ｍ.'), [['money', '￡５ｍ', 5e6, 'GBP']]);
  assert.deepEqual(read('Prices rose １２．５％ in trading.'), [['percent', '１２．５％', 12.5, '%']]);
  assert.deepEqual(read('ارتفعت ٣٫٥٪'), [['percent', '٣٫٥٪', 3.5, '%']]);
});

const CORPUS = {
  ...FILLER,
  'stadium.md': mdSource('stadium', 'Sports Desk', 'The stadium holds 15,000 people.'),
};

void test('checks: every written form of "15,000" is supported by a source that says 15,000', async () => {
  const { checker } = await checkerFor(CORPUS);
  for (const [name, written] of VARIANTS) {
    const draft = `# Stadium\n\nThe stadium holds ${written} people.\n`;
    const claims = await checker.check(draft);
    assert.equal(claims.length, 1, `${name}: ${JSON.stringify(claims.map((c) => c.text))}`);
    assert.equal(claims[0]!.verdict, 'supported', `${name}: ${claims[0]!.message}`);
    assertRanges(draft, claims);
  }
});

void test('checks: a UTF-16 draft reads its figures as a UTF-8 one does', async () => {
  const { checker } = await checkerFor(CORPUS);
  const draft = 'The stadium holds 15,000 people.\r\n';
  const bytes = new Uint8Array(2 + draft.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < draft.length; i++) bytes.set([draft.charCodeAt(i) & 0xff, draft.charCodeAt(i) >> 8], 2 + 2 * i);
  const decoded = decodeText(bytes);
  assert.ok(decoded);
  const claims = await checker.check(decoded.text);
  assert.deepEqual(
    claims.map((c) => [c.text, c.verdict]),
    [['15,000', 'supported']],
  );
});
