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
import { conceptOf, contentConcepts, tokenize, type Token } from './text/tokenize';
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

  async function checkSentence(text: string, checkQuotes: boolean, token: CancellationToken): Promise<SentenceClaim[]> {
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
    for (const frame of frames) {
      if (token.isCancellationRequested) return [];
      out.push(await verifyFigure(text, tokens, figures, frame, token));
    }
    out.sort((a, b) => a.start - b.start);
    if (token.isCancellationRequested) return [];
    if (sentenceCache.size >= MAX_CACHE) sentenceCache.delete(sentenceCache.keys().next().value!);
    sentenceCache.set(key, out);
    return out;
  }

  /** The claim's context: content words outside any figure, weighted by rarity and nearness. */
  async function contextOf(tokens: readonly Token[], all: readonly Figure[], frame: Frame): Promise<{ context: ClaimContext; concepts: string[] }> {
    const claim = frame.figure;
    const inFigure = (t: Token): boolean => all.some((f) => t.start < f.end && t.end > f.start);
    const context = tokens.filter((t) => !t.stop && !t.numeric && t.norm.length > 1 && !inFigure(t));
    const concepts = [...new Set(context.map((t) => t.concept))];
    const idf = await retriever.idf(concepts);
    // Rarity matters, but a word the corpus never uses weighs no more than one it uses once, and
    // common words keep some weight: a small corpus would otherwise make them worthless.
    const rarest = Math.max(1, ...idf.values());
    const weightOf = (c: string): number => Math.sqrt(Math.min(idf.get(c) ?? rarest, rarest));
    const weights = new Map<string, number>();
    const at = tokens.findIndex((t) => t.start >= claim.start);
    tokens.forEach((t, i) => {
      if (!context.includes(t)) return;
      const distance = Math.abs(i - (at < 0 ? tokens.length : at));
      const w = weightOf(t.concept) * Math.max(0.15, Math.exp(-distance / 10));
      weights.set(t.concept, Math.max(weights.get(t.concept) ?? 0, w));
    });
    const totalWeight = [...weights.values()].reduce((s, w) => s + w, 0);
    const near = new Set(context.filter((t) => Math.min(Math.abs(t.end - claim.start), Math.abs(t.start - claim.end)) < 40).map((t) => t.concept));
    const leadWeights = new Map(claim.lead.filter((c) => !GENERIC.has(c)).map((c) => [c, weightOf(c)]));
    return {
      context: { frame, weights, totalWeight, near, leadWeights, direction: directionOf(lexicon, [...frame.leadWords, ...frame.headWords]), corpusSize: Math.log10(1 + retriever.stats().sentences) },
      concepts,
    };
  }

  async function verifyFigure(text: string, tokens: readonly Token[], all: readonly Figure[], frame: Frame, token: CancellationToken): Promise<SentenceClaim> {
    const claim = frame.figure;
    const siblings = all.filter((g) => g !== claim);
    const { context, concepts } = await contextOf(tokens, all, frame);
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
        if (!AGREES.has(value) && siblings.some((g) => comparable(g, f.figure) && agreement(g, f.figure) === 'same')) return;
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
      let since = Date.now();
      for (const s of sentencesOf(analysed)) {
        if (token.isCancellationRequested) return [];
        if (Date.now() - since > 15) {
          await new Promise<void>((r) => setImmediate(r));
          since = Date.now();
          if (token.isCancellationRequested) return [];
        }
        const flat = s.text.replace(/[\r\n]/g, ' ');
        for (const c of await checkSentence(flat, checkQuotes, token)) {
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
