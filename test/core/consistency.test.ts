// Consistency: the same quantity given two values in one draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkerFor, claimOf, FILLER, mdSource } from './helpers';

const corpus = {
  ...FILLER,
  'gazette.md': mdSource('gazette', 'Harbour Gazette', 'The harbour bridge carried 42,000 vehicles a day in its first month.\n\nThe new ferry terminal cost $31 million to build.'),
};

void test('a quantity given two values in a draft is inconsistent at both places, each pointing at the other', async () => {
  const { checker } = await checkerFor(corpus);
  const draft = 'The harbour bridge carried 42,000 vehicles a day in its first month.\n\nTraffic grew fast: by the end of its first month the bridge carried 45,000 vehicles a day.\n';
  const claims = await checker.check(draft);
  const a = claimOf(claims, '42,000');
  const b = claimOf(claims, '45,000');
  assert.ok(a.codes.includes('inconsistent'), `${a.codes}`);
  assert.ok(b.codes.includes('inconsistent'), `${b.codes}`);
  assert.deepEqual(a.inconsistent!.others.map((o) => [o.text, o.range.start.line]), [['45,000', 2]]);
  assert.deepEqual(b.inconsistent!.others.map((o) => [o.text, o.range.start.line]), [['42,000', 0]]);
  assert.match(a.inconsistent!.message, /45,000 \(line 3\)/);
});

void test('different quantities, the same value twice, other years or another role are not inconsistent', async () => {
  const { checker } = await checkerFor(corpus);
  const draft = [
    'The harbour bridge carried 42,000 vehicles a day in its first month.',
    'The ferry terminal cost $31 million to build.',
    'The bridge still carried 42,000 vehicles a day in its first month, the council confirmed.',
    'The library lent 14,000 books last year.',
    'In 2019 the old bridge carried 30,000 vehicles a day; in 2024 the bridge carried 42,000 vehicles a day.',
    'The council expects the bridge to carry 60,000 vehicles a day by 2030.',
  ].join('\n\n');
  const claims = await checker.check(draft);
  const flagged = claims.filter((c) => c.codes.includes('inconsistent')).map((c) => `${c.text}: ${c.inconsistent?.message}`);
  assert.deepEqual(flagged, []);
});

void test('consistency can be left to the caller, which asks about the whole draft', async () => {
  const { checker } = await checkerFor(corpus);
  const draft = 'The ferry terminal cost $31 million to build.\n\nThe ferry terminal cost $35 million to build, the port said.\n';
  const claims = await checker.check(draft, { consistency: false });
  assert.ok(claims.every((c) => !c.codes.includes('inconsistent')));
  const found = await checker.consistency(draft);
  assert.deepEqual(found.map((f) => [f.text, f.others.map((o) => o.text)]), [['$31 million', ['$35 million']], ['$35 million', ['$31 million']]]);
});

void test('a checker that has seen a draft finds, after an edit, the inconsistencies a fresh one finds', async () => {
  const { checker } = await checkerFor(corpus);
  const before = 'The harbour bridge carried 42,000 vehicles a day in its first month.\n\nThe ferry terminal cost $31 million to build.\n\nBy the end of its first month the bridge carried 42,000 vehicles a day.\n';
  const after = before.replace(/42,000 vehicles a day\.\n$/, '45,000 vehicles a day.\n');
  const flagged = (claims: Awaited<ReturnType<typeof checker.check>>): string[] => claims.filter((c) => c.codes.includes('inconsistent')).map((c) => `${c.text}@${c.start}`);
  assert.deepEqual(flagged(await checker.check(before)), []);
  // The edit changes one sentence: the others' analyses and comparisons come from the checker's memory.
  const edited = await checker.check(after);
  const { checker: fresh } = await checkerFor(corpus);
  assert.deepEqual(edited, await fresh.check(after));
  assert.deepEqual(flagged(edited), [`42,000@${after.indexOf('42,000')}`, `45,000@${after.indexOf('45,000')}`]);
  assert.deepEqual(flagged(await checker.check(before)), []);
});
