/** Worker thread that extracts the text of HTML, PDF and Word sources (see `extractor.ts`). */
import { parentPort } from 'node:worker_threads';
import type { ConvertedFormat } from '../core';
import { extractSource } from './formats';

interface Job {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly format: ConvertedFormat;
  readonly name: string;
}

parentPort?.on('message', (job: Job) => {
  extractSource(job.bytes, job.format, job.name).then(
    (ok) => parentPort!.postMessage({ id: job.id, ok }),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
