/**
 * The checker: finds the figures and quotes of a draft and decides, for each, what the sources
 * say about it. Works through a `Retriever`, so it never assumes the corpus is in memory.
 */
import type { CancellationToken, ClaimKind, ClaimResult, Evidence, Figure, Position, Range, SourceSentence, Verdict } from './types';
import { noopToken } from './types';
import type { Retriever } from './index/retriever';
import { kindTerm, valueTerms } from './index/valueTerms';
import { extractFigures, describeFigure, formatValue } from './extract/figures';
import { extractQuotes } from './extract/quotes';
import { sentencesOf } from './text/sentences';
import { conceptOf, contentConcepts, tokenize } from './text/tokenize';
import { agreement, comparable } from './verify/compare';
import { bestWindow, findWords, quoteSimilarity, quoteTokens, quoteWords } from './verify/quotes';
import { lineStarts, maskMarkdown, positionAt } from './draft';

export interface CheckOptions {
  /** Check direct quotes as well as figures (default true). */
  readonly checkQuotes?: boolean;
  /** Treat the text as Markdown: skip code, link targets, front matter (default true). */
  readonly markdown?: boolean;
}

export interface Thresholds {
  /** How many sentences retrieval offers for each claim. */
  readonly candidates: number;
  /** Minimum aboutness for a source figure of the same value to support a claim. */
  readonly support: number;
  /** Minimum aboutness for a source figure of another value to contradict a claim. */
  readonly conflict: number;
  /** A contradiction this close to the best support makes the claim disputed. */
  readonly disputeMargin: number;
  /** A contradiction from another source this much stronger than the best support decides a conflict. */
  readonly outweigh: number;
  /** The same, for a contradiction in a source that also supports the claim (it may speak of two facts). */
  readonly outweighSameSource: number;
  /** Quote similarity from which a different source quotation is a misquote. */
  readonly misquote: number;
}

export const defaultThresholds: Thresholds = { candidates: 40, support: 0.42, conflict: 0.55, disputeMargin: 0.5, outweigh: 0.25, outweighSameSource: 0.35, misquote: 0.5 };

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
}

interface SentenceAnalysis {
  readonly figures: readonly Figure[];
  /** Concepts of the sentence, and of what surrounds it (the sentence before, the title). */
  readonly here: ReadonlySet<string>;
  readonly around: ReadonlySet<string>;
  /** Concepts within a few words of each figure, in the order of `figures`. */
  readonly windows: readonly ReadonlySet<string>[];
}

interface Candidate {
  readonly sentence: SourceSentence;
  readonly figure: Figure;
  /** How surely the source figure speaks of the same thing as the claim, in [0, 1]. */
  readonly about: number;
  /** Share of the claim's context words the source sentence (or its surroundings) has. */
  readonly coverage: number;
  /** How well what the two figures count matches. */
  readonly head: number;
  /** Share of the words introducing the claim's figure that the source sentence has. */
  readonly predicate: number;
  readonly agrees: boolean;
  /** The source states the very value (not just one the hedges allow). */
  readonly same: boolean;
}

const MAX_CACHE = 5000;

/**
 * Creates a checker over a retriever. `trace`, when given, receives one line per candidate
 * source figure considered (for tuning and for the server's verbose log).
 */
export function createChecker(retriever: Retriever, thresholds: Thresholds = defaultThresholds, trace?: (line: string) => void): Checker {
  const sentenceCache = new Map<string, SentenceClaim[]>();
  const analysisCache = new Map<string, SentenceAnalysis>();

  /** A source sentence's figures and words, analysed once however many claims retrieve it. */
  const analyse = (s: SourceSentence): SentenceAnalysis => {
    let a = analysisCache.get(s.key);
    if (!a) {
      const figures = extractFigures(s.text);
      a = {
        figures,
        here: new Set(contentConcepts(s.text)),
        around: new Set(contentConcepts(`${s.previous ?? ''} ${s.source.title}`)),
        windows: figures.map((f) => new Set(contentConcepts(s.text.slice(Math.max(0, f.start - 35), f.end + 35)))),
      };
      if (analysisCache.size >= MAX_CACHE) analysisCache.delete(analysisCache.keys().next().value!);
      analysisCache.set(s.key, a);
    }
    return a;
  };

  async function checkSentence(text: string, checkQuotes: boolean, token: CancellationToken): Promise<SentenceClaim[]> {
    const key = `${checkQuotes ? 'q' : '-'}${text}`;
    const cached = sentenceCache.get(key);
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
    const figures = extractFigures(text);
    const tokens = tokenize(text);
    for (const f of figures) {
      if (token.isCancellationRequested) return [];
      out.push(await verifyFigure(tokens, figures, f, token));
    }
    out.sort((a, b) => a.start - b.start);
    if (token.isCancellationRequested) return [];
    if (sentenceCache.size >= MAX_CACHE) sentenceCache.delete(sentenceCache.keys().next().value!);
    sentenceCache.set(key, out);
    return out;
  }

  async function verifyFigure(
    tokens: ReturnType<typeof tokenize>,
    all: readonly Figure[],
    claim: Figure,
    token: CancellationToken,
  ): Promise<SentenceClaim> {
    // Claim context: content words of the sentence outside any figure, weighted by rarity and by
    // closeness to this figure.
    const inFigure = (t: { start: number; end: number }): boolean => all.some((f) => t.start < f.end && t.end > f.start);
    const context = tokens.filter((t) => !t.stop && !t.numeric && t.norm.length > 1 && !inFigure(t));
    const concepts = [...new Set(context.map((t) => t.concept))];
    const idf = await retriever.idf(concepts);
    // Rarity matters, but a word the corpus never uses weighs no more than one it uses once, and
    // common words keep some weight: a small corpus would otherwise make them worthless.
    const rarest = Math.max(1, ...idf.values());
    const weightOf = (c: string): number => Math.sqrt(Math.min(idf.get(c) ?? rarest, rarest));
    const weight = new Map<string, number>();
    // Words count less the further they stand from the figure: a long sentence holds several facts.
    const at = tokens.findIndex((t) => t.start >= claim.start);
    const position = new Map(tokens.map((t, i) => [t, i]));
    for (const t of context) {
      const distance = Math.abs(position.get(t)! - (at < 0 ? tokens.length : at));
      const w = weightOf(t.concept) * Math.max(0.15, Math.exp(-distance / 10));
      weight.set(t.concept, Math.max(weight.get(t.concept) ?? 0, w));
    }
    const totalWeight = [...weight.values()].reduce((s, w) => s + w, 0);
    const query = [...concepts, ...valueTerms(claim), ...valueTerms(claim), kindTerm(claim), ...claim.head];
    const hits = await retriever.search(query, thresholds.candidates, token);

    const near = new Set(context.filter((t) => Math.min(Math.abs(t.end - claim.start), Math.abs(t.start - claim.end)) < 40).map((t) => t.concept));
    const claimConcepts = new Set(concepts);
    const leadWeights = new Map(claim.lead.filter((c) => !GENERIC.has(c)).map((c) => [c, weightOf(c)]));
    const leadTotal = [...leadWeights.values()].reduce((a, b) => a + b, 0);
    // Dates and times seldom have a word of their own: the sentence around them says what they date.
    const timeLike = claim.kind === 'date' || claim.kind === 'time';
    const candidates: Candidate[] = [];
    for (const { sentence } of hits) {
      const { figures: stated, here, around, windows } = analyse(sentence);
      const figures = stated.filter((f) => comparable(claim, f));
      if (!figures.length) continue;
      let covered = 0;
      for (const [c, w] of weight) covered += here.has(c) ? w : around.has(c) ? w * 0.5 : 0;
      const coverage = totalWeight > 0 ? covered / totalWeight : 0.5;
      // The words that introduce the claim's figure ("designed for", "arrested") must be there too.
      let leadCovered = 0;
      for (const c of leadWeights.keys()) leadCovered += (here.has(c) ? 1 : around.has(c) ? 0.5 : 0) * leadWeights.get(c)!;
      const predicate = leadTotal > 0 ? leadCovered / leadTotal : 1;
      // If the sentence states the claimed value of something not clearly different, that figure
      // is the one to compare; otherwise the figure whose surroundings best match the claim's.
      let best: Candidate | null = null;
      let bestLocal = -1;
      let agreeing: Candidate | null = null;
      let agreeingLocal = -1;
      for (const f of figures) {
        const head = headScore(claim, f, here, claimConcepts, predicate);
        const agreed = agreement(claim, f);
        if (agreed === 'neutral') continue;
        const agrees = agreed !== 'different';
        const window = windows[stated.indexOf(f)]!;
        const closeness = near.size ? [...near].filter((c) => window.has(c)).length / near.size : 0;
        const local = head + 0.5 * closeness;
        const candidate = { sentence, figure: f, about: timeLike ? coverage : 0.6 * coverage + 0.4 * head, coverage, head, predicate, agrees, same: agreed === 'same' };
        if (local > bestLocal) {
          bestLocal = local;
          best = candidate;
        }
        // The very value beats one the hedges merely allow.
        const rank = local + (agreed === 'same' ? 1 : 0);
        if (agrees && head >= 0.4 && rank > agreeingLocal) {
          agreeingLocal = rank;
          agreeing = candidate;
        }
      }
      best = agreeing ?? best;
      if (best) candidates.push(best);
    }
    if (trace) {
      trace(`claim ${claim.kind} "${claim.text}" head=[${claim.head.join(' ')}] lead=[${claim.lead.join(' ')}]`);
      for (const c of candidates) trace(`  ${c.agrees ? '=' : '≠'} ${c.about.toFixed(2)} cov=${c.coverage.toFixed(2)} pred=${c.predicate.toFixed(2)} head=${c.head.toFixed(2)} "${c.figure.text}" [${c.figure.head.join(' ')}|${c.figure.lead.join(' ')}] ${c.sentence.key}: ${c.sentence.text.slice(0, 80)}`);
    }

    const precise = specific(claim);
    const supports = candidates
      .filter((c) => c.agrees && c.coverage >= (precise ? 0.1 : 0.2) && c.about >= (precise ? 0.1 : timeLike ? 0.2 : thresholds.support))
      .sort((a, b) => Number(b.same) - Number(a.same) || b.about - a.about);
    const conflicts = candidates
      .filter((c) => !c.agrees && c.coverage >= 0.35 && (timeLike || c.head >= 0.6) && c.about >= thresholds.conflict - (timeLike ? 0.1 : 0) && sameScale(claim, c.figure))
      .sort((a, b) => b.about - a.about);
    // A source that states the claimed value and another one speaks of two things, not of a
    // disagreement: only sources that give no support can dispute a claim.
    const supporting = new Set(supports.filter((c) => c.same).map((c) => c.sentence.source.id));
    const others = conflicts.filter((c) => !supporting.has(c.sentence.source.id));
    const rival = others.filter((c) => c.predicate >= 0.5 && (timeLike || c.head >= 0.8));
    const bestSupport = Math.max(0, ...supports.map((c) => c.about));
    const bestConflict = others[0]?.about ?? 0;
    const bestRival = rival[0]?.about ?? 0;
    // A contradiction far stronger than the support outweighs it; one about as strong makes the
    // claim disputed; a much weaker one is left out.
    const verdictOf = (): Verdict => {
      if (!supports.length) return conflicts.length ? 'conflict' : 'unsupported';
      if (bestConflict > bestSupport + thresholds.outweigh) return 'conflict';
      if ((conflicts[0]?.about ?? 0) > bestSupport + thresholds.outweighSameSource) return 'conflict';
      return rival.length && bestRival >= bestSupport - thresholds.disputeMargin ? 'disputed' : 'supported';
    };
    const verdict = verdictOf();
    const opposing = rival.filter((c) => c.about >= bestSupport - thresholds.disputeMargin);
    const reading = describeFigure(claim);
    const base = { kind: claim.kind, start: claim.start, end: claim.end, text: claim.text, reading };
    const says = `the draft says ${claim.text}`;

    if (verdict === 'disputed') {
      return {
        ...base,
        verdict: 'disputed',
        message: `Sources disagree: ${summarise(supports)} vs ${summarise(opposing)}; ${says}.`,
        evidence: [...supports.slice(0, 3).map((c) => evidence(c, 'supports')), ...opposing.slice(0, 3).map((c) => evidence(c, 'contradicts'))],
      };
    }
    if (verdict === 'supported') {
      return { ...base, verdict: 'supported', message: `Supported: ${summarise(supports)}.`, evidence: supports.slice(0, 5).map((c) => evidence(c, 'supports')) };
    }
    if (verdict === 'conflict') {
      return { ...base, verdict: 'conflict', message: `Sources say ${summarise(conflicts)}; ${says}.`, evidence: conflicts.slice(0, 5).map((c) => evidence(c, 'contradicts')) };
    }
    return { ...base, verdict: 'unsupported', message: `No source states this ${kindName(claim)} (${claim.text}).`, evidence: [] };
  }

  async function verifyQuote(quote: string, start: number, end: number, token: CancellationToken): Promise<SentenceClaim> {
    const words = quoteWords(quote);
    const base = { kind: 'quote' as const, start, end, text: quote };
    const hits = await retriever.search(contentConcepts(quote), thresholds.candidates, token);
    const verbatim = hits.filter((h) => findWords(quoteWords(h.sentence.text), words) >= 0);
    if (verbatim.length) {
      return {
        ...base,
        verdict: 'supported',
        message: `Quoted verbatim by ${verbatim.length === 1 ? label(verbatim[0]!.sentence) : `${label(verbatim[0]!.sentence)} and ${verbatim.length - 1} more`}.`,
        evidence: verbatim.slice(0, 5).map((h) => quoteEvidence(h.sentence, quote, 'supports')),
      };
    }
    let best: { sentence: SourceSentence; start: number; end: number; score: number } | null = null;
    for (const { sentence } of hits) {
      // Prefer the source's own quotations; else a nearly verbatim run of words in the sentence.
      for (const q of extractQuotes(sentence.text)) {
        const score = quoteSimilarity(words, quoteWords(q.text));
        if (!best || score > best.score) best = { sentence, start: q.start, end: q.end, score };
      }
      const tokens = quoteTokens(sentence.text);
      const [score, at] = bestWindow(tokens.map((t) => t.word), words);
      const discounted = score >= 0.8 ? score * 0.85 : 0;
      if (at >= 0 && discounted > (best?.score ?? 0)) {
        const last = tokens[Math.min(tokens.length, at + words.length) - 1]!;
        best = { sentence, start: tokens[at]!.start, end: last.end, score: discounted };
      }
    }
    if (best && best.score >= thresholds.misquote && words.length >= 2) {
      const said = best.sentence.text.slice(best.start, best.end);
      return {
        ...base,
        verdict: 'conflict',
        message: `Misquote? ${label(best.sentence)} has "${said}"; the draft quotes "${quote}".`,
        evidence: [citation(best.sentence, 'contradicts', best.start, best.end)],
      };
    }
    return { ...base, verdict: 'unsupported', message: `No source contains this quote.`, evidence: [] };
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
        const flat = s.text.replace(/\n/g, ' ');
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
          });
        }
      }
      return token.isCancellationRequested ? [] : results;
    },
    clearCache() {
      sentenceCache.clear();
      analysisCache.clear();
    },
  };
}

/** Words that say little about what is counted on their own ("members", "people"). */
const GENERIC = new Set(['member', 'person', 'people', 'group', 'number', 'total', 'unit', 'time', 'part', 'year', 'day', 'other', 'new'].map(conceptOf));

/** "People" covers every kind of person: inmates, troops, fans, workers... */
const PEOPLE = conceptOf('people');
const HUMAN = new Set(
  ['troop', 'inmate', 'person', 'relative', 'child', 'woman', 'man', 'criminal', 'member', 'employee', 'fan', 'victim', 'customer', 'resident', 'student', 'patient', 'voter', 'worker', 'passenger', 'migrant', 'refugee', 'guard', 'player', 'visitor', 'tourist', 'citizen', 'adult', 'teenager', 'suspect', 'protester']
    .map(conceptOf),
);

/**
 * How well what a source figure counts matches what the claim's figure counts, in [0, 1]:
 * the words after each figure ("troops", "inmates"), else the words before it in its clause.
 */
function headScore(claim: Figure, source: Figure, sentence: ReadonlySet<string>, claimContext: ReadonlySet<string>, predicate: number): number {
  let score: number;
  if (claim.head.length && source.head.length) {
    const covers = (a: readonly string[], b: readonly string[]): boolean => a.includes(PEOPLE) && b.some((x) => HUMAN.has(x));
    const shared = covers(claim.head, source.head) || covers(source.head, claim.head) ? [PEOPLE] : claim.head.filter((x) => source.head.includes(x));
    if (shared.some((x) => !GENERIC.has(x))) score = 1;
    else if (shared.length) {
      // Only a generic word in common ("members"): members of what must not differ.
      const sourceOnly = source.head.some((x) => !GENERIC.has(x) && !claimContext.has(x));
      const claimOnly = claim.head.some((x) => !GENERIC.has(x) && !sentence.has(x));
      score = sourceOnly || claimOnly ? 0.35 : 0.6;
    } else score = claim.head.some((h) => sentence.has(h)) ? 0.45 : 0.1;
  } else {
    const around = [...source.head, ...source.lead];
    if ([...claim.head, ...claim.lead].some((x) => !GENERIC.has(x) && around.includes(x))) score = 0.75;
    else if (claim.head.some((h) => sentence.has(h))) score = 0.6;
    // Neither figure names what it measures ("for 7 years"): the words that introduce the
    // claim's figure, found in the source sentence, stand in for it.
    else score = !claim.head.length && !source.head.length ? 0.4 + 0.35 * predicate : 0.4;
  }
  if (claim.role !== source.role) score *= claim.role && source.role ? 0.3 : 0.7;
  return score;
}

/**
 * A rate is not a total ("$8 a week" vs "$4 million"), and values ten times apart are seldom
 * two reports of one quantity: such a pair is no contradiction.
 */
function sameScale(a: Figure, b: Figure): boolean {
  if (a.per !== b.per) return false;
  if (a.kind === 'date' || a.kind === 'time') return true;
  const x = Math.abs(a.value);
  const y = Math.abs(b.value);
  return Math.max(x, y) < 10 * Math.max(Math.min(x, y), 1e-9);
}

/** A full date or a number with three or more significant digits rarely matches by chance. */
function specific(f: Figure): boolean {
  if (f.kind === 'date') return f.date?.day !== undefined && f.date.month !== undefined && f.date.year !== undefined;
  return !f.vague && Math.abs(f.value) / f.precision >= 100;
}

function kindName(f: Figure): string {
  return { count: 'figure', money: 'amount', percent: 'percentage', date: 'date', time: 'time', duration: 'duration', age: 'age', ordinal: 'rank', score: 'score' }[f.kind];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "AFP, 20 Sep 2023": the short citation of a source. */
export function label(s: SourceSentence): string {
  const who = s.source.publisher ?? truncate(s.source.title, 48);
  const m = s.source.date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  const when = m ? [m[3] ? String(+m[3]) : undefined, m[2] ? MONTHS[+m[2] - 1] : undefined, m[1]].filter(Boolean).join(' ') : undefined;
  return when ? `${who}, ${when}` : who;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

/** "11,000 (AFP, 20 Sep 2023, and 2 more)"; several values joined with "or". */
function summarise(cands: readonly Candidate[]): string {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = formatValue(c.figure);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()]
    .slice(0, 3)
    .map((g) => {
      const sources = [...new Map(g.map((c) => [c.sentence.source.id, c.sentence])).values()];
      const more = sources.length > 1 ? `, and ${sources.length - 1} more` : '';
      return `${g[0]!.figure.text} (${label(sources[0]!)}${more})`;
    })
    .join(' or ');
}

function evidence(c: Candidate, relation: Evidence['relation']): Evidence {
  return citation(c.sentence, relation, c.figure.start, c.figure.end);
}

function quoteEvidence(s: SourceSentence, quote: string, relation: Evidence['relation']): Evidence {
  const tokens = quoteTokens(s.text);
  const words = quoteWords(quote);
  const at = findWords(tokens.map((t) => t.word), words);
  if (at < 0) return citation(s, relation);
  return citation(s, relation, tokens[at]!.start, tokens[at + words.length - 1]!.end);
}

/** Position in the source file of an offset of a sentence's text. */
function filePosition(s: SourceSentence, offset: number): Position {
  let line = s.line;
  let lineStart = -s.character; // offset in the sentence where the file line starts
  for (const b of s.breaks ?? []) {
    if (b >= offset) break;
    line++;
    lineStart = b + 1;
  }
  return { line, character: offset - lineStart };
}

function citation(s: SourceSentence, relation: Evidence['relation'], matchStart?: number, matchEnd?: number): Evidence {
  const src = s.source;
  const span = (from: number, to: number): Range => ({ start: filePosition(s, from), end: filePosition(s, to) });
  return {
    relation,
    source: src.id,
    title: src.title,
    ...(src.publisher ? { publisher: src.publisher } : {}),
    ...(src.author ? { author: src.author } : {}),
    ...(src.date ? { date: src.date } : {}),
    file: src.file,
    line: s.line + 1,
    character: s.character,
    text: s.text,
    range: span(0, s.text.length),
    ...(matchStart !== undefined && matchEnd !== undefined
      ? { match: { text: s.text.slice(matchStart, matchEnd), start: matchStart, end: matchEnd, range: span(matchStart, matchEnd) } }
      : {}),
  };
}

/** FNV-1a over what the verdict rests on: stable across runs, changes when a source changes. */
export function hashEvidence(evidence: readonly Evidence[]): string {
  let h = 0x811c9dc5;
  const input = evidence.map((e) => `${e.relation}|${e.source}|${e.text}`).join('\n');
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
