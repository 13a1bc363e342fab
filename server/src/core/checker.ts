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
import type { CancellationToken, ClaimKind, ClaimResult, Evidence, Figure, Reason, SourceSentence, Verdict } from './types';
import { noopToken } from './types';
import type { Retriever } from './index/retriever';
import { kindTerm, valueTerms } from './index/valueTerms';
import { extractFigures, describeFigure } from './extract/figures';
import { extractQuotes } from './extract/quotes';
import { sentencesOf } from './text/sentences';
import { conceptOf, contentConcepts, firstTokenFrom, tokenize, type Token } from './text/tokenize';
import { agreement, comparable } from './verify/compare';
import { bestWindow, findWords, quoteSimilarity, quoteTokens, quoteWords } from './verify/quotes';
import { lineStarts, maskMarkdown, positionAt } from './draft';
import { frameSentence, type Frame } from './frame/frame';
import { AGREES, align, valueRelation, withRivals, withSiblings, type Alignment, type ClaimContext } from './align/align';
import { directionOf, noLexicon, type Lexicon } from './align/words';
import { decide, probability, type Candidate, type Model } from './decide/decide';
import { MODEL } from './decide/model';
import { explainFigure, explainMisquote, explainQuoteSupported, explainUnsupportedQuote, hashEvidence } from './explain';

export interface CheckOptions {
  /** Check direct quotes as well as figures (default true). */
  readonly checkQuotes?: boolean;
  /** Treat the text as Markdown: skip code, link targets, front matter (default true). */
  readonly markdown?: boolean;
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
  /** Forgets cached results (call after the corpus changes). */
  clearCache(): void;
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
}

const MAX_CACHE = 5000;

/** Words that say little about what is counted on their own ("members", "people"). */
const GENERIC = new Set(['member', 'person', 'people', 'group', 'number', 'total', 'unit', 'time', 'part', 'year', 'day', 'other', 'new'].map(conceptOf));

export function createChecker(retriever: Retriever, options: CheckerOptions = {}): Checker {
  const model = options.model ?? MODEL;
  const lexicon = options.lexicon ?? noLexicon;
  const limits = options.limits ?? defaultLimits;
  const { trace, observe } = options;
  const sentenceCache = new Map<string, SentenceClaim[]>();

  async function checkSentence(text: string, checkQuotes: boolean, token: CancellationToken, clock: Clock): Promise<SentenceClaim[]> {
    const key = `${checkQuotes ? 'q' : '-'}${text}`;
    const cached = observe ? undefined : sentenceCache.get(key);
    if (cached) {
      sentenceCache.delete(key);
      sentenceCache.set(key, cached);
      return cached;
    }
    const out: SentenceClaim[] = [];
    const quotes = checkQuotes ? extractQuotes(text) : [];
    for (const q of quotes) {
      if (token.isCancellationRequested) return [];
      out.push(await verifyQuote(q.text, q.start, q.end, token));
    }
    // One tokenization of the sentence serves its figures, their frames and the claims' contexts.
    const tokens = tokenize(text);
    const figures = extractFigures(text, tokens);
    const frames = frameSentence(text, figures, undefined, tokens);
    const shared = frames.length ? await sentenceContext(text, tokens, figures) : undefined;
    for (const frame of frames) {
      // A sentence of thousands of figures still lets the editor's requests through.
      if (token.isCancellationRequested || !(await pause(clock, token))) return [];
      out.push(await verifyFigure(text, shared!, frame, token));
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

  async function verifyFigure(text: string, shared: SentenceContext, frame: Frame, token: CancellationToken): Promise<SentenceClaim> {
    const claim = frame.figure;
    const { context, concepts } = contextOf(shared, frame);
    const query = [...concepts, ...valueTerms(claim), ...valueTerms(claim), kindTerm(claim), ...claim.head];
    const hits = await retriever.search(query, limits.candidates, token);

    const found: (Alignment & { sentence: SourceSentence })[] = [];
    hits.forEach((hit, rank) => {
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
    const candidates: Candidate[] = withRivals(found).map((a) => ({ ...a, p: probability(model, a.value, a.features) }));
    observe?.({ sentence: text, claim, candidates });
    if (trace) {
      trace(`claim ${claim.kind} "${claim.text}" head=[${frame.headWords.join(' ')}] lead=[${frame.leadWords.join(' ')}] subject=[${frame.subject.join(' ')}] role=${frame.role}`);
      for (const c of candidates) trace(`  ${c.value} p=${c.p.toFixed(2)} "${c.frame.figure.text}" [${c.frame.headWords.join(' ')}|${c.frame.leadWords.join(' ')}] ${c.sentence.key}: ${c.sentence.text.slice(0, 80)}`);
    }
    const decision = decide(model, candidates);
    const explained = explainFigure(claim, decision, model);
    return { kind: claim.kind, start: claim.start, end: claim.end, text: claim.text, reading: describeFigure(claim), ...explained };
  }

  async function verifyQuote(quote: string, start: number, end: number, token: CancellationToken): Promise<SentenceClaim> {
    const words = quoteWords(quote);
    const base = { kind: 'quote' as const, start, end, text: quote };
    const hits = await retriever.search(contentConcepts(quote), limits.candidates, token);
    const verbatim = hits.filter((h) => findWords(quoteWords(h.sentence.text), words) >= 0);
    if (verbatim.length) return { ...base, ...explainQuoteSupported(quote, verbatim.map((h) => h.sentence)) };
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
    if (best && best.score >= limits.misquote && words.length >= 2) return { ...base, ...explainMisquote(quote, best.sentence, best.start, best.end) };
    return { ...base, ...explainUnsupportedQuote() };
  }

  return {
    async check(text, options = {}, token = noopToken) {
      const checkQuotes = options.checkQuotes ?? true;
      const analysed = options.markdown === false ? text : maskMarkdown(text);
      const starts = lineStarts(text);
      const results: ClaimResult[] = [];
      const clock: Clock = { since: Date.now() };
      for (const s of sentencesOf(analysed)) {
        if (token.isCancellationRequested || !(await pause(clock, token))) return [];
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
          });
        }
      }
      return token.isCancellationRequested ? [] : results;
    },
    clearCache() {
      sentenceCache.clear();
    },
  };
}

/** When the check last gave the event loop a turn. */
interface Clock {
  since: number;
}

/** Gives the event loop a turn every 15 ms of work; false if the check was cancelled meanwhile. */
async function pause(clock: Clock, token: CancellationToken): Promise<boolean> {
  if (Date.now() - clock.since <= 15) return true;
  await new Promise<void>((r) => setImmediate(r));
  clock.since = Date.now();
  return !token.isCancellationRequested;
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
