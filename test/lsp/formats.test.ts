/**
 * HTML, PDF and Word sources through the language server: hovers name the page or paragraph, Go
 * to Definition opens the HTML file at the figure and the read-only view of a PDF's or Word file's
 * text (a `corroborate-source:` URI the server serves) at the line the citation names, and a
 * changed PDF is read again.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType } from 'vscode-languageserver-protocol';
import { ListSourcesRequest, SourceTextRequest } from '../../server/src/lsp/protocol';
import { REPORT_PAGES, writeMixedCorpus, writePdf } from '../formats/fixtures';
import { TestClient, rangeOf, uriOf, workspace } from './harness';

const DRAFT = 'About 12,000 vehicles cross the bridge every day. In 2022 the harbour handled 4,210 cargo ships. The council approved a budget of 3.2 million euros for the library.\n';

void describe('HTML, PDF and Word sources in the server', () => {
  void it('hovers and definitions lead to the figure in the HTML file and in the views of the PDF and the Word document', async () => {
    const ws = workspace({ 'README.md': 'sources as people keep them\n' });
    const files = await writeMixedCorpus(path.join(ws, 'corpus'));
    const { client } = await TestClient.start({ folders: [ws] });
    try {
      const uri = await client.open(path.join(ws, 'draft.md'), DRAFT);
      // No diagnostics also while the corpus is indexed: wait for the evidence itself.
      await client.until(() => client.definition(uri, rangeOf(DRAFT, '3.2 million euros').start), (l) => l.length > 0, 'the corpus indexed');
      assert.deepEqual(await client.diagnostics(uri), [], 'every figure supported');

      // The web page: the file itself, at the figure's sentence.
      const html = await client.definition(uri, rangeOf(DRAFT, '12,000').start);
      assert.equal(html[0]!.uri, uriOf(files.html));
      const lines = fs.readFileSync(files.html, 'utf8').split('\n');
      const r = html[0]!.range;
      assert.ok(lines[r.start.line]!.slice(r.start.character).startsWith('About 12,000 vehicles'));
      assert.ok(lines[r.end.line]!.slice(0, r.end.character).endsWith('in March.'));

      // The PDF: its view, at the line of page 2 that holds the figure.
      const hover = await client.hover(uri, rangeOf(DRAFT, '4,210').start);
      const md = (hover?.contents as { value: string }).value;
      assert.match(md, /Harbour Authority Annual Report 2022/);
      assert.match(md, /\[Open harbour-report\.pdf, page 2, line \d+\]\(corroborate-source:/);
      const pdf = await client.definition(uri, rangeOf(DRAFT, '4,210').start);
      assert.match(pdf[0]!.uri, /^corroborate-source:\/\/\/.*harbour-report\.pdf$/);
      assert.ok(md.includes(`${pdf[0]!.uri}#L${pdf[0]!.range.start.line + 1}`));
      const view = await client.conn.sendRequest(SourceTextRequest.type, { uri: pdf[0]!.uri });
      assert.ok(view);
      const viewLines = view.split('\n');
      assert.match(viewLines[0]!, /harbour-report\.pdf: the text of a PDF of 3 pages/);
      const p = pdf[0]!.range;
      assert.ok(viewLines[p.start.line]!.slice(p.start.character).startsWith('In 2022 the harbour handled 4,210'));
      assert.equal(viewLines.slice(0, p.start.line).reverse().find((l) => l.startsWith('──')), '── Page 2 ──');

      // The Word document: its view, at the numbered paragraph.
      const docx = await client.definition(uri, rangeOf(DRAFT, '3.2 million euros').start);
      const docView = (await client.conn.sendRequest(SourceTextRequest.type, { uri: docx[0]!.uri }))!.split('\n');
      const d = docx[0]!.range;
      assert.match(docView[d.start.line]!, /^\[3\] The council approved/);
      assert.equal(docView[d.start.line]!.slice(d.start.character, d.end.character), 'The council approved a budget of 3.2 million euros for the library, to be built over two years.');
      const docHover = (await client.hover(uri, rangeOf(DRAFT, '3.2 million euros').start))?.contents as { value: string };
      assert.match(docHover.value, /paragraph 3, line/);

      // Open Source lists the views for PDF and Word, the file for HTML; other URIs get null.
      const sources = await client.conn.sendRequest(ListSourcesRequest.type, { uri });
      assert.deepEqual(sources.map((s) => s.uri.split(':')[0]).sort(), ['corroborate-source', 'corroborate-source', 'file']);
      assert.equal(await client.conn.sendRequest(SourceTextRequest.type, { uri: uriOf(files.html).replace(/^file:/, 'corroborate-source:') }), null);
      assert.equal(await client.conn.sendRequest(SourceTextRequest.type, { uri: 'corroborate-source:///nowhere/x.pdf' }), null);

      // The PDF changes on disk: the server reads it again, and the figure is now a conflict.
      await writePdf(files.pdf, REPORT_PAGES.map((t) => t.replace('4,210', '4,250')), { title: 'Harbour Authority Annual Report 2022' });
      await client.filesChanged([{ uri: uriOf(files.pdf), type: FileChangeType.Changed }]);
      const after = await client.waitForDiagnostics(uri, (x) => x.length === 1, 'a conflict with the changed PDF');
      assert.equal(after[0]!.code, 'conflict');
      assert.match(typeof after[0]!.message === 'string' ? after[0]!.message : after[0]!.message.value, /4,250 \(Harbour Authority Annual Report 2022, [^)]*p\. 2\)/);
      assert.equal(client.exited, undefined);
    } finally {
      await client.shutdown();
    }
  });
});
