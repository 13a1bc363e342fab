/**
 * Alignment features that carry a rule of their own: what counts as no link between two heads, a
 * shift of subject, a negated clause and the predicate after a figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { align, valueRelation, type Features } from '../../server/src/core/align/align';
import { sourceContext } from '../../server/src/core/align/sources';
import { analyseText } from '../../server/src/core/frame/analyse';
import { findDataDir, loadWordKnowledge } from '../../server/src/node/lexicon';
import type { Lexicon } from '../../server/src/core/align/words';

const dir = findDataDir();
const lex: Lexicon | undefined = dir ? loadWordKnowledge(dir) : undefined;

/** The features of the first figure of `source` aligned with the first figure of `claim`. */
function features(l: Lexicon, claim: string, source: string): Features {
  const c = analyseText(claim, undefined, '', undefined);
  const s = analyseText(source, undefined, '', undefined);
  const context = sourceContext(l, c, 0, () => 1, 3, new Set());
  return align(l, context, s, 0, 0, valueRelation(l, context, s.frames[0]!)).features;
}

void test('headMismatch: a head that is a kind of the other, however far up, is linked; a loose member link is not', { skip: !lex && 'word data not built' }, () => {
  // "inmate" is a kind of "individual" three steps down: a broad head, but the same kind of thing.
  assert.equal(features(lex!, 'The prison held 6,000 inmates.', 'The prison held 7,000 individuals.').headMismatch, 0);
  // "assistants" are persons, and persons make up "the public": no kind of a hearing.
  assert.equal(features(lex!, 'The clerk has 3 assistants.', 'Organisers counted the seats at the three public hearings.').headMismatch, 1);
  assert.equal(features(lex!, 'The shop sold 300 bicycles.', 'The match was split into two halves of 300 seconds.').headMismatch, 1);
});

void test('subjectShift: the names nearest the two figures differ and neither sentence has the other', { skip: !lex && 'word data not built' }, () => {
  assert.equal(features(lex!, 'The Lerida plant employs 2,800 people.', 'The Dunmere plant employs 3,100 people.').subjectShift, 1);
  assert.equal(features(lex!, 'The Lerida plant employs 2,800 people.', 'About 3,100 people work at the Lerida plant.').subjectShift, 0);
  // The source names the claim's subject too, beside its own.
  assert.equal(features(lex!, 'The Lerida plant employs 2,800 people.', 'Dunmere, like Lerida, employs 3,100 people.').subjectShift, 0);
});

void test('negationClash: one clause negated and the other not', { skip: !lex && 'word data not built' }, () => {
  assert.equal(features(lex!, 'Some 45 million children do not attend school.', 'Some 45 million children attend school.').negationClash, 1);
  assert.equal(features(lex!, 'Some 45 million children do not attend school.', 'Some 45 million children never attend school.').negationClash, 0);
});

void test('trailMatch: the predicates after the heads, compared in WordNet', { skip: !lex && 'word data not built' }, () => {
  assert.equal(features(lex!, 'Some 45 million children will die before 2015.', 'Some 45 million children could die before 2015.').trailMatch, 1);
  assert.ok(features(lex!, 'Some 45 million children will die before 2015.', 'Some 45 million children attend school.').trailMatch < 0.5);
});
