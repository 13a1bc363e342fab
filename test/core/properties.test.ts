/**
 * Property tests with fast-check: whatever the text, extraction and checking never throw and every
 * range they report lies inside the text and slices it to the reported text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractFigures, extractQuotes, loadCorpus, maskMarkdown, sentencesOf, splitBlocks, tokenize } from '../../server/src/core';
import { checkerFor, FILLER, memoryReader, positionOf } from './helpers';

const RUNS = 200;

/** Pieces that look like what the engine looks for, to mix with arbitrary unicode. */
const fragment = fc.constantFrom(
  '11,000', '11 000', '11k', '$1.2bn', '£600m', '€', '500,000 soles', ' about ', 'more than ', 'nearly ', 'at least ', '50%', '50 percent',
  'September 20, 2023', '20/09/2023', '2023-09-20', '2014', '7 a.m.', '19:30', 'seven in the morning', '17-year', 'twenty minutes',
  'a decade', '4-year-old', 'Ana Lopez, 25,', 'half a million', 'a dozen', 'dozens', 'tens of thousands', 'COVID-19', 'G7', '9/11',
  '10th', '"', '“', '”', '«', '»', "'", '\n', '\n\n', '\r\n', '# ', '- ', '1. ', '> ', '---\n', '```\n', '`', '](http://x.y/1)', '. ',
  '! ', '? ', 'Mr. ', 'U.S. ', 'a.m. ', 'é', 'e\u0301', '😀', '👩‍👩‍👧', '\u00a0', '\u202f', '\u200b', '.5', '0', '1e5', ' and ',
  ' of ', 'a ', 'one ', 'Eight ', 'runners ', 'fans ', '.',
  // Ranks, decades, scores, race times, pence and the currencies of ISO 4217.
  '18th', '1st', '23rd', '2th', 'eighth ', 'twenty-first', 'third-largest', 'second-most-visited', 'first ', 'a third of ', 'Second World War',
  'the 1990s', "the '90s", 'the ’10s', 'the nineties', 'mid-1980s', 'early 2000s', '1800s', 'in his 90s',
  '4-0', 'won 3-1', '2–2', '6-2 7-6', '6-7 6-4', '21-17', '4-7%', 'between 3-5 ', '1-1-1-1', '4-3-3', '-', '–',
  '1:47.97', '2:03:59', 'in 9.58 seconds', 'a time of 3:29.71', 'in 3:29', ':', '23:46:14', 'at 19:45:30',
  '513p', '75p a share', '99 cents', '50c', '99¢', '1080p', 'p. 4', 'A$1.2bn', 'Rp 5 trillion', 'CHF 12m', '¥3.5bn', 'USD 5m',
  '5m USD', 'Rs 500', '5 crore rupees', ' lakh crore', '₩', '₽', '₺', '₦', '₪', '฿', '₱', 'NZ$', 'HK$', 'R$', ' zł', ' Kč', ' Mexican pesos',
  ' pesos', ' won ', ' Zorkish ', ' euro cents', 'millions of dollars',
);

const text = fc
  .array(fc.oneof(fragment, fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

const anyText = fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }));

void test('extractFigures never throws; every figure slices the text to its own text', () => {
  fc.assert(
    fc.property(anyText, (t) => {
      let last = -1;
      for (const f of extractFigures(t)) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= t.length, `range ${f.start}-${f.end} of ${t.length}`);
        assert.equal(t.slice(f.start, f.end), f.text);
        assert.ok(f.start >= last, 'figures come in order');
        last = f.start;
        assert.ok(Number.isFinite(f.value), `value ${f.value}`);
        assert.ok(f.lo <= f.hi, `lo ${f.lo} > hi ${f.hi}`);
      }
    }),
    { numRuns: RUNS },
  );
});

void test('extractQuotes never throws; every quote lies inside the text', () => {
  fc.assert(
    fc.property(anyText, (t) => {
      for (const q of extractQuotes(t)) {
        assert.ok(q.start >= 0 && q.start < q.end && q.end <= t.length);
        assert.equal(t.slice(q.start, q.end), q.text);
      }
    }),
    { numRuns: RUNS },
  );
});

void test('sentencesOf and splitBlocks: spans in order, inside the text, slicing to their text', () => {
  fc.assert(
    fc.property(anyText, (t) => {
      for (const spans of [sentencesOf(t), splitBlocks(t)]) {
        let last = 0;
        for (const s of spans) {
          assert.ok(s.start >= last && s.start <= s.end && s.end <= t.length, `span ${s.start}-${s.end} after ${last} in ${t.length}`);
          assert.equal(t.slice(s.start, s.end), s.text);
          last = s.end;
        }
      }
    }),
    { numRuns: RUNS },
  );
});

void test('tokenize: tokens slice the text; maskMarkdown keeps the length and the line breaks', () => {
  fc.assert(
    fc.property(anyText, (t) => {
      for (const tok of tokenize(t)) assert.equal(t.slice(tok.start, tok.end), tok.text);
      const masked = maskMarkdown(t);
      assert.equal(masked.length, t.length);
      for (let i = 0; i < t.length; i++) if (t[i] === '\n') assert.equal(masked[i], '\n');
    }),
    { numRuns: RUNS },
  );
});

void test('checker.check never throws on arbitrary text; every claim range lies in the text', async () => {
  const { checker } = await checkerFor({
    ...FILLER,
    'news.md': '---\nid: news\ntitle: News\n---\nAbout 11,000 fans paid $8 a week on September 20, 2023.\n\nAna Lopez, 25, said "we love this team" at 7 a.m.\n',
  });
  await fc.assert(
    fc.asyncProperty(anyText, fc.boolean(), async (t, markdown) => {
      const claims = await checker.check(t, { markdown });
      for (const c of claims) {
        assert.ok(c.start >= 0 && c.start <= c.end && c.end <= t.length, `claim ${c.start}-${c.end} of ${t.length}`);
        assert.equal(t.slice(c.start, c.end), c.text);
        assert.deepEqual(c.range.start, positionOf(t, c.start));
        assert.deepEqual(c.range.end, positionOf(t, c.end));
        assert.ok(['supported', 'conflict', 'disputed', 'unsupported'].includes(c.verdict));
        assert.match(c.evidenceHash, /^[0-9a-f]{8}$/);
      }
    }),
    { numRuns: RUNS },
  );
});

void test('a corpus of arbitrary files loads without throwing, and can be checked against', async () => {
  const bytes = fc.uint8Array({ maxLength: 300 });
  const file = fc.oneof(anyText, bytes);
  const name = fc.constantFrom('a.md', 'b.txt', 'c.markdown', 'd.png', 'dir/e.md', 'f.MD');
  await fc.assert(
    fc.asyncProperty(fc.dictionary(name, file, { maxKeys: 4 }), text, async (files, draft) => {
      const { documents, warnings } = await loadCorpus(memoryReader(files));
      assert.ok(documents.length <= Object.keys(files).length);
      assert.ok(Array.isArray(warnings));
      const { checker } = await checkerFor(files);
      const claims = await checker.check(draft);
      for (const c of claims) assert.equal(draft.slice(c.start, c.end), c.text);
    }),
    { numRuns: 100 },
  );
});
