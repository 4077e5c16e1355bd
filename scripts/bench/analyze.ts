import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { analyze as analyzeSource } from '../../src/core';
import { ANCHOR, MECHANISM_WORDS, SITE_WORDS } from '../../src/core/mentions/lexicon';
import fc from 'fast-check';
import { median, type BenchSuite } from './_suite';
import { DENSITY, syntheticNote } from './_synthetic-note';

const SIZES = [
  { size: '1 KB', bytes: 1_000, runs: 400 },
  { size: '10 KB', bytes: 10_000, runs: 200 },
  { size: '100 KB', bytes: 100_000, runs: 30 },
  { size: '1 MB', bytes: 1_000_000, runs: 7 },
];

/**
 * The floor: one RegExp sweep over the text with the same stenosis lexicon analyze() scans for
 * (narrowing and compression words, site words, mechanism words). Any scanner that finds these
 * words pays at least this; analyze() adds levels, context and rules on top.
 */
const FLOOR = new RegExp([ANCHOR.source, ...SITE_WORDS.map((s) => s.pattern.source), ...MECHANISM_WORDS.map((m) => m.pattern.source)].join('|'), 'gi');
function sweep(text: string): number {
  let count = 0;
  FLOOR.lastIndex = 0;
  while (FLOOR.exec(text) !== null) count++;
  return count;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * The core as it ships: bundled by vite like the extension, not run through tsx, whose
 * keep-names wrappers add a call to every closure and would overstate the cost.
 */
async function loadShippedCore(): Promise<typeof analyzeSource> {
  const out = mkdtempSync(join(tmpdir(), 'chartlint-bench-core-'));
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    build: { lib: { entry: new URL('../../src/core/index.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'core.js' }, outDir: out, emptyOutDir: true, minify: false },
  });
  try {
    const core = (await import(pathToFileURL(join(out, 'core.js')).href)) as { analyze: typeof analyzeSource };
    return core.analyze;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

let analyze: typeof analyzeSource;

/**
 * Times the floor and analyze() alternately, so load from other processes on a shared machine
 * hits both the same way; returns the two medians.
 */
function interleaved(text: string, run: () => unknown, runs: number): { floorMs: number; analyzeMs: number; analyzeP10Ms: number; floorP10Ms: number } {
  for (let i = 0; i < Math.min(runs, 5); i++) {
    sweep(text);
    run();
  }
  const floor: number[] = [];
  const analyzed: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    sweep(text);
    floor.push(performance.now() - t);
    t = performance.now();
    run();
    analyzed.push(performance.now() - t);
  }
  return { floorMs: median(floor), analyzeMs: median(analyzed), analyzeP10Ms: p10(analyzed), floorP10Ms: p10(floor) };
}

/** 10th percentile: what a run costs when the shared machine leaves it alone. */
function p10(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 10)] ?? NaN;
}

/** Inputs that would expose catastrophic backtracking or quadratic scans. */
function robustness() {
  const inputs = [
    { input: '1 MB random Unicode', text: fc.sample(fc.string({ unit: 'binary', minLength: 1_000_000, maxLength: 1_000_000 }), { numRuns: 1, seed: 7 })[0] ?? '' },
    { input: '1 MB run-on dictation, no punctuation', text: 'no significant canal or foraminal stenosis at C5-6 due to disc osteophyte complex and '.repeat(12_000).slice(0, 1_000_000) },
    { input: '1 MB of one repeated letter', text: 'a'.repeat(1_000_000) },
    { input: '1 MB of "C5-" repeated', text: 'C5-'.repeat(333_334).slice(0, 1_000_000) },
  ];
  return inputs.map(({ input, text }) => {
    const fields = { fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text }] };
    const { analyzeMs, floorMs, analyzeP10Ms } = interleaved(text, () => analyze(fields), 10);
    return { input, analyzeMs: round(analyzeMs), analyzeP10Ms: round(analyzeP10Ms), floorMs: round(floorMs), mentions: analyze(fields).mentions.length };
  });
}

function measure(density: keyof typeof DENSITY) {
  return SIZES.map(({ size, bytes, runs }) => {
    const text = syntheticNote(bytes, DENSITY[density]);
    const input = { fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text }] };
    const { floorMs, analyzeMs, analyzeP10Ms, floorP10Ms } = interleaved(text, () => analyze(input), runs);
    const result = analyze(input);
    return {
      density,
      size,
      bytes: text.length,
      runs,
      analyzeMs: round(analyzeMs),
      floorMs: round(floorMs),
      ratio: round(analyzeMs / floorMs),
      analyzeP10Ms: round(analyzeP10Ms),
      floorP10Ms: round(floorP10Ms),
      ratioP10: round(analyzeP10Ms / floorP10Ms),
      mentionsPerKb: round((result.mentions.length / text.length) * 1000),
      findings: result.findings.length,
    };
  });
}

function targets(rows: ReturnType<typeof measure>, label: string) {
  const at = (size: string) => rows.find((r) => r.size === size);
  const scaling = (at('1 MB')?.analyzeMs ?? NaN) / (at('100 KB')?.analyzeMs ?? NaN);
  const worst = Math.max(...rows.map((r) => r.ratio));
  const tenKb = at('10 KB')?.analyzeMs ?? Infinity;
  return [
    { name: `${label}: analyze ≤ 4× the floor at every size`, met: worst <= 4, detail: `worst ratio ${worst.toFixed(2)}` },
    { name: `${label}: 1 MB ≤ 12× the 100 KB time (linear)`, met: scaling <= 12, detail: `${scaling.toFixed(2)}×` },
    { name: `${label}: 10 KB note well under 1 ms`, met: tenKb < 0.5, detail: `${tenKb} ms (target < 0.5 ms)` },
  ];
}

const table = (rows: ReturnType<typeof measure>) =>
  [
    '| size | analyzeMs (median) | floorMs (median) | ratio | analyze p10 | floor p10 | ratio p10 | runs | mentions/KB | findings |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.analyzeMs} | ${r.floorMs} | ${r.ratio} | ${r.analyzeP10Ms} | ${r.floorP10Ms} | ${r.ratioP10} | ${r.runs} | ${r.mentionsPerKb} | ${r.findings} |`,
    ),
  ].join('\n');

export const suite: BenchSuite = {
  name: 'analyze',
  description: [
    'analyze() with one diagnosis code on synthetic spine notes (scripts/bench/_synthetic-note.ts: report sentences with levels,',
    'negation, lists, all caps and codes among clinical filler), against one RegExp sweep of the same stenosis lexicon over the',
    'same text. Two densities: "typical" matches the average of the MTSamples spine notes in test/corpus (about 0.5 stenosis',
    'mentions per KB); "dense" is a spine MRI findings section (about 6 per KB). Every mention costs level, context and rule work',
    'that the floor does not do, so the ratio grows with density. The core is timed as the extension ships it (bundled by vite).',
  ].join(' '),
  run: async () => {
    analyze = await loadShippedCore();
    const typical = measure('typical');
    const dense = measure('dense');
    const hostile = robustness();
    const worst = Math.max(...hostile.map((r) => r.analyzeMs));
    const markdown = [
      '### typical density',
      '',
      table(typical),
      '',
      '### dense (MRI report) density',
      '',
      table(dense),
      '',
      '### robustness (catastrophic backtracking, quadratic scans)',
      '',
      '| input | analyzeMs (median of 10) | analyze p10 | floorMs | mentions |',
      '|---|---|---|---|---|',
      ...hostile.map((r) => `| ${r.input} | ${r.analyzeMs} | ${r.analyzeP10Ms} | ${r.floorMs} | ${r.mentions} |`),
      '',
      'Targets are judged on medians, as the issue asks; p10 shows the cost when the shared machine is quiet.',
    ].join('\n');
    return {
      data: { typical, dense, robustness: hostile },
      markdown,
      targets: [
        ...targets(typical, 'typical'),
        ...targets(dense, 'dense'),
        { name: 'no hostile 1 MB input over 100 ms', met: worst <= 100, detail: `slowest ${worst.toFixed(1)} ms` },
      ],
    };
  },
};
