// The fact-check report page: escaping, its policy, and what it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, reportHtml, type ReportDraft } from '../../server/src/report/html';
import { checkerFor, FILLER, mdSource } from '../core/helpers';

const NONCE = 'cmFuZG9tLW5vbmNlLWZvci10ZXN0cw==';

void test('escapeHtml leaves no tag, attribute, entity or comment of the input live', () => {
  assert.equal(escapeHtml('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
  assert.equal(escapeHtml('<img src=x onerror="alert(1)">'), '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  assert.equal(escapeHtml(`"'\`&amp;`), '&quot;&#39;&#96;&amp;amp;');
  assert.equal(escapeHtml('<!-- x --><![CDATA[ y ]]>'), '&lt;!-- x --&gt;&lt;![CDATA[ y ]]&gt;');
  assert.equal(escapeHtml('a\u0000b\u001bc\ud800d'), 'a\ufffdb\ufffdc\ufffdd');
  assert.equal(escapeHtml('tab\tline\nend 😀'), 'tab\tline\nend 😀');
  // A javascript: URL is only text: it is never put in an href.
  assert.equal(escapeHtml('javascript:alert(1)'), 'javascript:alert(1)');
});

const HOSTILE = 'The bridge carried 38,000 vehicles a day <script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3)) <a href="javascript:alert(4)">here</a>.';

async function page(interactive = false): Promise<{ html: string; drafts: ReportDraft[] }> {
  const { checker, index } = await checkerFor({
    ...FILLER,
    'gazette.md': mdSource('gazette', 'Harbour Gazette', 'The bridge carried 42,000 vehicles a day in its first month.', { title: 'Bridge "opens" <b>today</b>', date: '2025-03-02' }),
    'radio.md': mdSource('radio', 'Coast Radio', `${HOSTILE}`, { date: '2025-03-04', title: 'Radio <i>news</i>' }),
  });
  const text = 'The bridge carried 42,000 vehicles a day in its first month, according to Coast Radio.\n\nBy then the bridge carried 45,000 vehicles a day.\n';
  const drafts: ReportDraft[] = [{ path: 'drafts/<bridge>.md', text, claims: await checker.check(text) }];
  return { html: reportHtml({ drafts, corpus: index.stats(), nonce: NONCE, generated: '2026-01-02T03:04:05Z', version: '1.2.3', interactive }), drafts };
}

void test('corpus and draft text never become markup: the only tags are the page\'s own', async () => {
  const { html } = await page();
  assert.ok(!/<script/i.test(html), 'no script in a static report');
  assert.ok(!/<img/i.test(html));
  assert.ok(!/<a\s[^>]*href="(?!#)/i.test(html), 'no link but to the page itself');
  assert.ok(!/<(?:b|i)>/.test(html), 'the <b> and <i> of titles stay text');
  // Escaped text has no "<": every tag is the page's own, and none has an event handler.
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) assert.ok(!/\son\w+\s*=/i.test(tag), tag);
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'));
  assert.ok(html.includes('[x](javascript:alert(3))'));
  assert.ok(html.includes('Bridge &quot;opens&quot; &lt;b&gt;today&lt;/b&gt;'));
  assert.ok(html.includes('drafts/&lt;bridge&gt;.md'));
});

void test('the page has a strict policy: nothing loads, the style by nonce, a script only in the webview and by nonce', async () => {
  const { html } = await page();
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-cmFuZG9tLW5vbmNlLWZvci10ZXN0cw=='; img-src 'none'; form-action 'none'; base-uri 'none'">/);
  assert.match(html, /<style nonce="cmFuZG9tLW5vbmNlLWZvci10ZXN0cw==">/);
  assert.ok(!/\sstyle="/.test(html), 'no inline style attribute (the policy would block it)');
  const live = (await page(true)).html;
  assert.match(live, /script-src 'nonce-cmFuZG9tLW5vbmNlLWZvci10ZXN0cw=='/);
  assert.equal(live.match(/<script/g)?.length, 1);
  assert.match(live, /<script nonce="cmFuZG9tLW5vbmNlLWZvci10ZXN0cw==">\(function/);
  assert.throws(() => reportHtml({ drafts: [], corpus: { documents: 0, sentences: 0 }, nonce: '"><script>' }), /nonce/);
});

void test('every claim is marked in the draft and has a card with its verdict, codes and sources for and against', async () => {
  const { html, drafts } = await page();
  const claims = drafts[0]!.claims;
  assert.ok(claims.length >= 2);
  assert.equal(html.match(/<mark class="claim /g)?.length, claims.length);
  assert.equal(html.match(/<article class="card /g)?.length, claims.length);
  const c42 = claims.find((c) => c.text === '42,000')!;
  assert.ok(c42.codes.includes('misattributed'), String(c42.codes));
  assert.ok(c42.codes.includes('inconsistent'), String(c42.codes));
  const card = html.slice(html.indexOf('<article class="card', html.indexOf('id="claim-0-0"') - 40), html.indexOf('</article>', html.indexOf('id="claim-0-0"')));
  assert.match(card, /class="code code-misattributed">misattributed/);
  assert.match(card, /class="code code-inconsistent">inconsistent/);
  assert.match(card, /<div class="column supports"><h4>Supports <span class="count">1<\/span>/);
  assert.match(card, /<div class="column contradicts"><h4>Contradicts <span class="count">1<\/span>/);
  assert.match(card, /Harbour Gazette, 2 Mar 2025/);
  assert.match(card, /<strong>42,000<\/strong>/);
  assert.match(card, /<a class="jump" href="#claim-0-\d+">45,000<\/a> \(line 3\)/);
  assert.match(html, /<section class="sources" id="sources"><h2>Sources consulted<\/h2><p>5 source documents \(\d+ sentences\) were searched; these 2 are cited\./);
  assert.match(html, /<svg class="chart" role="img"/);
});

void test('claims that nest (a figure in a quote) are marked inside each other; the text between is kept whole', () => {
  const text = 'He said "we sold 40 boats" on Monday.';
  const claim = (kind: 'quote' | 'count', t: string, start: number) => ({
    kind, text: t, start, end: start + t.length, range: { start: { line: 0, character: start }, end: { line: 0, character: start + t.length } },
    verdict: 'unsupported' as const, message: 'No source.', evidence: [], evidenceHash: '0', codes: [],
  });
  const q = text.indexOf('we sold');
  const html = reportHtml({ drafts: [{ path: 'd.md', text, claims: [claim('quote', 'we sold 40 boats', q), claim('count', '40', text.indexOf('40'))] }], corpus: { documents: 1, sentences: 1 }, nonce: NONCE });
  const draft = html.slice(html.indexOf('<pre class="draft">'), html.indexOf('</pre>'));
  assert.equal(draft.replace(/<[^>]+>/g, ''), '<pre class="draft">'.replace(/<[^>]+>/g, '') + escapeHtml(text));
  assert.match(draft, /<mark[^>]*>we sold <mark[^>]*>40<\/mark> boats<\/mark>/);
});
