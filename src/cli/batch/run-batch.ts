import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CodeLookup } from '../../core';
import type { CliIo } from '../command';
import type { RawLine } from '../input/read-lines';
import { analyzeLines, type LinesOutcome } from './analyze-lines';
import type { WorkerReply, WorkerRequest } from './analyze-worker';
import { visitLookups, type VisitDefaults } from './visit-lookups';

/** A batch sent to a worker at once: enough to amortise the message, small enough to keep memory flat. */
const CHUNK_LINES = 256;
const CHUNK_CHARS = 512 * 1024;

export const defaultJobs = () => availableParallelism();

async function* chunked(lines: AsyncIterable<RawLine>): AsyncGenerator<RawLine[]> {
  let chunk: RawLine[] = [];
  let chars = 0;
  for await (const line of lines) {
    chunk.push(line);
    chars += 'text' in line ? line.text.length : 0;
    if (chunk.length >= CHUNK_LINES || chars >= CHUNK_CHARS) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length) yield chunk;
}

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

/** A fixed pool of analyze workers; each batch goes to the least busy one. */
class Pool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly waiting = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number, defaults: VisitDefaults) {
    for (let i = 0; i < size; i++) {
      const slot = { worker: startWorker(defaults), busy: 0 };
      slot.worker.on('message', (reply: WorkerReply) => {
        slot.busy--;
        this.waiting.get(reply.id)?.resolve(reply);
        this.waiting.delete(reply.id);
      });
      slot.worker.on('error', (error) => this.failAll(error));
      slot.worker.on('exit', (code) => code !== 0 && this.failAll(new Error(`an analyze worker stopped (exit ${code})`)));
      this.workers.push(slot);
    }
  }

  private failAll(error: Error) {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  run(lines: RawLine[]): Promise<WorkerReply> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    const reply = new Promise<WorkerReply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const request: WorkerRequest = { id, lines };
      slot.worker.postMessage(request);
    });
    // Awaited in order later; mark it handled now so a worker crash is not also an unhandled rejection.
    reply.catch(() => undefined);
    return reply;
  }

  close(): Promise<unknown> {
    return Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Runs `analyze --jsonl`: reads lines as they arrive, analyzes them in `jobs` worker threads (or
 * in this thread for one job or a batch that fits one chunk), and writes results in input order.
 * Memory stays flat: at most two chunks per worker are in flight and stdout's backpressure is honoured.
 */
export async function runAnalyzeBatch(
  lines: AsyncIterable<RawLine>,
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
    if (outcome.out && io.stdout(outcome.out) === false && io.drain) await io.drain();
  };
  const chunks = chunked(lines)[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done) return { failed, errors };
  const second = await chunks.next();

  if (jobs <= 1 || second.done) {
    // Small batches are not worth starting workers (each loads a catalog).
    const visit = visitLookups(defaults, loadLookup);
    await write(await analyzeLines(first.value, visit));
    if (second.done) return { failed, errors };
    await write(await analyzeLines(second.value, visit));
    for (let c = await chunks.next(); !c.done; c = await chunks.next()) await write(await analyzeLines(c.value, visit));
    return { failed, errors };
  }

  const pool = new Pool(jobs, defaults);
  try {
    const pending: Promise<WorkerReply>[] = [pool.run(first.value), pool.run(second.value)];
    for (let c = await chunks.next(); !c.done; c = await chunks.next()) {
      pending.push(pool.run(c.value));
      while (pending.length >= jobs * 2) await write(await (pending.shift() as Promise<WorkerReply>));
    }
    while (pending.length) await write(await (pending.shift() as Promise<WorkerReply>));
  } finally {
    await pool.close();
  }
  return { failed, errors };
}
