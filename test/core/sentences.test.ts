/** Sentence splitting: abbreviations, initials, headlines, Markdown blocks, offsets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createChecker, MemoryIndex, sentencesOf, splitBlocks } from '../../server/src/core';

/** Sentences of a text, after checking that every span slices the text to its sentence. */
function split(text: string): string[] {
  const spans = sentencesOf(text);
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= last && s.start < s.end && s.end <= text.length, `span ${s.start}-${s.end} out of order or bounds`);
    assert.equal(text.slice(s.start, s.end), s.text);
    assert.equal(s.text, s.text.trim(), 'sentences are trimmed');
    last = s.end;
  }
  return spans.map((s) => s.text);
}

const cases: readonly [string, string, readonly string[], string?][] = [
  ['honorifics', 'Mr. Okafor signed the lease. He smiled.', ['Mr. Okafor signed the lease.', 'He smiled.']],
  ['Dr., Gen. and St.', 'Dr. Lee met Gen. Park in St. Louis. They talked.', ['Dr. Lee met Gen. Park in St. Louis.', 'They talked.']],
  ['U.S. inside a sentence', 'The U.S. team won gold in the relay. Canada took silver.', ['The U.S. team won gold in the relay.', 'Canada took silver.']],
  ['a.m. inside a sentence', 'The store opens at 9 a.m. on weekdays. Staff arrive earlier.', ['The store opens at 9 a.m. on weekdays.', 'Staff arrive earlier.']],
  ['a.m. ending a sentence', 'The store opens at 9 a.m. Staff arrive earlier.', ['The store opens at 9 a.m.', 'Staff arrive earlier.']],
  ['initials', 'J. R. Okonkwo wrote the report. Critics loved it.', ['J. R. Okonkwo wrote the report.', 'Critics loved it.']],
  ['company suffix', 'The firm, Acme Inc., grew fast. It hired.', ['The firm, Acme Inc., grew fast.', 'It hired.']],
  ['decimals and money', 'She earned $3.5 million. It was a record.', ['She earned $3.5 million.', 'It was a record.']],
  ['percent with decimals', 'Prices rose 2.5% in May. Wages lagged.', ['Prices rose 2.5% in May.', 'Wages lagged.']],
  ['quotation ending in !', '"We won!" she said. Fans cheered.', ['"We won!" she said.', 'Fans cheered.']],
  ['question and exclamation', 'Is it true? Yes. Really!', ['Is it true?', 'Yes.', 'Really!']],
  ['closing quote after the stop', 'He said "we are ready." Then he left.', ['He said "we are ready."', 'Then he left.']],
  ['lower case after a stop is not a new sentence', 'The vote was 5 vs. 4 in favour. It passed.', ['The vote was 5 vs. 4 in favour.', 'It passed.']],
  ['a wrapped line stays in its sentence', 'The dam was finished\nin the spring of 2019. Next.', ['The dam was finished\nin the spring of 2019.', 'Next.']],
  ['paragraphs', 'Rain fell all day.\n\nRoads flooded in the valley.', ['Rain fell all day.', 'Roads flooded in the valley.']],
  ['headline without final punctuation', 'Storm Hits Coastal Towns\nWinds reached 120 km/h on Monday. Schools closed.', ['Storm Hits Coastal Towns', 'Winds reached 120 km/h on Monday.', 'Schools closed.']],
  ['headline with short words', 'Rivermouth Stun Castleford in Cup Final\nThe hosts won 3-1.', ['Rivermouth Stun Castleford in Cup Final', 'The hosts won 3-1.']],
  ['Markdown headings', '# Weather report\nRain fell all day.\n## Outlook\nMore rain is due.', ['# Weather report', 'Rain fell all day.', '## Outlook', 'More rain is due.']],
  ['bullet list items', 'Highlights:\n- First item here. Second sentence.\n- Another item\n* A starred item', ['Highlights:', '- First item here.', 'Second sentence.', '- Another item', '* A starred item']],
  ['block quotes', '> The bridge is safe.\nEngineers disagreed.', ['> The bridge is safe.', 'Engineers disagreed.']],
  ['thematic break', 'Part one ends here.\n---\nPart two starts here.', ['Part one ends here.', 'Part two starts here.']],
  ['Windows line endings', 'Rain fell all day.\r\n\r\nRoads flooded.\r\nSchools closed.', ['Rain fell all day.', 'Roads flooded.', 'Schools closed.']],
  ['numbered list items', '1. Ten players were injured.\n2. Two matches were postponed.', ['1. Ten players were injured.', '2. Two matches were postponed.'], 'engine: an ordered-list marker "1." is split off as a sentence of its own'],
];

for (const [name, text, expected, todo] of cases) {
  void test(`sentences: ${name}`, todo ? { todo } : {}, () => {
    assert.deepEqual(split(text), expected);
  });
}

void test('sentences: empty and blank texts have none', () => {
  assert.deepEqual(split(''), []);
  assert.deepEqual(split('   \n\n  \t\n'), []);
});

void test('sentences: offsets are those of the whole text, across blocks', () => {
  const text = '# Title Line\n\n  Indented first sentence. Second one!\n\n- item one\n- item two';
  const spans = sentencesOf(text);
  assert.deepEqual(
    spans.map((s) => [s.start, s.text]),
    [
      [0, '# Title Line'],
      [16, 'Indented first sentence.'],
      [41, 'Second one!'],
      [54, '- item one'],
      [65, '- item two'],
    ],
  );
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
});

void test('blocks: headings and list items stand alone; blank lines separate paragraphs', () => {
  const text = '## Results\nThe hosts won.\nThe visitors lost.\n\n- one\n- two\n\nLast paragraph.';
  const blocks = splitBlocks(text);
  assert.deepEqual(
    blocks.map((b) => b.text),
    ['## Results', 'The hosts won.\nThe visitors lost.', '- one', '- two', 'Last paragraph.'],
  );
  for (const b of blocks) assert.equal(text.slice(b.start, b.end), b.text);
});

void test('a numbered list marker is not checked as a figure', async () => {
  const checker = createChecker(new MemoryIndex());
  const draft = '1. Ten players were injured.\n2. Two matches were postponed.';
  const claims = await checker.check(draft);
  assert.deepEqual(
    claims.map((c) => c.text),
    ['Ten', 'Two'],
  );
});
