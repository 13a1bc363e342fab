import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from '../../server/src/core';

const cases: [string, string, string, number][] = [
  // sentence, figure text, kind, value
  ['The army sent 11,000 soldiers.', '11,000', 'count', 11000],
  ['The army sent 11 000 soldiers.', '11 000', 'count', 11000],
  ['The army sent 11k soldiers.', '11k', 'count', 11000],
  ['Some eleven thousand fans came.', 'eleven thousand', 'count', 11000],
  ['Half a million people marched.', 'Half a million', 'count', 500000],
  ['A dozen boats sank.', 'A dozen', 'count', 12],
  ['Eight players scored.', 'Eight', 'count', 8],
  ['They raised $1.2bn last year.', '$1.2bn', 'money', 1.2e9],
  ['The club paid £600m for the ground.', '£600m', 'money', 6e8],
  ['A ticket costs eight dollars.', 'eight dollars', 'money', 8],
  ['The fine was 133,000 US dollars.', '133,000 US dollars', 'money', 133000],
  ['Turnout rose 50 percent.', '50 percent', 'percent', 50],
  ['Turnout rose 50%.', '50%', 'percent', 50],
  ['The match lasted twenty minutes.', 'twenty minutes', 'duration', 20],
  ['He got a 17-year sentence.', '17-year', 'duration', 17 * 525960],
  ['Her 4-year-old son slept.', '4-year-old', 'age', 4],
  ['Ana Lopez, 25, won.', '25', 'age', 25],
];

for (const [sentence, text, kind, value] of cases) {
  void test(`extracts "${text}" from "${sentence}"`, () => {
    const f = extractFigures(sentence).find((x) => x.text === text);
    assert.ok(f, `no figure "${text}" in ${JSON.stringify(extractFigures(sentence).map((x) => x.text))}`);
    assert.equal(f.kind, kind);
    assert.equal(f.value, value);
  });
}
