/**
 * Corroborate's engine: pure TypeScript, no editor, protocol or file-system imports. I/O comes in
 * through `CorpusReader`; retrieval through `Retriever`.
 */
export * from './types';
export { loadCorpus, loadSource, parseDocument, convertedDocument, decodeText, decodingWarnings, kindOf, SOURCE_EXTENSIONS, type CorpusReader, type CorpusEntry, type LoadedFiles, type LoadResult, type LoadOptions, type ConvertedSource, type SourceConverter, type SourceKind } from './corpus/loader';
export type { Retriever, RetrievalHit } from './index/retriever';
export { MemoryIndex, documentSentences, defaultBm25, type Bm25Params, type IndexSnapshot } from './index/memoryIndex';
export { analyseDocument, decodeAnalysis, encodeAnalysis, inMemory, isStored, sentenceAt, sentenceCount, withSource, ANALYSIS_VERSION, type AnalysedDocument, type AnalysedSentence, type IndexedDocument, type StoredDocument } from './index/analysedDocument';
export { claimCodes, createChecker, defaultLimits, withConsistency, type Checker, type CheckOptions, type CheckerOptions, type DraftInconsistency, type Limits, type Observation } from './checker';
export { outletsOf, outletNames, normaliseName, governing, type Attribution, type Outlet, type OutletSet } from './attribute/attribution';
export { hashEvidence, label, partLabel } from './explain';
export { candidateKey, decide, disputeStrength, perSentence, probability, supportThreshold, type Candidate, type Decision, type Link, type Logistic, type Model, type Thresholds, type Tree } from './decide/decide';
export { specific } from './align/align';
export { MODEL } from './decide/model';
export { FEATURES, type FeatureName, type Features, type ValueRelation } from './align/align';
export { noLexicon, type Lexicon } from './align/words';
export { frameSentence, type Frame, type SentenceAnalysis } from './frame/frame';
export { analyseSentence } from './frame/analyse';
export { extractFigures, describeFigure, formatValue } from './extract/figures';
export { extractQuotes } from './extract/quotes';
export { draftSentencesOf, sentencesOf, splitBlocks, splitSentences } from './text/sentences';
export { tokenize, conceptOf, contentConcepts, exportConceptMemo, importConceptMemo, conceptMemoChanges } from './text/tokenize';
export { lineStarts, positionAt, maskMarkdown } from './draft';
export { createWordKnowledge, exportKnowledgeMemo, importKnowledgeMemo, knowledgeMemoChanges, type KnowledgeMemo, type WordKnowledge, type WordRelation, type RelationResult, type KnowledgeOptions } from './lexicon/knowledge';
export { LexiconFormatError } from './lexicon/container';
export { parseConfig, publisherAliases, CONFIG_FILES, CONFIG_SEVERITIES, MAX_CONFIG_BYTES, type ProjectConfig, type ConfigProblem, type ConfigSeverity, type ParsedConfig, type SeverityVerdict } from './config';
export { pathMatcher, segmentRegExp } from './glob';
export { findSuppressions, claimCode, disableNextLineComment, type ClaimCode, type Suppressions, type Directive, type SuppressionProblem } from './suppress';
export { normaliseSentence, sentenceFinder } from './claimKey';
