/**
 * What the engine may ask of general word knowledge: whether two words can name the same thing,
 * how close they are, and which way a verb says a value went. Built from WordNet (wordnet.bin) and
 * word vectors (vectors.bin), either of which may be missing: every method still answers, with
 * less. No method throws, whatever the input; pair queries are memoised in bounded caches.
 */
import { ADJ, Link, NOUN, VERB, WordNet, type Pos } from './wordnet';
import { WordVectors } from './vectors';

export type WordRelation = 'same' | 'synonym' | 'hypernym' | 'hyponym' | 'member' | 'antonym' | 'derived' | 'sibling' | 'none';

export interface RelationResult {
  readonly relation: WordRelation;
  /**
   * Hypernym steps on the path that makes the relation: 0 for same, synonym, derived and direct
   * links; for hypernym and hyponym the distance; for sibling the steps up from both words.
   */
  readonly steps: number;
}

export interface WordKnowledge {
  /**
   * Base form of a folded (lower-case, accent-free) word for WordNet: morphy over nouns and verbs
   * ("prisoners"→"prisoner", "held"→"hold"), over adjectives when neither ("bigger"→"big"); the
   * most often tagged first ("fell"→"fall", "fell"); a phrase's multi-word entry; the word itself
   * when unknown.
   */
  lemmas(word: string): readonly string[];
  /**
   * Strongest WordNet relation between two words over their first three senses of each part of
   * speech (first senses weigh most), with the path length in hypernym steps:
   * - 'same': a lemma in common ("prisoners", "prisoner");
   * - 'synonym': a synset in common ("doctor", "physician");
   * - 'hypernym': a is a kind of b ("inmate", "prisoner"); 'hyponym': b is a kind of a;
   * - 'member': a member, part or substance link, directly or from a close hypernym ("troop", "soldier");
   * - 'antonym': opposite, directly or through a close hypernym or a similar adjective ("rise", "fall");
   * - 'derived': derivationally related, across parts of speech too ("produce", "production");
   * - 'sibling': a common hypernym at most two steps above each, three in all ("nurse", "physician").
   */
  relation(a: string, b: string): RelationResult;
  /**
   * Wu–Palmer similarity in [0,1], max over the first senses, nouns with nouns and verbs with verbs:
   * 1 for a shared synset, 0 when no hypernym is shared (verbs have many roots: "win", "lose").
   */
  wup(a: string, b: string): number;
  /** Cosine of the two words' vectors, or undefined when either is missing (a phrase averages its words). */
  cosine(a: string, b: string): number | undefined;
  /** Multi-word WordNet entry for consecutive folded words ("security","forces" → "security force"), or undefined. */
  phrase(words: readonly string[]): string | undefined;
  /** +1 when a verb or noun means going up (rise, grow, climb...), -1 going down (fall, drop, cut...), 0 otherwise. */
  direction(word: string): -1 | 0 | 1;
  /** Which data the knowledge has. */
  readonly has: { readonly wordnet: boolean; readonly vectors: boolean };
}

export interface KnowledgeOptions {
  /** Told why a data file is not used (wrong version, damaged). */
  warn?: (message: string) => void;
}

/**
 * Builds the knowledge from the bytes of wordnet.bin and vectors.bin; a bad file is dropped with a
 * warning. The vectors may come as a function that reads them: it is called when they are first
 * needed (a run whose cosines all come from a memo never reads them).
 */
export function createWordKnowledge(wordnet: Uint8Array | undefined, vectors: Uint8Array | (() => Uint8Array | undefined) | undefined, options: KnowledgeOptions = {}): WordKnowledge {
  let wn: WordNet | undefined;
  if (wordnet) {
    try {
      wn = new WordNet(wordnet);
    } catch (e) {
      options.warn?.(`wordnet.bin not used: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const open = (bytes: Uint8Array | undefined): WordVectors | undefined => {
    if (!bytes) return undefined;
    try {
      return new WordVectors(bytes);
    } catch (e) {
      options.warn?.(`vectors.bin not used: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };
  return new Knowledge(wn, typeof vectors === 'function' ? () => open(vectors()) : open(vectors));
}

/**
 * What a knowledge has worked out so far (stems, relations, similarities, cosines, directions), as
 * plain data a host can keep between runs. A pure cache: every answer is the same with it or
 * without it; it only saves working the answer out again. Words are numbered by `words`.
 */
export interface KnowledgeMemo {
  readonly words: readonly string[];
  /** Per word looked up: the word, its number of lemma ids, then the ids. */
  readonly lemmas: Int32Array;
  /** Per pair: first word, second word, relation (index in RELATIONS), steps. */
  readonly relations: Int32Array;
  /** Word pairs, and their Wu–Palmer similarities. */
  readonly wupPairs: Int32Array;
  readonly wups: Float64Array;
  /** Word pairs, and their cosines (NaN: known to have none). */
  readonly cosinePairs: Int32Array;
  readonly cosines: Float64Array;
  /** Per word: the word, its direction (-1, 0, 1). */
  readonly directions: Int32Array;
}

const RELATIONS: readonly WordRelation[] = ['same', 'synonym', 'hypernym', 'hyponym', 'member', 'antonym', 'derived', 'sibling', 'none'];

/** What the knowledge has worked out so far, or undefined when it keeps no memo (another implementation). */
export function exportKnowledgeMemo(k: WordKnowledge): KnowledgeMemo | undefined {
  return k instanceof Knowledge ? k.exportMemo() : undefined;
}

/**
 * Adds a memo exported before (by a knowledge built from the same data files: the host checks
 * that) to what the knowledge knows. False, and nothing taken, when the memo is not well formed.
 */
export function importKnowledgeMemo(k: WordKnowledge, memo: unknown): boolean {
  if (!(k instanceof Knowledge)) return false;
  try {
    return k.importMemo(memo);
  } catch {
    return false;
  }
}

/** How many answers the knowledge has worked out itself (not taken from a memo): none means a memo saved after import would be the same. */
export function knowledgeMemoChanges(k: WordKnowledge): number {
  return k instanceof Knowledge ? k.changes : 0;
}

/** The first senses of each part of speech that relation() and wup() look at. */
const SENSES = 3;
/** Tag count of a first sense above which the lemma's untagged senses are left out. */
const COMMON_FIRST_SENSE = 10;
/** The first senses of a noun that direction() looks at: a noun's later senses stray far ("casualty"). */
const NOUN_DIRECTION_SENSES = 2;
/** How close a kind of increase or decrease a noun must be ("hike" is; a "wound" of war, a kind of casualty, is not). */
const NOUN_DIRECTION_STEPS = 2;
/** Longer inputs are no word of WordNet or of the vectors: answered at once. */
const MAX_WORD = 120;
/** How far up the hypernym hierarchy ancestors are followed. */
const MAX_UP = 24;

interface Sense {
  readonly id: number;
  /** 0 for the lemma's first sense; later senses and later lemmas of the word count higher. */
  readonly rank: number;
}

interface Reach {
  /** Hypernyms at most two steps up, with their steps; the synset itself at 0. */
  readonly up: ReadonlyMap<number, number>;
  /** `up` and the adjectives the synset is similar to (one step). */
  readonly near: ReadonlyMap<number, number>;
  /** Antonyms of `near`, with the steps taken to reach the synset that has the link. */
  readonly antonyms: ReadonlyMap<number, number>;
  /** Member, part and substance links of `up` (either way), with the steps taken. */
  readonly wholes: ReadonlyMap<number, number>;
  /** Derivationally related forms and pertainyms of the synset itself. */
  readonly derived: ReadonlySet<number>;
  /** Derivationally related forms of the synset's antonyms ("profit" → "lose" → "loss"). */
  readonly oppositeDerived: ReadonlySet<number>;
}

/** The synsets near a word's senses (their close hypernyms, similar adjectives), and all they link to. */
interface Footprint {
  /** Each a sorted list of synset ids (compact: thousands of words are kept). */
  readonly near: Int32Array;
  readonly out: Int32Array;
  /** `near` and `out` together. */
  readonly all: Int32Array;
}

function sorted(ids: ReadonlySet<number>): Int32Array {
  return Int32Array.from(ids).sort();
}

/** Whether two sorted lists share an id. */
function meets(a: Int32Array, b: Int32Array): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

interface Found {
  relation: WordRelation;
  steps: number;
  score: number;
}

/** A Map that forgets its oldest entries past a size. */
class Bounded<K, V> extends Map<K, V> {
  constructor(private readonly max: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.max && !this.has(key)) {
      const oldest = this.keys().next();
      if (!oldest.done) this.delete(oldest.value);
    }
    return super.set(key, value);
  }
}

/**
 * A memo of word pairs, first word then second (no key strings built per query), forgotten as a
 * whole past a number of pairs.
 */
class PairCache<V> {
  private readonly rows = new Map<string, Map<string, V>>();
  private size = 0;

  constructor(private readonly max: number) {}

  get(a: string, b: string): V | undefined {
    return this.rows.get(a)?.get(b);
  }

  set(a: string, b: string, value: V): void {
    if (this.size >= this.max) {
      this.rows.clear();
      this.size = 0;
    }
    let row = this.rows.get(a);
    if (!row) this.rows.set(a, (row = new Map()));
    if (!row.has(b)) this.size++;
    row.set(b, value);
  }

  get count(): number {
    return this.size;
  }

  *entries(): IterableIterator<[string, string, V]> {
    for (const [a, row] of this.rows) for (const [b, v] of row) yield [a, b, v];
  }
}

const TARGET = 0x0fffffff;

const NONE: RelationResult = Object.freeze({ relation: 'none', steps: 0 });
const SAME: RelationResult = Object.freeze({ relation: 'same', steps: 0 });

class Knowledge implements WordKnowledge {
  private readonly lemmaCache = new Bounded<string, readonly number[]>(50_000);
  private readonly senseCache = new Bounded<string, readonly (readonly Sense[])[]>(20_000);
  private readonly ancestorCache = new Bounded<number, ReadonlyMap<number, number>>(20_000);
  private readonly reachCache = new Bounded<number, Reach>(20_000);
  // Room for every pair a long draft's run asks about against a large corpus (a 2,000-word draft
  // against 2,200 articles asks some 55,000): a smaller bound is passed within one run, forgets
  // all it knew and works the same pairs out again, and the memo saved for the next run keeps only
  // the pairs asked after that.
  private readonly relationCache = new PairCache<RelationResult>(250_000);
  private readonly footprintCache = new Bounded<string, Footprint>(20_000);
  private readonly wupCache = new PairCache<number>(50_000);
  private readonly cosineCache = new PairCache<number | null>(50_000);
  private readonly directionCache = new Bounded<string, -1 | 0 | 1>(50_000);
  private seeds: { up: Set<number>; down: Set<number> } | undefined;
  /** Answers worked out here, not restored from a memo. */
  changes = 0;

  private vectors: WordVectors | undefined | (() => WordVectors | undefined);

  constructor(
    private readonly wn: WordNet | undefined,
    vectors: WordVectors | undefined | (() => WordVectors | undefined),
  ) {
    this.vectors = vectors;
  }

  get has(): { readonly wordnet: boolean; readonly vectors: boolean } {
    return Object.freeze({ wordnet: this.wn !== undefined, vectors: this.vec !== undefined });
  }

  /** The vectors, read on first use when they come as a function. */
  private get vec(): WordVectors | undefined {
    if (typeof this.vectors === 'function') this.vectors = this.vectors();
    return this.vectors;
  }

  // -- memo ----------------------------------------------------------------------------------

  exportMemo(): KnowledgeMemo {
    const words: string[] = [];
    const numbers = new Map<string, number>();
    const num = (w: string): number => {
      let n = numbers.get(w);
      if (n === undefined) {
        n = words.length;
        words.push(w);
        numbers.set(w, n);
      }
      return n;
    };
    const lemmas: number[] = [];
    for (const [w, ids] of this.lemmaCache) lemmas.push(num(w), ids.length, ...ids);
    const relations: number[] = [];
    for (const [a, b, r] of this.relationCache.entries()) relations.push(num(a), num(b), RELATIONS.indexOf(r.relation), r.steps);
    const wupPairs: number[] = [];
    const wups: number[] = [];
    for (const [a, b, v] of this.wupCache.entries()) {
      if (Number.isNaN(v)) continue;
      wupPairs.push(num(a), num(b));
      wups.push(v);
    }
    const cosinePairs: number[] = [];
    const cosines: number[] = [];
    for (const [a, b, v] of this.cosineCache.entries()) {
      if (Number.isNaN(v)) continue;
      cosinePairs.push(num(a), num(b));
      cosines.push(v ?? NaN);
    }
    const directions: number[] = [];
    for (const [w, d] of this.directionCache) directions.push(num(w), d);
    return {
      words,
      lemmas: Int32Array.from(lemmas),
      relations: Int32Array.from(relations),
      wupPairs: Int32Array.from(wupPairs),
      wups: Float64Array.from(wups),
      cosinePairs: Int32Array.from(cosinePairs),
      cosines: Float64Array.from(cosines),
      directions: Int32Array.from(directions),
    };
  }

  /** Checks the whole memo before taking any of it. */
  importMemo(x: unknown): boolean {
    if (typeof x !== 'object' || x === null) return false;
    const m = x as Record<string, unknown>;
    const words = m['words'];
    if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w.length > 0 && w.length <= MAX_WORD)) return false;
    const ints = ['lemmas', 'relations', 'wupPairs', 'cosinePairs', 'directions'].map((k) => m[k]);
    const floats = ['wups', 'cosines'].map((k) => m[k]);
    if (!ints.every((a) => a instanceof Int32Array) || !floats.every((a) => a instanceof Float64Array)) return false;
    const [lemmas, relations, wupPairs, cosinePairs, directions] = ints as Int32Array[];
    const [wups, cosines] = floats as Float64Array[];
    const n = words.length;
    const isWord = (i: number): boolean => i >= 0 && i < n;
    const lemmaLimit = this.wn?.lemmaCount ?? 0;
    // Shapes first, so that a bad memo leaves the caches as they were.
    for (let i = 0; i < lemmas!.length; ) {
      const count = lemmas![i + 1];
      if (!isWord(lemmas![i]!) || count === undefined || count < 0 || i + 2 + count > lemmas!.length) return false;
      for (let j = i + 2; j < i + 2 + count; j++) if (lemmas![j]! < 0 || lemmas![j]! >= lemmaLimit) return false;
      i += 2 + count;
    }
    if (relations!.length % 4 !== 0 || wupPairs!.length !== 2 * wups!.length || cosinePairs!.length !== 2 * cosines!.length || directions!.length % 2 !== 0) return false;
    for (let i = 0; i < relations!.length; i += 4) {
      if (!isWord(relations![i]!) || !isWord(relations![i + 1]!) || RELATIONS[relations![i + 2]!] === undefined || relations![i + 3]! < 0 || relations![i + 3]! > MAX_UP * 2) return false;
    }
    for (const p of [wupPairs!, cosinePairs!]) for (const i of p) if (!isWord(i)) return false;
    for (const v of wups!) if (!(v >= 0 && v <= 1)) return false;
    for (const v of cosines!) if (!Number.isNaN(v) && !(v >= -1 && v <= 1)) return false;
    for (let i = 0; i < directions!.length; i += 2) if (!isWord(directions![i]!) || directions![i + 1]! < -1 || directions![i + 1]! > 1) return false;
    // A memo of data the knowledge lacks (no WordNet, no vectors) holds nothing it could use.
    if (this.wn) {
      for (let i = 0; i < lemmas!.length; i += 2 + lemmas![i + 1]!) {
        const w = words[lemmas![i]!] as string;
        if (!this.lemmaCache.has(w)) this.lemmaCache.set(w, Array.from(lemmas!.subarray(i + 2, i + 2 + lemmas![i + 1]!)));
      }
      for (let i = 0; i < relations!.length; i += 4) {
        const a = words[relations![i]!] as string;
        const b = words[relations![i + 1]!] as string;
        if (this.relationCache.get(a, b)) continue;
        const relation = RELATIONS[relations![i + 2]!]!;
        const steps = relations![i + 3]!;
        this.relationCache.set(a, b, relation === 'none' && steps === 0 ? NONE : relation === 'same' && steps === 0 ? SAME : { relation, steps });
      }
      for (let i = 0; i < wups!.length; i++) {
        const a = words[wupPairs![2 * i]!] as string;
        const b = words[wupPairs![2 * i + 1]!] as string;
        if (this.wupCache.get(a, b) === undefined) this.wupCache.set(a, b, wups![i]!);
      }
      for (let i = 0; i < directions!.length; i += 2) {
        const w = words[directions![i]!] as string;
        if (!this.directionCache.has(w)) this.directionCache.set(w, directions![i + 1]! as -1 | 0 | 1);
      }
    }
    // Cosines need not read the vectors: a memo that has them came from a knowledge that had them.
    if (this.vectors !== undefined) {
      for (let i = 0; i < cosines!.length; i++) {
        const a = words[cosinePairs![2 * i]!] as string;
        const b = words[cosinePairs![2 * i + 1]!] as string;
        const v = cosines![i]!;
        if (this.cosineCache.get(a, b) === undefined) this.cosineCache.set(a, b, Number.isNaN(v) ? null : v);
      }
    }
    return true;
  }

  // -- lemmas --------------------------------------------------------------------------------

  lemmas(word: string): readonly string[] {
    try {
      const w = asWord(word);
      const ids = this.lemmaIds(w);
      return ids.length > 0 ? ids.map((id) => this.wn!.lemma(id)) : [w];
    } catch {
      return [String(word)];
    }
  }

  /** WordNet lemma ids of a folded word or phrase, the most often tagged first. */
  private lemmaIds(word: string): readonly number[] {
    const wn = this.wn;
    if (!wn || word.length === 0 || word.length > MAX_WORD) return [];
    let ids = this.lemmaCache.get(word);
    if (ids) return ids;
    if (word.includes(' ')) {
      const p = this.phraseId(word.split(' ').filter((w) => w.length > 0));
      ids = p >= 0 ? [p] : [];
    } else {
      const found = [...wn.morphy(word, NOUN)];
      for (const id of wn.morphy(word, VERB)) if (!found.includes(id)) found.push(id);
      if (found.length === 0) found.push(...wn.morphy(word, ADJ));
      // Stable: ties keep morphy's order (exceptions, then the word itself, then the suffix rules).
      ids = found.map((id, i) => ({ id, i, n: wn.tagCount(id) })).sort((x, y) => y.n - x.n || x.i - y.i).map((x) => x.id);
    }
    this.lemmaCache.set(word, ids);
    this.changes++;
    return ids;
  }

  /** The first SENSES senses of each lemma of the word, per part of speech (noun, verb, adjective). */
  private senses(word: string): readonly (readonly Sense[])[] {
    let s = this.senseCache.get(word);
    if (s) return s;
    const wn = this.wn!;
    const ids = this.lemmaIds(word);
    s = ([NOUN, VERB, ADJ] as const).map((pos) => {
      const out: Sense[] = [];
      ids.forEach((lemma, order) => {
        const list = wn.senses(lemma, pos);
        const counts = wn.senseTagCounts(lemma, pos);
        // A sense never met in the tagged corpora, when the first sense was met often, is too rare
        // to stand for the word ("a million" as any very large number, like "a billion").
        const common = (counts[0] ?? 0) >= COMMON_FIRST_SENSE;
        let taken = 0;
        for (let i = 0; i < list.length && taken < SENSES; i++) {
          if (common && counts[i] === 0) break;
          taken++;
          if (!out.some((x) => x.id === list[i])) out.push({ id: list[i]!, rank: i + order });
        }
      });
      return out;
    });
    this.senseCache.set(word, s);
    return s;
  }

  // -- phrases -------------------------------------------------------------------------------

  phrase(words: readonly string[]): string | undefined {
    try {
      if (!Array.isArray(words)) return undefined;
      const id = this.phraseId(words.map(asWord));
      return id >= 0 ? this.wn!.lemma(id) : undefined;
    } catch {
      return undefined;
    }
  }

  private phraseId(words: readonly string[]): number {
    const wn = this.wn;
    if (!wn || words.length < 2 || words.length > 6) return -1;
    if (words.some((w) => w.length === 0 || w.length > 40 || w.includes(' '))) return -1;
    const whole = words.join(' ');
    if (whole.length > MAX_WORD) return -1;
    // The phrase as written, then its inflection removed the way morphy does ("security forces",
    // "attorneys general" from the exception list), then each word's own base forms ("took off").
    for (const pos of [NOUN, VERB] as const) {
      const m = wn.morphy(whole, pos);
      if (m.length > 0) return m[0]!;
    }
    const options = words.map((w) => {
      const forms = [w];
      for (const pos of [NOUN, VERB] as const) for (const id of wn.morphy(w, pos)) if (forms.length < 3 && !forms.includes(wn.lemma(id))) forms.push(wn.lemma(id));
      return forms;
    });
    const tried = { n: 0 };
    const search = (i: number, prefix: string[]): number => {
      if (i === options.length) {
        if (++tried.n > 64) return -1;
        return wn.lemmaId(prefix.join(' '));
      }
      for (const f of options[i]!) {
        const id = search(i + 1, [...prefix, f]);
        if (id >= 0) return id;
      }
      return -1;
    };
    const id = search(0, []);
    return id >= 0 ? id : wn.lemmaId(words.join('-'));
  }

  // -- relations -----------------------------------------------------------------------------

  relation(a: string, b: string): RelationResult {
    try {
      const x = asWord(a);
      const y = asWord(b);
      if (x.length === 0 || y.length === 0) return NONE;
      if (x === y) return SAME;
      if (!this.wn || x.length > MAX_WORD || y.length > MAX_WORD) return NONE;
      let r = this.relationCache.get(x, y);
      if (!r) {
        r = this.computeRelation(x, y);
        this.relationCache.set(x, y, r);
        this.changes++;
      }
      return r;
    } catch {
      return NONE;
    }
  }

  private computeRelation(a: string, b: string): RelationResult {
    const la = this.lemmaIds(a);
    const lb = this.lemmaIds(b);
    if (la.length === 0 || lb.length === 0) return NONE;
    if (la.some((id) => lb.includes(id))) return SAME;
    if (!this.mayRelate(this.footprint(a), this.footprint(b))) return NONE;
    const sa = this.senses(a);
    const sb = this.senses(b);
    const best: Found = { relation: 'none', steps: 0, score: -Infinity };
    const consider = (relation: WordRelation, score: number, steps: number): void => {
      if (score > best.score) {
        best.relation = relation;
        best.steps = steps;
        best.score = score;
      }
    };
    for (let p = 0; p < 3; p++) {
      for (const x of sa[p]!) {
        for (const y of sb[p]!) {
          const pen = 3 * (x.rank + y.rank);
          if (x.id === y.id) {
            consider('synonym', 100 - pen, 0);
            continue;
          }
          const rx = this.reach(x.id);
          const ry = this.reach(y.id);
          const ant = this.antonymSteps(x.id, y.id);
          if (ant >= 0) consider('antonym', 95 - 4 * ant - pen, ant);
          const dx = this.ancestors(x.id).get(y.id);
          if (dx !== undefined) consider('hypernym', 90 - 4 * (dx - 1) - pen, dx);
          const dy = this.ancestors(y.id).get(x.id);
          if (dy !== undefined) consider('hyponym', 90 - 4 * (dy - 1) - pen, dy);
          const mem = this.memberSteps(x.id, y.id);
          if (mem >= 0) consider('member', 85 - 5 * mem - pen, mem);
          if (rx.derived.has(y.id) || ry.derived.has(x.id)) consider('derived', 75 - pen, 0);
          if (dx === undefined && dy === undefined) {
            const sib = siblingSteps(rx.up, ry.up);
            if (sib > 0) consider('sibling', 70 - 4 * (sib - 2) - pen, sib);
          }
        }
      }
    }
    // Derivational links also join parts of speech: "produce" (verb) and "production" (noun);
    // so do antonyms of a derived form: "profit" (verb) is the opposite of "lose", whence "loss".
    for (let p = 0; p < 3; p++) {
      for (let q = 0; q < 3; q++) {
        if (p === q) continue;
        for (const x of sa[p]!) {
          for (const y of sb[q]!) {
            const pen = 3 * (x.rank + y.rank);
            const rx = this.reach(x.id);
            const ry = this.reach(y.id);
            if (rx.derived.has(y.id) || ry.derived.has(x.id)) consider('derived', 65 - pen, 0);
            if (rx.oppositeDerived.has(y.id) || ry.oppositeDerived.has(x.id)) consider('antonym', 90 - pen, 0);
          }
        }
      }
    }
    return best.relation === 'none' ? NONE : { relation: best.relation, steps: best.steps };
  }

  /**
   * What a word's senses reach, for telling at once that two words have no relation (most pairs
   * the aligner asks about): every relation computeRelation finds joins a synset that one word's
   * senses reach (`out`) to one near the other's (`near`), or two synsets near each.
   */
  private footprint(word: string): Footprint {
    let f = this.footprintCache.get(word);
    if (f) return f;
    const near = new Set<number>();
    const out = new Set<number>();
    for (const list of this.senses(word)) {
      for (const { id } of list) {
        const r = this.reach(id);
        for (const k of r.near.keys()) near.add(k);
        for (const k of this.ancestors(id).keys()) out.add(k);
        for (const k of r.antonyms.keys()) out.add(k);
        for (const k of r.wholes.keys()) out.add(k);
        for (const k of r.derived) out.add(k);
        for (const k of r.oppositeDerived) out.add(k);
      }
    }
    const all = new Set(near);
    for (const k of out) all.add(k);
    f = { near: sorted(near), out: sorted(out), all: sorted(all) };
    this.footprintCache.set(word, f);
    return f;
  }

  /** False when no relation can join the two words (see `footprint`); true when one may. */
  private mayRelate(a: Footprint, b: Footprint): boolean {
    return meets(b.near, a.all) || meets(a.near, b.out);
  }

  /** Hypernym ancestors of a synset with their fewest steps away; the synset itself at 0. */
  private ancestors(synset: number): ReadonlyMap<number, number> {
    let m = this.ancestorCache.get(synset);
    if (m) return m;
    const wn = this.wn!;
    const found = new Map<number, number>([[synset, 0]]);
    let frontier = [synset];
    for (let d = 1; d <= MAX_UP && frontier.length > 0; d++) {
      const next: number[] = [];
      for (const s of frontier) {
        for (const h of wn.hypernyms(s)) {
          if (!found.has(h)) {
            found.set(h, d);
            next.push(h);
          }
        }
      }
      frontier = next;
    }
    m = found;
    this.ancestorCache.set(synset, m);
    return m;
  }

  /**
   * Steps needed to reach an antonym link between the two: 0 for a direct one, else hypernym steps
   * (at most two on each side, three in all: a soldier is a serviceman, the opposite of a civilian)
   * or similar-adjective steps; -1 for none.
   */
  private antonymSteps(a: number, b: number): number {
    const ta = this.reach(a).antonyms;
    if (ta.get(b) === 0) return 0;
    if (ta.size === 0) return -1;
    const na = this.reach(a).near;
    const nb = this.reach(b).near;
    let best = -1;
    for (const [t, dx] of ta) {
      const dy = nb.get(t);
      if (dy === undefined || na.has(t)) continue;
      const steps = dx + dy;
      if (steps <= 3 && (best < 0 || steps < best)) best = steps;
    }
    return best;
  }

  /** Hypernym steps needed to reach a member, part or substance link between the two (two up on each side at most), or -1. */
  private memberSteps(a: number, b: number): number {
    const ta = this.reach(a).wholes;
    if (ta.size === 0) return -1;
    const ub = this.reach(b).up;
    let best = -1;
    for (const [t, dx] of ta) {
      const dy = ub.get(t);
      if (dy === undefined) continue;
      if (best < 0 || dx + dy < best) best = dx + dy;
    }
    return best;
  }

  /** What a synset reaches in a few steps: memoised, as every pair of senses asks it again. */
  private reach(synset: number): Reach {
    let r = this.reachCache.get(synset);
    if (r) return r;
    const wn = this.wn!;
    const up = new Map<number, number>();
    for (const [h, d] of this.ancestors(synset)) if (d <= 2) up.set(h, d);
    const near = new Map(up);
    for (const e of wn.links(synset)) if (e >>> 28 === Link.similar && !near.has(e & TARGET)) near.set(e & TARGET, 1);
    const antonyms = new Map<number, number>();
    for (const [x, dx] of near) {
      for (const e of wn.links(x)) {
        if (e >>> 28 !== Link.antonym) continue;
        const t = e & TARGET;
        if (!antonyms.has(t) || antonyms.get(t)! > dx) antonyms.set(t, dx);
      }
    }
    const wholes = new Map<number, number>();
    for (const [x, dx] of up) {
      for (const e of wn.links(x)) {
        const kind = e >>> 28;
        if (kind < Link.memberHolonym || kind > Link.substanceMeronym) continue;
        const t = e & TARGET;
        if (!wholes.has(t) || wholes.get(t)! > dx) wholes.set(t, dx);
      }
    }
    const derived = new Set<number>();
    const oppositeDerived = new Set<number>();
    for (const e of wn.links(synset)) {
      const kind = e >>> 28;
      if (kind === Link.derived || kind === Link.pertainym) derived.add(e & TARGET);
      else if (kind === Link.antonym) for (const f of wn.links(e & TARGET)) if (f >>> 28 === Link.derived) oppositeDerived.add(f & TARGET);
    }
    r = { up, near, antonyms, wholes, derived, oppositeDerived };
    this.reachCache.set(synset, r);
    return r;
  }

  // -- similarity ----------------------------------------------------------------------------

  wup(a: string, b: string): number {
    try {
      const x = asWord(a);
      const y = asWord(b);
      if (x.length === 0 || y.length === 0 || !this.wn || x.length > MAX_WORD || y.length > MAX_WORD) return x === y && x.length > 0 ? 1 : 0;
      let v = this.wupCache.get(x, y);
      if (v === undefined) {
        v = this.computeWup(x, y);
        this.wupCache.set(x, y, v);
        this.changes++;
      }
      return v;
    } catch {
      return 0;
    }
  }

  private computeWup(a: string, b: string): number {
    if (a === b) return 1;
    const la = this.lemmaIds(a);
    const lb = this.lemmaIds(b);
    if (la.some((id) => lb.includes(id))) return 1;
    const sa = this.senses(a);
    const sb = this.senses(b);
    let best = 0;
    for (const p of [NOUN, VERB]) {
      for (const x of sa[p]!) {
        for (const y of sb[p]!) {
          best = Math.max(best, this.wupSynsets(x.id, y.id));
          if (best === 1) return 1;
        }
      }
    }
    return best;
  }

  /** 2·depth(lcs) / (steps from a to lcs + steps from b to lcs + 2·depth(lcs)), best over common ancestors. */
  private wupSynsets(a: number, b: number): number {
    if (a === b) return 1;
    const wn = this.wn!;
    const ua = this.ancestors(a);
    const ub = this.ancestors(b);
    let best = 0;
    for (const [c, da] of ua) {
      const db = ub.get(c);
      if (db === undefined) continue;
      const dc = wn.depth(c);
      const v = (2 * dc) / (da + db + 2 * dc);
      if (v > best) best = v;
    }
    return best;
  }

  cosine(a: string, b: string): number | undefined {
    try {
      const x = asWord(a);
      const y = asWord(b);
      if (this.vectors === undefined || x.length === 0 || y.length === 0 || x.length > MAX_WORD || y.length > MAX_WORD) return undefined;
      // null: known to have no cosine.
      const known = this.cosineCache.get(x, y);
      if (known !== undefined) return known ?? undefined;
      if (!this.vec) return undefined;
      const v = this.computeCosine(x, y);
      this.cosineCache.set(x, y, v ?? null);
      this.changes++;
      return v;
    } catch {
      return undefined;
    }
  }

  private computeCosine(a: string, b: string): number | undefined {
    const vec = this.vec!;
    const ia = this.vectorIndex(a);
    const ib = this.vectorIndex(b);
    if (ia >= 0 && ib >= 0) return clamp(vec.cosineAt(ia, ib));
    if (ia === -1 || ib === -1) return undefined;
    // A phrase: the mean of its words' vectors.
    const va = this.meanVector(a);
    const vb = this.meanVector(b);
    if (!va || !vb) return undefined;
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let d = 0; d < va.length; d++) {
      dot += va[d]! * vb[d]!;
      na += va[d]! * va[d]!;
      nb += vb[d]! * vb[d]!;
    }
    return na === 0 || nb === 0 ? 0 : clamp(dot / Math.sqrt(na * nb));
  }

  /** The word's entry, else its lemma's; -2 for a phrase (several words); -1 when missing. */
  private vectorIndex(word: string): number {
    if (word.includes(' ')) return -2;
    const vec = this.vec!;
    const i = vec.indexOf(word);
    if (i >= 0) return i;
    for (const l of this.lemmaIds(word)) {
      const j = vec.indexOf(this.wn!.lemma(l));
      if (j >= 0) return j;
    }
    return -1;
  }

  private meanVector(phrase: string): Float32Array | undefined {
    const vec = this.vec!;
    const words = phrase.split(' ').filter((w) => w.length > 0);
    if (words.length === 0 || words.length > 8) return undefined;
    const sum = new Float32Array(vec.dimensions);
    for (const w of words) {
      const i = this.vectorIndex(w);
      if (i < 0) return undefined;
      const v = vec.vector(vec.indexOf(w) >= 0 ? w : this.wn ? this.wn.lemma(this.lemmaIds(w)[0] ?? 0) : w);
      if (!v) return undefined;
      let n = 0;
      for (let d = 0; d < v.length; d++) n += v[d]! * v[d]!;
      const s = n > 0 ? 1 / Math.sqrt(n) : 0;
      for (let d = 0; d < v.length; d++) sum[d]! += v[d]! * s;
    }
    return sum;
  }

  // -- direction -----------------------------------------------------------------------------

  direction(word: string): -1 | 0 | 1 {
    try {
      const w = asWord(word);
      if (!this.wn || w.length === 0 || w.length > MAX_WORD) return 0;
      let d = this.directionCache.get(w);
      if (d === undefined) {
        d = this.computeDirection(w);
        this.directionCache.set(w, d);
        this.changes++;
      }
      return d;
    } catch {
      return 0;
    }
  }

  private computeDirection(word: string): -1 | 0 | 1 {
    const wn = this.wn!;
    let best: { dir: -1 | 1; rank: number } | undefined;
    this.lemmaIds(word).forEach((lemma, order) => {
      for (const pos of [VERB, NOUN] as const) {
        const list = wn.senses(lemma, pos);
        const counts = wn.senseTagCounts(lemma, pos);
        const first = counts[0] ?? 0;
        const { up, down } = this.directionSeeds();
        for (let i = 0; i < list.length; i++) {
          // A sense that names going up or down itself ("growth", "reduction") always counts. Else a
          // verb's sense counts when met at least a tenth as often as its first ("build" a house,
          // not "build up" pressure), a noun's when among its first two and, counts plus one, met
          // a tenth as often ("a hike" in prices; "casualties" are people).
          const s = list[i]!;
          const c = counts[i] ?? 0;
          const named = up.has(s) || down.has(s);
          if (!named && (pos === VERB ? c * 10 < first : i >= NOUN_DIRECTION_SENSES || (c + 1) * 10 < first + 1)) continue;
          const dir = this.senseDirection(s);
          const rank = i + order;
          if (dir !== 0 && (!best || rank < best.rank)) best = { dir, rank };
        }
      }
    });
    return best?.dir ?? 0;
  }

  /** +1 when a kind of increase, -1 a kind of decrease, else the opposite of an antonym's. */
  private senseDirection(synset: number): -1 | 0 | 1 {
    const own = this.closureDirection(synset);
    if (own !== 0) return own;
    for (const e of this.wn!.links(synset)) {
      if (e >>> 28 !== Link.antonym) continue;
      const d = this.closureDirection(e & TARGET);
      if (d !== 0) return d === 1 ? -1 : 1;
    }
    return 0;
  }

  /** +1 or -1 when a kind of increase or decrease: any kind for a verb, a close kind (two steps) for a noun. */
  private closureDirection(synset: number): -1 | 0 | 1 {
    const { up, down } = this.directionSeeds();
    const reach = this.wn!.posOf(synset) === NOUN ? NOUN_DIRECTION_STEPS : MAX_UP;
    let dir: -1 | 0 | 1 = 0;
    for (const [a, d] of this.ancestors(synset)) {
      if (d > reach) continue;
      if (up.has(a)) dir = dir === -1 ? 0 : 1;
      else if (down.has(a)) dir = dir === 1 ? 0 : -1;
    }
    return dir;
  }

  /**
   * What going up and going down are kinds of: the verb and noun senses of "increase" and
   * "decrease" (change in quantity), and moving downward (the first verb sense of "descend", which
   * a price "plunges", "plummets" or "tumbles" like) with its antonyms, moving upward ("rise",
   * "ascend": "soar", "climb", "rocket").
   */
  private directionSeeds(): { up: Set<number>; down: Set<number> } {
    if (!this.seeds) {
      const wn = this.wn!;
      const senses = (lemma: string, pos: Pos): number[] => {
        const id = wn.lemmaId(lemma);
        return id < 0 ? [] : [...wn.senses(id, pos)];
      };
      const up = new Set([...senses('increase', VERB), ...senses('increase', NOUN)]);
      const down = new Set([...senses('decrease', VERB), ...senses('decrease', NOUN)]);
      const descend = senses('descend', VERB)[0];
      if (descend !== undefined) {
        down.add(descend);
        for (const e of wn.links(descend)) if (e >>> 28 === Link.antonym) up.add(e & TARGET);
      }
      this.seeds = { up, down };
    }
    return this.seeds;
  }
}

/** Steps of the closest common hypernym at most two steps above each of a and b (three in all), or 0. */
function siblingSteps(up: ReadonlyMap<number, number>, down: ReadonlyMap<number, number>): number {
  let best = 0;
  for (const [c, da] of up) {
    if (da === 0 || da > 2) continue;
    const db = down.get(c);
    if (db === undefined || db === 0 || db > 2 || da + db > 3) continue;
    if (best === 0 || da + db < best) best = da + db;
  }
  return best;
}

function asWord(w: unknown): string {
  return typeof w === 'string' ? w.trim() : '';
}

function clamp(x: number): number {
  return x > 1 ? 1 : x < -1 ? -1 : x;
}
