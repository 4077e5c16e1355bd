import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CodeLookup } from '../../core';
import type { CliIo } from '../command';
import { judgeRun, type LineRun } from '../input/read-lines';
import type { LinesOutcome } from './analyze-lines';
import type { WorkerReply, WorkerRequest } from './analyze-worker';
import type { VisitDefaults } from './visit-lookups';

/** A batch this small (lines, bytes) is analyzed in this thread: starting workers (each loads the core and a catalog) costs more. */
const SMALL = { lines: 256, bytes: 512 * 1024 };
/** Runs a worker holds at once: one it works on, one waiting, so it never idles for a round trip. */
const PER_WORKER = 2;
/** Runs read but not yet written, per worker: how far a fast worker may get ahead of a slow one (bounds memory). */
const AHEAD_PER_WORKER = 8;

export const defaultJobs = () => availableParallelism();

/**
 * The worker module next to this one: analyze-worker.mjs in the built CLI (dist-cli/), or the .ts
 * source when running from source (`npm run cli`, tests), where the worker first registers tsx's
 * loader: module hooks are per thread, so a worker does not inherit its parent's.
 */
function startWorker(defaults: VisitDefaults): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./analyze-worker.mjs', import.meta.url), { workerData: defaults });
  const source = new URL('./analyze-worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/index\.cjs$/, 'index.mjs');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData: defaults });
}

type Slot = { worker: Worker; holding: number };

/**
 * A fixed pool of analyze workers fed as they free up (not round-robin), so a worker that drew
 * heavy notes does not hold the others back; replies come back in any order, keyed by run id.
 */
class Pool {
  private readonly slots: Slot[] = [];

  constructor(size: number, defaults: VisitDefaults, onReply: (reply: WorkerReply) => void, onFailure: (error: Error) => void) {
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: startWorker(defaults), holding: 0 };
      slot.worker.on('message', (reply: WorkerReply) => {
        slot.holding--;
        onReply(reply);
      });
      slot.worker.on('error', onFailure);
      slot.worker.on('exit', (code) => code !== 0 && onFailure(new Error(`an analyze worker stopped (exit ${code})`)));
      this.slots.push(slot);
    }
  }

  /** The worker holding the fewest runs, if it has room for another. */
  free(): Slot | undefined {
    const slot = this.slots.reduce((a, b) => (b.holding < a.holding ? b : a));
    return slot.holding < PER_WORKER ? slot : undefined;
  }

  send(slot: Slot, request: WorkerRequest): void {
    slot.holding++;
    // The run's bytes move to the worker (no copy); judged runs (UTF-16 input) are small objects and cloned.
    slot.worker.postMessage(request, request.run.lines ? [] : [request.run.bytes.buffer as ArrayBuffer]);
  }

  close(): Promise<unknown> {
    return Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/**
 * Runs `analyze --jsonl`: reads runs of lines as they arrive, analyzes them in `jobs` worker
 * threads (or in this thread for one job or a small batch), and writes results in input order.
 * Memory stays flat: at most AHEAD_PER_WORKER runs per worker are read and not yet written, and
 * stdout's backpressure is honoured. With workers, this thread only splits lines and writes bytes:
 * it never loads the core, decodes a note or encodes a result.
 */
export async function runAnalyzeBatch(
  runs: AsyncIterable<LineRun>,
  io: CliIo,
  jobs: number,
  defaults: VisitDefaults,
  loadLookup: (version: string) => Promise<CodeLookup>,
): Promise<{ failed: boolean; errors: boolean }> {
  let failed = false;
  let errors = false;
  const write = async (outcome: Pick<LinesOutcome, 'messages' | 'failed' | 'errors'> & { out: string | Uint8Array }) => {
    failed ||= outcome.failed;
    errors ||= outcome.errors;
    for (const m of outcome.messages) io.stderr(`chartlint analyze: ${m}\n`);
    if (outcome.out.length && io.stdout(outcome.out) === false && io.drain) await io.drain();
  };
  const input = runs[Symbol.asyncIterator]();
  // Read ahead until the batch is known to be more than small, or has ended.
  const head: LineRun[] = [];
  let headLines = 0;
  let headBytes = 0;
  let ended = false;
  while (headLines <= SMALL.lines && headBytes <= SMALL.bytes) {
    const r = await input.next();
    if (r.done) {
      ended = true;
      break;
    }
    head.push(r.value);
    headLines += r.value.lines ? r.value.lines.length : countLines(r.value.bytes);
    headBytes += r.value.lines ? 0 : r.value.bytes.length;
  }
  if (head.length === 0) return { failed, errors };
  // A small batch runs here in a warm-enough process; only a long batch pays TurboFan's full cost.
  if (!ended) io.tuneJitForBatch?.();

  if (jobs <= 1 || ended) {
    const [{ analyzeLines }, { visitLookups }] = await Promise.all([import('./analyze-lines'), import('./visit-lookups')]);
    const visit = visitLookups(defaults, loadLookup);
    for (const run of head) await write(await analyzeLines(judgeRun(run), visit));
    for (let r = await input.next(); !r.done; r = await input.next()) await write(await analyzeLines(judgeRun(r.value), visit));
    return { failed, errors };
  }

  const replies = new Map<number, WorkerReply>();
  // A worker that fails never answers its runs: waiting for an answer ends with its error instead.
  let crashed: (error: Error) => void = () => undefined;
  const crash = new Promise<never>((_, reject) => (crashed = reject));
  crash.catch(() => undefined);
  let wake: (() => void) | undefined;
  const pool = new Pool(
    jobs,
    defaults,
    (reply) => {
      replies.set(reply.id, reply);
      wake?.();
    },
    (error) => {
      crashed(error);
    },
  );
  try {
    let sent = 0;
    let written = 0;
    let inputDone = false;
    const ahead = AHEAD_PER_WORKER * jobs;
    for (;;) {
      let slot: Slot | undefined;
      while (!inputDone && sent - written < ahead && (slot = pool.free())) {
        let run = head.shift();
        if (!run) {
          const r = await input.next();
          if (r.done) {
            inputDone = true;
            break;
          }
          run = r.value;
        }
        pool.send(slot, { id: sent++, run });
      }
      let reply: WorkerReply | undefined;
      let wrote = false;
      while ((reply = replies.get(written))) {
        replies.delete(written++);
        await write(reply);
        wrote = true;
      }
      if (inputDone && written === sent) break;
      // Nothing to do until a worker answers (checked synchronously above, so no answer is missed).
      if (!wrote) await Promise.race([new Promise<void>((resolve) => (wake = resolve)), crash]);
      wake = undefined;
    }
  } finally {
    await pool.close();
  }
  return { failed, errors };
}

/** Lines in a run's bytes: each "\n" ends one, and bytes after the last "\n" are one more. */
function countLines(bytes: Uint8Array): number {
  let n = 1;
  for (let nl = bytes.indexOf(0x0a); nl >= 0 && nl < bytes.length - 1; nl = bytes.indexOf(0x0a, nl + 1)) n++;
  return n;
}
