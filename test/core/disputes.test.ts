// Disputes: sources that disagree among themselves about the very thing the draft states.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkerFor, claimOf, FILLER, mdSource } from './helpers';

const corpus = {
  ...FILLER,
  'gazette.md': mdSource('gazette', 'Harbour Gazette', 'The city council approved a budget of $48 million on Tuesday for the coming year.'),
  'radio.md': mdSource('radio', 'Coast Radio', 'Councillors approved a budget of $55 million on Tuesday for the coming year.'),
  'minutes.md': mdSource('minutes', 'Council minutes', 'The new library was designed for 300 readers. It welcomed 1,200 readers on its first day.'),
};

void test('an amount named by the noun before it ("a budget of $48 million") can be disputed', async () => {
  const { checker } = await checkerFor(corpus);
  const draft = 'The council approved a budget of $48 million for next year.';
  const c = claimOf(await checker.check(draft), '$48 million');
  assert.equal(c.verdict, 'disputed', c.message);
  assert.deepEqual(new Set(c.evidence.map((e) => `${e.relation}:${e.source}`)), new Set(['supports:gazette', 'contradicts:radio']));
});

void test('a value no source gives, when sources disagree, is a conflict naming both values', async () => {
  const { checker } = await checkerFor(corpus);
  const c = claimOf(await checker.check('The council approved a budget of $60 million for next year.'), '$60 million');
  assert.equal(c.verdict, 'conflict', c.message);
  assert.match(c.message, /\$48 million/);
  assert.match(c.message, /\$55 million/);
});

void test('one source stating two values of different things is not a dispute', async () => {
  const { checker } = await checkerFor(corpus);
  const c = claimOf(await checker.check('The library was designed for 300 readers.'), '300');
  assert.equal(c.verdict, 'supported', c.message);
});

void test('a yearly figure is not supported by the same figure over several years', async () => {
  const { checker } = await checkerFor({
    ...FILLER,
    'wire.md': mdSource('wire', 'Wire', 'The new runway will create 2,500 jobs over the next seven years, the airport said.'),
  });
  const c = claimOf(await checker.check('The new runway will create 2,500 jobs a year, the airport said.'), '2,500');
  assert.notEqual(c.verdict, 'supported', c.message);
  if (c.verdict === 'conflict') assert.match(c.message, /the draft says 2,500 per year/);
});
