#!/usr/bin/env node
// The fact-check report in real Chromium: `corroborate report` on a corpus of our own (one source
// sentence holds <script>, <img onerror> and a javascript: link), the page opened from disk, and
// checked as a reader sees it: no console error, no policy violation, every claim and its sources
// shown, the hostile sentence shown as text with nothing of it live.
// Standalone: `node test/e2e/report.mjs` (needs `npm run build` and /usr/bin/chromium); the e2e run
// (`npm run test:e2e`) runs it as its `report` part. E2E_UPDATE_DOCS=1 rewrites docs/images/report.png.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

class ReportError extends Error {}

const HOSTILE = 'The harbour bridge carried 38,000 vehicles a day in its first month <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> [see](javascript:window.__pwned=3).';

/** A corpus with two outlets that disagree, and a draft with a conflict, a misattribution, an inconsistency, a quote. */
function fixture(dir) {
  const corpus = path.join(dir, 'corpus');
  fs.mkdirSync(corpus, { recursive: true });
  const source = (name, fields, body) => fs.writeFileSync(path.join(corpus, name), `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n${body}\n`);
  source('gazette.md', { id: 'gazette', title: 'Bridge opens to traffic', publisher: 'Harbour Gazette', date: '2025-03-02' },
    'The harbour bridge carried 42,000 vehicles a day in its first month, officials said.\n\nThe mayor said: "We built this bridge for the next hundred years."\n\nThe bridge cost $310 million to build.');
  source('radio.md', { id: 'radio', title: 'Traffic on the new bridge <b>bold</b>', publisher: 'Coast Radio', date: '2025-03-04' },
    `${HOSTILE}\n\nThe new ferry terminal cost $31 million to build, the port authority said.`);
  source('library.md', { id: 'library', title: 'Library figures', publisher: 'Town Herald' }, 'The town library lent 14,000 books last year.\n\nIts reading room seats 60 people.');
  const draft = path.join(dir, 'bridge.md');
  fs.writeFileSync(draft, [
    '# The new bridge',
    '',
    'The harbour bridge carried 42,000 vehicles a day in its first month, according to Coast Radio. The bridge cost $350 million to build.',
    '',
    '"We built this bridge for the next hundred years," the mayor said. The new ferry terminal cost $31 million to build.',
    '',
    'By the end of its first month the harbour bridge carried 45,000 vehicles a day. The town library lent 14,000 books last year.',
    '',
  ].join('\n'));
  return { corpus, draft };
}

/** Runs the checks; returns the names of those that passed. `browser` is a launched Chromium. */
export async function runReport({ browser, screenshots, docsImages }) {
  const passed = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-report-'));
  try {
    const { corpus, draft } = fixture(dir);
    const out = path.join(dir, 'report.html');
    const cli = path.join(ROOT, 'dist', 'cli.js');
    // Run from the fixture's folder, so that the report names files as a newsroom sees them.
    const common = ['--corpus', path.relative(dir, corpus), '--no-cache', path.relative(dir, draft)];
    try {
      execFileSync(process.execPath, [cli, 'report', '-o', 'report.html', ...common], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      // Exit 1: the draft has conflicts, as it should; anything else is a failure.
      if (e.status !== 1) throw new ReportError(`corroborate report failed (${e.status}): ${e.stderr}`);
    }
    if (!fs.existsSync(out)) throw new ReportError('corroborate report wrote no file');
    let json;
    try {
      json = execFileSync(process.execPath, [cli, 'check', '--format', 'json', ...common], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (e) {
      json = e.stdout;
    }
    const claims = JSON.parse(json).files[0].claims;
    passed.push('corroborate report writes the HTML file');

    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      scripts: document.scripts.length,
      images: document.images.length,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
      cards: [...document.querySelectorAll('article.card')].map((c) => ({
        verdict: [...c.classList].find((x) => x.startsWith('v-')),
        text: c.querySelector('.claim-text')?.textContent ?? '',
        supports: c.querySelectorAll('.column.supports li').length,
        contradicts: c.querySelectorAll('.column.contradicts li').length,
        codes: [...c.querySelectorAll('.code')].map((x) => x.textContent),
        body: c.textContent ?? '',
      })),
      marks: document.querySelectorAll('pre.draft mark.claim').length,
      text: document.body.innerText,
      bold: [...document.querySelectorAll('b')].length,
      chart: document.querySelectorAll('svg.chart rect.bar').length,
      sources: [...document.querySelectorAll('#sources tbody tr')].map((r) => r.textContent),
    }));
    const fail = (what) => {
      throw new ReportError(`report.html: ${what}`);
    };
    if (problems.length) fail(`the page logged problems:\n  ${problems.join('\n  ')}`);
    passed.push('opens with no console error, policy violation or request');
    if (seen.pwned !== null || seen.scripts !== 0 || seen.images !== 0 || seen.handlers.length || seen.bold) fail(`corpus text became live: ${JSON.stringify({ pwned: seen.pwned, scripts: seen.scripts, images: seen.images, handlers: seen.handlers, bold: seen.bold })}`);
    if (seen.links.some((h) => !h.startsWith('#'))) fail(`a link that is not the page's own: ${seen.links.join(', ')}`);
    for (const piece of ['<script>window.__pwned = 1</script>', '<img src=x onerror="window.__pwned = 2">', '[see](javascript:window.__pwned=3)', 'Traffic on the new bridge <b>bold</b>']) {
      if (!seen.text.includes(piece)) fail(`the corpus text ${JSON.stringify(piece)} is not shown as text`);
    }
    passed.push('a corpus sentence with <script>, <img onerror> and a javascript: link is shown as text, nothing of it live');
    if (seen.cards.length !== claims.length) fail(`${seen.cards.length} claim cards for ${claims.length} claims`);
    if (seen.marks !== claims.length) fail(`${seen.marks} claims marked in the draft for ${claims.length} claims`);
    claims.forEach((c, i) => {
      const card = seen.cards[i];
      if (card.verdict !== `v-${c.verdict}`) fail(`claim ${c.text}: shown ${card.verdict}, is ${c.verdict}`);
      if (!card.text.includes(c.text)) fail(`claim ${i} shows ${card.text}, not ${c.text}`);
      const supports = new Set([...c.evidence, ...(c.attribution?.evidence ?? [])].filter((e) => e.relation === 'supports').map((e) => `${e.source}:${e.line}:${e.character}`)).size;
      const contradicts = new Set([...c.evidence, ...(c.attribution?.evidence ?? [])].filter((e) => e.relation === 'contradicts').map((e) => `${e.source}:${e.line}:${e.character}`)).size;
      if (card.supports !== supports || card.contradicts !== contradicts) fail(`claim ${c.text}: ${card.supports}/${card.contradicts} sources shown for ${supports}/${contradicts}`);
      for (const e of c.evidence) {
        if (!card.body.includes(e.title)) fail(`claim ${c.text}: source title ${e.title} not shown`);
        if (e.publisher && !card.body.includes(e.publisher)) fail(`claim ${c.text}: publisher ${e.publisher} not shown`);
      }
      if (JSON.stringify(card.codes) !== JSON.stringify(c.codes)) fail(`claim ${c.text}: codes ${card.codes} shown for ${c.codes}`);
    });
    const codes = claims.flatMap((c) => c.codes);
    for (const code of ['conflict', 'misattributed', 'inconsistent']) if (!codes.includes(code)) fail(`the fixture draft should raise ${code}; it raised ${codes.join(', ')}`);
    passed.push(`every claim (${claims.length}) is marked in the draft and has its card, verdict, codes and sources`);
    if (seen.chart !== 6) fail(`the chart has ${seen.chart} bars`);
    if (!seen.sources.some((r) => r.includes('Harbour Gazette')) || !seen.sources.some((r) => r.includes('Coast Radio'))) fail(`sources consulted: ${seen.sources.join(' | ')}`);
    passed.push('the summary chart and the sources consulted are shown');
    if (screenshots) {
      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: path.join(screenshots, 'report.png'), fullPage: false });
    }
    if (docsImages) {
      await page.setViewportSize({ width: 1100, height: 1000 });
      await page.screenshot({ path: path.join(docsImages, 'report.png'), fullPage: false });
      await page.locator('article.card.v-conflict').first().scrollIntoViewIfNeeded();
      const card = page.locator('article.card', { hasText: 'misattributed' }).first();
      await card.screenshot({ path: path.join(docsImages, 'report-claim.png') });
    }
    await page.close();
    return passed;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const passed = await runReport({
      browser,
      screenshots: path.join(ROOT, '.e2e', 'screenshots'),
      docsImages: process.env.E2E_UPDATE_DOCS === '1' ? path.join(ROOT, 'docs', 'images') : undefined,
    });
    for (const p of passed) console.log(`ok: ${p}`);
    console.log(`report: ${passed.length} passed, 0 failed`);
  } catch (e) {
    console.error(e instanceof ReportError ? `FAILED: ${e.message}` : e);
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
