import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { analyze as analyzeSource } from '../../src/core';
import { contextRules } from '../../src/core/context/context-rules';
import { ANCHOR, CAUSAL, LATERALITY, MECHANISM_WORDS, SEVERITY, SITE_WORDS, SPINE_CONTEXT } from '../../src/core/mentions/lexicon';
import { measurePair } from './_measure';
import type { BenchSuite } from './_suite';
import { DENSITY, syntheticNote } from './_synthetic-note';

const SIZES = [
  { size: '1 KB', bytes: 1_000, samples: 40 },
  { size: '10 KB', bytes: 10_000, samples: 30 },
  { size: '100 KB', bytes: 100_000, samples: 20 },
  { size: '1 MB', bytes: 1_000_000, samples: 9 },
];

/**
 * The floor: one RegExp sweep over the text with the stenosis lexicon analyze() anchors on
 * (narrowing and compression words, site words, mechanism words). Any scanner that finds these
 * words pays at least this; analyze() adds levels, context and rules on top.
 */
const FLOOR = new RegExp([ANCHOR.source, ...SITE_WORDS.map((s) => s.pattern.source), ...MECHANISM_WORDS.map((m) => m.pattern.source)].join('|'), 'gi');

/**
 * For comparison only (no target uses it): a naive scanner with everything analyze() reads,
 * context cues included, in one RegExp. analyze() reads cues only in sentences with a stenosis word.
 */
const escape = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const cueWords = [...new Set(contextRules.map((r) => r.literal.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape);
const NAIVE = new RegExp([FLOOR.source, SEVERITY.source, LATERALITY.source, SPINE_CONTEXT.source, CAUSAL.source, `\\b(?:${cueWords.join('|')})\\b`].join('|'), 'gi');

function sweep(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/** The core as it ships: bundled by vite, not run through tsx (whose keep-names wrappers add a call to every closure). */
async function loadShippedCore(): Promise<typeof analyzeSource> {
  const out = mkdtempSync(join(tmpdir(), 'chartlint-bench-core-'));
  try {
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'silent',
      build: { lib: { entry: new URL('../../src/core/index.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'core.js' }, outDir: out, emptyOutDir: true, minify: false },
    });
    const core = (await import(pathToFileURL(join(out, 'core.js')).href)) as { analyze: typeof analyzeSource };
    return core.analyze;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const fieldsOf = (text: string) => ({ fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text }] });

function measure(analyze: typeof analyzeSource, density: keyof typeof DENSITY) {
  return SIZES.map(({ size, bytes, samples }) => {
    const text = syntheticNote(bytes, DENSITY[density]);
    const input = fieldsOf(text);
    const { a: floor, b: run } = measurePair(() => sweep(FLOOR, text), () => analyze(input), samples);
    const naive = measurePair(() => sweep(NAIVE, text), () => undefined, Math.min(samples, 9)).a;
    const result = analyze(input);
    return {
      density,
      size,
      bytes: text.length,
      samples,
      analyzeCpuMs: round(run.cpuMs),
      floorCpuMs: round(floor.cpuMs),
      ratio: round(run.cpuMs / floor.cpuMs),
      analyzeWallMs: round(run.wallMs),
      floorWallMs: round(floor.wallMs),
      wallRatio: round(run.wallMs / floor.wallMs),
      naiveFullLexiconCpuMs: round(naive.cpuMs),
      mentionsPerKb: round((result.mentions.length / text.length) * 1000),
      findings: result.findings.length,
    };
  });
}

type Row = ReturnType<typeof measure>[number];

function targets(rows: Row[], label: string) {
  const at = (size: string) => rows.find((r) => r.size === size);
  const scaling = (at('1 MB')?.analyzeCpuMs ?? NaN) / (at('100 KB')?.analyzeCpuMs ?? NaN);
  const worst = Math.max(...rows.map((r) => r.ratio));
  const tenKb = at('10 KB')?.analyzeCpuMs ?? Infinity;
  return [
    { name: `${label}: analyze ≤ 4× the floor at every size`, met: worst <= 4, detail: `ratios ${rows.map((r) => r.ratio.toFixed(2)).join(' / ')} (1 KB → 1 MB)` },
    { name: `${label}: 1 MB ≤ 12× the 100 KB time (linear)`, met: scaling <= 12, detail: `${scaling.toFixed(2)}×` },
    { name: `${label}: 10 KB note well under 1 ms`, met: tenKb < 0.5, detail: `${tenKb} ms (target < 0.5 ms)` },
  ];
}

const table = (rows: Row[]) =>
  [
    '| size | analyze CPU ms | floor CPU ms | ratio | analyze wall ms | floor wall ms | wall ratio | naive full-lexicon sweep, CPU ms | mentions/KB | findings |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.analyzeCpuMs} | ${r.floorCpuMs} | ${r.ratio} | ${r.analyzeWallMs} | ${r.floorWallMs} | ${r.wallRatio} | ${r.naiveFullLexiconCpuMs} | ${r.mentionsPerKb} | ${r.findings} |`,
    ),
  ].join('\n');

/** Inputs that would expose catastrophic backtracking or quadratic scans. */
function robustness(analyze: typeof analyzeSource) {
  const inputs = [
    { input: '1 MB random Unicode', text: fc.sample(fc.string({ unit: 'binary', minLength: 1_000_000, maxLength: 1_000_000 }), { numRuns: 1, seed: 7 })[0] ?? '' },
    { input: '1 MB run-on dictation, no punctuation', text: 'no significant canal or foraminal stenosis at C5-6 due to disc osteophyte complex and '.repeat(12_000).slice(0, 1_000_000) },
    { input: '1 MB of one repeated letter', text: 'a'.repeat(1_000_000) },
    { input: '1 MB of "C5-" repeated', text: 'C5-'.repeat(333_334).slice(0, 1_000_000) },
  ];
  return inputs.map(({ input, text }) => {
    const fields = fieldsOf(text);
    const { a: run } = measurePair(() => analyze(fields), () => undefined, 7);
    return { input, analyzeCpuMs: round(run.cpuMs), analyzeWallMs: round(run.wallMs), mentions: analyze(fields).mentions.length };
  });
}

export const suite: BenchSuite = {
  name: 'analyze',
  description: [
    'analyze() with one diagnosis code on synthetic spine notes (scripts/bench/_synthetic-note.ts: report sentences with levels,',
    'negation, lists, all caps and codes among clinical filler), against the floor: one RegExp sweep of the stenosis lexicon over the',
    'same text. Two densities: "typical" matches the average of the MTSamples spine notes in test/corpus (about 0.5 stenosis',
    'mentions per KB); "dense" is a spine MRI findings section (about 6 per KB). Every mention costs level, context and rule work',
    'that the floor does not do, so the ratio grows with density. The core is timed as the extension ships it (bundled by vite).',
    'Times are medians per call of interleaved batches; targets use CPU time, because the build machine is shared and wall time',
    'includes waiting for other processes (wall time is shown too).',
  ].join(' '),
  run: async () => {
    const analyze = await loadShippedCore();
    const typical = measure(analyze, 'typical');
    const dense = measure(analyze, 'dense');
    const hostile = robustness(analyze);
    const worst = Math.max(...hostile.map((r) => r.analyzeCpuMs));
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
      '| input | analyze CPU ms | analyze wall ms | mentions |',
      '|---|---|---|---|',
      ...hostile.map((r) => `| ${r.input} | ${r.analyzeCpuMs} | ${r.analyzeWallMs} | ${r.mentions} |`),
      '',
      'The naive full-lexicon sweep (every word analyze() reads, context cues included, in one RegExp) is for comparison only.',
    ].join('\n');
    return {
      data: { typical, dense, robustness: hostile },
      markdown,
      targets: [
        ...targets(typical, 'typical'),
        ...targets(dense, 'dense'),
        { name: 'no hostile 1 MB input over 100 ms', met: worst <= 100, detail: `slowest ${worst.toFixed(1)} ms CPU` },
      ],
    };
  },
};
