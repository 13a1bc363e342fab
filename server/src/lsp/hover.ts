/**
 * Hover on a claim: the verdict, how the draft's figure was read, and each source sentence with
 * the matching figure in bold and a link to the line. Every piece of corpus text goes through
 * `escapeMarkdown`; the only links are file:// URIs the server builds itself. Sentences are quoted
 * as a window around the match (excerpt.ts), titles and messages are clipped: a hover stays a few
 * KB whatever the corpus holds.
 */
import * as path from 'node:path';
import type { ClaimResult, Evidence } from '../core';
import type { Checked } from './checks';
import { formatDate, MAX_MESSAGE } from './convert';
import { clip, excerpt, QUOTE_WINDOW } from './excerpt';
import { escapeMarkdown } from './markdown';

/** Titles, publishers and file names are clipped to this many characters. */
const MAX_META = 200;

const VERDICT: Record<ClaimResult['verdict'], string> = {
  supported: 'Supported',
  conflict: 'Conflict',
  disputed: 'Disputed',
  unsupported: 'Unsupported',
};

export function hoverMarkdown(checked: Checked, index: number): string {
  const c = checked.claims[index]!;
  const verdict = c.verdict === 'conflict' && c.kind === 'quote' ? 'Misquote' : VERDICT[c.verdict];
  const what = c.kind === 'quote' ? 'quote' : c.kind;
  const lines: string[] = [];
  lines.push(`**${verdict}** · ${what} · Corroborate`);
  lines.push('');
  lines.push(escapeMarkdown(clip(c.message, MAX_MESSAGE)));
  lines.push('');
  const draft = c.kind === 'quote' ? `“${escapeMarkdown(clip(c.text, QUOTE_WINDOW))}”` : escapeMarkdown(clip(c.text, QUOTE_WINDOW));
  lines.push(c.reading ? `The draft says **${draft}**, read as ${escapeMarkdown(c.reading)}.` : `The draft says **${draft}**.`);
  if (c.attribution) {
    const a = c.attribution;
    const status = a.status === 'confirmed' ? 'Credit confirmed' : a.status === 'misattributed' ? 'Misattributed' : 'Credit not confirmed';
    lines.push('', `**${status}** · ${escapeMarkdown(clip(a.message, MAX_MESSAGE))}`);
  }
  if (c.inconsistent) lines.push('', `**Inconsistent** · ${escapeMarkdown(clip(c.inconsistent.message, MAX_MESSAGE))}`);
  if (!c.evidence.length) {
    lines.push('');
    lines.push(c.kind === 'quote' ? 'No source in the corpus contains these words.' : 'No source in the corpus states this.');
  }
  for (const e of c.evidence) {
    const where = checked.set.locate(e);
    const line = (where.match ?? where.sentence).start.line + 1;
    lines.push('', '---', '');
    const meta = [e.publisher, formatDate(e.date)]
      .filter((x): x is string => !!x)
      .map((x) => escapeMarkdown(clip(x, MAX_META)))
      .join(', ');
    lines.push(`**${e.relation === 'supports' ? 'Supports' : 'Contradicts'}** · ${escapeMarkdown(clip(e.title, MAX_META))}${meta ? ` — ${meta}` : ''}`);
    lines.push('');
    lines.push(`> ${quoteWithMatch(e)}`);
    lines.push('');
    const part = e.page ? `page ${e.page}, ` : e.paragraph ? `paragraph ${e.paragraph}, ` : '';
    lines.push(`[Open ${escapeMarkdown(clip(path.basename(e.file), MAX_META))}, ${part}line ${line}](${where.uri}#L${line})`);
  }
  return lines.join('\n');
}

/** A window of the sentence around the match, escaped, with the matched figure or words in bold. */
function quoteWithMatch(e: Evidence): string {
  const m = e.match;
  if (!m || m.start < 0 || m.end > e.text.length || m.start >= m.end) {
    const x = excerpt(e.text);
    return `${x.cutStart ? '…' : ''}${escapeMarkdown(x.before + x.match + x.after)}${x.cutEnd ? '…' : ''}`;
  }
  let start = m.start;
  let end = m.end;
  while (start < end && /\s/.test(e.text[start]!)) start++;
  while (end > start && /\s/.test(e.text[end - 1]!)) end--;
  const x = excerpt(e.text, start, end);
  return `${x.cutStart ? '…' : ''}${escapeMarkdown(x.before)}**${escapeMarkdown(x.match)}**${escapeMarkdown(x.after)}${x.cutEnd ? '…' : ''}`;
}
