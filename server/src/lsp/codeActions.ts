/**
 * Quick fixes on claims. Every edit names the document version it was computed for
 * (OptionalVersionedTextDocumentIdentifier), so a client applies it only to that version.
 */
import {
  CodeActionKind,
  TextEdit,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { claimCode, disableNextLineComment, extractQuotes, findSuppressions, type ClaimResult, type Evidence, type Suppressions } from '../core';
import { normaliseSentence, type Checked, type Span } from './checks';
import { evidenceLabel, formatDate, type DiagnosticData } from './convert';
import { clip, plainExcerpt } from './excerpt';
import { escapeInline } from './markdown';
import { ServerCommands, type AcceptClaimArgs } from './protocol';

export interface ActionOptions {
  /** The client understands WorkspaceEdit.documentChanges (versioned edits). */
  readonly documentChanges: boolean;
  /** Accepting needs a workspace folder to hold `.corroborate/accepted.json`. */
  readonly canAccept: boolean;
}

/** Code actions for the claims that touch [from, to] (offsets), or that the diagnostics name. */
export function codeActions(
  doc: TextDocument,
  checked: Checked,
  from: number,
  to: number,
  diagnostics: readonly Diagnostic[],
  options: ActionOptions,
): CodeAction[] {
  const wanted = new Set<number>();
  checked.claims.forEach((c, i) => {
    if (c.start <= to && from <= c.end) wanted.add(i);
  });
  for (const d of diagnostics) {
    const data = d.data as Partial<DiagnosticData> | undefined;
    if (typeof data?.claim === 'number' && checked.claims[data.claim]?.evidenceHash === data.evidenceHash) wanted.add(data.claim);
  }
  const out: CodeAction[] = [];
  const suppressing = new Set<string>();
  let suppressions: Suppressions | undefined;
  for (const i of [...wanted].sort((a, b) => a - b)) {
    const c = checked.claims[i]!;
    const sentence = checked.sentences[i]!;
    const range = checked.ranges[i]!;
    const mine = diagnostics.filter((d) => (d.data as Partial<DiagnosticData> | undefined)?.claim === i || sameRange(d.range, range));
    const attach = mine.length ? { diagnostics: mine } : {};
    const replace = replaceAction(doc, c, range, options);
    if (replace) out.push({ ...replace, ...attach });
    const cite = citationAction(doc, checked, c, sentence, options);
    if (cite) out.push({ ...cite, ...attach });
    if ((c.verdict === 'unsupported' || c.verdict === 'disputed') && options.canAccept) {
      const args: AcceptClaimArgs = {
        uri: doc.uri,
        version: doc.version,
        text: c.text,
        evidenceHash: c.evidenceHash,
        sentence: normaliseSentence(sentence.text),
      };
      out.push({
        title: `Accept as checked: ${shorten(c.text)}`,
        kind: CodeActionKind.QuickFix,
        command: { title: 'Accept as checked', command: ServerCommands.acceptClaim, arguments: [args] },
        ...attach,
      });
    }
    // Not for a claim a comment already silences.
    const suppress =
      checked.options.markdown && c.verdict !== 'supported' && !(suppressions ??= findSuppressions(checked.text, true)).isSuppressed(c)
        ? suppressAction(doc, checked.text, c, range, options)
        : undefined;
    // One comment per line and code, however many claims of that code the line holds.
    if (suppress && !suppressing.has(suppress.title)) {
      suppressing.add(suppress.title);
      out.push({ ...suppress, ...attach });
    }
  }
  return out;
}

/**
 * "Suppress conflict on this line": a `<!-- corroborate-disable-next-line CODE -->` line above
 * the claim's line when that line starts a paragraph (a comment line inside a paragraph would
 * split it in two), else `<!-- corroborate-disable-line CODE -->` at the end of the line.
 */
function suppressAction(doc: TextDocument, text: string, c: ClaimResult, range: Range, options: ActionOptions): CodeAction | undefined {
  const code = claimCode(c);
  if (!code) return undefined;
  const line = range.start.line;
  const lineStart = doc.offsetAt({ line, character: 0 });
  const nextStart = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
  const lineText = text.slice(lineStart, nextStart).replace(/(?:\r\n|\r|\n)$/, '');
  const previous = line > 0 ? text.slice(doc.offsetAt({ line: line - 1, character: 0 }), lineStart).trim() : '';
  const title = `Suppress ${code} on line ${line + 1}`;
  if (previous === '') {
    const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    return { title, kind: CodeActionKind.QuickFix, edit: edit(doc, [TextEdit.insert({ line, character: 0 }, `${indent}${disableNextLineComment(code)}${eol}`)], options) };
  }
  const end = lineText.replace(/[ \t]+$/, '').length;
  return { title, kind: CodeActionKind.QuickFix, edit: edit(doc, [TextEdit.insert({ line, character: end }, ` <!-- corroborate-disable-line ${code} -->`)], options) };
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function edit(doc: TextDocument, edits: TextEdit[], options: ActionOptions): WorkspaceEdit {
  if (!options.documentChanges) return { changes: { [doc.uri]: edits } };
  const change: TextDocumentEdit = { textDocument: { uri: doc.uri, version: doc.version }, edits };
  return { documentChanges: [change] };
}

/** "Replace 15,000 with 11,000 (AFP, 20 Sep 2023)": the figure's range only, hedges kept. */
function replaceAction(doc: TextDocument, c: ClaimResult, range: Range, options: ActionOptions): CodeAction | undefined {
  if (c.verdict !== 'conflict') return undefined;
  const e = c.evidence.find((x) => x.relation === 'contradicts' && x.match);
  if (!e) return undefined;
  const replacement = c.kind === 'quote' ? sourceQuotation(e) : e.match!.text;
  if (!replacement.trim() || replacement === c.text) return undefined;
  const title =
    c.kind === 'quote'
      ? `Replace “${shorten(c.text)}” with “${shorten(replacement)}” (${evidenceLabel(e)})`
      : `Replace ${c.text} with ${replacement} (${evidenceLabel(e)})`;
  return {
    title,
    kind: CodeActionKind.QuickFix,
    isPreferred: true,
    edit: edit(doc, [TextEdit.replace(range, replacement)], options),
  };
}

/**
 * The words to put in the draft for a misquote: the whole quotation of the source sentence that
 * contains the engine's match (its match is a window as long as the draft's quote), else the match.
 */
function sourceQuotation(e: Evidence): string {
  const m = e.match!;
  const q = extractQuotes(e.text).find((x) => x.start <= m.start && m.end <= x.end);
  return q ? q.text : m.text;
}

function citationAction(doc: TextDocument, checked: Checked, c: ClaimResult, sentence: Span, options: ActionOptions): CodeAction | undefined {
  const e = c.evidence.find((x) => x.relation === 'supports') ?? c.evidence[0];
  if (!e) return undefined;
  const edits = checked.options.markdown ? footnote(doc, checked.text, sentence, e) : parenthetical(doc, checked.text, sentence, e);
  if (!edits) return undefined;
  return { title: `Insert citation: ${evidenceLabel(e)}`, kind: CodeActionKind.QuickFix, edit: edit(doc, edits, options) };
}

/** Footnote label for a source id: letters, digits, - and _ only. */
export function footnoteLabel(sourceId: string): string {
  return sourceId.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'source';
}

/** Offset just after the sentence's last non-space character. */
function sentenceEnd(text: string, s: Span): number {
  let at = s.end;
  while (at > s.start && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** Markdown: `[^id]` after the sentence, and `[^id]: Title, Publisher, date: “sentence”` at the end. */
function footnote(doc: TextDocument, text: string, s: Span, e: Evidence): TextEdit[] | undefined {
  const id = footnoteLabel(e.source);
  const ref = `[^${id}]`;
  let at = sentenceEnd(text, s);
  const following = text.slice(at).match(/^(?:\[\^[^\]\n]+\])+/)?.[0] ?? '';
  if (following.includes(ref) || text.slice(Math.max(0, at - ref.length), at) === ref) return undefined;
  at += following.length;
  const edits = [TextEdit.insert(doc.positionAt(at), ref)];
  const defined = new RegExp(`^\\[\\^${id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\]:`, 'm').test(text);
  if (!defined) {
    // The draft's own line ends (CR, LF or CRLF), so a citation does not mix them.
    const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    const lastLine = text.trimEnd().split(/\r\n|\r|\n/).pop() ?? '';
    const afterFootnote = /^\[\^[^\]\r\n]+\]:/.test(lastLine);
    const endsWithEol = /(?:\r\n|\r|\n)$/.test(text);
    const endsWithBlank = /(?:\r\n|\r|\n)(?:\r\n|\r|\n)$/.test(text);
    const prefix = afterFootnote ? (endsWithEol ? '' : eol) : endsWithBlank ? '' : endsWithEol ? eol : eol + eol;
    const who = [e.publisher, formatDate(e.date)].filter((x): x is string => !!x).map(escapeInline);
    const quote = e.match ? plainExcerpt(e.text, e.match.start, e.match.end) : plainExcerpt(e.text);
    const definition = `[^${id}]: *${escapeInline(clip(e.title, 200))}*${who.length ? `, ${who.join(', ')}` : ''}: “${escapeInline(quote)}”`;
    edits.push(TextEdit.insert(doc.positionAt(text.length), `${prefix}${definition}${eol}`));
  }
  return edits;
}

/** Plain text: " (Title, Publisher, date)" before the sentence's closing punctuation. */
function parenthetical(doc: TextDocument, text: string, s: Span, e: Evidence): TextEdit[] | undefined {
  const end = sentenceEnd(text, s);
  const body = text.slice(s.start, end);
  const closing = body.match(/[.!?…]+["”’')\]]*$/)?.[0] ?? '';
  const at = end - closing.length;
  const parts = [e.title, e.publisher, formatDate(e.date)].filter((x): x is string => !!x).map((x) => clip(x.replace(/\s+/g, ' '), 200));
  const citation = ` (${parts.join(', ')})`;
  if (text.slice(at - citation.length, at) === citation) return undefined;
  return [TextEdit.insert(doc.positionAt(at), citation)];
}

function shorten(s: string, n = 40): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length <= n ? flat : `${flat.slice(0, n - 1).trimEnd()}…`;
}
