/** `corroborate report`: the claims of every draft kept until the end, then one HTML page. */
import { randomBytes } from 'node:crypto';
import type { ClaimResult } from '../core';
import { reportHtml, type ReportDraft } from '../report/html';
import type { Reporter, RunSummary, StreamWriter, Truncation } from './output';

export class HtmlReporter implements Reporter {
  private readonly drafts: { path: string; text: string; claims: ClaimResult[]; truncated?: Truncation }[] = [];

  constructor(
    private readonly emit: (html: string) => Promise<void>,
    private readonly corpus: { documents: number; sentences: number },
    private readonly version: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async startFile(path: string, text = ''): Promise<void> {
    this.drafts.push({ path, text, claims: [] });
  }

  async claims(_path: string, claims: readonly ClaimResult[]): Promise<void> {
    this.drafts[this.drafts.length - 1]!.claims.push(...claims);
  }

  async endFile(_path: string, truncation?: Truncation): Promise<void> {
    if (truncation) this.drafts[this.drafts.length - 1]!.truncated = truncation;
  }

  async finish(_s: RunSummary): Promise<void> {
    if (!this.drafts.length) return;
    const drafts: ReportDraft[] = this.drafts.map((d) => ({ path: d.path, text: d.text, claims: d.claims, ...(d.truncated ? { truncated: d.truncated } : {}) }));
    await this.emit(
      reportHtml({ drafts, corpus: this.corpus, nonce: randomBytes(18).toString('base64'), generated: this.now().toISOString().replace(/\.\d+Z$/, 'Z'), version: this.version }),
    );
  }
}

/** Writes through the run's writer (standard output). */
export function toWriter(w: StreamWriter): (html: string) => Promise<void> {
  return async (html) => {
    await w.write(html);
    await w.flush();
  };
}
