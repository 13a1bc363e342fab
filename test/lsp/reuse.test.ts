/**
 * Diagnostics of an edited draft: whatever the server keeps from one version to the next, each
 * version's diagnostics are those a fresh server gives for the same text. Edits move claims down
 * and along a line, change a sentence, and change a sentence that another claim's inconsistency
 * pointed at.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { COUNCIL_CORPUS, COUNCIL_DRAFT, TestClient, rangeOf, workspace } from './harness';

const TEXT = `${COUNCIL_DRAFT}
The council will hire 310 new staff next year, according to the Riverton Gazette.

The parks department will receive $3.2 million.

Later, officials confirmed the parks department will receive $4.5 million.
`;

/** The diagnostics with the document version they were built for left out. */
const unversioned = (items: Diagnostic[]): Diagnostic[] => items.map((d) => ({ ...d, data: { ...(d.data as object), version: 0 } }));
const versionsOf = (items: Diagnostic[]): number[] => [...new Set(items.map((d) => (d.data as { version: number }).version))];

void describe('language server: diagnostics kept across edits', () => {
  let ws: string;
  let file: string;
  let client: TestClient;

  before(async () => {
    ws = workspace({ ...COUNCIL_CORPUS });
    file = path.join(ws, 'drafts', 'reuse.md');
    ({ client } = await TestClient.start({ folders: [ws], settings: () => ({}) }));
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('gives each edited version the diagnostics a fresh server gives its text', async () => {
    const uri = await client.open(file, TEXT);
    const versions: { text: string; items: Diagnostic[] }[] = [];
    const record = async (text: string): Promise<Diagnostic[]> => {
      const items = await client.diagnostics(uri);
      assert.deepEqual(versionsOf(items), [versions.length + 1]);
      versions.push({ text, items });
      return items;
    };
    await client.waitForDiagnostics(uri, (d) => d.length > 0, 'the corpus to be indexed');
    const first = await record(TEXT);
    const codes = first.map((d) => d.code);
    for (const code of ['conflict', 'disputed', 'misquote', 'misattributed', 'inconsistent']) assert.ok(codes.includes(code), `${code} in ${codes.join(', ')}`);

    // Two lines before everything: every diagnostic moves down two lines.
    let text = await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Tonight.\n\n' }]);
    const down = await record(text);
    assert.deepEqual(
      down.map((d) => d.range),
      first.map((d) => ({ start: { ...d.range.start, line: d.range.start.line + 2 }, end: { ...d.range.end, line: d.range.end.line + 2 } })),
    );

    // Words before a claim on its line: it moves along, and the sentence it is in changed.
    const line = rangeOf(text, '$52 million').start.line;
    text = await client.edit(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Indeed, ' }]);
    const along = await record(text);
    assert.deepEqual(along.find((d) => d.code === 'conflict')?.range, rangeOf(text, '$52 million'));

    // The conflicting figure corrected: its diagnostic goes, the others stay.
    text = await client.edit(uri, [{ range: rangeOf(text, '$52 million'), text: '$48 million' }]);
    const fixed = await record(text);
    assert.equal(fixed.length, along.length - 1);

    // The parks budget given one value throughout: its inconsistencies go, in unchanged sentences too.
    text = await client.edit(uri, [{ range: rangeOf(text, '$4.5 million'), text: '$3.2 million' }]);
    const consistent = await record(text);
    const parks = (items: Diagnostic[], at: string): Diagnostic[] => items.filter((d) => d.code === 'inconsistent' && at.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character).includes('million'));
    assert.notDeepEqual(parks(fixed, versions.at(-2)!.text), []);
    assert.deepEqual(parks(consistent, text), []);

    // A server that has seen none of it gives the same diagnostics for each text.
    for (const [i, v] of versions.entries()) {
      const { client: fresh } = await TestClient.start({ folders: [ws], settings: () => ({}) });
      try {
        const freshUri = await fresh.open(file, v.text);
        assert.deepEqual(unversioned(v.items), unversioned(await fresh.waitForDiagnostics(freshUri, (d) => d.length > 0, 'the corpus to be indexed')), `version ${i + 1}`);
      } finally {
        await fresh.shutdown();
      }
    }
  });
});
