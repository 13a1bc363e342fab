/** Tokens and concepts: accent folding, irregular verbs, synonyms, spelling variants, offsets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conceptOf, tokenize } from '../../server/src/core';

const concept = (word: string): string => {
  const tokens = tokenize(word);
  assert.equal(tokens.length, 1, `"${word}" is one token`);
  return tokens[0]!.concept;
};

void test('accents and case fold away: "Tocorón" and "Tocoron" are one concept', () => {
  const [a, b, c] = tokenize('Tocorón Tocoron TOCORÓN');
  assert.ok(a && b && c);
  assert.equal(a.norm, 'tocoron');
  assert.equal(a.concept, b.concept);
  assert.equal(a.concept, c.concept);
  assert.equal(a.text, 'Tocorón', 'the token keeps the word as written');
});

void test('accent folding across scripts of Latin letters', () => {
  assert.equal(concept('São'), concept('Sao'));
  assert.equal(concept('Ñandú'), concept('nandu'));
  assert.equal(concept('café'), concept('cafe'));
  assert.equal(concept('Zürich'), concept('zurich'));
  // Decomposed accents (e + combining acute) fold the same as precomposed ones.
  assert.equal(concept('cafe\u0301'), concept('café'));
});

void test('irregular verbs share the concept of their base form', () => {
  assert.equal(concept('held'), concept('hold'));
  assert.equal(concept('holds'), concept('hold'));
  assert.equal(concept('holding'), concept('hold'));
  assert.equal(concept('won'), concept('win'));
  assert.equal(concept('paid'), concept('pay'));
  assert.equal(concept('sold'), concept('sell'));
  assert.equal(concept('fled'), concept('flee'));
  assert.equal(concept('children'), concept('child'));
});

void test('conceptOf: a word and its inflections share a concept (the stem); synonyms are left to word knowledge', () => {
  assert.equal(conceptOf('inmates'), conceptOf('inmate'));
  assert.equal(conceptOf('held'), conceptOf('hold'));
  assert.equal(conceptOf('rose'), conceptOf('rise'));
  // No hand-made groups: "inmates" and "prisoners" are matched by WordNet in align/, not here.
  assert.notEqual(conceptOf('inmates'), conceptOf('prisoners'));
});

void test('conceptOf: unrelated words keep distinct concepts', () => {
  assert.notEqual(conceptOf('inmates'), conceptOf('fans'));
  assert.notEqual(conceptOf('revenue'), conceptOf('employees'));
  assert.notEqual(conceptOf('robots'), conceptOf('engineers'));
  assert.notEqual(conceptOf('rose'), conceptOf('fell'));
});

void test('conceptOf: plural and singular, British and American spellings', () => {
  assert.equal(conceptOf('robots'), conceptOf('robot'));
  assert.equal(conceptOf('colour'), conceptOf('color'));
  assert.equal(conceptOf('centre'), conceptOf('center'));
  assert.equal(conceptOf('organised'), conceptOf('organized'));
  assert.equal(conceptOf('travelled'), conceptOf('traveled'));
  assert.equal(conceptOf('club\'s'), conceptOf('club'));
});

void test('tokens: offsets slice the text; stop words and numbers are flagged', () => {
  const text = 'The club’s 4-year-old mascot, Ana, paid 1,200 fans!';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const by = (w: string) => tokens.find((t) => t.text === w);
  assert.equal(by('The')?.stop, true);
  assert.equal(by('mascot')?.stop, false);
  const numbers = tokens.filter((t) => /^\d/.test(t.text));
  assert.ok(numbers.length > 0 && numbers.every((t) => t.numeric));
  assert.equal(by('mascot')?.numeric, false);
  assert.ok(by('club’s'), 'inner apostrophes stay inside the word');
});

void test('tokens: hyphenated words are kept whole and also split into parts', () => {
  const tokens = tokenize('a mega-gang of 4-year-old horses');
  const texts = tokens.map((t) => t.text);
  assert.ok(texts.includes('mega-gang'));
  assert.ok(texts.includes('mega'));
  assert.ok(texts.includes('gang'));
  assert.ok(texts.includes('4-year-old'));
  const gang = tokens.find((t) => t.text === 'gang')!;
  assert.equal('a mega-gang of 4-year-old horses'.slice(gang.start, gang.end), 'gang');
});

void test('tokens: nothing in an empty or punctuation-only text', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' ... — !? '), []);
});

void test('a nationality adjective shares the concept of its country', () => {
  assert.equal(conceptOf('peruvian'), conceptOf('peru'));
  assert.equal(conceptOf('chinese'), conceptOf('china'));
  assert.notEqual(conceptOf('peruvian'), conceptOf('chile'));
});
