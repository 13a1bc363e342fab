/**
 * The verdict rules of decide/ at the boundaries of their named thresholds, on synthetic
 * candidates (the probabilities are given, not computed), so that each rule is seen to hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURES, candidateKey, decide, disputeStrength, perSentence, supportThreshold, type Candidate, type Features, type Thresholds, type ValueRelation } from '../../server/src/core';
import { MODEL } from '../../server/src/core';
import { explainFigure } from '../../server/src/core/explain';
import { CITE, CONFLICT_VETOES, LINK_VETOES, RESTATED_COVERAGE, SAME_SENTENCE_TIE, SUPPORT_VETOES } from '../../server/src/core/decide/decide';

const T: Thresholds = { support: 0.8, supportPerDecade: 0.05, conflict: 0.7, dispute: 0.7, disputeMargin: 0.2, outweigh: 0.1 };
const SIZE = 3; // a corpus of 1,000 sentences: the support threshold is T.support itself

let next = 0;
function cand(p: number, value: ValueRelation, opts: { source?: string; sentence?: string; features?: Partial<Record<string, number>> } = {}): Candidate {
  const features = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<string, number>;
  Object.assign(features, { corpusSize: SIZE }, opts.features ?? {});
  const source = opts.source ?? `s${next}`;
  const key = opts.sentence ?? `${source}#${next++}`;
  return {
    p,
    value,
    index: 0,
    features: features as unknown as Features,
    frame: { figure: { kind: 'count', start: 0, end: 1, text: '1', value: 1, lo: 1, hi: 1, precision: 1, rounded: false, vague: false, head: [], lead: [] }, headWords: [], leadWords: [], trailWords: [], subject: [], time: { years: [], relative: [], periods: [] }, role: 'actual', before: [], after: [] },
    sentence: { key, source: { id: source, title: source, file: `${source}.md` }, text: 'x', line: 0, character: 0 },
  };
}

void test('support: an agreeing figure at the support threshold supports; just below it does not', () => {
  assert.equal(decide({ thresholds: T }, [cand(0.8, 'same')]).verdict, 'supported');
  assert.equal(decide({ thresholds: T }, [cand(0.799, 'same')]).verdict, 'unsupported');
});

void test('support threshold rises by supportPerDecade for each tenfold of the corpus', () => {
  assert.equal(supportThreshold(T, 3), 0.8);
  assert.ok(Math.abs(supportThreshold(T, 4) - 0.85) < 1e-9);
  assert.ok(Math.abs(supportThreshold(T, 2) - 0.75) < 1e-9);
  assert.equal(supportThreshold({ ...T, support: 0.99 }, 9), 0.995, 'capped below 1');
  assert.equal(decide({ thresholds: T }, [cand(0.82, 'same', { features: { corpusSize: 4 } })]).verdict, 'unsupported');
});

void test('conflict: a differing figure at the conflict threshold contradicts; just below it does not', () => {
  assert.equal(decide({ thresholds: T }, [cand(0.7, 'different')]).verdict, 'conflict');
  assert.equal(decide({ thresholds: T }, [cand(0.699, 'different')]).verdict, 'unsupported');
  assert.equal(decide({ thresholds: T }, [cand(0.9, 'scale')]).verdict, 'conflict');
  assert.equal(decide({ thresholds: T }, [cand(0.9, 'opposite')]).verdict, 'conflict');
});

void test('every support veto keeps a probable agreeing figure from supporting', () => {
  for (const veto of SUPPORT_VETOES) {
    assert.equal(decide({ thresholds: T }, [cand(0.99, 'same', { features: { [veto]: 1 } })]).verdict, 'unsupported', veto);
  }
});

void test('a restatement supports below the threshold, from RESTATED_COVERAGE up', () => {
  const restated = { coverageHere: RESTATED_COVERAGE, localBefore: 1, bestLocal: 1 };
  assert.equal(decide({ thresholds: T }, [cand(0.3, 'compatible', { features: restated })]).verdict, 'supported');
  assert.equal(decide({ thresholds: T }, [cand(0.3, 'compatible', { features: { ...restated, coverageHere: RESTATED_COVERAGE - 0.01 } })]).verdict, 'unsupported');
});

void test('disputed: a rival from another source within disputeMargin of the support', () => {
  const support = cand(0.9, 'same', { source: 'a' });
  assert.equal(decide({ thresholds: T }, [support, cand(0.71, 'different', { source: 'b' })]).verdict, 'disputed');
  // Exactly disputeMargin below the support still disputes it; further below, the rival is left out.
  assert.equal(decide({ thresholds: T }, [support, cand(0.7, 'different', { source: 'b' })]).verdict, 'disputed');
  assert.equal(decide({ thresholds: { ...T, disputeMargin: 0.1 } }, [support, cand(0.79, 'different', { source: 'b' })]).verdict, 'supported');
});

void test('dispute: a rival disputes from the dispute threshold up, apart from the conflict threshold', () => {
  const support = cand(0.8, 'same', { source: 'a' });
  const t = { ...T, dispute: 0.6, disputeMargin: 0.3 };
  assert.equal(decide({ thresholds: t }, [support, cand(0.6, 'different', { source: 'b' })]).verdict, 'disputed');
  assert.equal(decide({ thresholds: t }, [support, cand(0.599, 'different', { source: 'b' })]).verdict, 'supported');
  assert.equal(decide({ thresholds: { ...T, dispute: 0.9 } }, [support, cand(0.85, 'different', { source: 'b' })]).verdict, 'supported', 'a conflict-worthy rival below the dispute threshold');
});

void test('dispute through a link: the support\'s probability times the link\'s, vetoed links left out', () => {
  const support = cand(0.9, 'same', { source: 'a' });
  const to = candidateKey(support);
  const none = { ...Object.fromEntries(FEATURES.map((f) => [f, 0])), subjectMatch: 1 } as unknown as Features;
  const rival = (p: number, features: Features = none, target = to): Candidate => ({ ...cand(0.3, 'different', { source: 'b' }), links: [{ to: target, value: 'different', features, p }] });
  // 0.9 × 0.8 = 0.72: above the dispute threshold (0.7) and within disputeMargin of the support.
  assert.equal(decide({ thresholds: T }, [support, rival(0.8)]).verdict, 'disputed');
  assert.ok(Math.abs(disputeStrength(rival(0.8), new Map([[to, support]])) - 0.72) < 1e-9);
  // 0.9 × 0.75 = 0.675: below it.
  assert.equal(decide({ thresholds: T }, [support, rival(0.75)]).verdict, 'supported');
  for (const veto of LINK_VETOES) assert.equal(decide({ thresholds: T }, [support, rival(0.99, { ...none, [veto]: 1 })]).verdict, 'supported', veto);
  assert.equal(decide({ thresholds: T }, [support, rival(0.99, none, 'elsewhere#0')]).verdict, 'supported', 'a link to a figure that is not a support');
  assert.equal(decide({ thresholds: T }, [support, rival(0.99, { ...none, subjectMatch: 0 })]).verdict, 'supported', 'no subject seen in common');
  // A link never makes a conflict of an unsupported claim.
  assert.equal(decide({ thresholds: T }, [cand(0.5, 'same', { source: 'a' }), rival(0.99)]).verdict, 'unsupported');
});

void test('disputed from the other side: a contradiction, and another source states the claimed value short of a support', () => {
  // Support threshold 0.8, dispute 0.7: a contradiction at 0.85 and an agreeing figure at 0.7 of another source.
  const against = cand(0.85, 'different', { source: 'a' });
  assert.equal(decide({ thresholds: T }, [against, cand(0.7, 'same', { source: 'b' })]).verdict, 'disputed');
  assert.equal(decide({ thresholds: T }, [against, cand(0.699, 'same', { source: 'b' })]).verdict, 'conflict', 'below the dispute threshold');
  assert.equal(decide({ thresholds: T }, [against, cand(0.75, 'same', { source: 'a' })]).verdict, 'conflict', 'the contradicting source itself');
  assert.equal(decide({ thresholds: T }, [against, cand(0.75, 'same', { source: 'b', features: { yearClash: 1 } })]).verdict, 'conflict', 'a vetoed agreeing figure');
});

void test('a source that states both values does not dispute the claim', () => {
  assert.equal(decide({ thresholds: T }, [cand(0.9, 'same', { source: 'a' }), cand(0.85, 'different', { source: 'a' })]).verdict, 'supported');
});

void test('outweigh: a rival more probable than the support by more than outweigh decides a conflict', () => {
  const support = cand(0.8, 'same', { source: 'a' });
  assert.equal(decide({ thresholds: T }, [support, cand(0.95, 'different', { source: 'b' })]).verdict, 'conflict');
  assert.equal(decide({ thresholds: T }, [support, cand(0.9, 'different', { source: 'b' })]).verdict, 'disputed', 'exactly outweigh more is not enough');
});

void test('one figure per sentence: the likeliest, an agreeing one within SAME_SENTENCE_TIE preferred', () => {
  const agreeing = cand(0.8, 'same', { source: 'a', sentence: 'a#1' });
  const near = cand(0.8 + SAME_SENTENCE_TIE, 'different', { source: 'a', sentence: 'a#1' });
  assert.deepEqual(perSentence([agreeing, near]), [agreeing]);
  const far = cand(0.8 + SAME_SENTENCE_TIE + 0.01, 'different', { source: 'a', sentence: 'a#1' });
  assert.deepEqual(perSentence([agreeing, far]), [far]);
});

void test('evidence: other figures from CITE up are cited beside the deciding ones', () => {
  const d = decide({ thresholds: T }, [cand(0.9, 'same'), cand(CITE, 'same'), cand(CITE - 0.01, 'same')]);
  assert.equal(d.verdict, 'supported');
  assert.equal(d.supports.length, 2);
});

void test('every conflict veto keeps a probable differing figure from contradicting', () => {
  for (const f of CONFLICT_VETOES) {
    assert.equal(decide({ thresholds: T }, [cand(0.99, 'different', { features: { [f]: 1 } })]).verdict, 'unsupported', f);
  }
  assert.equal(decide({ thresholds: T }, [cand(0.99, 'different')]).verdict, 'conflict');
});

void test('a dispute through a link names the support in its reason; a rival disputing alone has no link', () => {
  const support = cand(0.9, 'same', { source: 'a' });
  const none = { ...Object.fromEntries(FEATURES.map((f) => [f, 0])), subjectMatch: 1 } as unknown as Features;
  const linked: Candidate = { ...cand(0.3, 'different', { source: 'b' }), links: [{ to: candidateKey(support), value: 'different', features: none, p: 0.8 }] };
  const decision = decide({ thresholds: T }, [support, linked]);
  assert.equal(decision.verdict, 'disputed');
  const { reasons } = explainFigure(support.frame.figure, decision, MODEL);
  const against = reasons.find((r) => r.relation === 'contradicts');
  assert.equal(against?.source, 'b');
  assert.equal(against?.link?.source, 'a');
  assert.equal(against?.link?.probability, 0.8);
  const alone = decide({ thresholds: T }, [support, cand(0.85, 'different', { source: 'c' })]);
  assert.equal(alone.verdict, 'disputed');
  assert.equal(explainFigure(support.frame.figure, alone, MODEL).reasons.find((r) => r.relation === 'contradicts')?.link, undefined);
});
