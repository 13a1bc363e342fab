/**
 * Tests on the single-folder fixture workspace (test/fixtures/workspace, copied to a scratch
 * folder by the runner): a lighthouse story with its own corpus/ (three sources), a second
 * corpus in corpus-alt/, a Markdown draft and a plain-text note.
 *
 * The draft's verdicts against corpus/ (the engine's, clear-cut on purpose):
 *   June 1, 2025       supported    (Northern Gazette)
 *   3.1 million euros  conflict     (Northern Gazette says 2.4 million euros)
 *   38                 supported    (Northern Gazette, Harbour Radio)
 *   164                disputed     (Northern Gazette 164 steps vs Harbour Radio 172)
 *   4,500              supported    (Coastal Courier)
 *   17                 unsupported
 *   "We have given the harbour its pride back"   misquote ("...the coast its light back")
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DiagnosticCodes, type StatusParams } from '../../../server/src/lsp/protocol';
import {
  codeActionsAt,
  definitionsAt,
  diagnosticAt,
  EXTENSION_ID,
  expectDiagnostics,
  hoverAt,
  includesAll,
  log,
  open,
  ours,
  rangeOf,
  sourceSection,
  waitFor,
  withSetting,
  type Expected,
  type Test,
} from './util';

const COMMANDS = ['corroborate.checkDocument', 'corroborate.reloadCorpus', 'corroborate.openSource', 'corroborate.showReport', 'corroborate.showOutput', 'corroborate.restartServer'];
const { Global, Workspace } = vscode.ConfigurationTarget;

function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the fixture workspace is open');
  return f;
}
const file = (name: string): vscode.Uri => vscode.Uri.joinPath(folder().uri, name);
const fsPath = (name: string): string => file(name).fsPath;

const QUOTE = 'We have given the harbour its pride back';
const CONFLICT: Expected = { code: DiagnosticCodes.conflict, severity: 'error', text: '3.1 million euros' };
const DISPUTED: Expected = { code: DiagnosticCodes.disputed, severity: 'warning', text: '164', passage: 'has 164 steps' };
const UNSUPPORTED: Expected = { code: DiagnosticCodes.unsupportedFigure, severity: 'warning', text: '17', passage: 'crew of 17 divers' };
const MISQUOTE: Expected = { code: DiagnosticCodes.misquote, severity: 'error', text: QUOTE };
const DRAFT_EXPECTED = [CONFLICT, DISPUTED, UNSUPPORTED, MISQUOTE];
const without = (...gone: Expected[]): Expected[] => DRAFT_EXPECTED.filter((e) => !gone.includes(e));

async function draft(): Promise<vscode.TextDocument> {
  return (await open(file('draft.md'))).document;
}

/** The line of a file (0-based) holding `text`. */
function lineOf(name: string, text: string): number {
  const line = fs.readFileSync(fsPath(name), 'utf8').split('\n').findIndex((l) => l.includes(text));
  assert.ok(line >= 0, `${name} has "${text}"`);
  return line;
}

const tests: Test[] = [
  [
    'the extension activates and registers every contributed command',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      await extension.activate();
      const contributed = ((extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands ?? []).map((c) => c.command);
      assert.deepEqual([...contributed].sort(), [...COMMANDS].sort(), 'package.json contributes these commands');
      const all = await vscode.commands.getCommands(true);
      for (const c of COMMANDS) assert.ok(all.includes(c), `${c} is registered`);
    },
  ],
  [
    'the Markdown draft gets exactly the expected diagnostics: codes, ranges, severities',
    async () => {
      const doc = await draft();
      // The first check waits for the server to start and index the corpus: a longer deadline.
      const diags = await expectDiagnostics(doc, DRAFT_EXPECTED, 'the first diagnostics', 60_000);
      for (const d of diags) {
        assert.ok(typeof d.code === 'object' && d.code.target.toString().includes('#diagnostic-'), `${String(d.message)} links to its README section`);
      }
      const conflict = diagnosticAt(doc, DiagnosticCodes.conflict, CONFLICT.text);
      assert.match(conflict.message, /2\.4 million euros/);
      const related = conflict.relatedInformation ?? [];
      assert.ok(related.some((r) => r.location.uri.path.endsWith('/corpus/lighthouse-reopens.md')), 'related information names the source');
    },
  ],
  [
    'the plain-text note gets its conflict',
    async () => {
      const doc = (await open(file('notes.txt'))).document;
      await expectDiagnostics(doc, [{ code: DiagnosticCodes.conflict, severity: 'error', text: '9 euros' }]);
    },
  ],
  [
    'hover on a supported figure cites the source sentence, publisher and date',
    async () => {
      const doc = await draft();
      const text = await hoverAt(doc.uri, rangeOf(doc, '38', 'is 38 metres').start);
      includesAll(text, ['Supported'], 'the hover on 38');
      const source = sourceSection(text, 'The tower is 38 metres tall and has 164 steps.');
      includesAll(source, ['Supports', 'Skerry Point lighthouse reopens after restoration', 'Northern Gazette', '2 Jun 2025'], 'the source of 38');
    },
  ],
  [
    'hover on a disputed figure shows both sides',
    async () => {
      const doc = await draft();
      const text = await hoverAt(doc.uri, rangeOf(doc, DISPUTED.text, DISPUTED.passage).start);
      includesAll(text, ['Disputed'], 'the hover on 164');
      const supports = sourceSection(text, 'The tower is 38 metres tall and has 164 steps.');
      includesAll(supports, ['Supports', 'Northern Gazette', '2 Jun 2025'], 'the supporting side');
      const contradicts = sourceSection(text, 'The Skerry Point lighthouse is 38 metres tall and has 172 steps to the lantern room.');
      includesAll(contradicts, ['Contradicts', 'Harbour Radio', '15 Aug 2024'], 'the contradicting side');
    },
  ],
  [
    'hover on a conflicting figure shows the source value; plain words get no hover',
    async () => {
      const doc = await draft();
      const text = await hoverAt(doc.uri, rangeOf(doc, CONFLICT.text).start.translate(0, 2));
      includesAll(text, ['Conflict'], 'the hover on 3.1 million euros');
      const source = sourceSection(text, 'The restoration cost 2.4 million euros, according to the county heritage office.');
      includesAll(source, ['Contradicts', 'Northern Gazette', '2 Jun 2025'], 'the source of the conflict');
      const plain = await hoverAt(doc.uri, rangeOf(doc, 'cleaned the rocks').start);
      assert.ok(!plain.includes('Corroborate'), `no Corroborate hover on plain words: ${plain}`);
    },
  ],
  [
    'go to definition opens the source at the sentence that contradicts the draft',
    async () => {
      const doc = await draft();
      const locations = await definitionsAt(doc.uri, rangeOf(doc, CONFLICT.text).start);
      assert.equal(locations.length, 1, `one definition: ${locations.map((l) => l.uri.toString()).join(', ')}`);
      const [loc] = locations as [vscode.Location];
      assert.ok(loc.uri.path.endsWith('/corpus/lighthouse-reopens.md'), loc.uri.toString());
      const sentence = 'The restoration cost 2.4 million euros, according to the county heritage office.';
      assert.equal(loc.range.start.line, lineOf('corpus/lighthouse-reopens.md', sentence), 'the definition is on the sentence line');
      const editor = await vscode.window.showTextDocument(loc.uri, { selection: loc.range });
      assert.equal(vscode.window.activeTextEditor, editor);
      assert.equal(editor.document.getText(editor.selection), sentence, 'the selection is the source sentence');
    },
  ],
  [
    'go to definition on a disputed figure leads to both sources',
    async () => {
      const doc = await draft();
      const locations = await definitionsAt(doc.uri, rangeOf(doc, DISPUTED.text, DISPUTED.passage).start);
      const found = locations.map((l) => `${path.basename(l.uri.fsPath)}:${l.range.start.line}`).sort();
      assert.deepEqual(found, [
        `lighthouse-reopens.md:${lineOf('corpus/lighthouse-reopens.md', 'has 164 steps')}`,
        `skerry-guide.md:${lineOf('corpus/skerry-guide.md', 'has 172 steps')}`,
      ]);
    },
  ],
  [
    'Check Document re-checks the draft and returns its counts (what the status item shows)',
    async () => {
      await draft();
      const status = await vscode.commands.executeCommand<StatusParams | undefined>('corroborate.checkDocument');
      log(`status: ${JSON.stringify(status)}`);
      assert.ok(status, 'a status for the draft');
      assert.deepEqual(
        { state: status.state, claims: status.claims, supported: status.supported, conflicts: status.conflicts, disputed: status.disputed, unsupported: status.unsupported },
        { state: 'ready', claims: 7, supported: 3, conflicts: 2, disputed: 1, unsupported: 1 },
      );
      // With a URI argument, for another document.
      const notes = await vscode.commands.executeCommand<StatusParams | undefined>('corroborate.checkDocument', file('notes.txt'));
      assert.equal(notes?.uri, file('notes.txt').toString());
      assert.equal(notes?.conflicts, 1);
      // A document the extension does not check: no status.
      const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{ "cost": 3 }' });
      await vscode.window.showTextDocument(json);
      assert.equal(await vscode.commands.executeCommand('corroborate.checkDocument'), undefined);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  ],
  [
    'the "Replace ... with ..." quick fix changes exactly that figure',
    async () => {
      const doc = await draft();
      const before = doc.getText();
      const range = rangeOf(doc, CONFLICT.text);
      const actions = await codeActionsAt(doc.uri, range);
      const title = 'Replace 3.1 million euros with 2.4 million euros (Northern Gazette, 2 Jun 2025)';
      const fix = actions.find((a) => a.title === title);
      assert.ok(fix?.edit, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
      assert.ok(fix.isPreferred, 'the replacement is the preferred fix');
      assert.ok(actions.some((a) => a.title === 'Insert citation: Northern Gazette, 2 Jun 2025'), 'a citation is offered too');
      const start = doc.offsetAt(range.start);
      const end = doc.offsetAt(range.end);
      try {
        assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
        assert.equal(doc.getText(), `${before.slice(0, start)}2.4 million euros${before.slice(end)}`, 'only the figure changed');
        await expectDiagnostics(doc, without(CONFLICT), 'the conflict to go once the figure is fixed');
      } finally {
        // Put the draft back as it was (and on disk) for the tests that follow.
        const undo = new vscode.WorkspaceEdit();
        undo.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), before);
        assert.ok(await vscode.workspace.applyEdit(undo));
        assert.equal(doc.getText(), before);
        await doc.save();
      }
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the conflict to come back');
    },
  ],
  [
    '"Accept as checked" hides the claim and records it in .corroborate/accepted.json',
    async () => {
      const doc = await draft();
      const accepted = fsPath('.corroborate/accepted.json');
      assert.ok(!fs.existsSync(accepted), 'no accepted.json yet');
      const actions = await codeActionsAt(doc.uri, rangeOf(doc, UNSUPPORTED.text, UNSUPPORTED.passage));
      const accept = actions.find((a) => a.title === 'Accept as checked: 17');
      assert.ok(accept?.command, `"Accept as checked: 17" among: ${actions.map((a) => a.title).join(' | ')}`);
      try {
        const result = await vscode.commands.executeCommand<{ accepted: boolean }>(accept.command.command, ...(accept.command.arguments ?? []));
        assert.deepEqual(result, { accepted: true });
        await expectDiagnostics(doc, without(UNSUPPORTED), 'the accepted claim to go');
        const json = JSON.parse(fs.readFileSync(accepted, 'utf8')) as { version: number; accepted: Record<string, unknown>[] };
        assert.equal(json.version, 1);
        assert.equal(json.accepted.length, 1);
        assert.deepEqual(
          { text: json.accepted[0]?.['text'], file: json.accepted[0]?.['file'], sentence: json.accepted[0]?.['sentence'] },
          { text: '17', file: 'draft.md', sentence: 'A crew of 17 divers cleaned the rocks below.' },
        );
      } finally {
        // Deleting the file (it is watched) brings the claim back.
        fs.rmSync(path.dirname(accepted), { recursive: true, force: true });
      }
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the claim to come back once accepted.json is deleted');
    },
  ],
  [
    'corroborate.severity.unsupported changes the severity, "off" hides the claim',
    async () => {
      const doc = await draft();
      await withSetting('severity.unsupported', 'information', Workspace, async () => {
        await expectDiagnostics(doc, [...without(UNSUPPORTED), { ...UNSUPPORTED, severity: 'information' }], 'the unsupported claim as information');
        await vscode.workspace.getConfiguration('corroborate').update('severity.unsupported', 'off', Workspace);
        await expectDiagnostics(doc, without(UNSUPPORTED), 'the unsupported claim to go');
      });
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the default severity to come back');
    },
  ],
  [
    'a .corroborate.yaml in the folder changes a severity and the corpus; a VS Code setting set wins over it',
    async () => {
      const doc = await draft();
      const config = fsPath('.corroborate.yaml');
      const unsupported = (text: string, passage?: string): Expected => ({ code: DiagnosticCodes.unsupportedFigure, severity: 'information', text, ...(passage ? { passage } : {}) });
      try {
        // Conflicts (misquotes too) as warnings: the file is found and read.
        fs.writeFileSync(config, '# written by the extension-host test\nseverity:\n  conflict: warning\n');
        await expectDiagnostics(doc, [{ ...CONFLICT, severity: 'warning' }, DISPUTED, UNSUPPORTED, { ...MISQUOTE, severity: 'warning' }], 'conflicts as warnings from .corroborate.yaml');
        // The file changes on disk (watched): another corpus, unsupported claims as information.
        fs.writeFileSync(config, 'corpus: [corpus-alt]\nseverity:\n  unsupported: information\n');
        await expectDiagnostics(
          doc,
          [
            unsupported('June 1, 2025'),
            unsupported('38 metres', 'is 38 metres'),
            unsupported('164', 'has 164 steps'),
            unsupported('4,500'),
            { code: DiagnosticCodes.unsupportedQuote, severity: 'information', text: QUOTE },
          ],
          'the verdicts against corpus-alt/ from .corroborate.yaml',
        );
        // A setting the user sets wins over the file.
        await withSetting('severity.unsupported', 'warning', Workspace, async () => {
          await expectDiagnostics(doc, [unsupported('June 1, 2025'), unsupported('38 metres', 'is 38 metres'), unsupported('164', 'has 164 steps'), unsupported('4,500')].map((e) => ({ ...e, severity: 'warning' as const })).concat([{ code: DiagnosticCodes.unsupportedQuote, severity: 'warning', text: QUOTE }]), 'the workspace setting over the file');
        });
      } finally {
        fs.rmSync(config, { force: true });
      }
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the defaults once the file is deleted');
    },
  ],
  [
    'corroborate.corpus.paths switches the draft to another corpus folder',
    async () => {
      const doc = await draft();
      const unsupported = (text: string, passage?: string): Expected => ({ code: DiagnosticCodes.unsupportedFigure, severity: 'warning', text, ...(passage ? { passage } : {}) });
      await withSetting('corpus.paths', ['corpus-alt'], Workspace, async () => {
        await expectDiagnostics(
          doc,
          [
            unsupported('June 1, 2025'),
            unsupported('38 metres', 'is 38 metres'),
            unsupported('164', 'has 164 steps'),
            unsupported('4,500'),
            { code: DiagnosticCodes.unsupportedQuote, severity: 'warning', text: QUOTE },
          ],
          'the verdicts against corpus-alt/',
        );
        const text = await hoverAt(doc.uri, rangeOf(doc, CONFLICT.text).start);
        includesAll(text, ['Supported'], 'the hover against corpus-alt/');
        const source = sourceSection(text, 'The restoration of the Skerry Point lighthouse cost 3.1 million euros, according to the county heritage office.');
        includesAll(source, ['County Heritage Office', '31 Mar 2025'], 'the corpus-alt/ source');
      });
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the verdicts against corpus/ again');
    },
  ],
  [
    'editing, adding and deleting corpus files on disk updates the diagnostics',
    async () => {
      const doc = await draft();
      const source = fsPath('corpus/lighthouse-reopens.md');
      const original = fs.readFileSync(source, 'utf8');
      try {
        fs.writeFileSync(source, original.replace('2.4 million euros', '3.1 million euros'));
        await expectDiagnostics(doc, without(CONFLICT), 'the conflict to go after the source was edited');
      } finally {
        fs.writeFileSync(source, original);
      }
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the conflict to come back after the edit was undone');
      const added = fsPath('corpus/harbour-divers.md');
      try {
        fs.writeFileSync(added, '---\ntitle: "Divers clear the rocks"\npublisher: Coastal Courier\ndate: 2025-05-30\n---\nA crew of 17 divers cleaned the rocks below the lighthouse.\n');
        await expectDiagnostics(doc, without(UNSUPPORTED), 'the new source to support the divers');
      } finally {
        fs.rmSync(added, { force: true });
      }
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the divers to be unsupported again after the source was deleted');
    },
  ],
  [
    'Reload Corpus answers with the corpus size',
    async () => {
      await draft();
      const result = await vscode.commands.executeCommand<{ documents: number; sentences: number } | undefined>('corroborate.reloadCorpus');
      assert.ok(result, 'a result');
      assert.equal(result.documents, 3, `three sources in corpus/: ${JSON.stringify(result)}`);
      assert.ok(result.sentences >= 6, `sentences: ${JSON.stringify(result)}`);
      await expectDiagnostics(await draft(), DRAFT_EXPECTED, 'the diagnostics after the reload');
    },
  ],
  [
    'an untitled draft is checked against an absolute corpus path from the user settings',
    async () => {
      await withSetting('corpus.paths', [fsPath('corpus')], Global, async () => {
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The restoration of Skerry Point cost 3.1 million euros.\n' });
        await vscode.window.showTextDocument(doc);
        await expectDiagnostics(doc, [CONFLICT], 'the untitled draft to be checked');
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      });
    },
  ],
  [
    'Show Fact-check Report opens the draft\'s report in a webview under a strict policy',
    async () => {
      const doc = await draft();
      await expectDiagnostics(doc, DRAFT_EXPECTED, 'the draft to be checked first');
      const result = await vscode.commands.executeCommand<{ html?: string; ranges?: unknown[]; message?: string } | undefined>('corroborate.showReport', doc.uri);
      assert.ok(result?.html && result.ranges, `a report: ${JSON.stringify(result?.message)}`);
      assert.equal(result.html.match(/<article class="card /g)?.length, result.ranges.length, 'a card for every claim');
      assert.ok(result.ranges.length >= DRAFT_EXPECTED.length);
      assert.match(result.html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';/);
      assert.equal(result.html.match(/<script/g)?.length, 1, 'one static script');
      const tab = await waitFor('the report tab', async () =>
        vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label.startsWith('Fact-check: ') && t.label.endsWith('draft.md')),
      );
      await vscode.window.tabGroups.close(tab);
    },
  ],
  [
    'Open Source opens a source by id, by URI, and from its quick pick',
    async () => {
      await draft();
      await vscode.commands.executeCommand('corroborate.openSource', 'skerry-guide');
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, fsPath('corpus/skerry-guide.md'));
      await draft();
      await vscode.commands.executeCommand('corroborate.openSource', file('corpus/lighthouse-visitors.md').toString());
      assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, fsPath('corpus/lighthouse-visitors.md'));
      // Without an argument: a quick pick of the draft's sources (sorted by file); accept the first.
      await draft();
      const picked = vscode.commands.executeCommand('corroborate.openSource');
      await waitFor('the quick pick to open a source', async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return vscode.window.activeTextEditor?.document.uri.fsPath === fsPath('corpus/lighthouse-reopens.md');
      });
      await picked;
    },
  ],
  [
    'Show Output reveals the Corroborate output channel',
    async () => {
      await draft();
      const isOurs = (d: vscode.TextDocument): boolean => d.uri.scheme === 'output' && /corroborate/i.test(d.uri.toString());
      await vscode.commands.executeCommand('corroborate.showOutput');
      await waitFor('the Corroborate output to be shown', () =>
        vscode.window.visibleTextEditors.some((e) => isOurs(e.document)) || vscode.workspace.textDocuments.some(isOurs),
      );
      const shown = await waitFor('the output to hold the client log', () =>
        [...vscode.window.visibleTextEditors.map((e) => e.document), ...vscode.workspace.textDocuments].find((d) => isOurs(d) && /language server started/.test(d.getText())),
      );
      log(`output document: ${shown.uri.toString()}`);
      await vscode.commands.executeCommand('workbench.action.closePanel');
    },
  ],
  [
    'Restart Server restarts with the new corroborate.languages and brings the diagnostics back',
    async () => {
      const notes = (await open(file('notes.txt'))).document;
      await expectDiagnostics(notes, [{ code: DiagnosticCodes.conflict, severity: 'error', text: '9 euros' }]);
      await withSetting('languages', ['markdown'], Global, async () => {
        await vscode.commands.executeCommand('corroborate.restartServer');
        await waitFor('plain text to be dropped after the restart', () => ours(notes.uri).length === 0);
        assert.equal(await vscode.commands.executeCommand('corroborate.checkDocument', notes.uri), undefined, 'plain text is no longer checked');
        await expectDiagnostics(await draft(), DRAFT_EXPECTED, 'the draft after the restart');
      });
      await vscode.commands.executeCommand('corroborate.restartServer');
      await expectDiagnostics((await open(file('notes.txt'))).document, [{ code: DiagnosticCodes.conflict, severity: 'error', text: '9 euros' }], 'plain text checked again');
      const status = await vscode.commands.executeCommand<StatusParams | undefined>('corroborate.checkDocument', file('draft.md'));
      assert.equal(status?.state, 'ready');
      await expectDiagnostics(await draft(), DRAFT_EXPECTED);
    },
  ],
];

/** A one-page PDF whose lines are these, written by hand (no library in the extension host). */
function minimalPdf(lines: readonly string[]): string {
  const text = lines.map((l, i) => `BT /F1 12 Tf 72 ${720 - i * 16} Td (${l.replace(/[()\\]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${out}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

tests.push([
  'a PDF source opens as the read-only view of its text, at the cited line, from Go to Definition and from the hover',
  async () => {
    fs.mkdirSync(fsPath('corpus-pdf'), { recursive: true });
    fs.writeFileSync(fsPath('corpus-pdf/harbour-report.pdf'), minimalPdf(['Harbour report', 'In 2022 the harbour handled 4,210 cargo ships.']));
    const text = 'In 2022 the harbour handled 4,210 cargo ships.\n';
    fs.writeFileSync(fsPath('pdf-draft.md'), text);
    await withSetting('corpus.paths', ['corpus-pdf'], Workspace, async () => {
      const doc = (await open(file('pdf-draft.md'))).document;
      const at = rangeOf(doc, '4,210').start;
      const found = await waitFor('a definition in the PDF', async () => (await definitionsAt(doc.uri, at)).find((l) => l.uri.scheme === 'corroborate-source'));
      assert.ok(found.uri.path.endsWith('/harbour-report.pdf'));
      const view = await vscode.workspace.openTextDocument(found.uri);
      assert.match(view.lineAt(0).text, /harbour-report\.pdf: the text of a PDF of 1 page/);
      assert.ok(view.getText().includes('── Page 1 ──'));
      assert.ok(view.lineAt(found.range.start.line).text.slice(found.range.start.character).startsWith('In 2022 the harbour handled 4,210'));
      const hover = await hoverAt(doc.uri, at);
      assert.match(hover, /page 1, line \d+\]\(command:corroborate\.openSourceView\?/);
      await vscode.commands.executeCommand('corroborate.openSourceView', found.uri.toString(), found.range.start.line + 1);
      const editor = await waitFor('the view to be shown', () => (vscode.window.activeTextEditor?.document.uri.scheme === 'corroborate-source' ? vscode.window.activeTextEditor : undefined));
      assert.equal(editor.selection.active.line, found.range.start.line);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  },
]);

export const singleFolderTests: readonly Test[] = tests;
