/**
 * Diagnostics-pull middleware that lets a command force a fresh check of one document and wait
 * for it. vscode-languageclient 11 exposes `refresh()` on its diagnostic feature (the same path a
 * server's workspace/diagnostic/refresh takes): it re-pulls every open document in the selector,
 * sending the previous result id, so the server may answer "unchanged". For a document the user
 * asked to check, this middleware drops the previous result id, which makes the server compute
 * and send a full report, and tells the waiting command when that pull has finished.
 */
import * as vscode from 'vscode';
import type { DiagnosticProviderMiddleware } from 'vscode-languageclient/node';

interface Pending {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
}

const keyOf = (d: vscode.TextDocument | vscode.Uri): string => (d instanceof vscode.Uri ? d : d.uri).toString();

export class PullTracker implements vscode.Disposable {
  private readonly forced = new Map<string, Pending>();

  /** Marks the document so its next pull is a full one; resolves once that pull has finished. */
  force(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const existing = this.forced.get(key);
    if (existing) return existing.promise;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.forced.set(key, { promise, resolve });
    return promise;
  }

  readonly middleware: DiagnosticProviderMiddleware = {
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const key = keyOf(document);
      const pending = this.forced.get(key);
      if (pending === undefined) return next(document, previousResultId, token);
      try {
        const report = await next(document, undefined, token);
        this.settle(key, pending);
        return report;
      } catch (error) {
        // A cancelled pull is rescheduled by the client (an edit arrived): keep waiting for that
        // one. Any other failure ends the wait; the client logs the error itself.
        if (!(error instanceof vscode.CancellationError) && !token.isCancellationRequested) this.settle(key, pending);
        throw error;
      }
    },
  };

  private settle(key: string, pending: Pending): void {
    if (this.forced.get(key) === pending) this.forced.delete(key);
    pending.resolve();
  }

  dispose(): void {
    for (const p of this.forced.values()) p.resolve();
    this.forced.clear();
  }
}
