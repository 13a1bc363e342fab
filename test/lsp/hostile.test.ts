/**
 * Hostile documents and corpora through the language server process: what they hold may be
 * huge or strange, and the server must still answer, with answers of a sane size.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, MarkupContent, Range } from 'vscode-languageserver-protocol';
import { COUNCIL_CORPUS, COUNCIL_DRAFT, TestClient, messageOf, rangeOf, within, workspace } from './harness';

/** About `bytes` of words without a full stop, with `middle` in the middle. */
function runOn(bytes: number, middle: string): string {
  const filler = 'and the hearing went on with residents speaking about roads parks schools libraries ';
  const half = filler.repeat(Math.ceil(bytes / 2 / filler.length));
  return `${half}${middle} ${half}`;
}

/** Lines as LSP counts them: CR, LF and CRLF each end a line. */
const linesOf = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** The text a range covers, with LSP line ends. */
function textAt(text: string, range: Range): string {
  const lines = linesOf(text);
  if (range.start.line !== range.end.line) return '';
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

void describe('hostile input', () => {
  void it('keeps every range inside its line with CR-only, CRLF and mixed line ends', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const lf = await client.open(path.join(ws, 'lf.md'), COUNCIL_DRAFT);
      const expected = (await client.waitForDiagnostics(lf, (d) => d.length > 0, 'LF diagnostics')).map((d) => [d.code, textAt(COUNCIL_DRAFT, d.range)]);
      assert.equal(expected.length, 6);
      let n = 0;
      const mixedEnds = ['\r', '\n', '\r\n'];
      const variants: [string, string][] = [
        ['cr', COUNCIL_DRAFT.replace(/\n/g, '\r')],
        ['crlf', COUNCIL_DRAFT.replace(/\n/g, '\r\n')],
        ['mixed', COUNCIL_DRAFT.replace(/\n/g, () => mixedEnds[n++ % 3]!)],
      ];
      for (const [name, text] of variants) {
        const uri = await client.open(path.join(ws, `${name}.md`), text);
        const items: Diagnostic[] = await client.waitForDiagnostics(uri, (d) => d.length > 0, `${name} diagnostics`);
        const lines = linesOf(text);
        for (const d of items) {
          const line = lines[d.range.start.line];
          assert.ok(line !== undefined, `${name}: line ${d.range.start.line} exists`);
          assert.equal(d.range.end.line, d.range.start.line, `${name}: ${JSON.stringify(d.range)} stays on its line`);
          assert.ok(d.range.end.character <= line.length, `${name}: ${JSON.stringify(d.range)} ends inside its line of ${line.length}`);
        }
        assert.deepEqual(items.map((d) => [d.code, textAt(text, d.range)]), expected, `${name}: the same claims at the same words`);

        // Hover and the quick fix use the same positions.
        const at = rangeOf(text, '15,000');
        const hover = await client.hover(uri, at.start);
        assert.deepEqual(hover?.range, at, `${name}: hover range`);
        const crowd = items.find((d) => textAt(text, d.range) === '15,000')!;
        const replace = (await client.codeActions(uri, crowd.range, [crowd])).find((a) => a.title.startsWith('Replace'))!;
        assert.equal(await client.apply(uri, replace.edit!), text.replace('15,000', '11,000'), `${name}: the figure replaced in place`);
      }

      // A citation written into a CR-only draft uses CR line ends.
      const cr = '# Parks\r\rThe parks department will receive $3.2 million.\r';
      const uri = await client.open(path.join(ws, 'cite-cr.md'), cr);
      const actions = await client.until(() => client.codeActions(uri, rangeOf(cr, '$3.2 million')), (a) => a.length > 0, 'code actions');
      const cited = await client.apply(uri, actions.find((a) => a.title.startsWith('Insert citation'))!.edit!);
      assert.ok(!cited.includes('\n'), JSON.stringify(cited));
      assert.match(cited, /million\.\[\^riverton-budget\]\r\r\[\^riverton-budget\]: .*”\r$/);
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('reports at most corroborate.maxNumberOfProblems diagnostics per document, and says how many were left out', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    // The figures all count the clerk's assistants, so each is also inconsistent with the others: only the verdicts are counted here.
    const quiet = { severity: { inconsistent: 'off' } };
    let settings: Record<string, unknown> = { ...quiet };
    const { client } = await TestClient.start({ folders: [ws], settings: () => settings });
    try {
      // 1,200 unsupported figures: more than the default cap of 1,000.
      const text = Array.from({ length: 1200 }, (_, i) => `The clerk has ${i + 2} assistants.`).join('\n\n');
      const uri = await client.open(path.join(ws, 'many.md'), text);
      const items = await within(120_000, client.waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics'), 'diagnostics');
      assert.equal(items.length, 1000);
      assert.deepEqual(items[0]!.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 15 } });
      const capped = client.status.filter((x) => x.uri === uri).at(-1)!;
      assert.deepEqual([capped.state, capped.claims, capped.problems, capped.shown], ['ready', 1200, 1200, 1000]);
      assert.equal(capped.message, 'Showing the first 1,000 of 1,200 problems (corroborate.maxNumberOfProblems).');
      assert.ok(client.logs.some((l) => l.message.includes('reporting the first 1000 of 1200 problems (corroborate.maxNumberOfProblems)')));

      settings = { ...quiet, maxNumberOfProblems: 5 };
      await client.changeSettings(() => settings);
      const five = await client.waitForDiagnostics(uri, (d) => d.length === 5, 'five diagnostics');
      assert.deepEqual(five.map((d) => d.range.start.line), [0, 2, 4, 6, 8], 'the first ones, in document order');
      settings = { ...quiet, maxNumberOfProblems: 'many' };
      await client.changeSettings(() => settings);
      await client.waitForDiagnostics(uri, (d) => d.length === 1000, 'the default back for a value that is not a number');
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  void it('does not check a document over corroborate.maxDocumentSize, and says so', async () => {
    const ws = workspace({ ...COUNCIL_CORPUS });
    let settings: Record<string, unknown> = {};
    const { client } = await TestClient.start({ folders: [ws], settings: () => settings });
    try {
      // 5 MB of figures: over the default limit of 2 MB.
      const line = 'The council has 9 members and 14 swimming pools, and hired 240 new staff next year.\n';
      const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
      const uri = await client.open(path.join(ws, 'big.md'), big);
      assert.deepEqual(await within(15_000, client.diagnostics(uri), 'diagnostics'), []);
      const skipped = await client.until(() => client.status.filter((x) => x.uri === uri).at(-1), (x) => x?.state === 'skipped', 'a skipped status');
      assert.equal(skipped!.message, 'Not checked: the document is 5.1 MB, over the 2 MB limit (corroborate.maxDocumentSize).');
      assert.equal(await within(15_000, client.hover(uri, { line: 0, character: 16 }), 'hover'), null);
      assert.ok(client.logs.some((l) => l.message.includes('not checked: ') && l.message.includes('-byte limit (corroborate.maxDocumentSize)')));

      // The setting can lower the limit, not raise it past 10 MB.
      const small = await client.open(path.join(ws, 'small.md'), 'The council has 9 members.\n');
      await client.waitForDiagnostics(small, (d) => d.length === 1, 'a small draft checked');
      settings = { maxDocumentSize: 10 };
      await client.changeSettings(() => settings);
      await client.waitForDiagnostics(small, (d) => d.length === 0, 'the small draft over a 10-byte limit');
      assert.equal(client.status.filter((x) => x.uri === small).at(-1)?.message, 'Not checked: the document is 27 bytes, over the 10-byte limit (corroborate.maxDocumentSize).');
      settings = { maxDocumentSize: 1e12 };
      await client.changeSettings(() => settings);
      const huge = line.repeat(Math.ceil((10.5 * 1024 * 1024) / line.length));
      const hugeUri = await client.open(path.join(ws, 'huge.md'), huge);
      assert.deepEqual(await within(15_000, client.diagnostics(hugeUri), 'diagnostics'), []);
      await client.until(() => client.status.filter((x) => x.uri === hugeUri).at(-1), (x) => x?.state === 'skipped' && /over the 10 MB limit/.test(x.message ?? ''), 'the 10 MB ceiling');
    } finally {
      await client.shutdown();
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

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
