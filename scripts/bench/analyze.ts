import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { AnalyzeBenchRows } from './_analyze-worker';
import { bundleLibrary } from './_bundle-cores';
import { tally } from './_gc-tally';
import type { BenchSuite } from './_suite';

/**
 * Bundles scripts/bench/_analyze-worker.ts (with the core, as the extension ships it) and runs it
 * in a plain `node` child: under tsx every closure of the code under test would gain a keep-names
 * wrapper call and overstate its cost.
 */
export async function runWorker(args: string[] = []): Promise<AnalyzeBenchRows> {
  const out = mkdtempSync(join(tmpdir(), 'chartlint-bench-analyze-'));
  try {
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'silent',
      build: {
        lib: { entry: new URL('./_analyze-worker.ts', import.meta.url).pathname, formats: ['es'], fileName: () => 'worker.mjs' },
        outDir: out,
        emptyOutDir: true,
        minify: false,
      },
    });
    // --expose-gc: the worker collects garbage before every timed batch (see _measure.ts).
    const json = execFileSync(process.execPath, ['--expose-gc', join(out, 'worker.mjs'), ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return JSON.parse(json) as AnalyzeBenchRows;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

type Row = AnalyzeBenchRows['typical'][number];

/** The inputs the shapes check reads (names of _profile-inputs.ts), with the calls each warms up for. */
const SHAPE_INPUTS = [
  { input: 'dense-1kb', warm: 5000 },
  { input: 'dense-10kb', warm: 3000 },
  { input: 'typical-100kb', warm: 300 },
];

/**
 * Stable object shapes (docs/architecture.md): after a warm-up, six rounds of a forced full
 * collection and 100 calls, under V8's --trace-deopt-verbose. Optimized code thrown away for
 * "weak objects" checked a shape, or held a closure, that died with an analysis: every full
 * collection then costs a recompile of it (a spread that added one field to one finding did that
 * to the rule runner and four checks at stop 45). Counted, not timed, so the load does not move it.
 */
export async function shapesCheck(): Promise<{ input: string; weak: string[]; other: string[] }[]> {
  const root = new URL('../../', import.meta.url).pathname;
  const work = mkdtempSync(join(tmpdir(), 'chartlint-bench-shapes-'));
  try {
    await bundleLibrary(root, 'src/core/index.ts', join(work, 'core'), 'core.mjs');
    await bundleLibrary(root, 'scripts/bench/_gc-batches-entry.ts', join(work, 'entry'), 'entry.mjs');
    return SHAPE_INPUTS.map(({ input, warm }) => {
      // stdbuf: V8 prints its traces through C stdio; line buffering keeps them in order with the markers.
      const args = ['-oL', process.execPath, '--expose-gc', '--trace-deopt-verbose', '--trace-opt', join(work, 'entry/entry.mjs'), join(work, 'core/core.mjs'), input, '50', '6', String(warm), 'gc'];
      const { thrown } = tally(execFileSync('stdbuf', args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 }));
      const said = [...thrown].map(([what, n]) => `${what} ×${n}`);
      return { input, weak: said.filter((s) => s.includes('(weak objects)')), other: said.filter((s) => !s.includes('(weak objects)')) };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

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
    '| size | analyze CPU ms | floor CPU ms | ratio | analyze wall ms | floor wall ms | wall ratio | analyze main-thread CPU ms | main-thread ratio | naive full-lexicon sweep, CPU ms | mentions/KB | findings |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size} | ${r.analyzeCpuMs} | ${r.floorCpuMs} | ${r.ratio} | ${r.analyzeWallMs} | ${r.floorWallMs} | ${r.wallRatio} | ${r.analyzeThreadMs} | ${r.threadRatio} | ${r.naiveFullLexiconCpuMs} | ${r.mentionsPerKb} | ${r.findings} |`,
    ),
  ].join('\n');

export const suite: BenchSuite = {
  name: 'analyze',
  description: [
    'analyze() with one diagnosis code on synthetic spine notes (scripts/bench/_synthetic-note.ts: report sentences with levels,',
    'negation, lists, all caps and codes among clinical filler), against the floor: one RegExp sweep of the stenosis lexicon over the',
    'same text. Two densities: "typical" matches the average of the MTSamples spine notes in test/corpus (about 0.5 stenosis',
    'mentions per KB); "dense" is a spine MRI findings section (about 6 per KB). Every mention costs level, context and rule work',
    'that the floor does not do, so the ratio grows with density. The core is timed as the extension ships it: bundled by vite and run by plain node.',
    'Times are interquartile means per call of interleaved batches, each after a forced garbage collection and the same warm-up for both sides (scripts/bench/_measure.ts says why); targets use CPU time, because the build machine is shared and wall time',
    'includes waiting for other processes (wall time is shown too). The main-thread columns count the calling thread alone, without V8\'s garbage collection on its helper threads: the gap to the CPU column is mostly the cost of what analyze() allocates.',
  ].join(' '),
  run: async () => {
    const { typical, dense, robustness: hostile } = await runWorker();
    const worst = Math.max(...hostile.map((r) => r.analyzeCpuMs));
    const shapes = await shapesCheck();
    const weak = shapes.flatMap((r) => r.weak.map((w) => `${r.input}: ${w}`));
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
      '| input | analyze CPU ms | analyze wall ms | mentions | characters left unread by the per-sentence anchor cap (and the table cap) |',
      '|---|---|---|---|---|',
      ...hostile.map((r) => `| ${r.input} | ${r.analyzeCpuMs} | ${r.analyzeWallMs} | ${r.mentions} | ${r.charactersUnread} |`),
      '',
      'The naive full-lexicon sweep (every word analyze() reads, context cues included, in one RegExp) is for comparison only.',
      '',
      '### stable object shapes (optimized code thrown away by a full collection)',
      '',
      'After a warm-up, six rounds of a forced full collection and 100 calls, under `--trace-deopt-verbose` (scripts/bench/_gc-batches-entry.ts). "Weak objects" is optimized code that checked a shape, or held a closure, that died with an analysis (docs/architecture.md, "Stable object shapes"); other reasons are the compiler settling on a branch it had not seen.',
      '',
      '| input | warm-up calls | thrown away: weak objects | thrown away: other reasons |',
      '|---|---|---|---|',
      ...shapes.map((r) => `| ${r.input} | ${SHAPE_INPUTS.find((i) => i.input === r.input)?.warm} | ${r.weak.join(', ') || 'none'} | ${r.other.join(', ') || 'none'} |`),
    ].join('\n');
    return {
      data: { typical, dense, robustness: hostile, shapes },
      markdown,
      targets: [
        ...targets(typical, 'typical'),
        ...targets(dense, 'dense'),
        { name: 'no hostile 1 MB input over 100 ms', met: worst <= 100, detail: `slowest ${worst.toFixed(1)} ms CPU` },
        { name: 'no optimized code thrown away for shapes that die with an analysis', met: weak.length === 0, detail: weak.join('; ') || `none in ${shapes.map((r) => r.input).join(', ')}` },
      ],
    };
  },
};
