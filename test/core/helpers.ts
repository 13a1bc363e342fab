/**
 * Shared helpers for the engine's unit tests: in-memory corpora, fixture folders and range checks.
 * Not a test file itself (it has no tests); the *.test.ts files import it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createChecker,
  loadCorpus,
  MemoryIndex,
  type Checker,
  type ClaimResult,
  type CorpusReader,
  type LoadOptions,
  type SourceDocument,
} from '../../server/src/core';
import { repoRoot } from '../root';

/** A reader over a map of path → text (or raw bytes). A `null` entry makes read() throw. */
export function memoryReader(files: Readonly<Record<string, string | Uint8Array | null>>, sizes: Readonly<Record<string, number>> = {}): CorpusReader {
  return {
    list: async () => Object.keys(files).map((p) => (sizes[p] !== undefined ? { path: p, size: sizes[p] } : { path: p })),
    read: async (p) => {
      const content = files[p];
      if (content === null || content === undefined) throw new Error(`cannot read ${p}`);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
  };
}

export interface Loaded {
  readonly documents: SourceDocument[];
  readonly warnings: string[];
  readonly index: MemoryIndex;
  readonly checker: Checker;
}

/** Loads files through the pure API and builds a checker over them. */
export async function checkerFor(files: Readonly<Record<string, string | Uint8Array | null>>, options: LoadOptions = {}): Promise<Loaded> {
  const { documents, warnings } = await loadCorpus(memoryReader(files), options);
  const index = new MemoryIndex();
  documents.forEach((d) => index.addDocument(d));
  return { documents, warnings, index, checker: createChecker(index) };
}

/** A Markdown source with front matter, the way a corpus file looks. */
export function mdSource(id: string, publisher: string, body: string, extra: Record<string, string> = {}): string {
  const fields = { id, title: `${publisher} report`, publisher, ...extra };
  const fm = Object.entries(fields)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${fm}\n---\n${body}\n`;
}

/**
 * Unrelated documents with figures of their own, so that tiny test corpora still give realistic
 * word rarities (a one-sentence corpus makes every word it contains look common).
 */
export const FILLER: Readonly<Record<string, string>> = {
  'filler/library.md': mdSource(
    'filler-library',
    'Town Herald',
    'The town library lent 14,000 books last year.\n\nIts reading room seats 60 people and opens at 9 a.m.\n\nThe librarian said the new wing cost $2 million.',
  ),
  'filler/weather.md': mdSource(
    'filler-weather',
    'Met Desk',
    'Heavy rain fell for three days in the north.\n\nTemperatures dropped 8 degrees overnight.\n\nAbout 120 schools closed because of snow.',
  ),
  'filler/science.md': mdSource(
    'filler-science',
    'Science Weekly',
    'The telescope photographed 35 galaxies in one night.\n\nResearchers tested 1,500 samples of river water.\n\nThe probe travelled for seven years before reaching the comet.',
  ),
};

export { repoRoot };

export const FIXTURES = path.join(repoRoot(), 'test', 'fixtures');

/** The files of test/fixtures/corpora/<name>/, keyed by their path relative to that folder. */
export function fixtureCorpus(name: string): Record<string, string> {
  const dir = path.join(FIXTURES, 'corpora', name);
  const out: Record<string, string> = {};
  for (const file of fs.readdirSync(dir).sort()) out[file] = fs.readFileSync(path.join(dir, file), 'utf8');
  return out;
}

export function fixtureDraft(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, 'drafts', name), 'utf8');
}

/** The only claim whose text is `text`, or a failed assertion. */
export function claimOf(claims: readonly ClaimResult[], text: string): ClaimResult {
  const found = claims.filter((c) => c.text === text);
  assert.equal(found.length, 1, `expected one claim "${text}" among ${JSON.stringify(claims.map((x) => x.text))}`);
  return found[0]!;
}

/** The claim `text` inside `sentence`, a passage that occurs once in the draft. */
export function claimIn(draft: string, claims: readonly ClaimResult[], sentence: string, text: string): ClaimResult {
  const at = draft.indexOf(sentence);
  assert.ok(at >= 0, `the draft has no passage "${sentence}"`);
  assert.equal(draft.indexOf(sentence, at + 1), -1, `the passage "${sentence}" occurs twice in the draft`);
  const c = claims.find((x) => x.text === text && x.start >= at && x.end <= at + sentence.length);
  assert.ok(c, `no claim "${text}" in "${sentence}" among ${JSON.stringify(claims.map((x) => x.text))}`);
  return c;
}

/**
 * 0-based line and UTF-16 column of an offset, computed independently of the engine. Lines end
 * at "\n", "\r\n" or a lone "\r", as the language server protocol counts them.
 */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    // "\r\n" is one line end: its "\r" ends nothing, its "\n" ends the line.
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Every claim's offsets slice the draft to its text, and its range agrees with its offsets. */
export function assertRanges(draft: string, claims: readonly ClaimResult[]): void {
  for (const c of claims) {
    assert.ok(c.start >= 0 && c.start <= c.end && c.end <= draft.length, `offsets of "${c.text}" out of the draft`);
    assert.equal(draft.slice(c.start, c.end), c.text);
    assert.deepEqual(c.range.start, positionOf(draft, c.start), `range.start of "${c.text}"`);
    assert.deepEqual(c.range.end, positionOf(draft, c.end), `range.end of "${c.text}"`);
  }
}
