/**
 * Checking a draft a chunk at a time gives the claims checking it whole gives, byte for byte;
 * the claim limit and the time budget stop it between chunks with the claims found so far.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createChecker, decodeText, loadCorpus, type Checker, type ClaimResult } from '../../server/src/core';
import { checkDraft, MAX_SENTENCE, piecesOf } from '../../server/src/cli/checkDraft';
import { buildIndex } from '../../server/src/node/buildIndex';
import { FsCorpusReader } from '../../server/src/node/fsReader';
import { loadWordKnowledge } from '../../server/src/node/lexicon';
import { ROOT } from '../root';

const lexicon = loadWordKnowledge();
let checker: () => Checker;

before(async () => {
  const roots = ['corpus', 'test/fixtures/corpora/football', 'test/fixtures/corpora/earnings', 'test/fixtures/cli/corpus-harbour'].map((r) => path.join(ROOT, r));
  const loaded = await loadCorpus(new FsCorpusReader(roots));
  const { index } = await buildIndex(loaded.documents, { roots, warn: () => undefined });
  checker = () => createChecker(index, { lexicon });
});

async function chunked(text: string, markdown: boolean, options: { chunkChars?: number; maxClaims?: number; deadline?: number } = {}): Promise<{ claims: ClaimResult[]; result: Awaited<ReturnType<typeof checkDraft>> }> {
  const claims: ClaimResult[] = [];
  const result = await checkDraft(checker(), text, {
    checkQuotes: true,
    markdown,
    ...options,
    onClaims: async (c) => {
      claims.push(...c);
    },
  });
  return { claims, result };
}

const DRAFTS = ['README.md', 'bench/draft-2000.md', 'examples/draft.md', 'test/fixtures/drafts/football.md', 'test/fixtures/drafts/earnings.md', 'test/fixtures/cli/conflicts.md', 'test/fixtures/cli/marathon.txt'];

void test('chunk by chunk or whole, a draft gets the same claims, offsets and ranges', async () => {
  for (const file of DRAFTS) {
    const text = decodeText(fs.readFileSync(path.join(ROOT, file)))!.text;
    const markdown = !file.endsWith('.txt');
    const whole = await checker().check(text, { markdown });
    assert.ok(whole.length > 0, file);
    // The default chunks, and one block per chunk (every block boundary a chunk boundary).
    for (const chunkChars of [undefined, 1]) {
      const { claims, result } = await chunked(text, markdown, chunkChars === undefined ? {} : { chunkChars });
      assert.equal(JSON.stringify(claims), JSON.stringify(whole), `${file}, chunks of ${chunkChars ?? 'default'} characters`);
      assert.equal(result.stopped, undefined);
      assert.equal(result.claims, whole.length);
      assert.equal(result.checkedLines, result.lines);
    }
  }
});

void test('front matter, code blocks spanning blank lines and a title line stay as the whole draft has them', async () => {
  const text =
    '---\ntitle: The bridge\ncount: 999\n---\nBridge Opens\nThe Lindqvist Harbour Bridge cost 412 million euros.\n\n' +
    '```\nThe bridge cost 777 million euros.\n\nAnd 888 workers.\n```\n\n' +
    '- About 2,300 workers were employed on the site.\n- It is 1,850 metres long.\n# 38,000 vehicles\n';
  const whole = await checker().check(text, {});
  const { claims } = await chunked(text, true, { chunkChars: 1 });
  assert.equal(JSON.stringify(claims), JSON.stringify(whole));
  assert.ok(!claims.some((c) => /777|999/.test(c.text)));
});

void test('--max-claims: the first N claims, in order, and how far the draft was checked', async () => {
  const text = decodeText(fs.readFileSync(path.join(ROOT, 'bench/draft-2000.md')))!.text;
  const whole = await checker().check(text, {});
  const { claims, result } = await chunked(text, true, { maxClaims: 17, chunkChars: 500 });
  assert.equal(result.stopped, 'max-claims');
  assert.equal(result.claims, 17);
  assert.equal(JSON.stringify(claims), JSON.stringify(whole.slice(0, 17)));
  assert.ok(result.checkedLines <= whole[17]!.range.start.line);
  assert.ok(result.checkedLines >= whole[16]!.range.start.line);
  // A limit the draft does not reach stops nothing.
  const all = await chunked(text, true, { maxClaims: whole.length });
  assert.equal(all.result.stopped, undefined);
  assert.equal(all.claims.length, whole.length);
});

void test('a deadline already past stops the check before any claim; one in the future stops nothing', async () => {
  const text = decodeText(fs.readFileSync(path.join(ROOT, 'examples/draft.md')))!.text;
  const past = await chunked(text, true, { deadline: performance.now() - 1 });
  assert.equal(past.result.stopped, 'timeout');
  assert.deepEqual(past.claims, []);
  assert.equal(past.result.checkedLines, 0);
  const future = await chunked(text, true, { deadline: performance.now() + 3_600_000 });
  assert.equal(future.result.stopped, undefined);
  assert.ok(future.claims.length > 0);
});

void test('a huge block is cut between sentences, and a huge sentence at spaces', () => {
  const sentence = 'The bridge cost 412 million euros. ';
  const block = sentence.repeat(2000).trim();
  const pieces = piecesOf(`# Title\n\n${block}\n`);
  assert.ok(pieces.length > 2);
  assert.ok(pieces.every((p) => p.end - p.start <= 16 * 1024));
  const long = `The bridge${' cost 12 euros and'.repeat(2000)} nothing.`;
  const parts = piecesOf(long);
  assert.ok(parts.length >= Math.floor(long.length / MAX_SENTENCE));
  assert.ok(parts.every((p) => p.end - p.start <= MAX_SENTENCE));
  // Together the parts cover the sentence but for the spaces they were cut at.
  assert.equal(parts.map((p) => long.slice(p.start, p.end)).join(' '), long);
});
