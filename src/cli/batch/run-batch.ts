import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CodeLookup } from '../../core';
import type { CliIo } from '../command';
import { judgeRun, type LineRun } from '../input/read-lines';
import type { analyzeLines, LinesOutcome } from './analyze-lines';
import type { WorkerReply, WorkerRequest } from './analyze-worker';
import { loadBatchCode } from './load-batch-code';
import { Utf8Lines } from './utf8-lines';
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

type AnalyzeLines = typeof analyzeLines;
type Visit = Parameters<AnalyzeLines>[1];

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

  /** The worker holding the fewest runs, if it holds fewer than `limit`. */
  free(limit: number): Slot | undefined {
    const slot = this.slots.reduce((a, b) => (b.holding < a.holding ? b : a));
    return slot.holding < limit ? slot : undefined;
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
 * Runs `analyze --jsonl`: reads runs of lines as they arrive, analyzes them in `jobs` threads
 * (this one and jobs - 1 workers; this one alone for one job or a small batch), and writes results
 * in input order. Memory stays flat: at most AHEAD_PER_WORKER runs per thread are read and not yet
 * written, and stdout's backpressure is honoured.
 *
 * Why this thread analyzes too: with only workers analysing, `--jobs 2` ran three threads on two
 * cores, this one mostly idle, and paid a third Node start-up. Counting this thread as one of the
 * jobs saves one worker's start-up and the encoding and posting of its share of results: over
 * 2.2 MiB of the bench notes 6.8% of the instructions, over 16 MiB 1.4% (cachegrind). Each
 * analysing thread still loads the core (the built CLI through the code cache of load-batch-code.ts)
 * and warms up its own JIT. This thread takes a run only
 * when every worker already holds PER_WORKER runs, so a worker never waits on it.
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
  const write = async (outcome: LinesOutcome) => {
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
  // Every batch, short or long, runs the built CLI's bundle through its code cache, which V8 takes
  // only under the flags it was made with (batch-jit.ts).
  io.tuneJitForBatch?.();

  /**
   * The line analysis for this thread: the built CLI's bundle through its code cache, as the
   * workers load it (load-batch-code.ts); the modules from source otherwise. That load is
   * synchronous, so with workers it is called once they have been started, not before.
   *
   * Why a short batch loads the bundle too: it used to import the core's ES module chunk, which V8
   * parses and compiles on every start (Node 20 keeps no code cache for ES modules), and then
   * compiled each function on its first call; the cache holds the compiled bytecode of the functions
   * a batch runs. Over the first 100 bench notes (a short batch, --jobs 1) the process ran 2.48 G
   * instructions instead of 3.81 G (cachegrind), over one note 1.44 G instead of 1.67 G. The batch's
   * V8 flags change only when and how much V8 optimises, never what the code computes.
   */
  const load = async () => {
    const bundled = loadBatchCode();
    if (bundled) return { analyzeLines: bundled.analyzeLines, visit: bundled.visitLookups(defaults, bundled.loadReleaseCodeLookup) };
    const [{ analyzeLines }, { visitLookups }] = await Promise.all([import('./analyze-lines'), import('./visit-lookups')]);
    return { analyzeLines, visit: visitLookups(defaults, loadLookup) };
  };
  if (jobs <= 1 || ended) {
    const { analyzeLines, visit } = await load();
    for (const run of head) await write(await analyzeLines(judgeRun(run), visit));
    for (let r = await input.next(); !r.done; r = await input.next()) await write(await analyzeLines(judgeRun(r.value), visit));
    return { failed, errors };
  }
  const outcomes = new Map<number, LinesOutcome>();
  /** Runs read and numbered, not yet handed to a worker or taken by this thread. */
  const ready: LineRun[] = [...head];
  let sent = 0;
  let written = 0;
  const ahead = AHEAD_PER_WORKER * jobs;
  // A worker that fails never answers its runs: waiting for an answer ends with its error instead.
  let crashed: (error: Error) => void = () => undefined;
  const crash = new Promise<never>((_, reject) => (crashed = reject));
  crash.catch(() => undefined);
  let wake: (() => void) | undefined;
  /** The input's state, changed by readMore (an object: the loop below reads what the closure set). */
  const source: { done: boolean; error?: { error: unknown } } = { done: false };
  let reading: Promise<void> | undefined;
  /**
   * Reads runs until PER_WORKER per thread are waiting (one read at a time), feeding the workers as
   * each arrives. Why it is not only a step of the loop below: this thread analyzes a run of its
   * own at a time, and the workers' answers meanwhile emptied `ready`, so a worker sat idle until
   * that run was done (a CPU profile at --jobs 2 over 16 MiB showed the worker idle for stretches of
   * 300-400 ms). analyzeHere calls it between lines. A read error ends the input and is thrown by the loop.
   */
  const readMore = async () => {
    try {
      while (!source.done && ready.length < PER_WORKER * jobs) {
        const r = await input.next();
        if (r.done) source.done = true;
        else {
          ready.push(r.value);
          feed();
        }
      }
    } catch (error) {
      source.done = true;
      source.error = { error };
    }
  };
  const topUp = (): Promise<void> => {
    // Cleared in a .finally (always a later microtask), never inside readMore, which may return at once.
    if (!reading && !source.done && ready.length < PER_WORKER * jobs) reading = readMore().finally(() => (reading = undefined));
    return reading ?? Promise.resolve();
  };
  /**
   * Hands ready runs to workers with room. Once the input has ended a worker gets a run only when it
   * holds none: a second run waiting in a worker at the end is one this thread could have analyzed,
   * and it waited idle for the worker to finish it instead (this thread answers a worker within a
   * line, so a worker that frees up barely waits for its next run).
   */
  const feed = () => {
    let slot: Slot | undefined;
    const limit = source.done ? 1 : PER_WORKER;
    while (ready.length && sent - written < ahead && (slot = pool.free(limit))) pool.send(slot, { id: sent++, run: ready.shift() as LineRun });
  };
  const pool = new Pool(
    jobs - 1,
    defaults,
    (reply) => {
      outcomes.set(reply.id, reply);
      // Refilled here, not only in the loop below, so a worker is fed while this thread analyzes.
      feed();
      wake?.();
    },
    (error) => {
      crashed(error);
    },
  );
  /** A run analyzed in this thread a line at a time, letting worker answers in between (see feed). */
  const analyzeHere = async (run: LineRun, analyzeLines: AnalyzeLines, visit: Visit): Promise<LinesOutcome> => {
    // Each line's output goes on in the run's one buffer, read once the run is done.
    const out = new Utf8Lines();
    const outcome: Omit<LinesOutcome, 'out'> = { messages: [], failed: false, errors: false };
    for (const line of judgeRun(run)) {
      const one = await analyzeLines([line], visit, out);
      outcome.messages.push(...one.messages);
      outcome.failed ||= one.failed;
      outcome.errors ||= one.errors;
      void topUp();
      await new Promise(setImmediate);
    }
    return { ...outcome, out: out.bytes() };
  };
  try {
    // The workers start loading before this thread loads the core for its own share, and hold their
    // first runs already: a worker that is ready first starts on them instead of waiting for this thread.
    feed();
    const { analyzeLines, visit } = await load();
    for (;;) {
      await topUp();
      if (source.error) throw source.error.error;
      feed();
      let outcome: LinesOutcome | undefined;
      while ((outcome = outcomes.get(written))) {
        outcomes.delete(written++);
        await write(outcome);
      }
      if (source.done && ready.length === 0 && written === sent) break;
      const run = sent - written < ahead ? ready.shift() : undefined;
      if (run) {
        // Every worker is fed: this thread analyzes the next run itself.
        const id = sent++;
        outcomes.set(id, await analyzeHere(run, analyzeLines, visit));
        continue;
      }
      // Nothing to do until a worker answers (checked synchronously above, so no answer is missed).
      await Promise.race([new Promise<void>((resolve) => (wake = resolve)), crash]);
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
