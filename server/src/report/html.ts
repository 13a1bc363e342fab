/**
 * The fact-check report: one self-contained HTML page for a desk editor. The drafts with every
 * claim marked by its verdict; for each claim the source sentences that support and contradict it,
 * side by side, with title, publisher and date; a summary of verdicts with a chart; the sources
 * consulted.
 *
 * Pure: it builds a string from the engine's results (no file system, no editor). Draft and corpus
 * text are untrusted: every piece of it goes through `escapeHtml`, none becomes a link, an
 * attribute other than a quoted text value, a style or a script. The page loads nothing: its
 * Content-Security-Policy allows no source but its own style element (by nonce) and, in an editor's
 * webview, one static script of ours (by nonce) that only says which claim was clicked.
 */
import type { ClaimResult, Evidence, Verdict } from '../core';

export interface ReportDraft {
  /** The draft's name as the report shows it (a path, or "<stdin>"). */
  readonly path: string;
  readonly text: string;
  readonly claims: readonly ClaimResult[];
  /** Set when the check stopped before the end of the draft. */
  readonly truncated?: { readonly reason: 'timeout' | 'max-claims'; readonly checkedLines: number };
}

/** What the report says of a source document. */
export interface ReportSource {
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly file: string;
}

export interface ReportOptions {
  readonly drafts: readonly ReportDraft[];
  readonly corpus: { readonly documents: number; readonly sentences: number };
  /** A random value, fresh for each page: the style element (and the script) carry it. */
  readonly nonce: string;
  /** When the report was made (ISO 8601), shown in its header. */
  readonly generated?: string;
  readonly version?: string;
  /**
   * In an editor's webview: claims are buttons, and a static script posts `{ type: 'reveal',
   * draft, claim }` (indexes) when one is clicked. The webview's own resource origin, if any, is
   * not needed: the page loads nothing.
   */
  readonly interactive?: boolean;
}

const VERDICTS: readonly Verdict[] = ['conflict', 'disputed', 'unsupported', 'supported'];

const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  conflict: 'Conflict',
  disputed: 'Disputed',
  unsupported: 'Unsupported',
};

const CODE_LABEL: Record<string, string> = {
  conflict: 'conflict',
  misquote: 'misquote',
  disputed: 'disputed',
  'unsupported-figure': 'unsupported figure',
  'unsupported-quote': 'unsupported quote',
  misattributed: 'misattributed',
  inconsistent: 'inconsistent',
};

const ATTRIBUTION_LABEL: Record<string, string> = { confirmed: 'Credit confirmed', misattributed: 'Misattributed', unconfirmed: 'Credit not confirmed' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Text as HTML text or as a quoted attribute value: the five HTML specials and the backtick become
 * entities, control characters (but tab and line breaks) and lone surrogates become U+FFFD, so no
 * input can open a tag, close an attribute or start a comment.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[&<>"'`]/g, (c) => ESCAPES[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** A nonce as the page uses it: only characters of base64 survive, so it cannot break out of its attribute or its policy. */
function cleanNonce(nonce: string): string {
  const n = nonce.replace(/[^A-Za-z0-9+/=_-]/g, '');
  if (n.length < 16) throw new Error('the report needs a nonce of at least 16 base64 characters');
  return n;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(date: string | undefined): string | undefined {
  const m = date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return date;
  return [m[3] ? String(+m[3]) : undefined, m[2] ? MONTHS[+m[2] - 1] : undefined, m[1]].filter(Boolean).join(' ');
}

/** "Title — Publisher, 20 Sep 2023". */
function sourceLine(e: { title: string; publisher?: string | undefined; date?: string | undefined }): string {
  const meta = [e.publisher, formatDate(e.date)].filter(Boolean).join(', ');
  return `<span class="title">${escapeHtml(e.title)}</span>${meta ? ` <span class="meta">— ${escapeHtml(meta)}</span>` : ''}`;
}

/** A sentence with the matched words in bold; a very long one as a window around them. */
function quoted(e: Evidence): string {
  const WINDOW = 300;
  const text = e.text;
  let from = 0;
  let to = text.length;
  if (text.length > WINDOW * 2) {
    const centre = e.match ? e.match.start : 0;
    from = Math.max(0, centre - WINDOW);
    to = Math.min(text.length, (e.match ? e.match.end : centre) + WINDOW);
  }
  const pre = from > 0 ? '…' : '';
  const post = to < text.length ? '…' : '';
  if (!e.match || e.match.start < from || e.match.end > to) return `${pre}${escapeHtml(text.slice(from, to))}${post}`;
  return `${pre}${escapeHtml(text.slice(from, e.match.start))}<strong>${escapeHtml(text.slice(e.match.start, e.match.end))}</strong>${escapeHtml(text.slice(e.match.end, to))}${post}`;
}

function evidenceItem(e: Evidence): string {
  return `<li class="evidence ${e.relation}"><div class="cite">${sourceLine(e)}</div><blockquote>${quoted(e)}</blockquote><div class="where">${escapeHtml(e.file)}:${e.line}</div></li>`;
}

function evidenceColumn(title: string, relation: Evidence['relation'], list: readonly Evidence[]): string {
  const items = list.filter((e) => e.relation === relation);
  return `<div class="column ${relation}"><h4>${title} <span class="count">${items.length}</span></h4>${items.length ? `<ul>${items.map(evidenceItem).join('')}</ul>` : '<p class="none">None found.</p>'}</div>`;
}

function claimId(d: number, i: number): string {
  return `claim-${d}-${i}`;
}

/**
 * The draft's text with its claims marked. Claims that nest (a figure inside a quote) are marked
 * inside each other; one that would cross another is listed but not marked.
 */
function markedDraft(d: number, draft: ReportDraft, interactive: boolean): string {
  const text = draft.text;
  const order = draft.claims.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || b.c.end - a.c.end);
  let out = '';
  let at = 0;
  const open: { end: number }[] = [];
  const close = (upTo: number): void => {
    while (open.length && open[open.length - 1]!.end <= upTo) {
      const top = open.pop()!;
      out += escapeHtml(text.slice(at, top.end));
      at = top.end;
      out += '</mark>';
    }
  };
  for (const { c, i } of order) {
    if (c.start < at || c.end > text.length || c.start > c.end) continue;
    close(c.start);
    const parent = open[open.length - 1];
    if (parent && c.end > parent.end) continue;
    out += escapeHtml(text.slice(at, c.start));
    at = c.start;
    const extra = c.codes.filter((x) => x === 'misattributed' || x === 'inconsistent');
    const cls = ['claim', `v-${c.verdict}`, ...extra.map((x) => `x-${x}`)].join(' ');
    const attrs = interactive ? ` data-draft="${d}" data-claim="${i}" tabindex="0" role="button"` : '';
    out += `<mark class="${cls}" id="${claimId(d, i)}-text" title="${escapeHtml(VERDICT_LABEL[c.verdict])}${extra.length ? escapeHtml(`, ${extra.join(', ')}`) : ''}"${attrs}>`;
    open.push({ end: c.end });
  }
  close(Infinity);
  out += escapeHtml(text.slice(at));
  return `<pre class="draft">${out}</pre>`;
}

function claimCard(d: number, i: number, c: ClaimResult, interactive: boolean, byStart: ReadonlyMap<number, number>): string {
  const codes = c.codes.length ? `<span class="codes">${c.codes.map((x) => `<span class="code code-${escapeHtml(x)}">${escapeHtml(CODE_LABEL[x] ?? x)}</span>`).join(' ')}</span>` : '';
  const where = `line ${c.range.start.line + 1}`;
  const attrs = interactive ? ` data-draft="${d}" data-claim="${i}" tabindex="0" role="button"` : '';
  const notes: string[] = [];
  if (c.attribution) {
    const a = c.attribution;
    notes.push(
      `<div class="note attribution a-${a.status}"><span class="label">${ATTRIBUTION_LABEL[a.status]}</span> (“${escapeHtml(a.text)}”): ${escapeHtml(a.message)}</div>`,
    );
  }
  if (c.inconsistent) {
    const others = c.inconsistent.others.map((o) => {
      const k = byStart.get(o.start);
      return `${k === undefined ? escapeHtml(o.text) : `<a class="jump" href="#${claimId(d, k)}">${escapeHtml(o.text)}</a>`} (line ${o.range.start.line + 1})`;
    });
    notes.push(`<div class="note inconsistent"><span class="label">Inconsistent</span>: the draft also gives ${others.join(', ')}; here it says ${escapeHtml(c.text)}.</div>`);
  }
  // Attribution evidence the verdict's evidence does not already list.
  const seen = new Set(c.evidence.map((e) => `${e.relation}|${e.source}|${e.line}|${e.character}`));
  const extra = (c.attribution?.evidence ?? []).filter((e) => !seen.has(`${e.relation}|${e.source}|${e.line}|${e.character}`));
  const evidence = [...c.evidence, ...extra];
  return `<article class="card v-${c.verdict}" id="${claimId(d, i)}">
<div class="claim-head"${attrs}><span class="badge v-${c.verdict}">${VERDICT_LABEL[c.verdict]}</span> <span class="claim-text">${escapeHtml(c.kind === 'quote' ? `“${c.text}”` : c.text)}</span> <span class="at">${where}</span> ${codes}</div>
<p class="message">${escapeHtml(c.message)}</p>${c.reading && c.reading !== c.text ? `<p class="reading">Read as ${escapeHtml(c.reading)}</p>` : ''}
${notes.join('\n')}
<div class="sides">${evidenceColumn('Supports', 'supports', evidence)}${evidenceColumn('Contradicts', 'contradicts', evidence)}</div>
</article>`;
}

interface Tally {
  readonly verdicts: Record<Verdict, number>;
  misattributed: number;
  inconsistent: number;
  total: number;
}

function tally(drafts: readonly ReportDraft[]): Tally {
  const t: Tally = { verdicts: { supported: 0, conflict: 0, disputed: 0, unsupported: 0 }, misattributed: 0, inconsistent: 0, total: 0 };
  for (const d of drafts) {
    for (const c of d.claims) {
      t.verdicts[c.verdict]++;
      t.total++;
      if (c.codes.includes('misattributed')) t.misattributed++;
      if (c.codes.includes('inconsistent')) t.inconsistent++;
    }
  }
  return t;
}

/** A horizontal bar per verdict, in inline SVG (attributes only: the policy allows no inline style). */
function chart(t: Tally): string {
  const rows: [string, string, number][] = [
    ...VERDICTS.map((v): [string, string, number] => [VERDICT_LABEL[v], `v-${v}`, t.verdicts[v]]),
    ['Misattributed', 'x-misattributed', t.misattributed],
    ['Inconsistent', 'x-inconsistent', t.inconsistent],
  ];
  const max = Math.max(1, ...rows.map((r) => r[2]));
  const width = 260;
  const bars = rows
    .map(([name, cls, n], k) => {
      const y = k * 26;
      const w = n ? Math.max(2, Math.round((n / max) * width)) : 0;
      return `<text x="0" y="${y + 16}" class="axis">${name}</text><rect x="110" y="${y + 4}" width="${w}" height="16" rx="3" class="bar ${cls}"></rect><text x="${116 + w}" y="${y + 17}" class="value">${n}</text>`;
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="Claims by verdict" viewBox="0 0 420 ${rows.length * 26}" width="420" height="${rows.length * 26}">${bars}</svg>`;
}

/** The sources the claims rest on, with how many claims cite each. */
function sourcesTable(drafts: readonly ReportDraft[], corpus: ReportOptions['corpus']): string {
  const cited = new Map<string, { source: ReportSource; supports: number; contradicts: number }>();
  for (const d of drafts) {
    for (const c of d.claims) {
      const counted = new Set<string>();
      for (const e of [...c.evidence, ...(c.attribution?.evidence ?? [])]) {
        const key = `${e.source}|${e.relation}`;
        if (counted.has(key)) continue;
        counted.add(key);
        let row = cited.get(e.source);
        if (!row) cited.set(e.source, (row = { source: { id: e.source, title: e.title, file: e.file, ...(e.publisher ? { publisher: e.publisher } : {}), ...(e.date ? { date: e.date } : {}) }, supports: 0, contradicts: 0 }));
        row[e.relation]++;
      }
    }
  }
  const rows = [...cited.values()].sort((a, b) => b.supports + b.contradicts - (a.supports + a.contradicts) || a.source.title.localeCompare(b.source.title));
  const body = rows
    .map((r) => `<tr><td>${escapeHtml(r.source.title)}</td><td>${escapeHtml(r.source.publisher ?? '—')}</td><td>${escapeHtml(formatDate(r.source.date) ?? '—')}</td><td class="num">${r.supports}</td><td class="num">${r.contradicts}</td><td class="file">${escapeHtml(r.source.file)}</td></tr>`)
    .join('\n');
  const searched = `${corpus.documents.toLocaleString('en-US')} source document${corpus.documents === 1 ? '' : 's'} (${corpus.sentences.toLocaleString('en-US')} sentences) were searched`;
  return `<section class="sources" id="sources"><h2>Sources consulted</h2><p>${searched}; ${rows.length === 1 ? 'this one is' : `these ${rows.length} are`} cited.</p>${
    rows.length ? `<table><thead><tr><th>Title</th><th>Publisher</th><th>Date</th><th>Supports</th><th>Contradicts</th><th>File</th></tr></thead><tbody>\n${body}\n</tbody></table>` : ''
  }</section>`;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1d1d1f; --muted: #5f6368; --bg: #ffffff; --card: #f7f7f8; --line: #d9d9de;
  --conflict: #c62828; --disputed: #b26a00; --unsupported: #6b6b6b; --supported: #2e7d32; --misattributed: #7b1fa2; --inconsistent: #1565c0; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8e8ea; --muted: #a0a0a8; --bg: #1e1e1e; --card: #262629; --line: #3a3a40;
  --conflict: #ef6b6b; --disputed: #f0a847; --unsupported: #a8a8a8; --supported: #6cc070; --misattributed: #c48bd8; --inconsistent: #6aa8ec; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 8px; } h4 { font-size: 13px; margin: 0 0 6px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.sub { color: var(--muted); margin: 0 0 16px; }
.summary { display: flex; flex-wrap: wrap; gap: 24px; align-items: center; }
.totals { margin: 0; padding: 0; list-style: none; } .totals li { margin: 2px 0; }
.chart .axis, .chart .value { font-size: 13px; fill: var(--fg); }
.bar.v-conflict, .dot.v-conflict { fill: var(--conflict); } .bar.v-disputed { fill: var(--disputed); } .bar.v-unsupported { fill: var(--unsupported); }
.bar.v-supported { fill: var(--supported); } .bar.x-misattributed { fill: var(--misattributed); } .bar.x-inconsistent { fill: var(--inconsistent); }
pre.draft { white-space: pre-wrap; word-wrap: break-word; font: 15px/1.7 Georgia, "Times New Roman", serif; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px; margin: 0 0 16px; }
mark.claim { background: transparent; color: inherit; border-bottom: 3px solid; padding: 0 1px; cursor: default; }
mark.v-conflict { border-color: var(--conflict); background: color-mix(in srgb, var(--conflict) 14%, transparent); }
mark.v-disputed { border-color: var(--disputed); background: color-mix(in srgb, var(--disputed) 14%, transparent); }
mark.v-unsupported { border-color: var(--unsupported); border-bottom-style: dashed; }
mark.v-supported { border-color: var(--supported); }
mark.x-misattributed { outline: 2px dotted var(--misattributed); outline-offset: 1px; } mark.x-inconsistent { box-shadow: inset 0 -6px 0 -3px var(--inconsistent); }
[role=button] { cursor: pointer; } [role=button]:focus-visible { outline: 2px solid var(--inconsistent); }
.card { border: 1px solid var(--line); border-left: 5px solid var(--unsupported); border-radius: 6px; padding: 12px 16px; margin: 0 0 12px; background: var(--bg); }
.card.v-conflict { border-left-color: var(--conflict); } .card.v-disputed { border-left-color: var(--disputed); } .card.v-supported { border-left-color: var(--supported); }
.claim-head { font-size: 16px; } .claim-text { font-weight: 600; } .at { color: var(--muted); font-size: 13px; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; color: #fff; border-radius: 10px; padding: 1px 9px; }
.badge.v-conflict { background: var(--conflict); } .badge.v-disputed { background: var(--disputed); } .badge.v-unsupported { background: var(--unsupported); } .badge.v-supported { background: var(--supported); }
@media (prefers-color-scheme: dark) { .badge { color: #111; } }
.code { font: 12px ui-monospace, Menlo, Consolas, monospace; border: 1px solid var(--line); border-radius: 4px; padding: 0 5px; color: var(--muted); }
.code-misattributed { color: var(--misattributed); border-color: var(--misattributed); } .code-inconsistent { color: var(--inconsistent); border-color: var(--inconsistent); }
.message { margin: 6px 0 4px; } .reading { margin: 0 0 4px; color: var(--muted); font-size: 13px; }
.note { margin: 6px 0; padding: 6px 10px; border-radius: 4px; background: var(--card); font-size: 14px; } .note .label { font-weight: 600; }
.attribution.a-misattributed .label { color: var(--misattributed); } .inconsistent .label { color: var(--inconsistent); }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; margin-top: 10px; }
@media (max-width: 720px) { .sides { grid-template-columns: 1fr; } }
.column ul { list-style: none; margin: 0; padding: 0; } .column .none { color: var(--muted); font-size: 13px; margin: 0; }
.column.supports h4 { color: var(--supported); } .column.contradicts h4 { color: var(--conflict); } .count { font-weight: 400; }
.evidence { margin: 0 0 10px; } .cite { font-size: 13px; } .cite .title { font-weight: 600; } .cite .meta { color: var(--muted); }
blockquote { margin: 4px 0 2px; padding: 4px 10px; border-left: 3px solid var(--line); font: 14px/1.5 Georgia, "Times New Roman", serif; overflow-wrap: anywhere; }
.evidence.supports blockquote { border-left-color: var(--supported); } .evidence.contradicts blockquote { border-left-color: var(--conflict); }
.where { font: 12px ui-monospace, Menlo, Consolas, monospace; color: var(--muted); overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: 14px; } th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num { text-align: right; } td.file { font: 12px ui-monospace, Menlo, Consolas, monospace; color: var(--muted); overflow-wrap: anywhere; }
.warning { color: var(--disputed); }
a.jump { color: inherit; }
`;

/** The one script of the webview: static, it reads only our own numeric data attributes and posts them. */
const SCRIPT = `(function () {
  var vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  function reveal(el) {
    var draft = Number(el.getAttribute('data-draft'));
    var claim = Number(el.getAttribute('data-claim'));
    if (vscode && Number.isInteger(draft) && Number.isInteger(claim)) vscode.postMessage({ type: 'reveal', draft: draft, claim: claim });
  }
  document.addEventListener('click', function (e) {
    var el = e.target && e.target.closest ? e.target.closest('[data-claim]') : null;
    if (el) reveal(el);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var el = e.target && e.target.closest ? e.target.closest('[data-claim]') : null;
    if (el) { e.preventDefault(); reveal(el); }
  });
})();`;

/** The whole page. */
export function reportHtml(options: ReportOptions): string {
  const nonce = cleanNonce(options.nonce);
  const interactive = options.interactive === true;
  const t = tally(options.drafts);
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; ${interactive ? `script-src 'nonce-${nonce}'; ` : ''}img-src 'none'; form-action 'none'; base-uri 'none'`;
  const names = options.drafts.map((d) => d.path);
  const title = names.length === 1 ? `Fact-check report: ${names[0]}` : `Fact-check report: ${names.length} drafts`;
  const totals = [
    ...VERDICTS.map((v) => `<li><span class="badge v-${v}">${VERDICT_LABEL[v]}</span> ${t.verdicts[v]}</li>`),
    `<li><span class="code code-misattributed">misattributed</span> ${t.misattributed}</li>`,
    `<li><span class="code code-inconsistent">inconsistent</span> ${t.inconsistent}</li>`,
  ].join('');
  const drafts = options.drafts
    .map((draft, d) => {
      // Inconsistency links point at the other figure's card: its id is the claim's, found by offset.
      const byStart = new Map(draft.claims.map((c, i) => [c.start, i]));
      const cards = draft.claims.map((c, i) => claimCard(d, i, c, interactive, byStart)).join('\n');
      const counts = VERDICTS.map((v) => `${draft.claims.filter((c) => c.verdict === v).length} ${v}`).join(', ');
      const cut = draft.truncated
        ? `<p class="warning">The check of this draft stopped early (${draft.truncated.reason === 'timeout' ? 'time limit' : 'claim limit'}): only its first ${draft.truncated.checkedLines} lines are in this report.</p>`
        : '';
      return `<section class="draft-section" id="draft-${d}"><h2>${escapeHtml(draft.path)}</h2><p class="sub">${draft.claims.length} claim${draft.claims.length === 1 ? '' : 's'}: ${counts}.</p>${cut}
${markedDraft(d, draft, interactive)}
<h3>Claims</h3>
${draft.claims.length ? cards : '<p class="none">No figure or quote to check in this draft.</p>'}
</section>`;
    })
    .join('\n');
  const generated = [options.generated ? `made ${escapeHtml(options.generated.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC'))}` : '', options.version ? `Corroborate ${escapeHtml(options.version)}` : '']
    .filter(Boolean)
    .join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header><h1>Fact-check report</h1><p class="sub">${escapeHtml(names.join(', '))}${generated ? ` · ${generated}` : ''}</p></header>
<section class="summary-section"><h2>Summary</h2><div class="summary"><ul class="totals">${totals}</ul>${chart(t)}</div>
<p class="sub">${t.total} claim${t.total === 1 ? '' : 's'} in ${options.drafts.length} draft${options.drafts.length === 1 ? '' : 's'}. A verdict points to the sources; it does not replace reading them.</p></section>
${drafts}
${sourcesTable(options.drafts, options.corpus)}
${interactive ? `<script nonce="${nonce}">${SCRIPT}</script>` : ''}
</body>
</html>
`;
}
