/**
 * The language server end to end: dist/server.js runs as a separate process and is driven over
 * stdio by a small LSP client (./harness), with a temporary workspace holding its own corpus
 * (a city council budget) and drafts.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol';
import { ListSourcesRequest, ReloadCorpusRequest, ServerCommands, type AcceptClaimArgs } from '../../server/src/lsp/protocol';
import { COUNCIL_CORPUS, COUNCIL_DRAFT, TestClient, messageOf, rangeOf, uriOf, workspace, type RawSettings } from './harness';

const BASE = 'https://github.com/corroborate/corroborate#diagnostic-';

void describe('language server', () => {
  let ws: string;
  let client: TestClient;
  let init: Awaited<ReturnType<typeof TestClient.start>>['init'];
  let settings: RawSettings = {};
  let gazette: string;
  let radio: string;

  before(async () => {
    ws = workspace({ ...COUNCIL_CORPUS });
    gazette = uriOf(path.join(ws, 'corpus', 'council-budget.md'));
    radio = uriOf(path.join(ws, 'corpus', 'radio-report.txt'));
    ({ client, init } = await TestClient.start({ folders: [ws], settings: () => settings }));
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  const byCode = (items: Diagnostic[], code: string): Diagnostic[] => items.filter((d) => d.code === code);
  const hoverText = (h: { contents: unknown } | null): string => {
    assert.ok(h, 'expected a hover');
    const c = h.contents as MarkupContent;
    assert.equal(c.kind, 'markdown');
    return c.value;
  };

  void it('initializes, indexes the folder corpus with progress and watches it', async () => {
    const caps = init.capabilities;
    assert.deepEqual(
      { interFileDependencies: (caps.diagnosticProvider as { interFileDependencies: boolean }).interFileDependencies, workspaceDiagnostics: (caps.diagnosticProvider as { workspaceDiagnostics: boolean }).workspaceDiagnostics },
      { interFileDependencies: false, workspaceDiagnostics: false },
    );
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.deepEqual(caps.executeCommandProvider?.commands, [ServerCommands.acceptClaim]);

    await client.until(() => client.status, (s) => s.some((x) => x.state === 'ready' && x.documents === 2), 'the corpus to be indexed');
    assert.ok(client.configRequests.includes(uriOf(ws)), 'folder settings are pulled with the folder as scope');
    await client.until(() => client.progress, (p) => p.some((v) => (v as { kind: string }).kind === 'end'), 'indexing progress to end');
    assert.ok(client.progressTokens.length >= 1, 'server-initiated work-done progress');
    assert.equal((client.progress[0] as { kind: string }).kind, 'begin');

    const reg = await client.until(
      () => [...client.registrations.values()].find((r) => r.method === 'workspace/didChangeWatchedFiles'),
      (r) => r !== undefined,
      'the file watcher registration',
    );
    const watchers = (reg!.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern);
    assert.deepEqual(watchers, [
      { baseUri: uriOf(path.join(ws, 'corpus')), pattern: '**/*.{md,markdown,txt,html,htm,xhtml,pdf,docx}' },
      { baseUri: uriOf(ws), pattern: '.corroborate/accepted.json' },
    ]);
  });

  void it('reports every verdict as a pull diagnostic with code, range, severity, message and sources', async () => {
    const uri = await client.open(path.join(ws, 'drafts', 'budget.md'), COUNCIL_DRAFT);
    const items = await client.waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics for the draft');
    // Whether a quote's range takes in the comma inside the quotation marks is the engine's call.
    const summary = items.map((d) => [
      d.code,
      COUNCIL_DRAFT.split('\n')[d.range.start.line]!.slice(d.range.start.character, d.range.end.character).replace(/,$/, ''),
      d.severity,
    ]);
    assert.deepEqual(summary, [
      ['conflict', '$52 million', DiagnosticSeverity.Error],
      ['conflict', '15,000', DiagnosticSeverity.Error],
      ['disputed', '240', DiagnosticSeverity.Warning],
      ['misquote', 'We closed every library', DiagnosticSeverity.Error],
      ['unsupported-figure', '9', DiagnosticSeverity.Warning],
      ['unsupported-quote', 'a budget for everyone and nobody', DiagnosticSeverity.Warning],
    ]);
    for (const d of items) {
      assert.equal(d.source, 'corroborate');
      assert.equal(d.codeDescription?.href, `${BASE}${d.code}`);
    }

    const [budget, crowd] = byCode(items, 'conflict');
    assert.deepEqual(crowd!.range, rangeOf(COUNCIL_DRAFT, '15,000'));
    assert.equal(messageOf(crowd!), 'Sources say 11,000 (Riverton Gazette, 12 Mar 2024); the draft says 15,000.');
    // The source sentence runs over two lines; the related location is the figure on the second.
    assert.deepEqual(crowd!.relatedInformation, [
      {
        location: { uri: gazette, range: { start: { line: 11, character: 0 }, end: { line: 11, character: 6 } } },
        message:
          'Riverton Gazette, 12 Mar 2024: Organisers counted every seat at the three public hearings and said 11,000 residents attended the public hearings.',
      },
    ]);
    assert.deepEqual(budget!.relatedInformation?.[0]?.location, { uri: gazette, range: { start: { line: 8, character: 47 }, end: { line: 8, character: 58 } } });

    const [disputed] = byCode(items, 'disputed');
    assert.match(messageOf(disputed!), /^Sources disagree: 240 \(Riverton Gazette, 12 Mar 2024\) vs 310 .*the draft says 240\.$/);
    assert.deepEqual(
      disputed!.relatedInformation?.map((r) => [r.location.uri, r.location.range.start, r.message]),
      [
        [gazette, { line: 15, character: 31 }, 'Riverton Gazette, 12 Mar 2024 (supports): The council said it would hire 240 new staff next year.'],
        [
          radio,
          { line: 2, character: 31 },
          'Riverton budget vote: what it means (contradicts): The city council plans to hire 310 new staff next year, a spokesperson told Riverton Public Radio.',
        ],
      ],
    );
    assert.equal(byCode(items, 'unsupported-figure')[0]!.relatedInformation, undefined);

    const status = await client.until(() => client.status.filter((s) => s.uri === uri), (s) => s.length > 0, 'a status for the check');
    assert.deepEqual(status.at(-1), { state: 'ready', uri, claims: 9, supported: 3, conflicts: 3, disputed: 1, unsupported: 2 });

    // Same version, same result: the client may keep what it has.
    const full = await client.pull(uri);
    assert.equal(full.kind, 'full');
    const again = await client.pull(uri, full.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: full.resultId });
  });

  void it('hovers any claim with its verdict, reading and linked, escaped sources', async () => {
    const uri = uriOf(path.join(ws, 'drafts', 'budget.md'));
    const conflict = hoverText(await client.hover(uri, rangeOf(COUNCIL_DRAFT, '15,000').start));
    assert.match(conflict, /^\*\*Conflict\*\*/);
    assert.match(conflict, /The draft says \*\*15,000\*\*, read as more than 15,000/);
    assert.match(conflict, /\*\*Contradicts\*\* · Riverton council passes 2024 budget — Riverton Gazette, 12 Mar 2024/);
    assert.match(conflict, /> Organisers counted every seat at the three public hearings and said \*\*11,000\*\* residents attended the public hearings\./);
    assert.ok(conflict.includes(`](${gazette}#L12)`), conflict);

    const supported = hoverText(await client.hover(uri, rangeOf(COUNCIL_DRAFT, '$3.2 million').start));
    assert.match(supported, /^\*\*Supported\*\*/);
    assert.match(supported, /receive \*\*\$3\\\.2 million\*\*|receive \*\*\$3\.2 million\*\*/);
    assert.ok(supported.includes(`](${gazette}#L14)`));

    // The radio report's sentence carries a command link and an HTML image: both come out inert.
    const evil = hoverText(await client.hover(uri, rangeOf(COUNCIL_DRAFT, '14').start));
    assert.match(evil, /\*\*14\*\* swimming pools/);
    assert.ok(!evil.includes('](command:'), evil);
    assert.ok(!/<img/i.test(evil), evil);
    assert.ok(evil.includes('\\[x\\]\\(command:evil\\)'), evil);
    assert.ok(evil.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'), evil);
    for (const m of evil.matchAll(/\]\(([^)\s]*)\)/g)) assert.match(m[1]!, /^file:\/\//, `only file links: ${m[1]}`);

    assert.equal(await client.hover(uri, { line: 0, character: 3 }), null);
  });

  void it('goes to the evidence sentences (definition / peek)', async () => {
    const uri = uriOf(path.join(ws, 'drafts', 'budget.md'));
    assert.deepEqual(await client.definition(uri, rangeOf(COUNCIL_DRAFT, '15,000').start), [
      { uri: gazette, range: { start: { line: 10, character: 0 }, end: { line: 11, character: 46 } } },
    ]);
    const disputed = await client.definition(uri, rangeOf(COUNCIL_DRAFT, '240').end);
    assert.deepEqual(
      disputed.map((l) => [l.uri, l.range.start.line]),
      [
        [gazette, 15],
        [radio, 2],
      ],
    );
    assert.deepEqual(await client.definition(uri, rangeOf(COUNCIL_DRAFT, '9 members').start), []);
  });

  void it('replaces a conflicting figure with the source figure, keeping the hedge', async () => {
    const text = 'More than 15,000 residents attended the public hearings.\n\n"We closed every library," said mayor Dana Ortiz.\n';
    const uri = await client.open(path.join(ws, 'drafts', 'replace.md'), text);
    const items = await client.waitForDiagnostics(uri, (d) => d.length === 2, 'two conflicts');
    const [crowd] = items;
    const actions = await client.codeActions(uri, crowd!.range, [crowd!]);
    const replace = actions.find((a) => a.title.startsWith('Replace'));
    assert.equal(replace?.title, 'Replace 15,000 with 11,000 (Riverton Gazette, 12 Mar 2024)');
    assert.equal(replace.kind, 'quickfix');
    assert.equal(replace.isPreferred, true);
    assert.deepEqual(replace.diagnostics, [crowd]);
    const change = replace.edit?.documentChanges?.[0];
    assert.ok(change && 'textDocument' in change);
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    const fixed = await client.apply(uri, replace.edit!);
    assert.equal(fixed, 'More than 11,000 residents attended the public hearings.\n\n"We closed every library," said mayor Dana Ortiz.\n');

    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => messageOf(x).includes('15,000')), 'the 15,000 conflict to go');
    const misquote = after.find((d) => d.code === 'misquote')!;
    assert.deepEqual(misquote.range.start, rangeOf(fixed, 'We closed every library').start);
    const [quoteFix] = (await client.codeActions(uri, misquote.range, [misquote])).filter((a) => a.title.startsWith('Replace'));
    // The whole quotation of the source replaces the draft's words inside the quotation marks.
    assert.ok(quoteFix);
    assert.match(quoteFix.title, /^Replace “We closed every library,?” with “We kept every library open,?” \(Riverton Gazette, 12 Mar 2024\)$/);
    assert.equal(
      await client.apply(uri, quoteFix.edit!),
      'More than 11,000 residents attended the public hearings.\n\n"We kept every library open," said mayor Dana Ortiz.\n',
    );
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'misquote'), 'the misquote to go');
  });

  void it('inserts a Markdown footnote citation', async () => {
    const text = '# Parks\n\nThe parks department will receive $3.2 million. It was a long night.\n';
    const uri = await client.open(path.join(ws, 'drafts', 'cite.md'), text);
    const range = rangeOf(text, '$3.2 million');
    const actions = await client.until(() => client.codeActions(uri, range), (a) => a.length > 0, 'code actions');
    const cite = actions.find((a) => a.title.startsWith('Insert citation'));
    assert.equal(cite?.title, 'Insert citation: Riverton Gazette, 12 Mar 2024');
    assert.equal(
      await client.apply(uri, cite.edit!),
      '# Parks\n\nThe parks department will receive $3.2 million.[^riverton-budget] It was a long night.\n\n' +
        '[^riverton-budget]: *Riverton council passes 2024 budget*, Riverton Gazette, 12 Mar 2024: “The parks department will receive $3.2 million, up 12% from last year.”\n',
    );
    // Cited now: no second citation, and the footnote's own figures are not claims.
    const again = await client.until(() => client.codeActions(uri, range), () => true, 'code actions');
    assert.equal(again.filter((a) => a.title.startsWith('Insert citation')).length, 0);
    assert.deepEqual(await client.diagnostics(uri), []);
  });

  void it('inserts an inline citation in plain text', async () => {
    const text = 'The parks department will receive $3.2 million. The council has 9 members.\n';
    const uri = await client.open(path.join(ws, 'drafts', 'notes.txt'), text, 'plaintext');
    const range = rangeOf(text, '$3.2 million');
    const actions = await client.until(() => client.codeActions(uri, range), (a) => a.length > 0, 'code actions');
    const cite = actions.find((a) => a.title.startsWith('Insert citation'))!;
    assert.equal(
      await client.apply(uri, cite.edit!),
      'The parks department will receive $3.2 million (Riverton council passes 2024 budget, Riverton Gazette, 12 Mar 2024). The council has 9 members.\n',
    );
  });

  void it('accepts a claim as checked into .corroborate/accepted.json, refusing stale versions', async () => {
    const text = 'The clerk has 7 assistants. The mayor has 2 deputies.\n';
    const file = path.join(ws, 'drafts', 'accept.md');
    const uri = await client.open(file, text);
    const items = await client.waitForDiagnostics(uri, (d) => d.length === 2, 'two unsupported figures');
    const seven = items.find((d) => messageOf(d).includes('(7)'))!;
    const actions = await client.codeActions(uri, seven.range, [seven]);
    const accept = actions.find((a) => a.title.startsWith('Accept as checked'));
    assert.equal(accept?.title, 'Accept as checked: 7');
    assert.equal(accept.command?.command, ServerCommands.acceptClaim);
    const args = accept.command!.arguments![0] as AcceptClaimArgs;
    assert.deepEqual(args, { uri, version: 1, text: '7', evidenceHash: args.evidenceHash, sentence: 'The clerk has 7 assistants.' });

    const refreshes = client.refreshes;
    assert.deepEqual(await client.executeCommand(ServerCommands.acceptClaim, [args]), { accepted: true });
    const acceptedFile = path.join(ws, '.corroborate', 'accepted.json');
    const written = fs.readFileSync(acceptedFile, 'utf8');
    const parsed = JSON.parse(written) as { version: number; accepted: Record<string, string>[] };
    assert.equal(parsed.version, 1);
    assert.equal(parsed.accepted.length, 1);
    assert.deepEqual(Object.keys(parsed.accepted[0]!), ['acceptedAt', 'evidenceHash', 'file', 'sentence', 'text']);
    assert.deepEqual({ ...parsed.accepted[0], acceptedAt: undefined }, {
      acceptedAt: undefined,
      evidenceHash: args.evidenceHash,
      file: 'drafts/accept.md',
      sentence: 'The clerk has 7 assistants.',
      text: '7',
    });
    assert.ok(!Number.isNaN(Date.parse(parsed.accepted[0]!['acceptedAt']!)));
    assert.equal(written, `${JSON.stringify(parsed, null, 2)}\n`, 'pretty JSON with a final newline');
    await client.until(() => client.refreshes, (n) => n > refreshes, 'a diagnostics refresh');
    const left = await client.diagnostics(uri);
    assert.deepEqual(left.map(messageOf), ['No source states this figure (2).']);

    // Accepting again changes nothing (stable file).
    assert.deepEqual(await client.executeCommand(ServerCommands.acceptClaim, [args]), { accepted: true });
    assert.equal(fs.readFileSync(acceptedFile, 'utf8'), written);

    // After an edit, the old actions and the old command are stale.
    const two = left[0]!;
    await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Tonight. ' }]);
    assert.deepEqual(await client.codeActions(uri, two.range, [two]), []);
    const stale: AcceptClaimArgs = { ...args, text: '2', version: 1, sentence: 'The mayor has 2 deputies.' };
    assert.deepEqual(await client.executeCommand(ServerCommands.acceptClaim, [stale]), { accepted: false, reason: 'stale' });
    assert.equal(fs.readFileSync(acceptedFile, 'utf8'), written);
  });

  void it('re-checks an edited draft: the touched claim changes, the others stay as they were', async () => {
    const text = 'The council approved a budget of $52 million on Tuesday.\n\nThe council has 9 members.\n';
    const uri = await client.open(path.join(ws, 'drafts', 'edit.md'), text);
    const before = await client.waitForDiagnostics(uri, (d) => d.length === 2, 'a conflict and an unsupported figure');
    assert.deepEqual(before.map((d) => d.code), ['conflict', 'unsupported-figure']);

    await client.edit(uri, [{ range: rangeOf(text, '$52 million'), text: '$48 million' }]);
    const fixed = await client.waitForDiagnostics(uri, (d) => d.length === 1, 'the conflict to go');
    assert.deepEqual(fixed, [{ ...before[1]!, data: { ...(before[1]!.data as object), version: 2 } }]);

    await client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Budget night.\n\n' }]);
    const moved = await client.waitForDiagnostics(uri, (d) => d[0]?.range.start.line === 4, 'the diagnostic to move down');
    assert.deepEqual(moved, [
      { ...before[1]!, range: { start: { line: 4, character: 16 }, end: { line: 4, character: 17 } }, data: { ...(before[1]!.data as object), version: 3 } },
    ]);
  });

  void it('applies severity and language settings per resource after didChangeConfiguration', async () => {
    const text = 'The council approved a budget of $52 million on Tuesday. The council has 9 members.\n';
    const uri = await client.open(path.join(ws, 'drafts', 'settings.md'), text);
    await client.waitForDiagnostics(uri, (d) => d.length === 2, 'two diagnostics');
    const txt = await client.open(path.join(ws, 'drafts', 'settings.txt'), text, 'plaintext');
    await client.waitForDiagnostics(txt, (d) => d.length === 2, 'two diagnostics in plain text');

    const refreshes = client.refreshes;
    settings = { severity: { unsupported: 'off', conflict: 'hint' }, languages: ['markdown'] };
    await client.changeSettings(() => settings);
    const items = await client.waitForDiagnostics(uri, (d) => d.length === 1, 'unsupported hidden');
    assert.deepEqual(items.map((d) => [d.code, d.severity]), [['conflict', DiagnosticSeverity.Hint]]);
    assert.deepEqual(await client.diagnostics(txt), [], 'plaintext is no longer a checked language');
    await client.until(() => client.refreshes, (n) => n > refreshes, 'a diagnostics refresh');

    settings = {};
    await client.changeSettings(() => settings);
    await client.waitForDiagnostics(uri, (d) => d.length === 2, 'the defaults back');
  });

  void it('forgets a closed document and its settings, and keeps serving', async () => {
    const file = path.join(ws, 'drafts', 'closing.md');
    const text = 'The council has 9 members.\n';
    const uri = await client.open(file, text);
    await client.waitForDiagnostics(uri, (d) => d.length === 1, 'one diagnostic');
    const asked = client.configRequests.filter((s) => s === uri).length;
    assert.ok(asked >= 1);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.equal(await client.hover(uri, { line: 0, character: 16 }), null);
    await client.open(file, text);
    await client.waitForDiagnostics(uri, (d) => d.length === 1, 'diagnostics after reopening');
    assert.equal(client.configRequests.filter((s) => s === uri).length, asked + 1, 'settings pulled again after close');
    assert.equal(client.exited, undefined);
  });

  void it('lists the sources of a folder and reloads the corpus on request', async () => {
    const sources = await client.conn.sendRequest(ListSourcesRequest.type, { uri: uriOf(path.join(ws, 'drafts', 'budget.md')) });
    assert.deepEqual(
      sources.map((s) => [s.id, s.publisher, s.date, s.uri]),
      [
        ['riverton-budget', 'Riverton Gazette', '2024-03-12', gazette],
        ['radio-report', undefined, undefined, radio],
      ],
    );
    const refreshes = client.refreshes;
    const totals = await client.conn.sendRequest(ReloadCorpusRequest.type);
    assert.equal(totals.documents, 2);
    assert.ok(totals.sentences > 5);
    await client.until(() => client.refreshes, (n) => n > refreshes, 'a diagnostics refresh');
    assert.equal(client.messages.length, 0, `no warnings: ${JSON.stringify(client.messages)}`);
  });
});
