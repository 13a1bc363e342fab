/**
 * The language server's misattributed and inconsistent diagnostics, and its fact-check report
 * request, over stdio against dist/server.js.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ReportRequest } from '../../server/src/lsp/protocol';
import { COUNCIL_CORPUS, TestClient, rangeOf, uriOf, workspace, type RawSettings } from './harness';

const DRAFT = `# Budget

The council will hire 310 new staff next year, according to the Riverton Gazette.

The parks department will receive $3.2 million.

Later, officials confirmed the parks department will receive $4.5 million.
`;

void describe('language server: credits, consistency and the report', () => {
  let ws: string;
  let client: TestClient;
  const settings: RawSettings = {};

  before(async () => {
    ws = workspace({ ...COUNCIL_CORPUS });
    ({ client } = await TestClient.start({ folders: [ws], settings: () => settings }));
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  void it('a figure credited to an outlet that says otherwise is misattributed, pointing at the credit and the sources', async () => {
    const uri = await client.open(path.join(ws, 'drafts', 'credit.md'), DRAFT);
    const items = await client.diagnostics(uri);
    const d = items.find((x) => x.code === 'misattributed');
    assert.ok(d, JSON.stringify(items.map((x) => [x.code, x.message])));
    assert.deepEqual(d.range, rangeOf(DRAFT, '310'));
    assert.match(String(d.message), /^Credited to Riverton Gazette, but Riverton Gazette says 240/);
    assert.equal(d.codeDescription?.href, 'https://github.com/corroborate/corroborate#diagnostic-misattributed');
    const related = d.relatedInformation ?? [];
    assert.deepEqual(related[0]?.location, { uri, range: rangeOf(DRAFT, 'according to the Riverton Gazette') });
    assert.ok(related.some((r) => r.location.uri === uriOf(path.join(ws, 'corpus', 'council-budget.md'))), JSON.stringify(related));
  });

  void it('one quantity given two values is inconsistent at both places, each pointing at both', async () => {
    const uri = await client.open(path.join(ws, 'drafts', 'twice.md'), DRAFT);
    const items = (await client.diagnostics(uri)).filter((x) => x.code === 'inconsistent');
    assert.deepEqual(items.map((x) => x.range), [rangeOf(DRAFT, '$3.2 million'), rangeOf(DRAFT, '$4.5 million')]);
    for (const d of items) {
      assert.deepEqual(new Set(d.relatedInformation?.map((r) => JSON.stringify(r.location))), new Set([{ uri, range: rangeOf(DRAFT, '$3.2 million') }, { uri, range: rangeOf(DRAFT, '$4.5 million') }].map((l) => JSON.stringify(l))));
    }
  });

  void it('the hover of such a claim says so', async () => {
    const uri = await client.open(path.join(ws, 'drafts', 'hover.md'), DRAFT);
    await client.diagnostics(uri);
    const credit = await client.hover(uri, rangeOf(DRAFT, '310').start);
    assert.match(String((credit?.contents as { value: string }).value), /\*\*Misattributed\*\* · Credited to Riverton Gazette, but Riverton Gazette says 240/);
    const twice = await client.hover(uri, rangeOf(DRAFT, '$4.5 million').start);
    assert.match(String((twice?.contents as { value: string }).value), /\*\*Inconsistent\*\* · The draft gives this quantity another value elsewhere: \$3\.2 million \\\(line 5\\\)/);
  });

  void it('severity "off" hides them', async () => {
    await client.changeSettings(() => ({ severity: { misattributed: 'off', inconsistent: 'off' } }));
    const uri = await client.open(path.join(ws, 'drafts', 'off.md'), DRAFT);
    const items = await client.diagnostics(uri);
    assert.deepEqual(items.filter((x) => x.code === 'misattributed' || x.code === 'inconsistent'), []);
    await client.changeSettings(() => settings);
  });

  void it('corroborate/report answers the page of an open draft, with each claim\'s range', async () => {
    const uri = await client.open(path.join(ws, 'drafts', 'report.md'), DRAFT);
    const r = await client.conn.sendRequest(ReportRequest.type, { uri });
    assert.ok(r.html && r.ranges, JSON.stringify(r));
    assert.equal(r.html.match(/<article class="card /g)?.length, r.ranges.length);
    assert.deepEqual(r.ranges[0], rangeOf(DRAFT, '310'));
    assert.match(r.html, /<h2>drafts\/report\.md<\/h2>/);
    assert.match(r.html, /script-src 'nonce-/);
    assert.match(r.html, /data-draft="0" data-claim="0"/);
    const none = await client.conn.sendRequest(ReportRequest.type, { uri: uriOf(path.join(ws, 'not-open.md')) });
    assert.equal(none.html, undefined);
    assert.match(none.message ?? '', /not checked/);
    await assert.rejects(client.conn.sendRequest(ReportRequest.type, { uri: 42 } as never), /uri must be a string/);
  });
});
