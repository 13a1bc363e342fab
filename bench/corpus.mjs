// Synthesized ×N corpora for the scale benchmark: N copies of every source file, copy k (k ≥ 1)
// with its numbers shifted by k, so that the copies are not identical and the index cannot fold
// them together. Copy 0 is the original text.
import * as fs from 'node:fs';
import * as path from 'node:path';

const SOURCE = /\.(?:md|markdown|txt)$/i;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `text` with k added to every run of digits, except years (a lone run of four digits from 1900
 * to 2099): "4.75%" → "5.76%" for k = 1, "81,000" → "82,001", "in 2004" unchanged. A run keeps its
 * width when it had leading zeros ("05" → "06"), so decimals stay decimals.
 */
export function shiftNumbers(text, k) {
  return text.replace(/\d+/g, (run, at) => {
    const before = text[at - 1] ?? '';
    const after = text[at + run.length] ?? '';
    const lone = !/[\d.,]/.test(before) && !(/[.,]/.test(after) && /\d/.test(text[at + run.length + 1] ?? ''));
    if (lone && run.length === 4 && run >= '1900' && run <= '2099') return run;
    const shifted = String(BigInt(run) + BigInt(k));
    return run.startsWith('0') ? shifted.padStart(run.length, '0') : shifted;
  });
}

/** Every source file under `root`, as paths relative to it. */
export function sourceFiles(root) {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)))
    .sort();
}

/**
 * Writes `copies` copies of the corpus at `src` into `dest`/copy-<k>/. A file that is not valid
 * UTF-8 is shifted as Latin-1 and written back as Latin-1, so the engine reads it as it reads the
 * original. Returns the number of files written.
 */
export function synthesizeCorpus(src, dest, copies) {
  const files = sourceFiles(src);
  for (const rel of files) {
    const bytes = fs.readFileSync(path.join(src, rel));
    let text;
    let encoding = 'utf8';
    try {
      text = UTF8.decode(bytes);
    } catch {
      text = bytes.toString('latin1');
      encoding = 'latin1';
    }
    for (let k = 0; k < copies; k++) {
      const file = path.join(dest, `copy-${k}`, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, k === 0 ? bytes : Buffer.from(shiftNumbers(text, k), encoding));
    }
  }
  return files.length * copies;
}
