/**
 * Hostile input: very long words and lines, sentences crowded with figures. Each case asserts
 * that the work completes and reads the text right; the timeouts are generous bounds against a
 * hang, never a measure of speed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptOf, extractFigures, frameSentence, sentencesOf, tokenize, type Frame } from '../../server/src/core';
import { checkerFor, claimOf, FILLER, mdSource } from './helpers';

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

// ---------------------------------------------------------------------------------------------
// Many figures in one sentence

void test('a 34 KB line of 6,000 figures: every figure is read and checked', HOSTILE, async () => {
  const kinds = ['12%', '$3m', '1,500', '7', 'May 4'];
  const parts = Array.from({ length: 6000 }, (_, i) => kinds[i % kinds.length]!);
  const line = `The figures were ${parts.join(', ')}.`;
  assert.ok(line.length > 32_000);
  const { checker } = await checkerFor(CORPUS);
  const claims = await checker.check(line);
  assert.equal(claims.length, 6000);
  assert.deepEqual(
    claims.slice(0, 5).map((c) => [c.text, c.kind]),
    [
      ['12%', 'percent'],
      ['$3m', 'money'],
      ['1,500', 'count'],
      ['7', 'count'],
      ['May 4', 'date'],
    ],
  );
  assert.deepEqual(
    claims.map((c) => c.text),
    parts,
  );
});

void test('"1-1-1-…" over 100 KB is a code, not figures; "1-1 1-1 …" is 25,000 scores', HOSTILE, async () => {
  const { checker } = await checkerFor(CORPUS);
  const chain = Array(50_001).fill('1').join('-');
  assert.deepEqual(await checker.check(chain), []);
  const pairs = Array(25_000).fill('1-1').join(' ');
  assert.ok(pairs.length > 99_000);
  const claims = await checker.check(pairs);
  assert.equal(claims.length, 25_000);
  assert.ok(claims.every((c) => c.kind === 'score' && c.text === '1-1'));
});

void test('a line of many figures and many distinct words is checked figure by figure', HOSTILE, async () => {
  const words = (i: number): string => letters(7, i + 1);
  const claim = 'the council spent $4.5 million on 15,000 new homes in 2021';
  const { checker } = await checkerFor(CORPUS);
  const alone = claimOf(await checker.check(`Records show ${claim}.`), '15,000');
  assert.equal(alone.verdict, 'supported');
  // Thousands of words that no source has, far from the claim, do not drown its own words.
  const list = Array.from({ length: 3000 }, (_, i) => `${words(2 * i)} ${i + 1} ${words(2 * i + 1)}`).join(' ');
  const line = `Records show ${list}${' and the'.repeat(100)} ${claim}.`;
  const claims = await checker.check(line);
  assert.equal(claims.length, 3003);
  assert.equal(claimOf(claims, '15,000').verdict, 'supported');
  assert.equal(claimOf(claims, '$4.5 million').verdict, 'supported');
});

void test('a check cancelled in the middle of one long sentence stops there', HOSTILE, async () => {
  const line = `The figures were ${Array.from({ length: 6000 }, (_, i) => `${i + 1} homes`).join(', ')}.`;
  const { checker } = await checkerFor(CORPUS);
  const token = { isCancellationRequested: false };
  // The timer can only fire if the check gives the event loop a turn inside the sentence.
  const timer = setTimeout(() => (token.isCancellationRequested = true), 20);
  const claims = await checker.check(line, {}, token);
  clearTimeout(timer);
  assert.ok(token.isCancellationRequested, 'the check gave the event loop a turn');
  assert.deepEqual(claims, []);
});

void test('frames in a long run of numbers and names read as in a short sentence', HOSTILE, () => {
  const frameOf = (text: string, figure: string): Frame => {
    const frames = frameSentence(text, extractFigures(text));
    const frame = frames.find((f) => f.figure.text === figure);
    assert.ok(frame, `no figure "${figure}" in ${frames.map((f) => f.figure.text).join(', ')}`);
    return frame;
  };
  const numbers = (n: number): string => Array.from({ length: n }, (_, i) => String(i + 1)).join(' ');
  const short = frameOf(`Yesterday Acme spent ${numbers(4)} and then $5m on homes, up from ${numbers(3)} $2m.`, '$5m');
  const long = frameOf(`Yesterday Acme spent ${numbers(5000)} and then $5m on homes, up from ${numbers(5000)} $2m.`, '$5m');
  assert.deepEqual(long.leadWords, ['spent', 'acme', 'yesterday']);
  assert.deepEqual(long.leadWords, short.leadWords);
  assert.deepEqual(long.before, short.before);
  assert.deepEqual(long.after, short.after);
  assert.deepEqual(long.headWords, short.headWords);
  assert.deepEqual(long.subject, short.subject);
  assert.deepEqual(long.subject, ['Acme', 'Yesterday'].map(conceptOf));
  // Names repeated thousands of times: still the nearest distinct ones, nearest first.
  const names = `In Lisbon, ${Array.from({ length: 3000 }, (_, i) => `Paris ${i + 1}`).join(' and ')} and Madrid ${'Paris '.repeat(10)}.`;
  const middle = frameOf(names, '1500');
  const lisbon = names.indexOf('Lisbon');
  const madrid = names.indexOf('Madrid');
  const nearer = Math.abs(madrid - middle.figure.start) < Math.abs(lisbon - middle.figure.start) ? ['Madrid', 'Lisbon'] : ['Lisbon', 'Madrid'];
  assert.deepEqual(middle.subject, ['Paris', ...nearer].map(conceptOf));
});
