/**
 * How the analyze bench times analyze() against its floor (one precompiled RegExp sweep of the
 * stenosis vocabulary over the same text). The ratio of the two is the target, so both sides are
 * timed the same way, and the way is chosen so the ratio holds from run to run on a shared machine.
 *
 * Why each step (measured at stop 31 on the dense 1 MB note, where the 1 MB ratio moved 7-10.5×
 * between runs of the same tree and the floor alone 20.8 → 6.1 ms between stops):
 *
 * - A forced full garbage collection before every timed batch, of either side, outside the timing
 *   (the worker runs with --expose-gc). analyze() leaves tens of MB of garbage per 1 MB call, and
 *   V8 collects it partly later: concurrent marking on helper threads, whose CPU time
 *   process.cpuUsage() counts, and incremental marking steps paid by whatever allocates next.
 *   Batches alternate, so a floor batch right after an analyze batch paid for analyze's garbage:
 *   its per-call CPU time was bimodal, 6.3-6.8 ms clean and 11-30 ms when charged (the floor
 *   allocates almost nothing of its own). With the collection first it was 6.3-7.1 ms in every
 *   one of 15 samples. analyze() still pays inside its own batch for the collections its own
 *   allocation triggers there (scavenges, and a full collection every other 1 MB call), which is
 *   part of its cost; only what was left over from before the batch is swept first.
 * - Warm-up by call count and CPU time, the same for both sides and interleaved, not by wall time:
 *   under load 300 ms of wall time was one or two 1 MB calls, while analyze() needs about ten to
 *   settle (its first 1 MB call ran 10× its settled time, the next few 3-5×, while the JIT
 *   optimises it), so unsettled calls went into the median. The floor's RegExp also tiers up (V8 runs a new
 *   RegExp in its bytecode interpreter and compiles it to machine code on a long subject) and
 *   early collections reset it a few times; warm-up covers that too.
 * - The warm-up lasts until analyze() has run a few thousand times (or 3 s of CPU at the large
 *   sizes), not only 400 ms: the functions that run once per analysis (the rules, the verdicts,
 *   the checklist) become hot only after a thousand or more calls, and with 400 ms (about 670
 *   dense 10 KB calls) V8 compiled them for the first time inside the timed batches. At stop 46
 *   (`_gc-batches.ts --trace dense-10kb 50 10`) the timed half of each batch compiled 3.9 ms of
 *   functions first-time and the first five batches ran 0.70-0.86 ms a call against 0.53-0.58 ms
 *   once settled; after 3,000 calls the timed halves compiled 0.1 ms first-time and every batch ran
 *   0.48-0.55 ms. That compiling is the JIT's start-up, which a worker analysing a day's typing
 *   pays once, not analysis work; the bench measures the settled state.
 * - The same input object for both sides (one flat string, see _synthetic-note.ts asReceived),
 *   and the floor's RegExp compiled once, outside the timing: it is "one precompiled sweep".
 * - Interleaved batches, the order swapped every round, so drift in the machine's load and any
 *   after-effect of one side on the next falls on both alike.
 * - The interquartile mean of the per-call times (the mean of the middle half), not the median:
 *   analyze's per-call time at 1 MB alternates between two values (with and without a full
 *   collection of its own garbage), and a median picks one of them depending on the sample count,
 *   while the interquartile mean takes both in proportion and still drops outliers from the load.
 *   Not the minimum: that would credit analyze() with the calls that happened to skip its own
 *   garbage collection.
 */

/**
 * One timing, per call, in milliseconds: wall-clock time, CPU time of this process (every thread:
 * the target's measure, since V8's garbage collection on helper threads is work analyze() causes),
 * and CPU time of the calling thread alone (a diagnostic: the gap between the two is mostly that
 * helper-thread collection, so it shows how much of a ratio is allocation; see threadCpuNow).
 */
export type Timing = { wallMs: number; cpuMs: number; threadMs: number };
/** Interquartile means of the samples' per-call times, and their 10th percentiles. */
export type Measured = { wallMs: number; cpuMs: number; threadMs: number; wallP10Ms: number; cpuP10Ms: number };

const collect = (() => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the analyze bench worker needs node --expose-gc (see _measure.ts)');
  return gc;
})();

const cpuNow = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * The calling thread's CPU time in ms, from Linux's scheduler statistics (nanoseconds on the CPU;
 * reading it costs 15-30 µs, nothing against a 25 ms batch). Node 20 has no per-thread CPU clock
 * (process.threadCpuUsage came in 23.9). NaN where /proc is missing. fs comes through
 * getBuiltinModule because vite bundles this file for the browser (analyze.ts), where a static
 * `node:fs` import becomes an empty stub.
 */
const threadCpuNow = (() => {
  const { readFileSync } = process.getBuiltinModule('node:fs');
  try {
    readFileSync('/proc/thread-self/schedstat', 'utf8');
  } catch {
    return () => NaN;
  }
  return () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
})();

/**
 * CPU time per batch. A batch starts after a full collection and an untimed batch (see timeBatch): at 1 KB a 5 ms batch let that start weigh on analyze() (typical 1 KB ratio 4.4×
 * against 1.8× before the collections); 25 ms spreads it.
 */
const BATCH_MS = 25;

function timeBatch(fn: () => unknown, batch: number): Timing {
  collect();
  // After the collection, one untimed batch of the same side, then the timed one. A forced full
  // collection shrinks the heap and the young generation to their live size, and the next calls
  // grow them again with extra collections, a state a running worker is never in: timed straight
  // after it, analyze() read up to twice its settled time (same tree, 2026-12-04, quiet: dense
  // 10 KB 0.61-0.68 against 0.34 ms and the slowest hostile 1 MB input 144 against 87 ms by the
  // stop-30 method). The untimed batch's garbage is this side's own, which a steady stream of calls
  // pays for too; the floor allocates almost nothing, so its timed batch stays clean.
  for (let i = 0; i < batch; i++) fn();
  const thread = threadCpuNow();
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < batch; i++) fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const threadMs = threadCpuNow() - thread;
  return { wallMs: wall / batch, cpuMs: (used.user + used.system) / 1000 / batch, threadMs: threadMs / batch };
}

const p10 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 10)] ?? NaN;

/** The mean of the middle half of the values (the quartiles' ends weighted in part when the count is not a multiple of four). */
export function interquartileMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return NaN;
  const from = n / 4;
  const to = (3 * n) / 4;
  let sum = 0;
  for (let i = Math.floor(from); i < Math.ceil(to); i++) {
    const weight = Math.min(i + 1, to) - Math.max(i, from);
    sum += (sorted[i] as number) * weight;
  }
  return sum / (to - from);
}

function summarize(samples: Timing[]): Measured {
  const wall = samples.map((s) => s.wallMs);
  const cpu = samples.map((s) => s.cpuMs);
  return { wallMs: interquartileMean(wall), cpuMs: interquartileMean(cpu), threadMs: interquartileMean(samples.map((s) => s.threadMs)), wallP10Ms: p10(wall), cpuP10Ms: p10(cpu) };
}

/**
 * Calls `a` and `b` alternately until at least `cpuMs` of CPU time has gone by and both have had
 * `minCalls` calls, or `maxCpuMs` has gone by first (CPU, not wall: on a loaded machine wall time
 * passes without the calls).
 * Returns each side's median per-call CPU time over the second half of the warm-up, to size the batches.
 */
function warmUp(a: () => unknown, b: () => unknown, minCalls: number, cpuMs: number, maxCpuMs: number): { a: number; b: number } {
  const ta: number[] = [];
  const tb: number[] = [];
  const start = cpuNow();
  // At least cpuMs; then until minCalls calls, or maxCpuMs when the calls are long (see the file comment).
  for (let calls = 0; cpuNow() - start < cpuMs || (calls < minCalls && cpuNow() - start < maxCpuMs); calls++) {
    let t = cpuNow();
    a();
    ta.push(cpuNow() - t);
    t = cpuNow();
    b();
    tb.push(cpuNow() - t);
  }
  const settled = (times: number[]) => interquartileMean(times.slice(times.length >> 1));
  return { a: settled(ta), b: settled(tb) };
}

/**
 * Times two functions over the same input in alternating batches (see the file comment): equal
 * interleaved warm-up, a full collection before every batch, batches of at least 5 ms CPU so the
 * CPU clock resolves them, the order swapped every round, interquartile means.
 */
export function measurePair(a: () => unknown, b: () => unknown, samples: number, warm = { calls: 3000, cpuMs: 400, maxCpuMs: 3000 }): { a: Measured; b: Measured } {
  const once = warmUp(a, b, warm.calls, warm.cpuMs, warm.maxCpuMs);
  const batchOf = (ms: number) => Math.max(1, Math.ceil(BATCH_MS / Math.max(ms, 0.001)));
  const batchA = batchOf(once.a);
  const batchB = batchOf(once.b);
  const ta: Timing[] = [];
  const tb: Timing[] = [];
  for (let i = 0; i < samples; i++) {
    if (i % 2 === 0) {
      ta.push(timeBatch(a, batchA));
      tb.push(timeBatch(b, batchB));
    } else {
      tb.push(timeBatch(b, batchB));
      ta.push(timeBatch(a, batchA));
    }
  }
  return { a: summarize(ta), b: summarize(tb) };
}

/** One function timed as measurePair times each of its two. */
export const measureOne = (fn: () => unknown, samples: number, warm?: { calls: number; cpuMs: number; maxCpuMs: number }): Measured => measurePair(fn, () => undefined, samples, warm).a;
