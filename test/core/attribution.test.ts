// Attribution: a figure or quote the draft credits to an outlet, checked against what that outlet says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletNames, outletsOf } from '../../server/src/core';
import { checkerFor, claimOf, FILLER, mdSource } from './helpers';

const corpus = {
  ...FILLER,
  'gazette.md': mdSource('gazette', 'Harbour Gazette', 'The harbour bridge carried 42,000 vehicles a day in its first month, officials said.\n\nThe mayor said: "We built this bridge for the next hundred years."'),
  'radio.md': mdSource('radio', 'Coast Radio', 'The new ferry terminal cost $31 million to build, the port authority said.\n\nThe harbour bridge carried 38,000 vehicles a day in its first month.'),
  'wire.md': mdSource('wire', 'Agence Maritime de Presse (AMP)', 'Dockworkers went on strike for 12 days at the container port.'),
};

void test('outlet names come from the publisher field: the name, a bracketed acronym, initials of three words', () => {
  assert.deepEqual(new Set(outletNames('Agence France-Presse (AFP)')), new Set(['afp', 'agence france-presse']));
  assert.deepEqual(new Set(outletNames('The British Broadcasting Corporation')), new Set(['british broadcasting corporation', 'bbc']));
  assert.deepEqual(outletNames('Latin Post'), ['latin post']);
});

void test('attribution phrases are found around any outlet of the corpus, in several constructions', () => {
  const outlets = outletsOf(['Harbour Gazette', 'Coast Radio', 'Agence Maritime de Presse (AMP)']);
  const found = (s: string): string[] => outlets.find(s).map((a) => `${a.outlet.publisher}@${s.slice(a.start, a.end)}`);
  assert.deepEqual(found('The bridge cost $9m, according to the Harbour Gazette.'), ['Harbour Gazette@according to the Harbour Gazette']);
  assert.deepEqual(found('Coast Radio reported that 40 boats sank.'), ['Coast Radio@Coast Radio reported']);
  assert.deepEqual(found('"We are ready," the mayor told Coast Radio.'), ['Coast Radio@told Coast Radio']);
  assert.deepEqual(found('A Harbour Gazette investigation found 12 faults.'), ['Harbour Gazette@Harbour Gazette investigation found']);
  assert.deepEqual(found('Dockworkers struck for 12 days, AMP said.'), ['Agence Maritime de Presse (AMP)@AMP said']);
  assert.deepEqual(found('In an interview with the Harbour Gazette, she said 5 cranes broke.'), ['Harbour Gazette@In an interview with the Harbour Gazette']);
  // Not a credit: a name that is not an outlet, a negation, a lower-case common noun.
  assert.deepEqual(found('According to the mayor, 40 boats sank.'), []);
  assert.deepEqual(found('Coast Radio has not reported the figure.'), []);
  assert.deepEqual(found('The coast radio said nothing.'), []);
});

void test('a figure credited to an outlet that gives another value is misattributed, naming who does state it', async () => {
  const { checker } = await checkerFor(corpus);
  const c = claimOf(await checker.check('The harbour bridge carried 42,000 vehicles a day in its first month, according to Coast Radio.'), '42,000');
  assert.equal(c.attribution?.status, 'misattributed', c.attribution?.message);
  assert.ok(c.codes.includes('misattributed'), String(c.codes));
  assert.match(c.attribution!.message, /Coast Radio says 38,000/);
  assert.deepEqual(c.attribution!.saidBy, ['Harbour Gazette']);
  assert.equal(c.attribution!.text, 'according to Coast Radio');
  assert.deepEqual(new Set(c.attribution!.evidence.map((e) => `${e.relation}:${e.source}`)), new Set(['contradicts:radio', 'supports:gazette']));
});

void test('a figure credited to the outlet that states it is confirmed, and raises no code of its own', async () => {
  const { checker } = await checkerFor(corpus);
  const c = claimOf(await checker.check('The harbour bridge carried 42,000 vehicles a day in its first month, the Harbour Gazette reported.'), '42,000');
  assert.equal(c.attribution?.status, 'confirmed', c.attribution?.message);
  assert.ok(!c.codes.includes('misattributed'));
});

void test('a figure only another outlet states is misattributed ("only ... states")', async () => {
  const { checker } = await checkerFor(corpus);
  const c = claimOf(await checker.check('The new ferry terminal cost $31 million to build, AMP said.'), '$31 million');
  assert.equal(c.verdict, 'supported', c.message);
  assert.equal(c.attribution?.status, 'misattributed', c.attribution?.message);
  assert.deepEqual([...c.codes], ['misattributed']);
  assert.match(c.attribution!.message, /^Credited to Agence Maritime de Presse \(AMP\), but only Coast Radio states \$31 million\.$/);
});

void test('a quote credited to the wrong outlet is misattributed; to the right one, confirmed', async () => {
  const { checker } = await checkerFor(corpus);
  const wrong = claimOf(await checker.check('"We built this bridge for the next hundred years," the mayor told Coast Radio.'), 'We built this bridge for the next hundred years');
  assert.equal(wrong.verdict, 'supported');
  assert.equal(wrong.attribution?.status, 'misattributed', wrong.attribution?.message);
  assert.deepEqual(wrong.attribution!.saidBy, ['Harbour Gazette']);
  const right = claimOf(await checker.check('"We built this bridge for the next hundred years," the mayor told the Harbour Gazette.'), 'We built this bridge for the next hundred years');
  assert.equal(right.attribution?.status, 'confirmed');
});

void test('the verdict of a credited claim is the verdict it has without the credit checked', async () => {
  const { checker } = await checkerFor(corpus);
  const c = claimOf(await checker.check('The harbour bridge carried 50,000 vehicles a day in its first month, according to Coast Radio.'), '50,000');
  assert.equal(c.verdict, 'conflict');
  assert.deepEqual([...c.codes], ['conflict', 'misattributed']);
});
