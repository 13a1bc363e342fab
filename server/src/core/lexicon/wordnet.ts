/**
 * WordNet 3.1 (nouns, verbs, adjectives) as built by scripts/build-lexicon.mjs into wordnet.bin:
 * lemmas and their synsets in sense order, the links between synsets, each synset's depth in the
 * hypernym hierarchy, and the morphological exception lists. Read in place from the file's bytes:
 * loading is a few views and one string decode.
 */
import { Container, LexiconFormatError, SortedStrings } from './container';

/** Keep in step with WORDNET_VERSION in scripts/build-lexicon.mjs. */
export const WORDNET_VERSION = 1;

export type Pos = 0 | 1 | 2;
export const NOUN: Pos = 0;
export const VERB: Pos = 1;
export const ADJ: Pos = 2;

/** Link kinds, in the top 4 bits of each stored link (keep in step with EDGE in the build script). */
export const Link = {
  hypernym: 0,
  instanceHypernym: 1,
  memberHolonym: 2,
  partHolonym: 3,
  substanceHolonym: 4,
  memberMeronym: 5,
  partMeronym: 6,
  substanceMeronym: 7,
  antonym: 8,
  derived: 9,
  similar: 10,
  pertainym: 11,
} as const;

const TARGET = 0x0fffffff;

/** Suffix rules of WordNet's morphy (morphy(7WN)), per part of speech: [ending, replacement]. */
const RULES: readonly (readonly (readonly [string, string])[])[] = [
  [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
];

interface Meta {
  synsets: number;
  posStart: number[];
  lemmas: number;
}

export class WordNet {
  readonly synsetCount: number;
  private readonly verbStart: number;
  private readonly adjStart: number;
  private readonly lemmaStrings: SortedStrings;
  private readonly senseStart: Uint32Array;
  private readonly senseList: Uint32Array;
  private readonly senseCounts: Uint16Array;
  private readonly counts: Uint16Array;
  private readonly edgeStart: Uint32Array;
  private readonly edgeList: Uint32Array;
  private readonly depths: Uint8Array;
  private readonly excForms: SortedStrings;
  private readonly excStart: Uint32Array;
  private readonly excValues: Uint32Array;
  private members: Uint32Array[] | undefined;

  /** Reads wordnet.bin; throws LexiconFormatError when the bytes are not a file of this version. */
  constructor(bytes: Uint8Array) {
    const c = new Container(bytes, 'WNET', WORDNET_VERSION);
    const meta = c.json('META') as Partial<Meta>;
    const n = meta.synsets;
    const ps = meta.posStart;
    if (typeof n !== 'number' || !Array.isArray(ps) || ps.length !== 4 || ps[3] !== n) throw new LexiconFormatError('bad META section');
    this.synsetCount = n;
    this.verbStart = ps[1]!;
    this.adjStart = ps[2]!;
    this.lemmaStrings = new SortedStrings(c.u8('LSTR'), c.u32('LOFF'), 'lemmas');
    const lemmas = this.lemmaStrings.size;
    this.senseStart = c.u32('LSEN');
    this.senseList = c.u32('SENS');
    this.senseCounts = c.u16('SCNT');
    this.counts = c.u16('LCNT');
    this.edgeStart = c.u32('EOFF');
    this.edgeList = c.u32('EDGE');
    this.depths = c.u8('DEPT');
    this.excForms = new SortedStrings(c.u8('XSTR'), c.u32('XOFF'), 'exceptions');
    this.excStart = c.u32('XVST');
    this.excValues = c.u32('XVAL');
    // The ends of each list are checked here; entries are bounds-checked where they are read, so a
    // damaged file gives wrong answers but no exception.
    checkStarts(this.senseStart, lemmas, this.senseList.length, 'LSEN');
    checkStarts(this.edgeStart, n, this.edgeList.length, 'EOFF');
    checkStarts(this.excStart, this.excForms.size, this.excValues.length, 'XVST');
    if (this.senseCounts.length !== this.senseList.length) throw new LexiconFormatError('SCNT does not match SENS');
    if (this.counts.length !== lemmas) throw new LexiconFormatError('LCNT does not match the lemmas');
    if (this.depths.length !== n) throw new LexiconFormatError('DEPT does not match the synsets');
  }

  get lemmaCount(): number {
    return this.lemmaStrings.size;
  }

  /** Index of a lemma (lower case, words separated by spaces), or -1. */
  lemmaId(lemma: string): number {
    return this.lemmaStrings.find(lemma);
  }

  lemma(id: number): string {
    return this.lemmaStrings.at(id);
  }

  /** How often the lemma was tagged as a noun or verb in WordNet's sense-tagged corpora. */
  tagCount(lemmaId: number): number {
    return this.counts[lemmaId] ?? 0;
  }

  posOf(synset: number): Pos {
    return synset < this.verbStart ? NOUN : synset < this.adjStart ? VERB : ADJ;
  }

  /** The lemma's synsets of one part of speech, most frequent sense first. */
  senses(lemmaId: number, pos: Pos): Uint32Array {
    const [from, to] = this.range(lemmaId, pos);
    return this.senseList.subarray(from, to);
  }

  /** How often each of senses(lemmaId, pos) was tagged in WordNet's sense-tagged corpora. */
  senseTagCounts(lemmaId: number, pos: Pos): Uint16Array {
    const [from, to] = this.range(lemmaId, pos);
    return this.senseCounts.subarray(from, to);
  }

  private range(lemmaId: number, pos: Pos): [number, number] {
    let from = this.senseStart[lemmaId] ?? 0;
    const to = this.senseStart[lemmaId + 1] ?? 0;
    // Nouns, then verbs, then adjectives; a synset's id tells its part of speech.
    while (from < to && this.posOf(this.senseList[from]!) < pos) from++;
    let end = from;
    while (end < to && this.posOf(this.senseList[end]!) === pos) end++;
    return [from, end];
  }

  /** The links of a synset: `link >>> 28` is its kind (see Link), `link & 0x0fffffff` its target. */
  links(synset: number): Uint32Array {
    return this.edgeList.subarray(this.edgeStart[synset] ?? 0, this.edgeStart[synset + 1] ?? 0);
  }

  /** Direct hypernyms, instance hypernyms included. */
  hypernyms(synset: number): number[] {
    const out: number[] = [];
    for (const e of this.links(synset)) if (e >>> 28 <= Link.instanceHypernym) out.push(e & TARGET);
    return out;
  }

  /** Fewest hypernym steps from the synset to a root, plus one. */
  depth(synset: number): number {
    return this.depths[synset] ?? 1;
  }

  /** The lemmas of a synset (built on first use: for listings and tests, not the hot path). */
  synsetLemmas(synset: number): string[] {
    if (!this.members) {
      const lists: number[][] = Array.from({ length: this.synsetCount }, () => []);
      for (let l = 0; l < this.lemmaStrings.size; l++) {
        for (let i = this.senseStart[l]!; i < this.senseStart[l + 1]!; i++) lists[this.senseList[i]!]?.push(l);
      }
      this.members = lists.map((l) => Uint32Array.from(l));
    }
    return [...(this.members[synset] ?? [])].map((l) => this.lemma(l));
  }

  /**
   * Base forms of a lower-case word as one part of speech, the way WordNet's morphy finds them: the
   * exception list ("held" → "hold", "mice" → "mouse"), else the word itself and the suffix rules
   * ("prisoners" → "prisoner"), kept when WordNet has the result with that part of speech.
   */
  morphy(word: string, pos: Pos): number[] {
    const out: number[] = [];
    const has = (lemma: string): void => {
      const id = this.lemmaId(lemma);
      if (id >= 0 && this.senses(id, pos).length > 0 && !out.includes(id)) out.push(id);
    };
    const x = this.excForms.find(word);
    if (x >= 0) {
      has(word);
      for (let i = this.excStart[x]!; i < this.excStart[x + 1]!; i++) {
        const v = this.excValues[i]!;
        if (v >>> 28 === pos) {
          const id = v & TARGET;
          if (!out.includes(id)) out.push(id);
        }
      }
      if (out.length > 0) return out;
    }
    has(word);
    for (const [ending, replacement] of RULES[pos]!) {
      if (word.length > ending.length + 1 && word.endsWith(ending)) has(word.slice(0, word.length - ending.length) + replacement);
    }
    return out;
  }
}

function checkStarts(starts: Uint32Array, count: number, total: number, name: string): void {
  if (starts.length !== count + 1 || starts[0] !== 0 || starts[count] !== total) throw new LexiconFormatError(`${name} does not match its list`);
}
