/** allMatches: the matches of a global pattern, exactly as String.prototype.matchAll gives them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allMatches } from '../../server/src/core/text/matches';

const shape = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => ({ index: m.index, groups: m.groups ? { ...m.groups } : undefined, all: [...m] }));

void test('allMatches gives what matchAll gives, empty matches and surrogate pairs included', () => {
  const cases: [RegExp, string][] = [
    [/\d+/g, 'a1 b22 c333'],
    [/(?<word>\p{L}+)(?<num>\d*)/gu, 'abc12 déf ghi3'],
    [/x*/g, 'axxb'],
    [/x*/gu, 'a😀xb😀'],
    [/(?:)/gu, '😀a'],
    [/[^\r\n]*(?:\r\n|\r|\n|$)/g, 'one\r\ntwo\rthree\n\nfour'],
    [/q/giu, ''],
  ];
  for (const [re, text] of cases) {
    assert.deepEqual(shape(allMatches(re, text)), shape(text.matchAll(re)), `${re} on ${JSON.stringify(text)}`);
    assert.equal(re.lastIndex, 0, 'the pattern is left as it was found');
  }
});

void test('allMatches can be used again while its list is gone through, and refuses a pattern that is not global', () => {
  const re = /\d/g;
  const pairs: string[] = [];
  for (const a of allMatches(re, '12')) for (const b of allMatches(re, '34')) pairs.push(a[0] + b[0]);
  assert.deepEqual(pairs, ['13', '14', '23', '24']);
  assert.throws(() => allMatches(/\d/, '1'), TypeError);
});
