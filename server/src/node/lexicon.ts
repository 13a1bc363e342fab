/** Loads the word knowledge files that `npm run build:lexicon` writes into dist/data/. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createWordKnowledge, type WordKnowledge } from '../core/lexicon/knowledge';

export const WORDNET_FILE = 'wordnet.bin';
export const VECTORS_FILE = 'vectors.bin';

export interface LoadWordKnowledgeOptions {
  /** Told why a file is not used: missing, unreadable, another format version, damaged. */
  warn?: (message: string) => void;
}

/**
 * The word knowledge in `dir`, or by default in the data folder next to the running bundle
 * (dist/data for dist/cli.js and dist/server.js), else in the dist/data of the repository above
 * (tests compiled to out/). A missing or bad file is left out, and `warn` says why.
 */
export function loadWordKnowledge(dir?: string, options: LoadWordKnowledgeOptions = {}): WordKnowledge {
  const warn = options.warn ?? (() => undefined);
  const where = dir ?? findDataDir();
  const read = (file: string): Uint8Array | undefined => {
    if (!where) {
      warn(`${file} not found: no data folder next to ${__dirname} or in a dist/data above it (npm run build:lexicon)`);
      return undefined;
    }
    const full = path.join(where, file);
    try {
      return fs.readFileSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      warn(code === 'ENOENT' ? `${full} is missing (npm run build:lexicon)` : `${full} could not be read (${code ?? String(e)})`);
      return undefined;
    }
  };
  // The vectors are read when first needed: a run whose cosines all come from the memo never reads
  // them. A missing file is told at once all the same.
  const vectorsFile = where ? path.join(where, VECTORS_FILE) : undefined;
  const vectors = vectorsFile && fs.existsSync(vectorsFile) ? () => read(VECTORS_FILE) : read(VECTORS_FILE);
  return createWordKnowledge(read(WORDNET_FILE), vectors, { warn: (m) => warn(where ? `${where}: ${m}` : m) });
}

/** data/ next to this bundle, else the nearest dist/data above it that holds a lexicon file. */
export function findDataDir(from: string = __dirname): string | undefined {
  const beside = path.join(from, 'data');
  if (hasData(beside)) return beside;
  for (let d = from; ; d = path.dirname(d)) {
    const candidate = path.join(d, 'dist', 'data');
    if (hasData(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}

function hasData(dir: string): boolean {
  return fs.existsSync(path.join(dir, WORDNET_FILE)) || fs.existsSync(path.join(dir, VECTORS_FILE));
}
