import { median } from './_suite';

/** One timing: wall-clock and CPU time of this process, per call, in milliseconds. */
export type Timing = { wallMs: number; cpuMs: number };
export type Measured = { wallMs: number; cpuMs: number; wallP10Ms: number; cpuP10Ms: number };

function timeBatch(fn: () => unknown, batch: number): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < batch; i++) fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wallMs: wall / batch, cpuMs: (used.user + used.system) / 1000 / batch };
}

const p10 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 10)] ?? NaN;

function summarize(samples: Timing[]): Measured {
  const wall = samples.map((s) => s.wallMs);
  const cpu = samples.map((s) => s.cpuMs);
  return { wallMs: median(wall), cpuMs: median(cpu), wallP10Ms: p10(wall), cpuP10Ms: p10(cpu) };
}

/**
 * Times two functions alternately in batches long enough (≥ 5 ms) for the CPU clock to resolve,
 * so that load from other processes on a shared machine hits both alike. CPU time is what the code
 * costs; wall time also holds the waits for other tenants of the machine.
 */
export function measurePair(a: () => unknown, b: () => unknown, samples: number): { a: Measured; b: Measured } {
  const batchOf = (fn: () => unknown) => {
    fn();
    const once = Math.max(timeBatch(fn, 1).wallMs, 0.001);
    return Math.max(1, Math.ceil(5 / once));
  };
  const batchA = batchOf(a);
  const batchB = batchOf(b);
  const ta: Timing[] = [];
  const tb: Timing[] = [];
  for (let i = 0; i < samples; i++) {
    ta.push(timeBatch(a, batchA));
    tb.push(timeBatch(b, batchB));
  }
  return { a: summarize(ta), b: summarize(tb) };
}
