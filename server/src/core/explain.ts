/**
 * Stage 6: the explanation. Turns a decision (which source figures support or contradict a claim,
 * and why) into the English message and the evidence list that the command line and the language
 * server show. The only module that writes prose about verdicts.
 */
import type { Evidence, Figure, Position, Range, Reason, SourceSentence, Verdict } from './types';
import { candidateKey, contributions, linkHolds, type Candidate, type Decision, type Model } from './decide/decide';
import { formatValue } from './extract/figures';
import { quoteTokens, quoteWords, findWords } from './verify/quotes';

export interface Explained {
  readonly verdict: Verdict;
  readonly message: string;
  readonly evidence: readonly Evidence[];
  readonly reasons: readonly Reason[];
}

export function explainFigure(claim: Figure, decision: Decision, model: Model): Explained {
  // A count's rate is written after what it counts ("2,500 jobs a year"), outside its text.
  const says = `the draft says ${claim.text}${claim.kind === 'count' && claim.per ? ` per ${claim.per}` : ''}`;
  const { verdict, supports, contradicts } = decision;
  const reasons = [...supports.slice(0, 1).map((c) => reason(c, 'supports', model)), ...contradicts.slice(0, 1).map((c) => reason(c, 'contradicts', model, verdict === 'disputed' ? supports : []))];
  switch (verdict) {
    case 'disputed':
      return {
        verdict,
        message: `Sources disagree: ${summarise(supports)} vs ${summarise(contradicts)}; ${says}.`,
        evidence: [...supports.slice(0, 3).map((c) => evidence(c, 'supports')), ...contradicts.slice(0, 3).map((c) => evidence(c, 'contradicts'))],
        reasons,
      };
    case 'supported':
      return { verdict, message: `Supported: ${summarise(supports)}.`, evidence: supports.slice(0, 5).map((c) => evidence(c, 'supports')), reasons };
    case 'conflict': {
      const how = contradicts[0]?.value === 'opposite' ? ' (the other way)' : contradicts[0]?.value === 'scale' ? ' (a different order of magnitude)' : '';
      return { verdict, message: `Sources say ${summarise(contradicts)}${how}; ${says}.`, evidence: contradicts.slice(0, 5).map((c) => evidence(c, 'contradicts')), reasons };
    }
    default:
      return { verdict: 'unsupported', message: `No source states this ${kindName(claim)} (${claim.text}).`, evidence: [], reasons: [] };
  }
}

function reason(c: Candidate, relation: Evidence['relation'], model: Model, supports: readonly Candidate[] = []): Reason {
  const features = (value: Candidate['value'], f: Candidate['features']): Reason['features'] => contributions(model, value, f).map((x) => ({ feature: x.feature, value: round(x.value), weight: round(x.weight) }));
  // The support through which the rival disputes the claim, when that is stronger than the rival alone.
  const bySupport = new Map(supports.map((s) => [candidateKey(s), s] as const));
  let link: Reason['link'];
  let strength = c.p;
  for (const l of c.links ?? []) {
    const s = bySupport.get(l.to);
    if (!s || !linkHolds(l) || s.p * l.p <= strength) continue;
    strength = s.p * l.p;
    link = { source: s.sentence.source.id, figure: s.frame.figure.text, probability: round(l.p), features: features(l.value, l.features) };
  }
  return {
    relation,
    source: c.sentence.source.id,
    figure: c.frame.figure.text,
    probability: Math.round(c.p * 1000) / 1000,
    value: c.value,
    features: features(c.value, c.features),
    ...(link ? { link } : {}),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function explainQuoteSupported(quote: string, sentences: readonly SourceSentence[]): Explained {
  const first = sentences[0]!;
  return {
    verdict: 'supported',
    message: `Quoted verbatim by ${sentences.length === 1 ? label(first) : `${label(first)} and ${sentences.length - 1} more`}.`,
    evidence: sentences.slice(0, 5).map((s) => quoteEvidence(s, quote, 'supports')),
    reasons: [],
  };
}

export function explainMisquote(quote: string, sentence: SourceSentence, start: number, end: number): Explained {
  const said = sentence.text.slice(start, end);
  return {
    verdict: 'conflict',
    message: `Misquote? ${label(sentence)} has "${said}"; the draft quotes "${quote}".`,
    evidence: [citation(sentence, 'contradicts', start, end)],
    reasons: [],
  };
}

export function explainUnsupportedQuote(): Explained {
  return { verdict: 'unsupported', message: 'No source contains this quote.', evidence: [], reasons: [] };
}

function kindName(f: Figure): string {
  const names: Record<string, string> = { count: 'figure', money: 'amount', percent: 'percentage', date: 'date', time: 'time', duration: 'duration', age: 'age', ordinal: 'rank', score: 'score' };
  return names[f.kind] ?? 'figure';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "AFP, 20 Sep 2023": the short citation of a source. */
export function label(s: SourceSentence): string {
  const who = s.source.publisher ?? truncate(s.source.title, 48);
  const m = s.source.date?.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  const when = m ? [m[3] ? String(+m[3]) : undefined, m[2] ? MONTHS[+m[2] - 1] : undefined, m[1]].filter(Boolean).join(' ') : undefined;
  const where = partLabel(s);
  return [who, when, where].filter(Boolean).join(', ');
}

/** "p. 3" for a sentence of a PDF, "para. 12" for one of a Word document; undefined otherwise. */
export function partLabel(s: Pick<SourceSentence, 'part' | 'source'>): string | undefined {
  if (!s.part) return undefined;
  if (s.source.format === 'pdf') return `p. ${s.part}`;
  if (s.source.format === 'docx') return `para. ${s.part}`;
  return undefined;
}

/** The page or paragraph of a sentence, as evidence carries it. */
function partOf(s: SourceSentence): { page?: number; paragraph?: number } {
  if (!s.part) return {};
  if (s.source.format === 'pdf') return { page: s.part };
  if (s.source.format === 'docx') return { paragraph: s.part };
  return {};
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`;
}

/** "11,000 (AFP, 20 Sep 2023, and 2 more)"; several values joined with "or". */
function summarise(cands: readonly Candidate[]): string {
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    const k = formatValue(c.frame.figure);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()]
    .slice(0, 3)
    .map((g) => {
      const sources = [...new Map(g.map((c) => [c.sentence.source.id, c.sentence])).values()];
      const more = sources.length > 1 ? `, and ${sources.length - 1} more` : '';
      return `${g[0]!.frame.figure.text} (${label(sources[0]!)}${more})`;
    })
    .join(' or ');
}

function evidence(c: Candidate, relation: Evidence['relation']): Evidence {
  return citation(c.sentence, relation, c.frame.figure.start, c.frame.figure.end);
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
  if (s.origins) {
    // Extracted text: the last piece that starts at or before the offset says where it is.
    let j = 0;
    while (j + 3 < s.origins.length && s.origins[j + 3]! <= offset) j += 3;
    return { line: s.origins[j + 1]!, character: s.origins[j + 2]! + offset - s.origins[j]! };
  }
  let line = s.line;
  let lineStart = -s.character; // offset in the sentence where the file line starts
  for (const b of s.breaks ?? []) {
    if (b >= offset) break;
    line++;
    lineStart = b + 1;
  }
  return { line, character: offset - lineStart };
}

export function citation(s: SourceSentence, relation: Evidence['relation'], matchStart?: number, matchEnd?: number): Evidence {
  const src = s.source;
  // An end is placed just after the character before it: in extracted text the next piece may be elsewhere.
  const endOf = (to: number, from: number): Position => {
    if (!s.origins || to <= from) return filePosition(s, to);
    const last = filePosition(s, to - 1);
    return { line: last.line, character: last.character + 1 };
  };
  const span = (from: number, to: number): Range => ({ start: filePosition(s, from), end: endOf(to, from) });
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
    ...partOf(s),
    text: s.text,
    range: span(0, s.text.length),
    ...(matchStart !== undefined && matchEnd !== undefined
      ? { match: { text: s.text.slice(matchStart, matchEnd), start: matchStart, end: matchEnd, range: span(matchStart, matchEnd) } }
      : {}),
  };
}

/** FNV-1a over what the verdict rests on: stable across runs, changes when a source changes. */
export function hashEvidence(evidence: readonly Evidence[]): string {
  let known = evidenceHashes.get(evidence);
  if (known === undefined) evidenceHashes.set(evidence, (known = computeHash(evidence)));
  return known;
}

/** Hashes by evidence list: a draft's claims keep their lists from check to check, and are hashed again at each. */
const evidenceHashes = new WeakMap<readonly Evidence[], string>();

function computeHash(evidence: readonly Evidence[]): string {
  let h = 0x811c9dc5;
  const input = evidence.map((e) => `${e.relation}|${e.source}|${e.text}`).join('\n');
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
