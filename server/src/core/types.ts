/**
 * Types shared by every part of the engine. Nothing here knows about editors, protocols or files
 * on disk: offsets are JS string (UTF-16) offsets, lines and characters are 0-based.
 */

/** A source document of the corpus, as the loader produced it. */
export interface SourceDocument {
  /** Stable identifier (front matter `id`, else derived from the file name). */
  readonly id: string;
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when the source gives one. */
  readonly date?: string;
  /** Path of the file, as the corpus reader named it. */
  readonly file: string;
  /** The indexed text (the body, without front matter). */
  readonly text: string;
  /** 0-based line of the file on which `text` starts. */
  readonly bodyLine: number;
  /** The format the text was extracted from; absent for Markdown and plain text, read as they are. */
  readonly format?: ConvertedFormat;
  /** For extracted text: where each of its lines is in what the user opens (`bodyLine` is then 0). */
  readonly origin?: SourceOrigin;
}

/** Source formats whose text is extracted (outside the core) before it is indexed. */
export type ConvertedFormat = 'html' | 'pdf' | 'docx';

/**
 * Where an extracted text is: in the file itself for HTML, in the extracted text as the editor
 * shows it for PDF and Word (those files are not text).
 */
export interface SourceOrigin {
  /**
   * Triples (offset in the text, 0-based line, UTF-16 column), by offset, the first at offset 0:
   * from each offset on, the text runs on from that line and column, until the next triple.
   */
  readonly map: readonly number[];
  /** Pairs (offset in the text, 1-based page of a PDF or paragraph of a Word file), by offset. */
  readonly parts?: readonly number[];
}

/** What a citation needs to know about a source; stored with every indexed sentence. */
export type SourceInfo = Omit<SourceDocument, 'text' | 'bodyLine' | 'origin'>;

/** One sentence of a source document, the unit the index retrieves. */
export interface SourceSentence {
  /** Unique key within the index: `${docId}#${ordinal}`. */
  readonly key: string;
  readonly source: SourceInfo;
  readonly text: string;
  /** 0-based line in the source file where the sentence starts. */
  readonly line: number;
  /** 0-based UTF-16 column on that line. */
  readonly character: number;
  /** Text of the sentence before it in the same document (context for pronouns), if any. */
  readonly previous?: string;
  /**
   * Offsets in `text` where the file breaks the line (the break itself reads as a space in
   * `text`), so that any offset of the sentence maps back to a line and column of the file.
   */
  readonly breaks?: readonly number[];
  /**
   * For extracted text, where its pieces are: triples (offset in `text`, line, column), the first
   * at offset 0 (`line` and `character`), as in `SourceOrigin.map`.
   */
  readonly origins?: readonly number[];
  /** The 1-based page (PDF) or paragraph (Word) the sentence starts in. */
  readonly part?: number;
}

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/**
 * `ordinal`: a rank ("18th", "third-largest"), its value the rank. `score`: a pair of results
 * ("4-0", "21-17"), its value a*1000+b, the pair in `Figure.score`.
 */
export type FigureKind = 'count' | 'money' | 'percent' | 'date' | 'time' | 'duration' | 'age' | 'ordinal' | 'score';
export type ClaimKind = FigureKind | 'quote';

/** Calendar components of a date figure; any may be missing ("September 20", "2014"). */
export interface DateParts {
  readonly year?: number;
  /** Reporting quarter, 1–4 ("Q3", "third quarter"). */
  readonly quarter?: number;
  readonly month?: number;
  readonly day?: number;
  /** First year of a decade ("the 1990s" → 1990), for a date that names only its decade. */
  readonly decade?: number;
  /** Day of the week, 1 (Monday) to 7 (Sunday): "on Tuesday", "Thursday 14 May". */
  readonly weekday?: number;
}

/**
 * A figure found in text. `lo`..`hi` is the interval of values it allows once its hedge and its
 * own precision are taken into account; `value` is the number as written.
 */
export interface Figure {
  readonly kind: FigureKind;
  /** Offsets within the text that was analysed. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly lo: number;
  readonly hi: number;
  /** Size of the last significant digit as written ("11,000" → 1000): rounding tolerance. */
  readonly precision: number;
  /** Written rounded by nature ("1.2 million", "eleven thousand"): may stand for a more precise value. */
  readonly rounded: boolean;
  /** True when the figure is vague by itself ("dozens", "a decade", "hundreds"). */
  readonly vague: boolean;
  /** Hedge word(s) in front of it, normalised ("about", "more than"...). */
  readonly hedge?: string;
  /** Currency code for money, base unit for durations ("minute"), "%" for percentages. */
  readonly unit?: string;
  /** "week", "year"... for rates such as "$8 a week". */
  readonly per?: string;
  readonly date?: DateParts;
  /** The two numbers of a score, as written ("3-1" → [3, 1]). */
  readonly score?: readonly number[];
  /** Concept keys of what the figure counts or measures ("inmate", "sentence"...). */
  readonly head: readonly string[];
  /** Concept keys of the content words before the figure in its clause ("founded", "paid"). */
  readonly lead: readonly string[];
  /** "part" for X in "X of Y", "whole" for Y. */
  readonly role?: 'part' | 'whole';
}

/** A direct quotation in the draft or in a source. */
export interface Quote {
  readonly start: number;
  readonly end: number;
  /** The words inside the quotation marks. */
  readonly text: string;
}

export type Verdict = 'supported' | 'conflict' | 'disputed' | 'unsupported';

/** One source sentence offered as evidence for or against a claim. */
export interface Evidence {
  readonly relation: 'supports' | 'contradicts';
  readonly source: string;
  readonly title: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly date?: string;
  readonly file: string;
  /** 1-based line in the source file, as editors and compilers print it. */
  readonly line: number;
  /** 0-based UTF-16 column of the sentence on that line. */
  readonly character: number;
  /** The 1-based page of a PDF source the sentence is on. */
  readonly page?: number;
  /** The 1-based paragraph of a Word source the sentence is in. */
  readonly paragraph?: number;
  /** The sentence, verbatim. */
  readonly text: string;
  /** Where the sentence is in the source file (0-based, as editors count). */
  readonly range: Range;
  /** The figure or words in `text` that the claim was compared with, where they are in it and in the file. */
  readonly match?: { readonly text: string; readonly start: number; readonly end: number; readonly range: Range };
}

/** Why a verdict was reached: the deciding source figure and the features that weighed most. */
export interface Reason {
  readonly relation: Evidence['relation'];
  readonly source: string;
  /** The source figure, as written. */
  readonly figure: string;
  /** Probability that it is a value of the same quantity as the claim's figure. */
  readonly probability: number;
  /** How the values stand: same, compatible, different, scale, opposite. */
  readonly value: string;
  readonly features: readonly { readonly feature: string; readonly value: number; readonly weight: number }[];
  /**
   * A rival that disputes the claim through a support (see `disputeStrength`): the supporting
   * figure it was linked to, the link's probability and the features that weighed most in it.
   */
  readonly link?: { readonly source: string; readonly figure: string; readonly probability: number; readonly features: readonly { readonly feature: string; readonly value: number; readonly weight: number }[] };
}

/**
 * The codes a claim raises, one per diagnostic: its verdict's (`conflict`, `misquote`, `disputed`,
 * `unsupported-figure`, `unsupported-quote`; none when supported), `misattributed` and
 * `inconsistent`.
 */
export type ClaimCode = 'conflict' | 'misquote' | 'disputed' | 'unsupported-figure' | 'unsupported-quote' | 'misattributed' | 'inconsistent';

/** A claim the draft credits to an outlet ("according to AFP"), and whether that outlet says it. */
export interface AttributionResult {
  /** The outlet, as the corpus's metadata names it. */
  readonly outlet: string;
  /** The phrase that credits it, as written ("according to AFP"), and where it is in the draft. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  /**
   * `confirmed`: a source of that outlet states the claim. `misattributed`: only other outlets
   * state it, or the outlet says otherwise. `unconfirmed`: no source states it at all.
   */
  readonly status: 'confirmed' | 'misattributed' | 'unconfirmed';
  readonly message: string;
  /** Who does state the claim (outlets, or titles of sources without one). */
  readonly saidBy: readonly string[];
  /** The sentences the status rests on: the outlet's own (supporting or contradicting), then the others'. */
  readonly evidence: readonly Evidence[];
}

/** Another place in the same draft where it gives the same quantity another value. */
export interface DraftPlace {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly text: string;
}

export interface Inconsistency {
  readonly message: string;
  readonly others: readonly DraftPlace[];
}

/** A checked claim: a figure or quote of the draft with its verdict. */
export interface ClaimResult {
  readonly kind: ClaimKind;
  readonly text: string;
  /** Offsets in the draft. */
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly verdict: Verdict;
  readonly message: string;
  /** How the engine read the figure, e.g. "about 6,000 (5,400–6,600)". */
  readonly reading?: string;
  readonly evidence: readonly Evidence[];
  /** Stable hash of the evidence the verdict rests on (for "accept as checked"). */
  readonly evidenceHash: string;
  /** Why: the deciding source figures, their probability and the features that weighed most. */
  readonly reasons?: readonly Reason[];
  /** Every diagnostic code the claim raises (see ClaimCode); empty for a supported claim with nothing else to say. */
  readonly codes: readonly ClaimCode[];
  /** When the draft credits the claim to an outlet of the corpus. */
  readonly attribution?: AttributionResult;
  /** When the draft gives the same quantity another value elsewhere. */
  readonly inconsistent?: Inconsistency;
}

/** Structural cancellation token: compatible with the LSP one. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const noopToken: CancellationToken = Object.freeze({ isCancellationRequested: false });

/** Injected logger: the core never writes to a console itself. */
export interface Logger {
  warn(message: string): void;
  info(message: string): void;
}

export const nulLogger: Logger = { warn: () => undefined, info: () => undefined };
