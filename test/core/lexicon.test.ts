/**
 * Word knowledge on the real data that `npm run build` writes into dist/data (WordNet 3.1 and the
 * quantised word vectors): relations, morphology, phrases, direction words, and robustness.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createWordKnowledge, LexiconFormatError, type WordRelation } from '../../server/src/core';
import { WordNet } from '../../server/src/core/lexicon/wordnet';
import { findDataDir, loadWordKnowledge } from '../../server/src/node/lexicon';
import { wordMatch } from '../../server/src/core/align/words';
import { ROOT } from '../root';

const DATA = path.join(ROOT, 'dist', 'data');
const warnings: string[] = [];
const k = loadWordKnowledge(DATA, { warn: (m) => warnings.push(m) });

void test('the built data loads, with no warning', () => {
  assert.deepEqual(warnings, []);
  assert.deepEqual(k.has, { wordnet: true, vectors: true });
});

void test('the default folder is found from the compiled tests too (the dist/data above out/)', () => {
  assert.equal(findDataDir(__dirname), DATA);
  const quiet: string[] = [];
  const d = loadWordKnowledge(undefined, { warn: (m) => quiet.push(m) });
  assert.deepEqual(quiet, []);
  assert.equal(d.relation('doctor', 'physician').relation, 'synonym');
});

const rel = (a: string, b: string): WordRelation => k.relation(a, b).relation;

void test('synonyms share a synset: doctor and physician', () => {
  assert.equal(rel('doctor', 'physician'), 'synonym');
  assert.equal(rel('doctors', 'physicians'), 'synonym');
  assert.equal(k.relation('doctor', 'physician').steps, 0);
  assert.equal(k.wup('doctor', 'physician'), 1);
});

void test('a troop and a soldier are near: member links, or a derived form for "troops"', () => {
  assert.ok(['member', 'derived', 'hypernym', 'hyponym', 'synonym'].includes(rel('troop', 'soldier')), rel('troop', 'soldier'));
  assert.ok(['member', 'derived', 'hypernym', 'hyponym', 'synonym'].includes(rel('troops', 'soldiers')), rel('troops', 'soldiers'));
});

void test('nurse and physician are siblings under health professional, not synonyms', () => {
  assert.equal(rel('nurse', 'physician'), 'sibling');
  assert.equal(rel('nurses', 'physicians'), 'sibling');
  assert.ok(k.wup('nurse', 'physician') < 1);
});

void test('kinds of things: inmates are prisoners, researchers are scientists, a trip is a journey', () => {
  assert.deepEqual(k.relation('inmate', 'prisoner'), { relation: 'hypernym', steps: 1 });
  assert.deepEqual(k.relation('scientist', 'researcher'), { relation: 'hyponym', steps: 1 });
  assert.equal(rel('trips', 'journeys'), 'hypernym');
  assert.equal(rel('car', 'vehicle'), 'hypernym');
});

void test('antonyms: rise and fall, win and lose, and through a hypernym soldier and civilian', () => {
  assert.equal(rel('rise', 'fall'), 'antonym');
  assert.equal(rel('win', 'lose'), 'antonym');
  assert.equal(rel('soldiers', 'civilians'), 'antonym');
  assert.equal(rel('win', 'defeat'), 'antonym');
});

void test('derived forms join a verb and its noun', () => {
  assert.equal(rel('produce', 'production'), 'derived');
});

void test('the same lemma is "same"', () => {
  assert.deepEqual(k.relation('prisoners', 'prisoner'), { relation: 'same', steps: 0 });
  assert.equal(rel('held', 'hold'), 'same');
  assert.equal(rel('soldier', 'soldier'), 'same');
});

void test('unrelated words are "none"', () => {
  assert.equal(rel('doctor', 'banana'), 'none');
  assert.equal(rel('xqzzy', 'doctor'), 'none');
});

void test('direction: verbs and nouns of going up and going down', () => {
  for (const w of ['rise', 'rose', 'climbed', 'grew', 'jumped', 'gained', 'soared', 'increase', 'surge', 'growth', 'hike']) assert.equal(k.direction(w), 1, w);
  for (const w of ['fell', 'fall', 'dropped', 'declined', 'slumped', 'cut', 'shrank', 'plunged', 'plummeted', 'decrease', 'reduction']) assert.equal(k.direction(w), -1, w);
  for (const w of ['said', 'built', 'produced', 'killed', 'held', 'reported', 'topped', 'numbered', 'casualties', 'injuries']) assert.equal(k.direction(w), 0, w);
});

void test('lemmas: the exception lists and the suffix rules', () => {
  assert.deepEqual(k.lemmas('held'), ['hold']);
  assert.deepEqual(k.lemmas('prisoners'), ['prisoner']);
  assert.deepEqual(k.lemmas('mice'), ['mouse']);
  assert.equal(k.lemmas('fell')[0], 'fall', 'the often-tagged reading first');
  assert.deepEqual(k.lemmas('xqzzy'), ['xqzzy'], 'an unknown word is its own lemma');
});

void test('phrases: multi-word entries, their plurals too', () => {
  assert.equal(k.phrase(['security', 'forces']), 'security force');
  assert.equal(k.phrase(['prime', 'minister']), 'prime minister');
  assert.equal(k.phrase(['the', 'forces']), undefined);
  assert.equal(k.phrase(['forces']), undefined, 'one word is no phrase');
  assert.notEqual(rel('security forces', 'troops'), 'none');
});

void test('cosine: both words present, else undefined', () => {
  const c = k.cosine('soldiers', 'civilians');
  assert.ok(c !== undefined && c > 0 && c <= 1, String(c));
  assert.ok(k.cosine('doctor', 'physician')! > k.cosine('doctor', 'banana')!);
  assert.equal(k.cosine('soldiers', 'xqzzyvq'), undefined);
  assert.ok(Math.abs(k.cosine('troops', 'troops')! - 1) < 1e-6);
  assert.ok(k.cosine('security forces', 'troops')! > 0.5, 'a phrase averages its words');
});

void test('any input: empty, huge, Unicode, not a string — no throw, fast answers', () => {
  const huge = 'a'.repeat(50_000);
  const odd = ['', ' ', huge, `${huge} ${huge}`, 'Zürich', '日本語', '\u0000', '\uD800', 'é'.repeat(1000), '-', "'s", '  troops  '];
  const started = performance.now();
  for (const a of odd) {
    for (const b of [...odd, 'soldier']) {
      k.relation(a, b);
      k.wup(a, b);
      k.cosine(a, b);
    }
    k.lemmas(a);
    k.direction(a);
    k.phrase([a, a]);
    k.phrase([a]);
    k.phrase([]);
  }
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 500, `${elapsed.toFixed(0)} ms`);
  assert.deepEqual(k.lemmas(''), ['']);
  assert.equal(k.relation('', '').relation, 'none');
  assert.equal(k.lemmas(huge)[0], huge);
  assert.equal(k.relation(huge, 'soldier').relation, 'none');
  assert.equal(k.cosine(huge, 'soldier'), undefined);
  assert.equal(k.direction(huge), 0);
  // Values a JavaScript caller might pass anyway.
  const loose = k as unknown as Record<string, (...args: unknown[]) => unknown>;
  assert.doesNotThrow(() => loose.relation!(undefined, null));
  assert.doesNotThrow(() => loose.lemmas!(42));
  assert.doesNotThrow(() => loose.phrase!('security forces'));
  assert.doesNotThrow(() => loose.phrase!([1, 2]));
});

void test('queries are fast once warm', () => {
  const pairs: [string, string][] = [
    ['doctor', 'physician'],
    ['troops', 'soldiers'],
    ['nurses', 'physicians'],
    ['rise', 'fall'],
    ['state', 'country'],
  ];
  for (const [a, b] of pairs) k.relation(a, b);
  const n = 10_000;
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const [a, b] = pairs[i % pairs.length]!;
    k.relation(a, b);
    k.cosine(a, b);
    k.direction(a);
  }
  const perQuery = ((performance.now() - started) * 1000) / n;
  assert.ok(perQuery < 20, `${perQuery.toFixed(2)} µs per round`);
});

void test('without data: equal lemmas only, no cosine, no direction', () => {
  const none = createWordKnowledge(undefined, undefined);
  assert.deepEqual(none.has, { wordnet: false, vectors: false });
  assert.deepEqual(none.relation('troops', 'troops'), { relation: 'same', steps: 0 });
  assert.equal(none.relation('doctor', 'physician').relation, 'none');
  assert.equal(none.cosine('doctor', 'physician'), undefined);
  assert.equal(none.direction('rose'), 0);
  assert.deepEqual(none.lemmas('prisoners'), ['prisoners']);
  assert.equal(none.phrase(['security', 'forces']), undefined);
  assert.equal(none.wup('doctor', 'physician'), 0);
});

void test('a file of another version, a damaged or a missing one is left out with a reason', () => {
  const wn = fs.readFileSync(path.join(DATA, 'wordnet.bin'));
  const other = Uint8Array.from(wn);
  new DataView(other.buffer).setUint32(8, 999, true);
  assert.throws(() => new WordNet(other), LexiconFormatError);
  const said: string[] = [];
  const k2 = createWordKnowledge(other, wn.subarray(0, 1000), { warn: (m) => said.push(m) });
  assert.equal(said.length, 2);
  assert.match(said[0]!, /wordnet\.bin not used: format version 999/);
  assert.match(said[1]!, /vectors\.bin not used/);
  assert.deepEqual(k2.has, { wordnet: false, vectors: false });

  const dir = fs.mkdtempSync(path.join(fs.mkdtempSync(path.join(ROOT, 'out', 'lexicon-')), 'data'));
  fs.copyFileSync(path.join(DATA, 'vectors.bin'), path.join(dir, 'vectors.bin'));
  const missing: string[] = [];
  const k3 = loadWordKnowledge(dir, { warn: (m) => missing.push(m) });
  assert.equal(missing.length, 1);
  assert.match(missing[0]!, /wordnet\.bin is missing/);
  assert.deepEqual(k3.has, { wordnet: false, vectors: true });
  assert.ok(k3.cosine('doctor', 'physician')! > 0.5);
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

void test('a misaligned copy of the bytes still loads (sections are copied when they must be)', () => {
  const wn = fs.readFileSync(path.join(DATA, 'wordnet.bin'));
  const shifted = new Uint8Array(wn.length + 1).subarray(1);
  shifted.set(wn);
  const k4 = createWordKnowledge(shifted, undefined);
  assert.equal(k4.relation('doctor', 'physician').relation, 'synonym');
});

void test('the aligner matches heads through WordNet: synonyms and kinds match, co-hyponyms are told apart', () => {
  const lex = k;
  assert.ok(wordMatch(lex, 'doctors', 'physicians').score >= 0.9, 'doctors / physicians');
  assert.ok(wordMatch(lex, 'inmates', 'prisoners').score >= 0.5, 'inmates / prisoners');
  const nurses = wordMatch(lex, 'nurses', 'physicians');
  assert.equal(nurses.score, 0, 'nurses / physicians do not match');
  assert.ok(nurses.distinct, 'nurses / physicians are told apart');
  assert.ok(wordMatch(lex, 'soldiers', 'civilians').distinct, 'soldiers / civilians are told apart');
});
