/**
 * A worker thread of `chartlint analyze --jsonl --jobs N`: loads the catalog once, then answers
 * each batch of lines the main thread sends with their output (see run-batch.ts).
 */
import { parentPort } from 'node:worker_threads';
import { loadCatalog } from '../../kb';
import type { RawLine } from '../input/read-lines';
import { analyzeLines, type LinesOutcome } from './analyze-lines';

export type WorkerRequest = { id: number; lines: RawLine[] };
export type WorkerReply = { id: number } & LinesOutcome;

const port = parentPort;
if (port) {
  const lookup = loadCatalog().then((c) => c.lookup);
  port.on('message', (request: WorkerRequest) => {
    void lookup.then((l) => {
      const reply: WorkerReply = { id: request.id, ...analyzeLines(request.lines, l) };
      port.postMessage(reply);
    });
  });
}
