// Part 2: what a person sees. The installed .vsix in code-server, driven in headless Chromium:
// open the draft from the explorer, squiggles, the status item, the grammar's colours, the
// Problems panel (opened by clicking the status item) and a hover. Every step waits on selectors
// or text, never on fixed times; screenshots go to .e2e/screenshots/, and with E2E_UPDATE_DOCS=1
// cropped ones to docs/images/ for the README.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { E2EError, log } from './util.mjs';

const STEP_TIMEOUT_MS = 60_000;
const DOC_IMAGE_MAX_BYTES = 150 * 1024;

export async function runUi({ browser, server, folder, screenshots, docsImages }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const passed = [];
  let step = 'opening the workbench';
  const ok = (what) => {
    passed.push(what);
    console.log(`  [ui] ok   ${what}`);
  };
  const shot = (name, clip) => page.screenshot({ path: path.join(screenshots, `${name}.png`), ...(clip ? { clip } : {}) });
  const docShot = async (name, clip) => {
    if (!docsImages) return;
    fs.mkdirSync(docsImages, { recursive: true });
    const file = path.join(docsImages, `${name}.png`);
    await page.screenshot({ path: file, clip });
    const size = fs.statSync(file).size;
    if (size > DOC_IMAGE_MAX_BYTES) throw new E2EError(`${file} is ${Math.round(size / 1024)} KB, over ${DOC_IMAGE_MAX_BYTES / 1024} KB`);
    log(`wrote ${path.relative(process.cwd(), file)} (${Math.round(size / 1024)} KB)`);
  };

  try {
    await page.goto(`${server.base}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor();

    step = 'opening draft.md from the explorer';
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'draft.md' }).first();
    await row.waitFor();
    await shot('01-workbench');
    await row.click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Skerry Point shines again' }).waitFor();
    await page.locator('.tabs-container .tab.active', { hasText: 'draft.md' }).waitFor();
    ok('draft.md opens from the explorer');

    step = 'waiting for squiggles';
    await editor.locator('.squiggly-error').first().waitFor();
    await editor.locator('.squiggly-warning').first().waitFor();
    const errors = await editor.locator('.squiggly-error').count();
    const warnings = await editor.locator('.squiggly-warning').count();
    if (errors < 2 || warnings < 2) throw new E2EError(`expected at least 2 error and 2 warning squiggles (conflict + misquote, disputed + unsupported), saw ${errors} and ${warnings}`);
    ok(`squiggles: ${errors} error (conflict, misquote) and ${warnings} warning (disputed, unsupported)`);

    step = 'reading the status item';
    const status = page.locator('.statusbar-item[id$="corroborate.status"]');
    await status.filter({ hasText: '7 claims' }).waitFor();
    const statusText = (await status.innerText()).replace(/\s+/g, ' ').trim();
    for (const part of ['7 claims', '2 conflicts', '1 unsupported', '1 disputed']) {
      if (!statusText.includes(part)) throw new E2EError(`the status item says "${statusText}", without "${part}"`);
    }
    ok(`status item: "${statusText}"`);

    step = 'checking the grammar colours';
    const colours = await tokenColours(editor);
    const [figure, figure2, plain, quote] = [colours['38'], colours['164'], colours['The tower is'], colours['We have given']];
    if (!figure || !plain || !figure2 || !quote) throw new E2EError(`token spans not found: ${JSON.stringify(colours)}`);
    if (figure.color === plain.color) throw new E2EError(`the figure "38" has the colour of plain text (${figure.color}, class ${figure.className})`);
    if (figure2.color !== figure.color) throw new E2EError(`the figures "38" and "164" have different colours (${figure.color} vs ${figure2.color})`);
    if (quote.color === plain.color) throw new E2EError(`the quote has the colour of plain text (${quote.color})`);
    ok(`grammar: figures ${figure.color} (.${figure.className}), quote ${quote.color}, plain text ${plain.color}`);

    // The editor with its squiggles, for the README: tabs to the last line of the draft.
    await page.mouse.move(200, 400); // off the editor: no hover in the picture
    const lines = await editor.locator('.view-line').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
    const box = await editor.boundingBox();
    const bottom = Math.max(...lines.map((l) => l.bottom));
    const tabs = await page.locator('.editor-group-container .title').first().boundingBox();
    const squiggles = { x: box.x, y: tabs.y, width: box.width, height: bottom - tabs.y + 12 };
    await shot('02-squiggles');
    await docShot('squiggles', squiggles);

    step = 'opening the Problems panel from the status item';
    await status.click();
    const panel = page.locator('.markers-panel');
    const rowsWith = (text) => panel.locator('.monaco-list-row', { hasText: text });
    await rowsWith('3.1 million euros').first().waitFor();
    const expected = {
      conflict: 'the draft says 3.1 million euros',
      unsupported: 'No source states this figure (17)',
      disputed: 'Sources disagree: 164',
      misquote: 'We have given the harbour its pride back',
    };
    for (const [what, text] of Object.entries(expected)) {
      const n = await rowsWith(text).count();
      if (n !== 1) throw new E2EError(`Problems panel: ${n} rows with "${text}" (${what}); rows: ${JSON.stringify(await panel.locator('.monaco-list-row').allInnerTexts())}`);
    }
    const problemRows = await panel.locator('.monaco-list-row').allInnerTexts();
    ok(`Problems panel lists the conflict, the unsupported figure, the disputed figure and the misquote (${problemRows.length} rows)`);
    await shot('03-problems');
    const panelBox = await page.locator('.part.panel').boundingBox();
    await docShot('problems', { x: panelBox.x, y: panelBox.y, width: panelBox.width, height: panelBox.height });

    step = 'hovering the conflicting figure';
    // A hover is at most a quarter of the editor's height: make the window tall enough for the
    // whole of this one (the problem and Corroborate's own hover), and close the panel.
    await page.keyboard.press('Control+J');
    await panel.waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 1280, height: 1400 });
    const target = editor.locator('.view-line span span', { hasText: '3.1' }).first();
    const t = await target.boundingBox();
    await page.mouse.move(t.x + 4, t.y + t.height / 2);
    await page.mouse.move(t.x + 8, t.y + t.height / 2);
    const hover = page.locator('.monaco-hover', { hasText: 'Northern Gazette' }).first();
    await hover.waitFor({ state: 'visible' });
    await hover.filter({ hasText: 'The restoration cost 2.4 million euros' }).waitFor({ state: 'visible' });
    const hoverText = (await hover.innerText()).replace(/\s+/g, ' ');
    // Corroborate's own part of the hover (the problem above it names the source too).
    for (const part of ['Conflict · money · Corroborate', 'Contradicts · Skerry Point lighthouse reopens after restoration — Northern Gazette, 2 Jun 2025', 'The restoration cost 2.4 million euros, according to the county heritage office.']) {
      if (!hoverText.includes(part)) throw new E2EError(`the hover does not show "${part}": ${hoverText}`);
    }
    ok('hover on 3.1 million euros shows the source sentence, publisher and date');
    await shot('04-hover');
    // From the start of the hovered line to the end of the hover.
    const h = await hover.boundingBox();
    const e = await editor.boundingBox();
    const x = e.x;
    const y = Math.max(0, Math.min(h.y, t.y) - 8);
    await docShot('hover', { x, y, width: Math.min(e.x + e.width, Math.max(h.x + h.width, t.x + t.width) + 12) - x, height: Math.max(h.y + h.height, t.y + t.height) - y + 12 });
  } catch (error) {
    await shot('99-ui-failure').catch(() => undefined);
    throw new E2EError(`UI check failed while ${step}: ${error.message.split('\n')[0]} (screenshot: ${path.join(screenshots, '99-ui-failure.png')})`);
  } finally {
    await context.close();
  }
  return passed;
}

/** Computed colour and class of the first token span containing each text. */
function tokenColours(editor) {
  return editor.locator('.view-lines').evaluate((root) => {
    const out = {};
    for (const text of ['38', '164', 'The tower is', 'We have given']) {
      // The editor renders spaces as no-break spaces.
      const span = [...root.querySelectorAll('.view-line span span')].find((s) => s.textContent.replace(/\u00a0/g, ' ').includes(text));
      if (span) out[text] = { color: getComputedStyle(span).color, className: span.className, text: span.textContent };
    }
    return out;
  });
}
