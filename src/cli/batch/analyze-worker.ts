/**
 * A worker thread of `chartlint analyze --jsonl --jobs N`: answers each run of lines the main
 * thread sends (raw UTF-8 bytes, see read-lines.ts) with their output, already encoded as UTF-8
 * bytes (utf8-lines.ts) that it hands back as a transfer, so the main thread only writes them (see run-batch.ts).
 * The run's --date/--release/today come in workerData; the lookup of each line's release is loaded
 * by version on first use, at most two kept.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { LineRun } from '../input/read-lines';
import type { LinesOutcome } from './analyze-lines';
import { loadBatchCode } from './load-batch-code';
import type { VisitDefaults } from './visit-lookups';

export type WorkerRequest = { id: number; run: LineRun };
export type WorkerReply = { id: number } & LinesOutcome;

const port = parentPort;
if (port) {
  // The built CLI's bundle through its code cache (load-batch-code.ts), else the modules from source.
  // Each worker reads only the catalog categories its notes name (src/cli/catalog-tables.ts).
  let code = loadBatchCode();
  if (!code) {
    code = await import('./batch-code');
    code.installCatalogTables();
  }
  const { analyzeLines, judgeRun, loadReleaseCodeLookup, visitLookups } = code;
  const defaults = workerData as VisitDefaults;
  const visit = visitLookups(defaults, loadReleaseCodeLookup);
  // Load the release undated notes use while the main thread reads the first lines.
  void visit().catch(() => undefined);
  port.on('message', (request: WorkerRequest) => {
    void analyzeLines(judgeRun(request.run), visit).then(({ out, ...rest }) => {
      // The output's buffer is its own (never a slice of a shared pool), safe to transfer.
      const reply: WorkerReply = { id: request.id, out, ...rest };
      port.postMessage(reply, [out.buffer as ArrayBuffer]);
    });
  });
}
