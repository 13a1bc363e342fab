/**
 * The word memo kept between runs is a pure cache: verdicts are the same without it, when it is
 * saved, when it is reloaded, and when it is damaged (ignored with a warning, then rewritten).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { createChecker, exportKnowledgeMemo, importKnowledgeMemo, loadCorpus, type ClaimResult, type WordKnowledge } from '../../server/src/core';
import { buildIndex } from '../../server/src/node/buildIndex';
import { FsCorpusReader } from '../../server/src/node/fsReader';
import { loadWordKnowledge } from '../../server/src/node/lexicon';
import { LexiconMemo } from '../../server/src/node/lexiconMemo';
import { repoRoot } from '../root';

const fixtures = path.join(repoRoot(), 'test', 'fixtures');
const corpus = path.join(fixtures, 'corpora', 'football');
const draft = fs.readFileSync(path.join(fixtures, 'drafts', 'football.md'), 'utf8');

async function claims(lexicon: WordKnowledge): Promise<ClaimResult[]> {
  const { index } = await buildIndex((await loadCorpus(new FsCorpusReader([corpus]))).documents, { roots: [corpus], warn: () => undefined, workers: 1 });
  return createChecker(index, { lexicon }).check(draft);
}

const PAIRS: [string, string][] = [
  ['doctors', 'physicians'],
  ['inmates', 'prisoners'],
  ['nurses', 'physicians'],
  ['rise', 'fall'],
  ['goals', 'fans'],
];

function answers(k: WordKnowledge): unknown[] {
  return PAIRS.map(([a, b]) => [k.relation(a, b), k.wup(a, b), k.cosine(a, b), k.direction(a), k.lemmas(a)]);
}

void test('verdicts are the same without the word memo, after it is saved, reloaded and damaged', async () => {
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-memo-'));
  const fresh = loadWordKnowledge();
  const expected = await claims(fresh);
  const expectedAnswers = answers(fresh);
  assert.ok(expected.length > 3);

  const warnings: string[] = [];
  await new LexiconMemo(cacheDir, (m) => warnings.push(m)).save(fresh);
  const file = path.join(cacheDir, 'lexicon.bin');
  assert.ok(fs.statSync(file).size > 100, 'the memo was written');

  const reloaded = loadWordKnowledge();
  const memo = new LexiconMemo(cacheDir, (m) => warnings.push(m));
  assert.equal(memo.load(reloaded), true, 'the memo is used');
  assert.equal(memo.changed(reloaded), false, 'nothing new right after loading');
  assert.deepEqual(answers(reloaded), expectedAnswers);
  assert.deepEqual(await claims(reloaded), expected);
  assert.deepEqual(warnings, []);

  const good = fs.readFileSync(file);
  const spoil: Record<string, Buffer> = {
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    damaged: Buffer.concat([good.subarray(0, good.length - 10), Buffer.from('0123456789')]),
    foreign: Buffer.from('{"not": "a word memo"}\n'),
    empty: Buffer.alloc(0),
  };
  for (const [name, bytes] of Object.entries(spoil)) {
    fs.writeFileSync(file, bytes);
    const said: string[] = [];
    const k = loadWordKnowledge();
    const m = new LexiconMemo(cacheDir, (w) => said.push(w));
    assert.equal(m.load(k), false, `${name}: not used`);
    assert.ok(said.some((w) => /word memo/.test(w)), `${name}: warned (${said.join('; ')})`);
    assert.deepEqual(await claims(k), expected, `${name}: same verdicts`);
    await m.save(k);
    assert.equal(new LexiconMemo(cacheDir, () => undefined).load(loadWordKnowledge()), true, `${name}: the memo was rewritten`);
  }

  // A memo made with other word knowledge files is not used, and not warned about.
  fs.writeFileSync(file, good);
  const other = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-data-'));
  const said: string[] = [];
  assert.equal(new LexiconMemo(cacheDir, (w) => said.push(w), other).load(loadWordKnowledge()), false);
  assert.deepEqual(said, []);
  fs.rmSync(other, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

void test('a malformed memo is refused whole and leaves the answers as they were', () => {
  const k = loadWordKnowledge();
  const before = answers(k);
  const good = exportKnowledgeMemo(k)!;
  const bad: unknown[] = [
    null,
    { ...good, words: [1, 2] },
    { ...good, relations: Int32Array.from([0, 0, 99, 0]) },
    { ...good, words: ['doctors', 'physicians'], relations: Int32Array.from([0, 1, 8, 0]), wups: Float64Array.from([2]), wupPairs: Int32Array.from([0, 1]) },
    { ...good, lemmas: Int32Array.from([0, 5, 1]) },
  ];
  for (const m of bad) assert.equal(importKnowledgeMemo(k, m), false);
  assert.deepEqual(answers(k), before);
});
