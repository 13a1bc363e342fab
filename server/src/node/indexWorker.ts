/**
 * Worker thread of the index build: analyses the documents it is sent and posts them back in parts
 * of about a megabyte of text, the next part when the build asks for it (see `buildIndex`).
 */
import { parentPort } from 'node:worker_threads';
import { analyseDocument, type AnalysedSentence, type SourceDocument, type SourceInfo } from '../core';
import { storedChars } from './indexCache';

export type WorkerRequest = { readonly analyse: readonly SourceDocument[] } | { readonly more: true };
/** Sentences of the batch's document `doc` (its index in the batch); `source` comes with its first part. */
export interface WorkerPart {
  readonly doc: number;
  readonly source?: SourceInfo;
  readonly sentences: readonly AnalysedSentence[];
}
export type WorkerReply = { readonly parts: readonly WorkerPart[]; readonly last: boolean } | { readonly error: string };

const PART_CHARS = 1 << 20;

let queue: WorkerPart[][] = [];
let at = 0;

/** The batch's analyses, cut into messages of about PART_CHARS characters. */
function cut(docs: readonly SourceDocument[]): WorkerPart[][] {
  const messages: WorkerPart[][] = [];
  let message: WorkerPart[] = [];
  let chars = 0;
  docs.forEach((d, doc) => {
    const a = analyseDocument(d);
    let from = 0;
    do {
      let to = from;
      for (; to < a.sentences.length && chars < PART_CHARS; to++) {
        chars += storedChars(a.sentences[to]!);
      }
      message.push({ doc, ...(from === 0 ? { source: a.source } : {}), sentences: a.sentences.slice(from, to) });
      from = to;
      if (chars >= PART_CHARS) {
        messages.push(message);
        message = [];
        chars = 0;
      }
    } while (from < a.sentences.length);
  });
  if (message.length) messages.push(message);
  return messages;
}

parentPort?.on('message', (m: WorkerRequest) => {
  try {
    if ('analyse' in m) {
      queue = cut(m.analyse);
      at = 0;
    }
    const parts = queue[at++] ?? [];
    parentPort!.postMessage({ parts, last: at >= queue.length } satisfies WorkerReply);
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
  }
});
