/**
 * The contract every benchmark suite in scripts/bench/ follows. `npm run bench` imports every
 * file in this folder whose name does not start with "_" and does not end in ".test.ts", calls
 * `suite.run()`, and combines the results in reports/bench.json and reports/bench.md.
 */
export type SuiteResult = {
  /** JSON-serialisable numbers, e.g. one row per input size. */
  data: unknown;
  /** A Markdown section (without the suite heading) for reports/bench.md. */
  markdown: string;
  /** Targets checked by the suite; a failed target is reported, not thrown. */
  targets: { name: string; met: boolean; detail: string }[];
};

export type BenchSuite = {
  name: string;
  description: string;
  run: () => SuiteResult | Promise<SuiteResult>;
};

/** Median of a sample (the benchmark's central statistic: robust to GC pauses). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Times `fn` `runs` times after `warmup` untimed calls; returns each run in milliseconds. */
export function sample(fn: () => unknown, runs: number, warmup = Math.min(runs, 5)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}
