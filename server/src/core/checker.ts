/**
 * The checker runs the pipeline for every sentence of a draft:
 *
 *   extract → frame → retrieve → align → decide → explain
 *
 * It finds the figures and quotes of a sentence (extract/), builds a frame for each figure
 * (frame/), retrieves the source sentences that may speak of it through a `Retriever` (index/,
 * each with the frames built when it was indexed), aligns the claim's frame with theirs (align/),
 * decides with the fitted model (decide/) and words the result (explain.ts).
 */
import type { AttributionResult, CancellationToken, ClaimCode, ClaimKind, ClaimResult, DraftPlace, Evidence, Figure, Inconsistency, Reason, SourceInfo, SourceSentence, Verdict } from './types';
import { noopToken } from './types';
import type { Retriever } from './index/retriever';
import { kindTerm, valueTerms } from './index/valueTerms';
import { extractFigures, describeFigure } from './extract/figures';
import { extractQuotes } from './extract/quotes';
import { draftSentencesOf, type Span } from './text/sentences';
import { conceptOf, contentConcepts, firstTokenFrom, tokenize, type Token } from './text/tokenize';
import { agreement, comparable } from './verify/compare';
import { bestWindow, findWords, quoteSimilarity, quoteTokens, quoteWords } from './verify/quotes';
import { lineStarts, maskMarkdown, positionAt } from './draft';
import { frameSentence, type Frame } from './frame/frame';
import { AGREES, align, valueRelation, withRivals, withSiblings, type Alignment, type ClaimContext } from './align/align';
import type { SentenceAnalysis } from './frame/frame';
import { directionOf, noLexicon, type Lexicon } from './align/words';
import { CITE, candidateKey, contradictionVetoed, decide, perSentence, probability, restates, supportThreshold, vetoed, type Candidate, type Link, type Model } from './decide/decide';
import { alignDiffering, sourceContext } from './align/sources';
import { governing, outletsOf, type Attribution, type Outlet, type OutletSet } from './attribute/attribution';
import { analyseFramed } from './frame/analyse';
import { DIFFERS } from './align/align';
import { MODEL } from './decide/model';
import { citation, explainFigure, explainMisquote, explainQuoteSupported, explainUnsupportedQuote, hashEvidence, label } from './explain';

export interface CheckOptions {
  /** Check direct quotes as well as figures (default true). */
  readonly checkQuotes?: boolean;
  /** Treat the text as Markdown: skip code, link targets, front matter (default true). */
  readonly markdown?: boolean;
  /**
   * Look for quantities the draft gives two values (default true). A caller that checks a draft in
   * pieces turns it off and asks `consistency` about the whole draft instead.
   */
  readonly consistency?: boolean;
}

/** Retrieval and quote settings that are not fitted. */
export interface Limits {
  /** How many sentences retrieval offers for each claim. */
  readonly candidates: number;
  /** Quote similarity from which a different source quotation is a misquote. */
  readonly misquote: number;
}

export const defaultLimits: Limits = { candidates: 40, misquote: 0.5 };

/** What the checker saw for one figure of the draft: for fitting the model (`npm run calibrate`). */
export interface Observation {
  /** The draft sentence and the claim's offsets in it. */
  readonly sentence: string;
  readonly claim: Figure;
  readonly candidates: readonly Candidate[];
}

export interface CheckerOptions {
  readonly model?: Model;
  readonly lexicon?: Lexicon;
  readonly limits?: Limits;
  /** Receives one line per candidate source figure considered (for the server's verbose log). */
  readonly trace?: (line: string) => void;
  /** Receives every figure's candidates (for fitting). */
  readonly observe?: (o: Observation) => void;
}

export interface Checker {
  /** Checks a whole draft. Results are in document order; cancelled checks return []. */
  check(text: string, options?: CheckOptions, token?: CancellationToken): Promise<ClaimResult[]>;
  /**
   * The places where the draft gives one quantity two values: for each figure that has another
   * value elsewhere, the other places (offsets in `text`). Cancelled: empty.
   */
  consistency(text: string, options?: CheckOptions, token?: CancellationToken): Promise<DraftInconsistency[]>;
  /** Forgets cached results (call after the corpus changes). */
  clearCache(): void;
}

/** A figure of a draft whose quantity the draft gives another value elsewhere. */
export interface DraftInconsistency {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly others: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  /** Other places beyond those listed. */
  readonly more?: number;
}

/** A claim checked in the frame of its sentence: offsets relative to the sentence. */
interface SentenceClaim {
  readonly kind: ClaimKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly verdict: Verdict;
  readonly message: string;
  readonly reading?: string;
  readonly evidence: readonly Evidence[];
  readonly reasons: readonly Reason[];
  /** Offsets of the attribution phrase relative to the sentence. */
  readonly attribution?: Omit<AttributionResult, 'range'>;
}

const MAX_CACHE = 5000;
/** The supports a differing figure is linked to (`withLinks`), the likeliest first. */
const LINKED_SUPPORTS = 2;

/** Words that say little about what is counted on their own ("members", "people"). */
const GENERIC = new Set(['member', 'person', 'people', 'group', 'number', 'total', 'unit', 'time', 'part', 'year', 'day', 'other', 'new'].map(conceptOf));

export function createChecker(retriever: Retriever, options: CheckerOptions = {}): Checker {
  const model = options.model ?? MODEL;
  const lexicon = options.lexicon ?? noLexicon;
  const limits = options.limits ?? defaultLimits;
  const { trace, observe } = options;
  const debugConsistency = trace;
  const sentenceCache = new Map<string, SentenceClaim[]>();
  // The consistency pass's analysis of each draft sentence, and its comparisons of two sentences,
  // by their text: a keystroke re-analyses and re-compares only the sentence it changed.
  const consistencySentences = new Map<string, { frames: readonly Frame[]; contexts: ClaimContext[]; analysis: SentenceAnalysis; groups: readonly (readonly string[])[] } | null>();
  // Keyed by a number: the first sentence's number and figure's index, and the second sentence's number (pairKey).
  const consistencyPairs = new Map<number, { index: number; p: number; vetoed: boolean } | null>();
  /** A short number for each sentence key, so that a pair's key is short. */
  const sentenceIds = new Map<string, number>();
  let nextSentenceId = 0;
  // A sentence's tokens, figures and frames, by its text: the check and the consistency pass both
  // need them, for the sentence an edit changed and (the pass) for the one after it.
  const framed = new Map<string, Framed>();
  const framesOf = (text: string): Framed => {
    let f = framed.get(text);
    if (f === undefined) {
      const tokens = tokenize(text);
      const figures = extractFigures(text, tokens);
      f = { tokens, figures, frames: frameSentence(text, figures, undefined, tokens) };
      if (framed.size >= MAX_CACHE) framed.delete(framed.keys().next().value!);
      framed.set(text, f);
    }
    return f;
  };
  const remember = <K, V>(cache: Map<K, V>, key: K, value: V): V => {
    if (cache.size >= MAX_CACHE * 8) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };

  // The outlets of the corpus (its documents' publishers), rebuilt when the retriever's list changes.
  let outletSource: readonly SourceInfo[] | undefined;
  let outletSet: OutletSet = outletsOf([]);
  let outletKey = '';
  const currentOutlets = (): OutletSet => {
    const list = retriever.sources?.();
    if (list && list !== outletSource) {
      outletSource = list;
      outletSet = outletsOf(list.map((d) => d.publisher));
      outletKey = [...new Set(list.map((d) => d.publisher ?? ''))].sort().join('|');
    }
    return outletSet;
  };

  /** The outlets a source sentence speaks for: its publisher's, and those it credits ("according to AFP"). */
  const creditsOf = (outlets: OutletSet, sentence: SourceSentence): Set<Outlet> => {
    const credited = new Set<Outlet>();
    const own = outlets.of(sentence.source.publisher);
    if (own) credited.add(own);
    for (const a of outlets.find(sentence.text)) credited.add(a.outlet);
    return credited;
  };

  async function checkSentence(text: string, checkQuotes: boolean, token: CancellationToken, clock: Clock): Promise<SentenceClaim[]> {
    const outlets = currentOutlets();
    const key = `${checkQuotes ? 'q' : '-'}${outletKey}\u0000${text}`;
    const cached = observe ? undefined : sentenceCache.get(key);
    if (cached) {
      sentenceCache.delete(key);
      sentenceCache.set(key, cached);
      return cached;
    }
    const out: SentenceClaim[] = [];
    const attributions = outlets.size ? outlets.find(text) : [];
    const quotes = checkQuotes ? extractQuotes(text) : [];
    for (const q of quotes) {
      if (token.isCancellationRequested) return [];
      const a = governing(text, attributions.filter((x) => x.end <= q.start || x.start >= q.end), q.start, q.end);
      out.push(await verifyQuote(q.text, q.start, q.end, token, a && { attribution: a, sentence: text, outlets }));
    }
    // One tokenization of the sentence serves its figures, their frames and the claims' contexts.
    const { tokens, figures, frames } = framesOf(text);
    const shared = frames.length ? await sentenceContext(text, tokens, figures) : undefined;
    for (const frame of frames) {
      // A sentence of thousands of figures still lets the editor's requests through.
      if (token.isCancellationRequested || (due(clock) && !(await pause(clock, token)))) return [];
      const f = frame.figure;
      // A figure inside a quotation is the speaker's, and a quote's credit is not the figure's.
      const quoted = quotes.some((q) => q.start <= f.start && f.end <= q.end);
      const a = quoted ? undefined : governing(text, attributions, f.start, f.end);
      out.push(await verifyFigure(text, shared!, frame, token, a && { attribution: a, sentence: text, outlets }));
    }
    out.sort((a, b) => a.start - b.start);
    if (token.isCancellationRequested) return [];
    if (sentenceCache.size >= MAX_CACHE) sentenceCache.delete(sentenceCache.keys().next().value!);
    sentenceCache.set(key, out);
    return out;
  }

  /** What the claims of one sentence share: its context words and their rarity. */
  async function sentenceContext(text: string, tokens: readonly Token[], all: readonly Figure[]): Promise<SentenceContext> {
    const inFigure = figureCover(text.length, all);
    const isContext = new Uint8Array(tokens.length);
    const context: Token[] = [];
    tokens.forEach((t, i) => {
      if (t.stop || t.numeric || t.norm.length <= 1 || inFigure(t)) return;
      isContext[i] = 1;
      context.push(t);
    });
    const concepts = [...new Set(context.map((t) => t.concept))];
    const idf = await retriever.idf(concepts);
    // Rarity matters, but a word the corpus never uses weighs no more than one it uses once, and
    // common words keep some weight: a small corpus would otherwise make them worthless.
    let rarest = 1;
    for (const v of idf.values()) rarest = Math.max(rarest, v);
    const weightOf = (c: string): number => Math.sqrt(Math.min(idf.get(c) ?? rarest, rarest));
    const byEnd = context.map((_t, k) => k).sort((a, b) => context[a]!.end - context[b]!.end || a - b);
    return { tokens, all, isContext, context, concepts, weightOf, byEnd, siblings: new Map() };
  }

  /**
   * The claim's context: content words outside any figure, weighted by rarity and nearness; and
   * their concepts, which the claim's query names. In a sentence too long to be one (a list, a
   * table, a log: LONG_SENTENCE tokens and more) the context is the words around the claim.
   */
  function contextOf(s: SentenceContext, frame: Frame): { context: ClaimContext; concepts: readonly string[] } {
    const { tokens, isContext, weightOf } = s;
    const claim = frame.figure;
    // A word's weight falls with its distance in tokens from the claim, to a floor it reaches
    // NEAR tokens away: farther words weigh their floor, whatever their distance.
    const at = firstTokenFrom(tokens, claim.start);
    const nearest = new Map<string, number>();
    for (let i = Math.max(0, at - NEAR); i < Math.min(tokens.length, at + NEAR + 1); i++) {
      if (!isContext[i]) continue;
      const t = tokens[i]!;
      const w = weightOf(t.concept) * Math.max(0.15, Math.exp(-Math.abs(i - at) / 10));
      nearest.set(t.concept, Math.max(nearest.get(t.concept) ?? 0, w));
    }
    let concepts = s.concepts;
    if (tokens.length >= LONG_SENTENCE) {
      const around = new Set<string>();
      for (let i = Math.max(0, at - LONG_CONTEXT); i < Math.min(tokens.length, at + LONG_CONTEXT + 1); i++) if (isContext[i]) around.add(tokens[i]!.concept);
      concepts = [...around];
    }
    const weights = new Map<string, number>();
    for (const c of concepts) weights.set(c, nearest.get(c) ?? weightOf(c) * FAR);
    const totalWeight = [...weights.values()].reduce((sum, w) => sum + w, 0);
    const near = new Set(nearContext(s, claim).map((t) => t.concept));
    const leadWeights = new Map(claim.lead.filter((c) => !GENERIC.has(c)).map((c) => [c, weightOf(c)]));
    return {
      context: { frame, weights, totalWeight, near, leadWeights, direction: directionOf(lexicon, [...frame.leadWords, ...frame.headWords]), corpusSize: Math.log10(1 + retriever.stats().sentences) },
      concepts,
    };
  }

  async function verifyFigure(text: string, shared: SentenceContext, frame: Frame, token: CancellationToken, credit?: Credit): Promise<SentenceClaim> {
    const claim = frame.figure;
    const { context, concepts } = contextOf(shared, frame);
    const query = [...concepts, ...valueTerms(claim), ...valueTerms(claim), kindTerm(claim), ...claim.head];
    const hits = await retriever.search(query, limits.candidates, token);

    const found: (Alignment & { sentence: SourceSentence })[] = [];
    const analyses = new Map<string, SentenceAnalysis>();
    hits.forEach((hit, rank) => {
      // A sentence with no figure of the claim's kind has none comparable with it.
      if (hit.holds && !hit.holds(claim.kind)) return;
      analyses.set(hit.sentence.key, hit.analysis);
      const aligned: Alignment[] = [];
      hit.analysis.frames.forEach((f, i) => {
        if (!comparable(claim, f.figure)) return;
        const value = valueRelation(lexicon, context, f);
        if (value === 'neutral') return;
        // A source figure that states another figure of the claim's sentence ("$18m of a $54m
        // settlement") is that figure's evidence, not a contradiction of this one.
        if (!AGREES.has(value) && statedBySibling(shared, claim, f.figure)) return;
        aligned.push(align(lexicon, context, hit.analysis, i, rank, value));
      });
      for (const a of withSiblings(aligned)) found.push({ ...a, sentence: hit.sentence });
    });
    const scored: Candidate[] = withRivals(found).map((a) => ({ ...a, p: probability(model, a.value, a.features) }));
    const candidates = await withLinks(scored, analyses, context.corpusSize);
    observe?.({ sentence: text, claim, candidates });
    if (trace) {
      trace(`claim ${claim.kind} "${claim.text}" head=[${frame.headWords.join(' ')}] lead=[${frame.leadWords.join(' ')}] subject=[${frame.subject.join(' ')}] role=${frame.role}`);
      for (const c of candidates) trace(`  ${c.value} p=${c.p.toFixed(2)} "${c.frame.figure.text}" [${c.frame.headWords.join(' ')}|${c.frame.leadWords.join(' ')}] ${c.sentence.key}: ${c.sentence.text.slice(0, 80)}`);
    }
    const decision = decide(model, candidates);
    const explained = explainFigure(claim, decision, model);
    const attribution = credit ? attributeFigure(claim, candidates, credit) : undefined;
    return { kind: claim.kind, start: claim.start, end: claim.end, text: claim.text, reading: describeFigure(claim), ...explained, ...(attribution ? { attribution } : {}) };
  }

  /**
   * Links each differing figure to the likeliest supports of other sources (`Link`): the
   * supporting figure's stored analysis, taken as the claim, aligned with the differing one.
   */
  async function withLinks(candidates: Candidate[], analyses: ReadonlyMap<string, SentenceAnalysis>, corpusSize: number): Promise<Candidate[]> {
    const best = perSentence(candidates);
    const supports = best
      .filter((c) => AGREES.has(c.value) && !vetoed(c) && c.p >= CITE)
      .sort((a, b) => b.p - a.p)
      .slice(0, LINKED_SUPPORTS);
    if (!supports.length) return candidates;
    const rivals = best.filter((c) => DIFFERS.has(c.value) && !contradictionVetoed(c) && supports.some((s) => s.sentence.source.id !== c.sentence.source.id));
    if (!rivals.length) return candidates;
    const concepts = [...new Set(supports.flatMap((s) => analyses.get(s.sentence.key)?.concepts ?? []))];
    const idf = await retriever.idf(concepts);
    let rarest = 1;
    for (const v of idf.values()) rarest = Math.max(rarest, v);
    const weightOf = (c: string): number => Math.sqrt(Math.min(idf.get(c) ?? rarest, rarest));
    const contexts = supports.map((s) => ({ key: candidateKey(s), source: s.sentence.source.id, context: sourceContext(lexicon, analyses.get(s.sentence.key)!, s.index, weightOf, corpusSize, GENERIC) }));
    const links = new Map<Candidate, Link[]>();
    for (const s of contexts) {
      const aligned: (Alignment & { rival: Candidate })[] = [];
      for (const r of rivals) {
        if (s.source === r.sentence.source.id) continue;
        const a = alignDiffering(lexicon, s.context, analyses.get(r.sentence.key)!, r.index, 1 / r.features.rank - 1);
        if (a) aligned.push({ ...a, rival: r });
      }
      for (const a of withRivals(aligned)) {
        const list = links.get(a.rival) ?? [];
        list.push({ to: s.key, value: a.value, features: a.features, p: probability(model, a.value, a.features) });
        links.set(a.rival, list);
      }
    }
    return candidates.map((c) => {
      const l = links.get(c);
      return l ? { ...c, links: l } : c;
    });
  }

  /**
   * Whether the outlet a figure is credited to states it: one of its sentences supports the figure
   * (by the verdict rules' own thresholds), or contradicts it, and which other outlets state it.
   */
  function attributeFigure(claim: Figure, all: readonly Candidate[], credit: Credit): SentenceClaim['attribution'] {
    const t = model.thresholds;
    const candidates = perSentence(all);
    const supports = candidates
      .filter((c) => AGREES.has(c.value) && !vetoed(c) && (c.p >= supportThreshold(t, c.features.corpusSize) || restates(c)))
      .sort((a, b) => b.p - a.p);
    const contradicts = candidates.filter((c) => DIFFERS.has(c.value) && !contradictionVetoed(c) && c.p >= t.conflict).sort((a, b) => b.p - a.p);
    const outlet = credit.attribution.outlet;
    const named = (c: Candidate): boolean => creditsOf(credit.outlets, c.sentence).has(outlet);
    const own = supports.filter(named);
    const against = contradicts.filter(named);
    const others = supports.filter((c) => !named(c));
    const evidenceOf = (c: Candidate, relation: Evidence['relation']): Evidence => citation(c.sentence, relation, c.frame.figure.start, c.frame.figure.end);
    if (own.length) return attributionOf(credit, 'confirmed', `${outlet.publisher} states ${claim.text} (${label(own[0]!.sentence)}).`, whoSays(credit.outlets, supports), own.slice(0, 3).map((c) => evidenceOf(c, 'supports')));
    return misattribution(credit, claim.text, against.map((c) => ({ sentence: c.sentence, said: c.frame.figure.text })), others.map((c) => c.sentence), [
      ...against.slice(0, 3).map((c) => evidenceOf(c, 'contradicts')),
      ...others.slice(0, 3).map((c) => evidenceOf(c, 'supports')),
    ]);
  }

  async function verifyQuote(quote: string, start: number, end: number, token: CancellationToken, credit?: Credit): Promise<SentenceClaim> {
    const [claim, verbatim] = await verifyQuoteWords(quote, start, end, token);
    if (!credit) return claim;
    // Quoted verbatim by the outlet, or only by others.
    const outlet = credit.attribution.outlet;
    const own = verbatim.filter((s) => creditsOf(credit.outlets, s).has(outlet));
    const others = verbatim.filter((s) => !creditsOf(credit.outlets, s).has(outlet));
    const evidence = (s: SourceSentence, relation: Evidence['relation']): Evidence => {
      const e = claim.evidence.find((x) => x.source === s.source.id && x.line === s.line + 1 && x.character === s.character);
      return e ? { ...e, relation } : citation(s, relation);
    };
    const attribution = own.length
      ? attributionOf(credit, 'confirmed', `${outlet.publisher} has these words (${label(own[0]!)}).`, whoSays(credit.outlets, verbatim.map((s) => ({ sentence: s }))), own.slice(0, 3).map((s) => evidence(s, 'supports')))
      : misattribution(credit, 'these words', [], others, others.slice(0, 3).map((s) => evidence(s, 'supports')));
    return { ...claim, attribution };
  }

  /** A quote's verdict, and the source sentences that have its words verbatim. */
  async function verifyQuoteWords(quote: string, start: number, end: number, token: CancellationToken): Promise<[SentenceClaim, SourceSentence[]]> {
    const words = quoteWords(quote);
    const base = { kind: 'quote' as const, start, end, text: quote };
    const hits = await retriever.search(contentConcepts(quote), limits.candidates, token);
    const verbatim = hits.filter((h) => findWords(quoteWords(h.sentence.text), words) >= 0);
    if (verbatim.length) return [{ ...base, ...explainQuoteSupported(quote, verbatim.map((h) => h.sentence)) }, verbatim.map((h) => h.sentence)];
    let best: { sentence: SourceSentence; start: number; end: number; score: number } | null = null;
    for (const { sentence } of hits) {
      // Prefer the source's own quotations; else a nearly verbatim run of words in the sentence.
      for (const q of extractQuotes(sentence.text)) {
        const score = quoteSimilarity(words, quoteWords(q.text));
        if (!best || score > best.score) best = { sentence, start: q.start, end: q.end, score };
      }
      const qt = quoteTokens(sentence.text);
      const [score, at] = bestWindow(qt.map((t) => t.word), words);
      const discounted = score >= 0.8 ? score * 0.85 : 0;
      if (at >= 0 && discounted > (best?.score ?? 0)) {
        const last = qt[Math.min(qt.length, at + words.length) - 1]!;
        best = { sentence, start: qt[at]!.start, end: last.end, score: discounted };
      }
    }
    if (best && best.score >= limits.misquote && words.length >= 2) return [{ ...base, ...explainMisquote(quote, best.sentence, best.start, best.end) }, []];
    return [{ ...base, ...explainUnsupportedQuote() }, []];
  }

  /** The places where a draft gives one quantity two values (see Checker.consistency). */
  async function consistency(text: string, options: CheckOptions, token: CancellationToken, sentences?: readonly Span[]): Promise<DraftInconsistency[]> {
    const clock: Clock = { since: Date.now() };
    // Sentence numbers stay small enough for a pair's key (pairKey): past half of it (a pass
    // numbers at most MAX_CONSISTENCY_FIGURES sentences), they start again.
    if (nextSentenceId >= MAX_SENTENCE_ID / 2) {
      consistencyPairs.clear();
      sentenceIds.clear();
      nextSentenceId = 0;
    }
    interface Item {
      readonly id: number;
      readonly sentence: number;
      readonly offset: number;
      readonly frame: Frame;
      readonly index: number;
      readonly context: ClaimContext;
      readonly analysis: SentenceAnalysis;
      /** The number of the sentence's text with the one before it (what its analysis depends on). */
      readonly key: number;
      /** The groups of figures it is compared within (groupKeys). */
      readonly groups: readonly string[];
    }
    const items: Item[] = [];
    const bySentence: Item[][] = [];
    let previous: string | undefined;
    let n = 0;
    for (const s of sentences ?? draftSentencesOf(options.markdown === false ? text : maskMarkdown(text))) {
      if (token.isCancellationRequested || (due(clock) && !(await pause(clock, token)))) return [];
      if (items.length >= MAX_CONSISTENCY_FIGURES) break;
      // A "sentence" this long is a list or a table, not prose that states a quantity twice.
      if (s.text.length > MAX_CONSISTENCY_SENTENCE) {
        previous = undefined;
        continue;
      }
      const flat = s.text.replace(/[\r\n]/g, ' ');
      const before = previous;
      previous = flat;
      const key = `${before ?? ''}\u0000${flat}`;
      let known = consistencySentences.get(key);
      if (known === undefined) {
        const { tokens, figures, frames } = framesOf(flat);
        // A sentence of many figures is a table row or a list: its figures are not compared.
        if (!frames.length || frames.length > MAX_CONSISTENCY_SENTENCE_FIGURES) known = remember(consistencySentences, key, null);
        else {
          const shared = await sentenceContext(flat, tokens, figures);
          known = remember(consistencySentences, key, { frames, contexts: frames.map((frame) => contextOf(shared, frame).context), analysis: analyseFramed(tokens, figures, frames, contentConcepts(`${before ?? ''} `)).analysis, groups: frames.map((frame) => groupKeys(frame.figure)) });
        }
      }
      if (!known) continue;
      const { analysis, contexts } = known;
      let sid = sentenceIds.get(key);
      // Never reused, even once forgotten: a pair's key names one analysis for good.
      if (sid === undefined) sid = remember(sentenceIds, key, nextSentenceId++);
      const own: Item[] = known.frames.map((frame, index) => ({ id: items.length + index, sentence: n, offset: s.start, frame, index, context: contexts[index]!, analysis, key: sid, groups: known.groups[index]! }));
      items.push(...own);
      bySentence[n] = own;
      n++;
    }
    // Candidate pairs: figures of one kind in two sentences that count the same thing or are introduced by the same word.
    const groups = new Map<string, Item[]>();
    for (const it of items) {
      for (const key of it.groups) {
        const g = groups.get(key);
        if (g) g.push(it);
        else groups.set(key, [it]);
      }
    }
    /** The likeliest figure of sentence `b` that speaks of `a`'s quantity, with its probability, when its value differs. */
    let alignments = 0;
    const differing = (a: Item, b: readonly Item[]): Map<Item, Candidate> => {
      const aligned: Alignment[] = [];
      alignments += b.length;
      for (const x of b) {
        if (!comparable(a.frame.figure, x.frame.figure)) continue;
        const value = valueRelation(lexicon, a.context, x.frame);
        if (value === 'neutral') continue;
        aligned.push(align(lexicon, a.context, x.analysis, x.index, 0, value));
      }
      const scored = withSiblings(aligned).map((al) => ({ ...al, sentence: SELF, p: probability(model, al.value, al.features) }));
      const best = perSentence(scored)[0];
      const out = new Map<Item, Candidate>();
      // A sentence that also states the same value of the quantity is not at odds with it.
      if (best && DIFFERS.has(best.value) && !scored.some((c) => AGREES.has(c.value) && c.p >= CITE)) out.set(b[best.index]!, best);
      if (debugConsistency) for (const c of scored) debugConsistency(`${a.frame.figure.text} ~ ${c.frame.figure.text} ${c.value} p=${c.p.toFixed(3)} vetoed=${vetoed(c)} ${JSON.stringify(c.features)}`);
      return out;
    };
    const t = model.thresholds;
    /** Whether `b` is the figure of its sentence that gives `a`'s quantity another value, likely enough and not vetoed. */
    const differsFrom = (a: Item, b: Item): boolean => {
      const key = pairKey(a.key, a.index, b.key);
      let best = consistencyPairs.get(key);
      // Counted as if compared again, so that the pass's bounds cut a draft where they always did.
      if (best !== undefined) alignments += bySentence[b.sentence]!.length;
      else {
        const [found] = differing(a, bySentence[b.sentence]!);
        best = remember(consistencyPairs, key, found ? { index: found[0].index, p: found[1].p, vetoed: vetoed(found[1]) } : null);
      }
      return best !== null && best.index === b.index && best.p >= t.conflict && !best.vetoed;
    };
    const found = new Map<Item, Set<Item>>();
    const seen = new Set<number>();
    let evaluated = 0;
    pairs: for (const g of groups.values()) {
      for (let i = 0; i < g.length; i++) {
        for (let j = i + 1; j < g.length; j++) {
          const a = g[i]!;
          const b = g[j]!;
          if (a.sentence === b.sentence) continue;
          // Ids stay below MAX_CONSISTENCY_FIGURES plus one sentence's figures: one number per pair.
          const key = a.id * 8192 + b.id;
          if (seen.has(key)) continue;
          seen.add(key);
          if (++evaluated > MAX_CONSISTENCY_PAIRS || alignments > MAX_CONSISTENCY_ALIGNMENTS) break pairs;
          if (token.isCancellationRequested || (due(clock) && !(await pause(clock, token)))) return [];
          if (!differsFrom(a, b) || !differsFrom(b, a)) continue;
          if (!found.has(a)) found.set(a, new Set());
          if (!found.has(b)) found.set(b, new Set());
          found.get(a)!.add(b);
          found.get(b)!.add(a);
        }
      }
    }
    const place = (it: Item): { start: number; end: number; text: string } => {
      const start = it.offset + it.frame.figure.start;
      const end = it.offset + it.frame.figure.end;
      return { start, end, text: text.slice(start, end) };
    };
    return [...found]
      .map(([it, others]) => {
        const all = [...others].map(place).sort((x, y) => x.start - y.start);
        return { ...place(it), others: all.slice(0, MAX_CONSISTENCY_OTHERS), ...(all.length > MAX_CONSISTENCY_OTHERS ? { more: all.length - MAX_CONSISTENCY_OTHERS } : {}) };
      })
      .sort((x, y) => x.start - y.start);
  }

  return {
    consistency(text, options = {}, token = noopToken) {
      return consistency(text, options, token);
    },
    async check(text, options = {}, token = noopToken) {
      const checkQuotes = options.checkQuotes ?? true;
      const analysed = options.markdown === false ? text : maskMarkdown(text);
      const starts = lineStarts(text);
      const results: ClaimResult[] = [];
      const clock: Clock = { since: Date.now() };
      const sentences = draftSentencesOf(analysed);
      for (const s of sentences) {
        if (token.isCancellationRequested || (due(clock) && !(await pause(clock, token)))) return [];
        const flat = s.text.replace(/[\r\n]/g, ' ');
        for (const c of await checkSentence(flat, checkQuotes, token, clock)) {
          const startOffset = s.start + c.start;
          const endOffset = s.start + c.end;
          results.push({
            kind: c.kind,
            text: text.slice(startOffset, endOffset),
            start: startOffset,
            end: endOffset,
            range: { start: positionAt(starts, startOffset), end: positionAt(starts, endOffset) },
            verdict: c.verdict,
            message: c.message,
            ...(c.reading ? { reading: c.reading } : {}),
            evidence: c.evidence,
            evidenceHash: hashEvidence(c.evidence),
            ...(c.reasons.length ? { reasons: c.reasons } : {}),
            codes: claimCodes(c.kind, c.verdict, c.attribution?.status, false),
            ...(c.attribution
              ? {
                  attribution: {
                    ...c.attribution,
                    text: text.slice(s.start + c.attribution.start, s.start + c.attribution.end),
                    start: s.start + c.attribution.start,
                    end: s.start + c.attribution.end,
                    range: { start: positionAt(starts, s.start + c.attribution.start), end: positionAt(starts, s.start + c.attribution.end) },
                  },
                }
              : {}),
          });
        }
      }
      if (token.isCancellationRequested) return [];
      if (options.consistency === false) return results;
      const found = await consistency(text, options, token, sentences);
      return token.isCancellationRequested ? [] : withConsistency(results, found, starts);
    },
    clearCache() {
      sentenceCache.clear();
      framed.clear();
      consistencySentences.clear();
      consistencyPairs.clear();
      sentenceIds.clear();
    },
  };
}

/**
 * Bounds of the consistency pass, which holds every figure's frame of a draft at once: the first
 * MAX_CONSISTENCY_FIGURES figures of prose sentences (of at most MAX_CONSISTENCY_SENTENCE
 * characters), and MAX_CONSISTENCY_PAIRS pairs of them compared (a draft of thousands of figures
 * of one kind is a table, not a story).
 */
const MAX_CONSISTENCY_FIGURES = 5000;
const MAX_CONSISTENCY_SENTENCE = 4000;
const MAX_CONSISTENCY_PAIRS = 20_000;
/** Figures of one sentence compared at most, alignments computed at most, other places named for one figure at most. */
const MAX_CONSISTENCY_SENTENCE_FIGURES = 12;
const MAX_CONSISTENCY_ALIGNMENTS = 100_000;
const MAX_CONSISTENCY_OTHERS = 10;

/** Sentence numbers of the consistency pass stay below this, so that a pair's key is exact (pairKey). */
const MAX_SENTENCE_ID = 2 ** 22;

/** One number for a figure of one sentence (its index below 16) and another sentence, both numbered below MAX_SENTENCE_ID. */
function pairKey(a: number, index: number, b: number): number {
  return (a * 16 + index) * MAX_SENTENCE_ID + b;
}

/** The draft itself, as the "source" of a figure compared with another of the draft. */
const SELF: SourceSentence = { key: 'draft', source: { id: 'draft', title: '', file: '' }, text: '', line: 0, character: 0 };

/** The codes a claim raises, one for each diagnostic it gets. */
export function claimCodes(kind: ClaimKind, verdict: Verdict, attribution: AttributionResult['status'] | undefined, inconsistent: boolean): ClaimCode[] {
  const codes: ClaimCode[] = [];
  if (verdict === 'conflict') codes.push(kind === 'quote' ? 'misquote' : 'conflict');
  else if (verdict === 'disputed') codes.push('disputed');
  else if (verdict === 'unsupported') codes.push(kind === 'quote' ? 'unsupported-quote' : 'unsupported-figure');
  if (attribution === 'misattributed') codes.push('misattributed');
  if (inconsistent) codes.push('inconsistent');
  return codes;
}

/**
 * Claims with what `consistency` found about them: `inconsistent` naming the other places, and
 * the code. `found` and `claims` are offsets into the same text, whose line starts are `starts`.
 */
export function withConsistency(claims: readonly ClaimResult[], found: readonly DraftInconsistency[], starts: readonly number[]): ClaimResult[] {
  if (!found.length) return [...claims];
  // By start, then end (the last one found of a place, as a map of places would keep).
  const at = new Map<number, DraftInconsistency[]>();
  for (const f of found) {
    const list = at.get(f.start);
    if (list) list.push(f);
    else at.set(f.start, [f]);
  }
  const placed = (start: number, end: number): DraftInconsistency | undefined => {
    const list = at.get(start);
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.end === end) return list[i];
    return undefined;
  };
  return claims.map((c) => {
    const f = c.kind === 'quote' ? undefined : placed(c.start, c.end);
    if (!f) return c;
    const others: DraftPlace[] = f.others.map((o) => ({ ...o, range: { start: positionAt(starts, o.start), end: positionAt(starts, o.end) } }));
    const where = others.map((o) => `${o.text} (line ${o.range.start.line + 1})`);
    const more = where.length - Math.min(3, where.length) + (f.more ?? 0);
    const inconsistent: Inconsistency = { message: `The draft gives this quantity another value elsewhere: ${where.slice(0, 3).join(', ')}${more ? `, and ${more} more` : ''}; here it says ${c.text}.`, others };
    return { ...c, inconsistent, codes: claimCodes(c.kind, c.verdict, c.attribution?.status, true) };
  });
}

interface Credit {
  readonly attribution: Attribution;
  readonly sentence: string;
  readonly outlets: OutletSet;
}

function attributionOf(credit: Credit, status: AttributionResult['status'], message: string, saidBy: readonly string[], evidence: readonly Evidence[]): Omit<AttributionResult, 'range'> {
  const a = credit.attribution;
  return { outlet: a.outlet.publisher, text: credit.sentence.slice(a.start, a.end), start: a.start, end: a.end, status, message, saidBy, evidence };
}

/** Who states a claim: outlets by name, sources without a publisher by their short citation; each once, strongest first. */
function whoSays(outlets: OutletSet, items: readonly { readonly sentence: SourceSentence }[]): string[] {
  return [...new Set(items.map(({ sentence }) => outlets.of(sentence.source.publisher)?.publisher ?? sentence.source.publisher ?? `“${label(sentence)}”`))];
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.slice(0, 3);
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return more ? `${shown.join(', ')}${more}` : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * A credit the outlet does not bear out: it says otherwise (`against`), or only other outlets
 * state the claim (`others`). Neither: no source states it at all, `unconfirmed`.
 */
function misattribution(
  credit: Credit,
  what: string,
  against: readonly { readonly sentence: SourceSentence; readonly said: string }[],
  others: readonly SourceSentence[],
  evidence: readonly Evidence[],
): Omit<AttributionResult, 'range'> {
  const outlet = credit.attribution.outlet.publisher;
  const who = whoSays(credit.outlets, others.map((sentence) => ({ sentence })));
  const quote = what === 'these words';
  if (!against.length && !who.length) return attributionOf(credit, 'unconfirmed', `Credited to ${outlet}, but no source states ${what}.`, [], []);
  const parts: string[] = [];
  if (against.length) parts.push(`${outlet} says ${against[0]!.said} (${label(against[0]!.sentence)})`);
  if (who.length) parts.push(against.length ? `${what} is stated by ${joinNames(who)}` : `only ${joinNames(who)} ${quote ? (who.length === 1 ? 'has' : 'have') : who.length === 1 ? 'states' : 'state'} ${what}`);
  return attributionOf(credit, 'misattributed', `Credited to ${outlet}, but ${parts.join('; ')}.`, who, evidence);
}

/** When the check last gave the event loop a turn. */
interface Clock {
  since: number;
}

/** Whether the check has worked 15 ms since it last gave the event loop a turn (see `pause`). */
function due(clock: Clock): boolean {
  return Date.now() - clock.since > 15;
}

/** Gives the event loop a turn every 15 ms of work; false if the check was cancelled meanwhile. */
async function pause(clock: Clock, token: CancellationToken): Promise<boolean> {
  if (Date.now() - clock.since <= 15) return true;
  await new Promise<void>((r) => setImmediate(r));
  clock.since = Date.now();
  return !token.isCancellationRequested;
}

/** The groups a figure of the draft is compared within: of its kind, unit and rate, what it counts, else the words that introduce it ("cost $31 million"). */
function groupKeys(f: Figure): string[] {
  return [...new Set([...f.head, ...f.lead.filter((c) => !GENERIC.has(c))])].map((h) => `${f.kind}|${f.unit ?? ''}|${f.per ?? ''}|${h}`);
}

/** What a sentence's claims are read from. */
interface Framed {
  readonly tokens: readonly Token[];
  readonly figures: readonly Figure[];
  readonly frames: readonly Frame[];
}

/** A sentence's share of every claim's context, computed once for all its figures. */
interface SentenceContext {
  readonly tokens: readonly Token[];
  /** The sentence's figures. */
  readonly all: readonly Figure[];
  /** 1 for each token that is a context word: a content word outside any figure. */
  readonly isContext: Uint8Array;
  readonly context: readonly Token[];
  /** Concepts of the context words, each once, in the order written. */
  readonly concepts: readonly string[];
  readonly weightOf: (c: string) => number;
  /** Indexes into `context`, by the end of the word. */
  readonly byEnd: readonly number[];
  /** For a source figure, the figures of the sentence that state its value. */
  readonly siblings: Map<Figure, readonly Figure[]>;
}

/** Distance in tokens from a claim beyond which a context word weighs its floor (e^(-3.1) < 0.15). */
const NEAR = 30;
const FAR = Math.max(0.15, Math.exp(-(NEAR + 1) / 10));

/**
 * A "sentence" of this many tokens is a list, a table or a log (the longest sentence of the BBC
 * corpus has 138): each claim's context is the LONG_CONTEXT tokens on either side of it, so that
 * checking a figure costs what it costs in prose, however many words the line has.
 */
const LONG_SENTENCE = 1000;
const LONG_CONTEXT = 100;


/** Whether a token overlaps one of the figures: one pass over the text, then constant time per token. */
function figureCover(length: number, figures: readonly Figure[]): (t: Token) => boolean {
  const depth = new Int32Array(length + 1);
  const points: number[] = [];
  for (const f of figures) {
    if (f.end > f.start) {
      depth[f.start]!++;
      depth[f.end]!--;
    } else points.push(f.start);
  }
  // covered[i]: how many of the first i characters some figure covers.
  const covered = new Int32Array(length + 1);
  for (let i = 0, open = 0; i < length; i++) {
    open += depth[i]!;
    covered[i + 1] = covered[i]! + (open > 0 ? 1 : 0);
  }
  return (t) => covered[Math.min(t.end, length)]! - covered[Math.max(0, Math.min(t.start, length))]! > 0 || points.some((p) => t.start < p && t.end > p);
}

/** Context words within 40 characters of the claim (their end before it, or their start after it), in the order written. */
function nearContext(s: SentenceContext, claim: Figure): Token[] {
  const { context, byEnd } = s;
  const found = new Set<number>();
  // Starts within 40 of the claim's end: a run of the words, which are in order of their starts.
  let lo = 0;
  let hi = context.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (context[mid]!.start <= claim.end - 40) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < context.length && context[k]!.start < claim.end + 40; k++) found.add(k);
  // Ends within 40 of the claim's start: a run of the words by their ends.
  lo = 0;
  hi = byEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (context[byEnd[mid]!]!.end <= claim.start - 40) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < byEnd.length && context[byEnd[k]!]!.end < claim.start + 40; k++) found.add(byEnd[k]!);
  return [...found].sort((a, b) => a - b).map((k) => context[k]!);
}

/** Whether another figure of the claim's sentence states the source figure's value (it is that figure's evidence). */
function statedBySibling(s: SentenceContext, claim: Figure, source: Figure): boolean {
  let stating = s.siblings.get(source);
  if (!stating) s.siblings.set(source, (stating = s.all.filter((g) => comparable(g, source) && agreement(g, source) === 'same')));
  return stating.some((g) => g !== claim);
}
