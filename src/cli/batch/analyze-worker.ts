/**
 * A worker thread of `chartlint analyze --jsonl --jobs N`: loads the code lookup once, then answers
 * each batch of lines the main thread sends with their output (see run-batch.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { RawLine } from '../input/read-lines';
import { analyzeLines, type LinesOutcome } from './analyze-lines';
import { loadCodeLookup } from './code-lookup';

export type WorkerRequest = { id: number; lines: RawLine[] };
export type WorkerReply = { id: number } & LinesOutcome;

const port = parentPort;
if (port) {
  const lookup = loadCodeLookup();
  port.on('message', (request: WorkerRequest) => {
    void lookup.then((l) => {
      const reply: WorkerReply = { id: request.id, ...analyzeLines(request.lines, l) };
      port.postMessage(reply);
    });
  });
}
