/**
 * Corroborate's engine: pure TypeScript, no editor, protocol or file-system imports. I/O comes in
 * through `CorpusReader`; retrieval through `Retriever`.
 */
export * from './types';
export { loadCorpus, parseDocument, decodeText, type CorpusReader, type CorpusEntry, type LoadResult, type LoadOptions } from './corpus/loader';
export type { Retriever, RetrievalHit } from './index/retriever';
export { MemoryIndex, documentSentences, defaultBm25, type Bm25Params, type IndexSnapshot } from './index/memoryIndex';
export { analyseDocument, decodeAnalysis, encodeAnalysis, ANALYSIS_VERSION, type AnalysedDocument, type AnalysedSentence } from './index/analysedDocument';
export { claimCodes, createChecker, defaultLimits, withConsistency, type Checker, type CheckOptions, type CheckerOptions, type DraftInconsistency, type Limits, type Observation } from './checker';
export { outletsOf, outletNames, normaliseName, governing, type Attribution, type Outlet, type OutletSet } from './attribute/attribution';
export { hashEvidence, label } from './explain';
export { decide, perSentence, probability, supportThreshold, type Candidate, type Decision, type Logistic, type Model, type Thresholds, type Tree } from './decide/decide';
export { specific } from './align/align';
export { MODEL } from './decide/model';
export { FEATURES, type FeatureName, type Features, type ValueRelation } from './align/align';
export { noLexicon, type Lexicon } from './align/words';
export { frameSentence, type Frame, type SentenceAnalysis } from './frame/frame';
export { analyseSentence } from './frame/analyse';
export { extractFigures, describeFigure, formatValue } from './extract/figures';
export { extractQuotes } from './extract/quotes';
export { sentencesOf, splitBlocks, splitSentences } from './text/sentences';
export { tokenize, conceptOf } from './text/tokenize';
export { lineStarts, positionAt, maskMarkdown } from './draft';
export { createWordKnowledge, type WordKnowledge, type WordRelation, type RelationResult, type KnowledgeOptions } from './lexicon/knowledge';
export { LexiconFormatError } from './lexicon/container';
