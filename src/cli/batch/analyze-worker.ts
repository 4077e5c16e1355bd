/**
 * A worker thread of `chartlint analyze --jsonl --jobs N`: answers each batch of lines the main
 * thread sends with their output (see run-batch.ts). The run's --date/--release/today come in
 * workerData; the lookup of each line's release is loaded by version on first use, at most two kept.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installCatalogTables } from '../catalog-tables';
import type { RawLine } from '../input/read-lines';
import { analyzeLines, type LinesOutcome } from './analyze-lines';
import { loadReleaseCodeLookup } from './code-lookup';
import { visitLookups, type VisitDefaults } from './visit-lookups';

export type WorkerRequest = { id: number; lines: RawLine[] };
export type WorkerReply = { id: number } & LinesOutcome;

const port = parentPort;
if (port) {
  // Each worker reads only the catalog categories its notes name (src/cli/catalog-tables.ts).
  installCatalogTables();
  const visit = visitLookups(workerData as VisitDefaults, loadReleaseCodeLookup);
  port.on('message', (request: WorkerRequest) => {
    void analyzeLines(request.lines, visit).then((outcome) => {
      const reply: WorkerReply = { id: request.id, ...outcome };
      port.postMessage(reply);
    });
  });
}
