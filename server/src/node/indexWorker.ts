/** Worker thread of the index build: analyses the documents it is sent and posts them back. */
import { parentPort } from 'node:worker_threads';
import { analyseDocument, type SourceDocument } from '../core';

parentPort?.on('message', (docs: SourceDocument[]) => {
  try {
    parentPort!.postMessage({ ok: docs.map((d) => analyseDocument(d)) });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
