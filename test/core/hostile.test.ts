/**
 * Hostile input: very long words and lines, sentences crowded with figures. Each case asserts
 * that the work completes and reads the text right; the timeouts are generous bounds against a
 * hang, never a measure of speed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, sentencesOf, tokenize } from '../../server/src/core';
import { checkerFor, FILLER, mdSource } from './helpers';

const HOSTILE = { timeout: 120_000 };

/** Letters from a fixed seed: a "word" no dictionary knows. */
function letters(n: number, seed = 7): string {
  const out: string[] = [];
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    out.push(String.fromCharCode(97 + (x % 26)));
  }
  return out.join('');
}

const CORPUS = {
  ...FILLER,
  'council.md': mdSource('council', 'City Desk', 'The council spent $4.5 million on 15,000 new homes in 2021.'),
};

// ---------------------------------------------------------------------------------------------
// Long words

void test('a 40,000-letter word is one token whose concept is its folded form', HOSTILE, () => {
  const word = letters(40_000);
  const tokens = tokenize(`The ${word.toUpperCase()} word.`);
  const long = tokens.find((t) => t.text.length === word.length);
  assert.ok(long);
  assert.equal(long.norm, word);
  assert.equal(long.concept, word, 'not stemmed: its folded form');
});

void test('ordinary words are still stemmed', () => {
  const [a, b] = tokenize('running runs');
  assert.equal(a!.concept, b!.concept);
  // A long but real word keeps its stem.
  const [c, d] = tokenize('internationalisations internationalization');
  assert.equal(c!.concept, d!.concept);
});

void test('a 1 MB line of letters without spaces is tokenized, split and checked', HOSTILE, async () => {
  const line = letters(1 << 20);
  assert.equal(tokenize(line).length, 1);
  assert.equal(sentencesOf(line).length, 1);
  assert.deepEqual(extractFigures(line), []);
  const { checker } = await checkerFor(CORPUS);
  const claims = await checker.check(`${line} spent $4.5 million.`);
  assert.deepEqual(
    claims.map((c) => c.text),
    ['$4.5 million'],
  );
});
