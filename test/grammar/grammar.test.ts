/**
 * The injection grammar (syntaxes/corroborate.injection.tmLanguage.json) tokenized by the same
 * engine VS Code uses (vscode-textmate + vscode-oniguruma), injected into stand-in Markdown and
 * plain-text hosts the way package.json's `injectTo` asks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { INJECTION_PATH, INJECTION_SCOPE, PLAIN_PATH, ROOT, injectionTargets, tokenize, type Host, type Token } from './textmate';

const HOSTS: readonly Host[] = ['text.plain', 'text.html.markdown'];

/** Tokens of `line` (one-line document) that overlap the first occurrence of `fragment` after `from`. */
async function tokensOf(host: Host, line: string, fragment: string, from = 0): Promise<Token[]> {
  const [tokens = []] = await tokenize(host, line);
  const start = line.indexOf(fragment, from);
  assert.ok(start >= 0, `"${fragment}" not in "${line}"`);
  const end = start + fragment.length;
  return tokens.filter((t) => t.start < end && t.start + t.text.length > start);
}

/** Asserts that `fragment` is covered exactly by tokens that all carry `scope`. */
async function assertScope(host: Host, line: string, fragment: string, scope: string, from = 0): Promise<void> {
  const tokens = await tokensOf(host, line, fragment, from);
  const start = line.indexOf(fragment, from);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  assert.ok(first && last, `no tokens for "${fragment}"`);
  const shown = tokens.map((t) => `${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n  ');
  for (const t of tokens) assert.ok(t.scopes.includes(scope), `"${fragment}" in "${line}" (${host}) should be ${scope}:\n  ${shown}`);
  // The scope starts and stops with the fragment: neighbours do not carry it.
  assert.equal(first.start, start, `"${fragment}" should start a token:\n  ${shown}`);
  assert.equal(last.start + last.text.length, start + fragment.length, `"${fragment}" should end a token:\n  ${shown}`);
}

/** Asserts that no part of `fragment` carries a scope starting with `prefix`. */
async function assertNoScope(host: Host, line: string, fragment: string, prefix: string): Promise<void> {
  for (const t of await tokensOf(host, line, fragment)) {
    const hit = t.scopes.find((s) => s.startsWith(prefix));
    assert.equal(hit, undefined, `"${t.text}" in "${line}" (${host}) should not be ${prefix}…, got ${t.scopes.join(' ')}`);
  }
}

const FIGURES: readonly [line: string, fragment: string, scope: string][] = [
  ['Venezuela deployed 11,000 troops.', '11,000', 'constant.numeric.number.corroborate'],
  ['Workers were paid $8 a week.', '$8 a week', 'constant.numeric.currency.corroborate'],
  ['The fine was 133,000 US dollars.', '133,000 US dollars', 'constant.numeric.currency.corroborate'],
  ['It cost €4.5bn in all.', '€4.5bn', 'constant.numeric.currency.corroborate'],
  ['Turnout rose 50 percent.', '50 percent', 'constant.numeric.percentage.corroborate'],
  ['Turnout rose 3.5% in May.', '3.5%', 'constant.numeric.percentage.corroborate'],
  ['Ridership fell 45 per cent.', '45 per cent', 'constant.numeric.percentage.corroborate'],
  ['About eleven thousand people came.', 'eleven thousand', 'constant.numeric.words.corroborate'],
  ['It had twenty-five cells.', 'twenty-five', 'constant.numeric.words.corroborate'],
  ['The raid lasted twenty minutes.', 'twenty minutes', 'constant.numeric.quantity.corroborate'],
  ['The bridge is 1,850 metres long.', '1,850 metres', 'constant.numeric.quantity.corroborate'],
  ['He got a 17-year sentence.', '17-year', 'constant.numeric.quantity.corroborate'],
  ['Her 4-year-old son slept.', '4-year-old', 'constant.numeric.quantity.corroborate'],
  ['It began on September 20, 2023, at dawn.', 'September 20, 2023', 'constant.numeric.date.corroborate'],
  ['It opened on 14 May 2024.', '14 May 2024', 'constant.numeric.date.corroborate'],
  ['Published 2024-05-14.', '2024-05-14', 'constant.numeric.date.corroborate'],
  ['Troops entered at 7 a.m. on Wednesday.', '7 a.m.', 'constant.numeric.time.corroborate'],
  ['The ferry left at 10:30 p.m. sharp.', '10:30 p.m.', 'constant.numeric.time.corroborate'],
  ['It was 12.5 million in 2023.', '12.5 million', 'constant.numeric.number.corroborate'],
];

for (const host of HOSTS) {
  void test(`figures get constant.numeric scopes (${host})`, async () => {
    for (const [line, fragment, scope] of FIGURES) await assertScope(host, line, fragment, scope);
  });

  void test(`words and identifiers are not figures (${host})`, async () => {
    const line = 'No one knows if someone counted COVID-19 cases, B-52s, mp3 files, 3D or 5G, often in Tennessee.';
    for (const fragment of ['No one', 'someone', 'COVID-19', 'B-52s', 'mp3', '3D', '5G', 'often', 'Tennessee']) {
      await assertNoScope(host, line, fragment, 'constant.numeric');
    }
    await assertNoScope(host, 'See https://example.com/2023/09/20/report for 1.2.3.', 'https://example.com/2023/09/20/report', 'constant.numeric');
    await assertNoScope(host, 'See https://example.com/2023/09/20/report for 1.2.3.', '1.2.3', 'constant.numeric');
  });

  void test(`direct quotes get string.quoted.double, figures inside them stay numeric (${host})`, async () => {
    const curly = 'He said “we took 6,000 inmates” on Wednesday.';
    await assertScope(host, curly, '“we took 6,000 inmates”', 'string.quoted.double.corroborate');
    await assertScope(host, curly, '6,000', 'constant.numeric.number.corroborate');
    await assertScope(host, curly, '“', 'punctuation.definition.string.begin.corroborate');
    const straight = 'It dismantled "a center of conspiracy and crime" there.';
    await assertScope(host, straight, '"a center of conspiracy and crime"', 'string.quoted.double.corroborate');
    // An inch mark is not an opening quote; the real quote after it still is.
    const inches = 'He is 6\'2" tall and said "yes" twice.';
    await assertNoScope(host, inches, '" tall and said ', 'string.quoted');
    await assertScope(host, inches, '"yes"', 'string.quoted.double.corroborate');
    // An unclosed quote does not colour the rest of the line (or the document).
    await assertNoScope(host, '“Never closed, with 42 in it', 'Never closed', 'string.quoted');
  });

  void test(`footnote citations get entity.name.tag (${host})`, async () => {
    const ref = 'Turnout rose 50 percent.[^2] Sources differ.[^source-id]';
    await assertScope(host, ref, '2', 'entity.name.tag.citation.corroborate', ref.indexOf('[^2]'));
    await assertScope(host, ref, '[^2]', 'meta.citation.reference.corroborate');
    await assertScope(host, ref, '[^source-id]', 'meta.citation.reference.corroborate');
    await assertScope(host, ref, 'source-id', 'entity.name.tag.citation.corroborate');
    const def = '[^1]: Latin Post, September 20, 2023.';
    await assertScope(host, def, '[^1]:', 'meta.citation.definition.corroborate');
    await assertScope(host, def, '1', 'entity.name.tag.citation.corroborate');
    await assertScope(host, def, 'September 20, 2023', 'constant.numeric.date.corroborate');
  });
}

void test('Markdown: code, link targets and list markers are left to the host', async () => {
  const md = 'Paid `42 dollars` for [the 2023 report](https://example.com/2023/99).';
  await assertNoScope('text.html.markdown', md, '`42 dollars`', 'constant.numeric');
  await assertNoScope('text.html.markdown', md, 'https://example.com/2023/99', 'constant.numeric');
  const lines = await tokenize('text.html.markdown', ['```', 'fenced 42 "quoted" [^1]', '```', '1. First item has 12 claims'].join('\n'));
  for (const t of lines[1] ?? []) assert.ok(!t.scopes.some((s) => s.endsWith('.corroborate')), `fenced code got ${t.scopes.join(' ')}`);
  const marker = lines[3]?.find((t) => t.text === '1.');
  assert.ok(marker?.scopes.includes('punctuation.definition.list.begin.markdown'), 'the list marker stays the host\'s');
  await assertScope('text.html.markdown', '1. First item has 12 claims', '12', 'constant.numeric.number.corroborate');
  await assertScope('text.html.markdown', '# Tocorón: 11,000 troops', '11,000', 'constant.numeric.number.corroborate');
});

void test('the grammars are contributed the way the tests load them', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { grammars: { language?: string; scopeName: string; path: string; injectTo?: string[] }[] };
  };
  // VS Code has no grammar for plaintext, hence no text.plain to inject into: we contribute one.
  const plain = pkg.contributes.grammars.find((g) => g.language === 'plaintext');
  assert.equal(plain?.scopeName, 'text.plain');
  assert.equal(path.resolve(ROOT, plain.path), PLAIN_PATH);
  assert.deepEqual((JSON.parse(fs.readFileSync(PLAIN_PATH, 'utf8')) as { patterns: unknown[] }).patterns, [], 'the plain-text host colours nothing itself');
  const contribution = pkg.contributes.grammars.find((g) => g.scopeName === INJECTION_SCOPE);
  assert.ok(contribution, 'package.json contributes the injection grammar');
  assert.equal(path.resolve(ROOT, contribution.path), INJECTION_PATH);
  const grammar = JSON.parse(fs.readFileSync(INJECTION_PATH, 'utf8')) as { scopeName: string; injectionSelector: string };
  assert.equal(grammar.scopeName, INJECTION_SCOPE);
  assert.deepEqual(injectionTargets(), ['text.html.markdown', 'text.plain']);
  for (const host of injectionTargets()) assert.match(grammar.injectionSelector, new RegExp(`L:${host.replace(/\./g, '\\.')}\\b`));
});
