/**
 * Helpers for the extension-host tests: waiting (polling with a deadline, never fixed sleeps),
 * diagnostics described as comparable lines, hover text, and a tiny test runner whose report
 * lines (`[corroborate-e2e] ok ...` / `FAIL ...`) the code-server harness reads from the console.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

// The extension host forwards console output to the runner (test-electron's terminal, or the
// browser console under code-server); this is the suite's reporter.
// eslint-disable-next-line no-console
export const log = (line: string): void => console.log(`[corroborate-e2e] ${line}`);

export const EXTENSION_ID = 'corroborate.corroborate';
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Longest a single test may take. */
const TEST_TIMEOUT_MS = 120_000;

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const codeOf = (d: vscode.Diagnostic): string | number | undefined => (typeof d.code === 'object' ? d.code.value : d.code);
export const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'corroborate');

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, SeverityName> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** A diagnostic the draft should have: its code, severity and the exact text it covers. */
export interface Expected {
  readonly code: string;
  readonly severity: SeverityName;
  /** The text the diagnostic's range covers. */
  readonly text: string;
  /** A passage of the document, unique in it, that holds `text` (default: `text` itself). */
  readonly passage?: string;
}

/** The range of `text` inside `passage`, which must occur exactly once in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string, passage = text): vscode.Range {
  const all = doc.getText();
  const at = all.indexOf(passage);
  assert.ok(at >= 0, `"${passage}" is in ${doc.uri.path}`);
  assert.equal(all.indexOf(passage, at + 1), -1, `"${passage}" occurs once in ${doc.uri.path}`);
  const inner = passage.indexOf(text);
  assert.ok(inner >= 0, `"${text}" is in "${passage}"`);
  return new vscode.Range(doc.positionAt(at + inner), doc.positionAt(at + inner + text.length));
}

const describeRange = (r: vscode.Range): string => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** "conflict error "3.1 million euros" 2:75-2:92", for comparing whole sets of diagnostics. */
function describeDiagnostic(doc: vscode.TextDocument, d: vscode.Diagnostic): string {
  return `${String(codeOf(d))} ${SEVERITY_NAMES[d.severity]} ${JSON.stringify(doc.getText(d.range))} ${describeRange(d.range)}`;
}

function describeExpected(doc: vscode.TextDocument, e: Expected): string {
  return `${e.code} ${e.severity} ${JSON.stringify(e.text)} ${describeRange(rangeOf(doc, e.text, e.passage))}`;
}

export function actualDiagnostics(doc: vscode.TextDocument): string[] {
  return ours(doc.uri)
    .map((d) => describeDiagnostic(doc, d))
    .sort();
}

/**
 * Waits until the document's Corroborate diagnostics are exactly `expected` (codes, severities,
 * ranges), and returns them. The failure message shows what was there instead.
 */
export async function expectDiagnostics(doc: vscode.TextDocument, expected: readonly Expected[], what = 'diagnostics', timeoutMs = DEFAULT_TIMEOUT_MS): Promise<vscode.Diagnostic[]> {
  const want = expected.map((e) => describeExpected(doc, e)).sort();
  try {
    await waitFor(what, () => JSON.stringify(actualDiagnostics(doc)) === JSON.stringify(want), timeoutMs);
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)} on ${vscode.workspace.asRelativePath(doc.uri)}\n` +
        `      expected: ${want.join(' | ') || '(none)'}\n      actual:   ${actualDiagnostics(doc).join(' | ') || '(none)'}`,
    );
  }
  return ours(doc.uri);
}

/** The diagnostic of a given code covering `text`. */
export function diagnosticAt(doc: vscode.TextDocument, code: string, text: string, passage?: string): vscode.Diagnostic {
  const range = rangeOf(doc, text, passage);
  const d = ours(doc.uri).find((x) => codeOf(x) === code && x.range.isEqual(range));
  assert.ok(d, `a ${code} diagnostic on "${text}"`);
  return d;
}

/** Hover contents as plain text: Markdown escapes and bold marks removed. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1')
    .replace(/\*\*/g, '');
}

export async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
}

/**
 * The part of a hover about one source: the section (between `---` rules) that quotes
 * `sentence`. Checking publisher and date there, not anywhere in the hover, keeps the verdict
 * line (which names the source too) from hiding a missing citation.
 */
export function sourceSection(hover: string, sentence: string): string {
  const section = hover.split(/\n---\n/).find((s) => s.includes(sentence));
  assert.ok(section, `the hover quotes "${sentence}":\n${hover}`);
  return section;
}

export function includesAll(text: string, parts: readonly string[], what: string): void {
  for (const p of parts) assert.ok(text.includes(p), `${what} mentions "${p}":\n${text}`);
}

export async function definitionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, position);
  return found.map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}

export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return found.filter((a): a is vscode.CodeAction => 'title' in a && !('arguments' in a && !('kind' in a)));
}

/** Sets a `corroborate.*` setting, runs `fn`, and always puts the previous value back. */
export async function withSetting<T>(
  key: string,
  value: unknown,
  target: vscode.ConfigurationTarget,
  fn: () => Promise<T>,
  scope?: vscode.ConfigurationScope,
): Promise<T> {
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('corroborate', scope ?? null);
  const inspected = config().inspect(key);
  const previous =
    target === vscode.ConfigurationTarget.Global
      ? inspected?.globalValue
      : target === vscode.ConfigurationTarget.Workspace
        ? inspected?.workspaceValue
        : inspected?.workspaceFolderValue;
  await config().update(key, value, target);
  try {
    return await fn();
  } finally {
    await config().update(key, previous, target);
  }
}

export type Test = readonly [name: string, fn: () => Promise<void>];

/** Runs the tests in order; logs one line each; rejects if any failed. */
export async function runTests(suite: string, tests: readonly Test[]): Promise<void> {
  const failures: string[] = [];
  log(`suite: ${suite} (${tests.length} tests, VS Code ${vscode.version}, ${vscode.env.appName})`);
  for (const [name, fn] of tests) {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      // A test that hangs (a quick pick nobody answers, a promise that never settles) fails on
      // its own instead of taking the whole run down with it.
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`did not finish in ${TEST_TIMEOUT_MS / 1000} s`)), TEST_TIMEOUT_MS);
      });
      await Promise.race([fn(), timeout]);
      log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failures.push(name);
      log(`FAIL ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  }
  log(`${suite}: ${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} extension test(s) failed: ${failures.join('; ')}`);
}
