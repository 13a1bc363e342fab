/**
 * Hostile documents and corpora through the language server process: what they hold may be
 * huge or strange, and the server must still answer, with answers of a sane size.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient, messageOf, rangeOf, within, workspace } from './harness';

/** About `bytes` of words without a full stop, with `middle` in the middle. */
function runOn(bytes: number, middle: string): string {
  const filler = 'and the hearing went on with residents speaking about roads parks schools libraries ';
  const half = filler.repeat(Math.ceil(bytes / 2 / filler.length));
  return `${half}${middle} ${half}`;
}

void describe('hostile input', () => {
  void it('quotes a window of an 80 KB source sentence in hovers and related information', async () => {
    const sentence = runOn(80_000, 'the city council approved a budget of $48 million on Tuesday');
    const ws = workspace({ 'corpus/run-on.md': `---\ntitle: Run-on minutes\npublisher: Minutes Desk\n---\n${sentence}\n` });
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const text = 'The council approved a budget of $52 million on Tuesday.\n';
      const uri = await client.open(path.join(ws, 'draft.md'), text);
      const [d] = await within(60_000, client.waitForDiagnostics(uri, (x) => x.length === 1, 'a conflict'), 'diagnostics');
      assert.equal(d!.code, 'conflict');
      const related = d!.relatedInformation?.[0]?.message ?? '';
      assert.ok(related.length < 500, `related information of ${related.length} characters`);
      assert.match(related, /^Minutes Desk: ….*\$48 million.*…$/);

      const hover = await client.hover(uri, rangeOf(text, '$52 million').start);
      const value = (hover?.contents as MarkupContent).value;
      assert.ok(value.length < 2000, `a hover of ${value.length} characters`);
      assert.match(value, /> ….* \*\*\$48 million\*\* .*…\n/);
      assert.ok(messageOf(d!).length < 1001);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });
});
