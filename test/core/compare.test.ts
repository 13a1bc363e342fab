/**
 * Comparison of two figures (server/src/core/verify/compare.ts): which figures can state the same
 * fact, and how their values agree. Figures are read from made-up sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures, type Figure } from '../../server/src/core';
import { agreement, comparable, rateDiffers, type Agreement } from '../../server/src/core/verify/compare';

function fig(sentence: string, text: string): Figure {
  const f = extractFigures(sentence).find((x) => x.text === text);
  assert.ok(f, `no figure "${text}" in ${JSON.stringify(extractFigures(sentence).map((x) => x.text))}`);
  return f;
}

/** [claim sentence, claim figure, source sentence, source figure, comparable, agreement if comparable]. */
const rows: readonly [string, string, string, string, boolean, Agreement?][] = [
  // Decades are dates: a decade contains the years in it.
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in 1995.', '1995', true, 'same'],
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in 1990.', '1990', true, 'same'],
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in 1999.', '1999', true, 'same'],
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in 2001.', '2001', true, 'different'],
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in 1989.', '1989', true, 'different'],
  ['The mill closed in the 1990s.', '1990s', "The mill closed in the '90s.", "'90s", true, 'same'],
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in the nineties.', 'nineties', true, 'same'],
  ['The mill closed in the mid-1990s.', 'mid-1990s', 'The mill closed in March 1996.', 'March 1996', true, 'same'],
  ['The mill closed in the 1990s.', '1990s', 'The mill closed in the 1980s.', '1980s', true, 'different'],
  ["The mill closed in the '80s.", "'80s", 'The mill closed in the 1990s.', '1990s', true, 'different'],
  // A year is not confirmed by its decade, only not contradicted.
  ['The mill closed in 1995.', '1995', 'The mill closed in the 1990s.', '1990s', true, 'neutral'],
  // A weekday meets another weekday, or the day a full date fell on (20 September 2023 was a Wednesday).
  ['The vote was held on Tuesday.', 'Tuesday', 'The vote was held on Wednesday.', 'Wednesday', true, 'different'],
  ['The vote was held on Tuesday.', 'Tuesday', 'The vote was held on Tuesday.', 'Tuesday', true, 'same'],
  ['The vote was held on Wednesday.', 'Wednesday', 'The vote was held on September 20, 2023.', 'September 20, 2023', true, 'same'],
  ['The vote was held on Tuesday.', 'Tuesday', 'The vote was held on September 20, 2023.', 'September 20, 2023', true, 'different'],
  ['The vote was held on Tuesday.', 'Tuesday', 'The vote was held in 2023.', '2023', false],
  // Measurements meet measurements of their dimension, whatever the prefix.
  ['The mast is 130cm tall.', '130cm', 'The mast is 1.3 metres tall.', '1.3 metres', true, 'same'],
  ['The mast is 130cm tall.', '130cm', 'The mast is 1.5 metres tall.', '1.5 metres', true, 'different'],
  ['The mast is 130cm tall.', '130cm', 'The mast has 130 rivets.', '130', false],
  ['The file is 7MB.', '7MB', 'The cable is 7 km long.', '7 km', false],
  // A fraction in words is a rounded share.
  ['A third of pupils walk to school.', 'A third', 'Some 33% of pupils walk to school.', '33%', true, 'same'],
  ['A third of pupils walk to school.', 'A third', '33% of pupils walk to school.', '33%', true, 'same'],
  ['A third of pupils walk to school.', 'A third', '25% of pupils walk to school.', '25%', true, 'different'],
  ['The mill closed in 2005.', '2005', 'The mill closed in the 1990s.', '1990s', true, 'different'],
  // A decade cannot be compared with a date that has no year.
  ['The mill closed in the 1990s.', '1990s', 'The mill closed on July 4.', 'July 4', false],
  // Ranks and scores compare with their own kind only, value for value.
  ['She finished 18th in the race.', '18th', 'She finished 18th in the race.', '18th', true, 'same'],
  ['She finished 18th in the race.', '18th', 'She finished eighteenth in the race.', 'eighteenth', true, 'same'],
  ['She finished 18th in the race.', '18th', 'She finished 17th in the race.', '17th', true, 'different'],
  ['She finished 18th in the race.', '18th', 'She beat 18 rivals in the race.', '18', false],
  ['The hosts won 3-1.', '3-1', 'The hosts won 3–1 at home.', '3–1', true, 'same'],
  ['The hosts won 3-1.', '3-1', 'The hosts won 4-1 at home.', '4-1', true, 'different'],
  ['The hosts won 3-1.', '3-1', 'The hosts won 1-0 at home.', '1-0', true, 'different'],
  // Race times are durations.
  ['She won in 1:47.97.', '1:47.97', 'She won in 1:47.97 on Sunday.', '1:47.97', true, 'same'],
  ['She won in 1:47.97.', '1:47.97', 'She won in 1:48.12 on Sunday.', '1:48.12', true, 'different'],
  ['He ran the marathon in 2:03:59.', '2:03:59', 'He ran the marathon in two hours.', 'two hours', true, 'different'],
  // A duration written in two or three units is one duration.
  ['He ran the marathon in 2:03:59.', '2:03:59', 'He ran the marathon in two hours, three minutes and 59 seconds.', 'two hours, three minutes and 59 seconds', true, 'same'],
  ['She won in 1:47.97.', '1:47.97', 'She won in a time of one minute, 47.97 seconds.', 'one minute, 47.97 seconds', true, 'same'],
  ['The talks lasted 2.5 hours.', '2.5 hours', 'The talks lasted 2 hours and 30 minutes.', '2 hours and 30 minutes', true, 'same'],
  ['The talks lasted 2.5 hours.', '2.5 hours', 'The talks lasted 2 hours and 40 minutes.', '2 hours and 40 minutes', true, 'different'],
  // A currency kept by name meets every currency of that name, and no other.
  ['The loan was 400m pesos.', '400m pesos', 'The loan was 400m Mexican pesos.', '400m Mexican pesos', true, 'same'],
  ['The loan was 400m Argentine pesos.', '400m Argentine pesos', 'The loan was 400m pesos.', '400m pesos', true, 'same'],
  ['The ticket costs Rs 500.', 'Rs 500', 'The ticket costs ₹500.', '₹500', true, 'same'],
  ['The ticket costs Rs 500.', 'Rs 500', 'The ticket costs 500 Pakistani rupees.', '500 Pakistani rupees', true, 'same'],
  ['The loan was 400m pesos.', '400m pesos', 'The loan was $400m.', '$400m', false],
  ['The loan was 400m Mexican pesos.', '400m Mexican pesos', 'The loan was 400m Argentine pesos.', '400m Argentine pesos', false],
  ['The museum charges 150 kroner.', '150 kroner', 'The museum charges 150 Danish kroner.', '150 Danish kroner', true, 'same'],
  ['The museum charges 150 kroner.', '150 kroner', 'The museum charges 150 Swedish kronor.', '150 Swedish kronor', false],
  ['The fare is 513p.', '513p', 'The fare is £5.13.', '£5.13', true, 'same'],
  ['A stamp costs 50c.', '50c', 'A stamp costs $0.50.', '$0.50', true, 'same'],
  ['The fine was 200 rand.', '200 rand', 'The fine was 200 South African rand.', '200 South African rand', true, 'same'],
];

for (const [claimSentence, claimText, sourceSentence, sourceText, isComparable, agrees] of rows) {
  void test(`"${claimText}" against "${sourceText}": ${isComparable ? agrees : 'not comparable'}`, () => {
    const claim = fig(claimSentence, claimText);
    const source = fig(sourceSentence, sourceText);
    assert.equal(comparable(claim, source), isComparable);
    assert.equal(comparable(source, claim), isComparable, 'comparability is symmetric');
    if (isComparable) assert.equal(agreement(claim, source), agrees);
  });
}

void test('rates: figures per different things, or a rate and a total, are comparable and their rates differ', () => {
  const yearly = fig('The plan costs £3bn a year.', '£3bn a year');
  const total = fig('The plan costs £3bn over five years.', '£3bn');
  const monthly = fig('The plan costs £3bn a month.', '£3bn a month');
  const annually = fig('The plan costs £3bn annually.', '£3bn annually');
  assert.ok(comparable(yearly, total) && comparable(yearly, monthly));
  assert.ok(rateDiffers(yearly, total) && rateDiffers(total, yearly));
  assert.ok(rateDiffers(yearly, monthly));
  assert.equal(rateDiffers(yearly, annually), false);
});
