#!/usr/bin/env node
// The floor of the benchmark: the least any checker must do with a corpus, as a whole process.
// It reads every source file (recursively; .md, .markdown, .txt, as the corpus reader does) and
// scans its words and figures with one regular expression each, counting them.
//
//   node bench/floor.mjs DIR
//
// Prints {"files","bytes","words","figures"} as one JSON line. bench.mjs times it from spawn to exit.
import * as fs from 'node:fs';
import * as path from 'node:path';

const SOURCE = /\.(?:md|markdown|txt)$/i;
const WORD = /[\p{L}\p{N}]+/gu;
const FIGURE = /\d[\d,.]*/g;

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: node bench/floor.mjs DIR\n');
  process.exit(2);
}

const counts = { files: 0, bytes: 0, words: 0, figures: 0 };
const count = (text, re) => {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !SOURCE.test(entry.name)) continue;
  // `parentPath` is Node 20.12+; `path` is its older, deprecated name.
  const text = fs.readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  counts.files++;
  counts.bytes += Buffer.byteLength(text);
  counts.words += count(text, WORD);
  counts.figures += count(text, FIGURE);
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
