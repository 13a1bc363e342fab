/**
 * Word vectors as built by scripts/build-lexicon.mjs into vectors.bin: the most frequent lower-case
 * single words of a GloVe-derived embedding, each vector quantised to int8 with its own scale
 * (value ≈ q × scale). Read in place from the file's bytes.
 */
import { Container, LexiconFormatError, SortedStrings } from './container';

/** Keep in step with VECTORS_VERSION in scripts/build-lexicon.mjs. */
export const VECTORS_VERSION = 1;

export class WordVectors {
  readonly dimensions: number;
  private readonly words: SortedStrings;
  private readonly ranks: Uint32Array;
  private readonly scales: Float32Array;
  private readonly q: Int8Array;
  private readonly norms: Float32Array;

  /** Reads vectors.bin; throws LexiconFormatError when the bytes are not a file of this version. */
  constructor(bytes: Uint8Array) {
    const c = new Container(bytes, 'VECS', VECTORS_VERSION);
    const meta = c.json('META') as { dimensions?: unknown };
    const dims = meta.dimensions;
    if (typeof dims !== 'number' || !Number.isInteger(dims) || dims <= 0) throw new LexiconFormatError('bad META section');
    this.dimensions = dims;
    this.words = new SortedStrings(c.u8('VSTR'), c.u32('VOFF'), 'vocabulary');
    this.ranks = c.u32('VRNK');
    this.scales = c.f32('VSCL');
    this.q = c.i8('VQNT');
    const n = this.words.size;
    if (this.ranks.length !== n || this.scales.length !== n || this.q.length !== n * dims) throw new LexiconFormatError('sections do not match the vocabulary');
    this.norms = new Float32Array(n); // filled on first use of each word: NaN-free zero means "not yet"
  }

  get size(): number {
    return this.words.size;
  }

  /** Index of a word in the vocabulary, or -1. */
  indexOf(word: string): number {
    return this.words.find(word);
  }

  /** 0 for the most frequent word of the source embedding, growing with rarity. */
  rank(index: number): number {
    return this.ranks[index] ?? Infinity;
  }

  /** The (de-quantised) vector of a word, or undefined. */
  vector(word: string): Float32Array | undefined {
    const i = this.indexOf(word);
    if (i < 0) return undefined;
    const out = new Float32Array(this.dimensions);
    const s = this.scales[i]!;
    for (let d = 0, at = i * this.dimensions; d < this.dimensions; d++) out[d] = this.q[at + d]! * s;
    return out;
  }

  /** Cosine of two vocabulary entries (the per-vector scales cancel out). */
  cosineAt(i: number, j: number): number {
    const dims = this.dimensions;
    const a = i * dims;
    const b = j * dims;
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += this.q[a + d]! * this.q[b + d]!;
    const na = this.norm(i);
    const nb = this.norm(j);
    return na === 0 || nb === 0 ? 0 : dot / (na * nb);
  }

  private norm(i: number): number {
    let n = this.norms[i]!;
    if (n === 0) {
      let sum = 0;
      for (let d = 0, at = i * this.dimensions; d < this.dimensions; d++) sum += this.q[at + d]! * this.q[at + d]!;
      n = this.norms[i] = Math.sqrt(sum);
    }
    return n;
  }
}
