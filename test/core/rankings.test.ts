/**
 * The memory index keeps the rankings of recent queries: the same query, or one that differs by
 * terms the index does not hold, ranks as a fresh search would, and any change to the index
 * (a document added, replaced or removed) is seen by the next search.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryIndex, type RetrievalHit, type SourceDocument } from '../../server/src/core';
import { noopToken } from '../../server/src/core/types';

const doc = (id: string, text: string): SourceDocument => ({ id, title: id, file: `${id}.md`, text, bodyLine: 0 });
const ranked = (hits: RetrievalHit[]): [string, number][] => hits.map((h) => [h.sentence.key, h.score]);

function indexOf(docs: readonly SourceDocument[]): MemoryIndex {
  const index = new MemoryIndex();
  for (const d of docs) index.addDocument(d);
  return index;
}

void test('kept rankings are those of a fresh search, and follow every change to the index', async () => {
  const docs = [
    doc('a', 'The council spent 4 million pounds on roads. Road repairs took 12 weeks.'),
    doc('b', 'Roads in the county cost the council 5 million pounds last year.'),
    doc('c', 'The club scored 40 goals and sold 30,000 season tickets.'),
  ];
  const index = indexOf(docs);
  const query = ['council', 'road', 'pound', 'million'];
  const first = ranked(await index.search(query, 10, noopToken));
  assert.ok(first.length >= 2);
  assert.deepEqual(ranked(await index.search(query, 10, noopToken)), first, 'the same query again');
  assert.deepEqual(ranked(await index.search([...query, 'zzqx'], 10, noopToken)), first, 'a term the index does not hold changes nothing');
  assert.deepEqual(ranked(await index.search(query, 1, noopToken)), first.slice(0, 1), 'another limit');

  index.addDocument(doc('d', 'The council road budget is 6 million pounds, the council said, for road and road signs.'));
  const added = ranked(await index.search(query, 10, noopToken));
  assert.deepEqual(added, ranked(await indexOf([...docs, doc('d', 'The council road budget is 6 million pounds, the council said, for road and road signs.')]).search(query, 10, noopToken)));
  assert.ok(added.some(([id]) => id.startsWith('d#')), 'the added document is found');

  index.removeDocument('d');
  assert.deepEqual(ranked(await index.search(query, 10, noopToken)), first, 'the removed document is gone');
  index.addDocument(doc('a', 'Nothing about that here.'));
  const replaced = ranked(await index.search(query, 10, noopToken));
  assert.ok(!replaced.some(([id]) => id.startsWith('a#')), 'the replaced document ranks by its new text');
});
