/**
 * Check results per (document URI, version, options, corpus generation). Diagnostics, hover,
 * definition and code actions of one version share one check. A check runs under its own token:
 * it is cancelled only when every request waiting for it has been cancelled, so a hover does not
 * lose its answer because the diagnostics pull it joined was cancelled by the next keystroke.
 */
import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { draftSentencesOf, maskMarkdown, type ClaimResult, type Range } from '../core';
import type { CorpusSet } from './corpora';
import { uriToPath } from './uris';

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CheckOptions {
  readonly checkQuotes: boolean;
  readonly markdown: boolean;
}

/** A checked version of a draft. */
export interface Checked {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly options: CheckOptions;
  readonly claims: readonly ClaimResult[];
  /**
   * Each claim's range, index for index with `claims`, from its offsets as LSP counts lines (CR,
   * LF and CRLF all end a line). Use these, not the engine's `claim.range`, in anything sent to
   * the client.
   */
  readonly ranges: readonly Range[];
  /** The draft sentence each claim is in, index for index with `claims`. */
  readonly sentences: readonly Span[];
  /** The corpus the claims were checked against (to locate evidence in its files). */
  readonly set: CorpusSet;
}

interface Entry {
  readonly key: string;
  readonly source: CancellationTokenSource;
  readonly result: Promise<Checked>;
  waiters: number;
  done: boolean;
}

export class CheckCache {
  private readonly entries = new Map<string, Entry>();

  /** The claims of the document's current version; undefined when `token` was cancelled. */
  async get(doc: TextDocument, options: CheckOptions, set: CorpusSet, token: CancellationToken): Promise<Checked | undefined> {
    const key = `${doc.version}|${options.checkQuotes ? 'q' : '-'}${options.markdown ? 'm' : '-'}|${set.id}@${set.generation}`;
    let entry = this.entries.get(doc.uri);
    if (!entry || entry.key !== key) {
      entry = this.start(doc, options, set, key);
      this.entries.set(doc.uri, entry);
    }
    if (entry.done) return entry.result;
    const e = entry;
    e.waiters++;
    let sub: { dispose(): void } | undefined;
    // A cancelled request stops waiting at once, even while others still wait for the check.
    const cancelled = new Promise<undefined>((resolve) => {
      sub = token.onCancellationRequested(() => {
        resolve(undefined);
        if (e.done) return;
        if (--e.waiters === 0) {
          e.source.cancel();
          if (this.entries.get(doc.uri) === e) this.entries.delete(doc.uri);
        }
      });
    });
    try {
      const result = await Promise.race([e.result, cancelled]);
      return token.isCancellationRequested ? undefined : result;
    } catch (err) {
      if (token.isCancellationRequested || err instanceof CheckCancelled) return undefined;
      throw err;
    } finally {
      sub?.dispose();
    }
  }

  drop(uri: string): void {
    const e = this.entries.get(uri);
    if (e && !e.done) e.source.cancel();
    this.entries.delete(uri);
  }

  clear(): void {
    for (const uri of [...this.entries.keys()]) this.drop(uri);
  }

  private start(doc: TextDocument, options: CheckOptions, set: CorpusSet, key: string): Entry {
    const source = new CancellationTokenSource();
    const text = doc.getText();
    const { uri, version } = doc;
    // The draft itself is never its own evidence (an archive may hold it among the sources).
    const result = set.checkerFor(uriToPath(uri)).then((checker) => checker.check(text, { checkQuotes: options.checkQuotes, markdown: options.markdown }, source.token)).then(
      (claims): Checked => {
        if (source.token.isCancellationRequested) throw new CheckCancelled();
        const lines = TextDocument.create(uri, 'plaintext', version, text);
        const checked: Checked = { uri, version, text, options, claims, ranges: claims.map((c) => ({ start: lines.positionAt(c.start), end: lines.positionAt(c.end) })), sentences: claimSentences(text, claims, options.markdown), set };
        lineDocs.set(checked, lines);
        return checked;
      },
    );
    const entry: Entry = { key, source, result, waiters: 0, done: false };
    result.then(
      () => {
        entry.done = true;
        source.dispose();
      },
      () => {
        // Failures and cancellations are not cached: the next request tries again.
        if (this.entries.get(uri) === entry) this.entries.delete(uri);
        source.dispose();
      },
    );
    return entry;
  }
}

/** Thrown (to waiters that were themselves cancelled) when a shared check was cancelled. */
export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
  }
}

/**
 * A TextDocument of a checked text, for LSP ranges of its offsets with the line ends of the LSP
 * (CR, LF, CRLF; the live document moves on with edits): the claims' ranges are made with it, and
 * it is kept for the other ranges of the same check.
 */
const lineDocs = new WeakMap<Checked, TextDocument>();
export function linesOf(checked: Checked): TextDocument {
  let doc = lineDocs.get(checked);
  if (!doc) lineDocs.set(checked, (doc = TextDocument.create(checked.uri, 'plaintext', checked.version, checked.text)));
  return doc;
}

/** The sentence of the draft around each claim, found the way the checker splits sentences. */
function claimSentences(text: string, claims: readonly ClaimResult[], markdown: boolean): Span[] {
  const sentences = draftSentencesOf(markdown ? maskMarkdown(text) : text);
  // Claims come in the order of the text, so the search goes on from the last claim's sentence.
  let k = 0;
  return claims.map((c) => {
    if (k > 0 && (k >= sentences.length || sentences[k]!.start > c.start)) k = 0;
    while (k < sentences.length && sentences[k]!.end < c.end) k++;
    let s = sentences[k];
    if (!s || !(s.start <= c.start && c.end <= s.end)) s = sentences.find((x) => x.start <= c.start && c.end <= x.end);
    return s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : { start: c.start, end: c.end, text: c.text };
  });
}

/** A sentence as accepted.json stores it: whitespace collapsed, trimmed. */
export { normaliseSentence } from '../core';
