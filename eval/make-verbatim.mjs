#!/usr/bin/env node
// Writes labelled claims made from verbatim sentences of the BBC articles: each sentence with one
// of its figures as the target, labelled "supported"; every fourth one has that figure altered
// (scaled, or shifted when small) and is labelled "conflict".
//
//   node eval/make-verbatim.mjs [--corpus DIR] [--half even|odd] [--count N] [--seed S] [--out FILE]
//
// `--half` takes the articles with an even or odd number only, so that a set for fitting and a set
// for measuring never share an article. The labels are mechanical: a verbatim sentence that another
// article contradicts is still labelled "supported".
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const root = opt('--corpus', '../shared/bench/bbc-news/bbc');
const half = opt('--half', 'even');
const count = Number(opt('--count', '160'));
let seed = Number(opt('--seed', '11'));
const out = opt('--out', 'eval/claims/bbc-verbatim.jsonl');

const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];

const files = [];
for (const topic of readdirSync(root, { withFileTypes: true })) {
  if (!topic.isDirectory()) continue;
  for (const f of readdirSync(join(root, topic.name)).sort()) {
    const n = Number.parseInt(f, 10);
    if (Number.isFinite(n) && n % 2 === (half === 'even' ? 0 : 1)) files.push(`${topic.name}/${f}`);
  }
}
if (!files.length) {
  console.error(`make-verbatim: no articles under ${root}`);
  process.exit(2);
}

// A figure: digits with an optional currency sign and suffix. Bare years are left out.
const FIGURE = /(?<![\w.,])([$£€])?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:%|bn|m)?(?![\w,])|(?<![\w.,])([$£€])?\d+(?:\.\d+)?(?:%|bn|m)?(?![\w,])/g;

function alter(figure) {
  const digits = figure.match(/\d[\d,]*(?:\.\d+)?/)[0];
  const value = Number(digits.replace(/,/g, ''));
  const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
  let next;
  if (value < 10 && !decimals) next = value + 2 + Math.floor(random() * 5);
  else next = value * (random() < 0.5 ? 0.7 : 1.4);
  let text = decimals ? next.toFixed(decimals) : String(Math.round(next));
  if (digits.includes(',')) text = Math.round(next).toLocaleString('en-US');
  return text === digits ? null : figure.replace(digits, text);
}

const claims = [];
const seen = new Set();
let tries = 0;
while (claims.length < count && tries++ < count * 200) {
  const file = pick(files);
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const body = lines.slice(1).join(' ');
  const sentences = body.split(/(?<=[.!?]["']?)\s+(?=["A-Z])/).map((s) => s.trim()).filter((s) => s.length > 40 && s.length < 260);
  const sentence = pick(sentences);
  if (!sentence || seen.has(sentence)) continue;
  const figures = [...sentence.matchAll(FIGURE)].filter((m) => !/^(?:1[5-9]|20)\d\d$/.test(m[0]));
  if (!figures.length) continue;
  const m = pick(figures);
  let text = sentence;
  let target = m[0];
  let label = 'supported';
  if (claims.length % 4 === 3) {
    const altered = alter(m[0]);
    if (!altered) continue;
    text = sentence.slice(0, m.index) + altered + sentence.slice(m.index + m[0].length);
    target = altered;
    label = 'conflict';
  }
  seen.add(sentence);
  // The evidence is the figure with the words around it in the original sentence, so that the
  // same value in another sentence is not taken for it.
  const from = sentence.lastIndexOf(' ', Math.max(0, m.index - 30)) + 1;
  const to = sentence.indexOf(' ', Math.min(sentence.length, m.index + m[0].length + 20));
  const passage = sentence.slice(from, to < 0 ? sentence.length : to);
  claims.push({ id: `bbc-vb-${half}-${claims.length + 1}`, text, target, label, evidence: [passage], type: 'verbatim', source: file });
}
writeFileSync(out, claims.map((c) => JSON.stringify(c)).join('\n') + '\n');
console.error(`make-verbatim: ${claims.length} claims from ${half}-numbered articles → ${out}`);
