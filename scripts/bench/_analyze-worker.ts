/**
 * The analyze benchmark's measuring half. scripts/bench/analyze.ts bundles this file with vite
 * (core included, as the extension ships it) and runs it in a plain `node` child process, so no
 * TypeScript loader wraps the code under test; it prints its rows as JSON on stdout.
 */
import fc from 'fast-check';
import { analyze } from '../../src/core';
import { contextRules } from '../../src/core/context/context-rules';
import { ANCHOR, CAUSAL, LATERALITY, MECHANISM_WORDS, SEVERITY, SITE_WORDS, SPINE_CONTEXT } from '../../src/core/mentions/lexicon';
import { measureOne, measurePair } from './_measure';
import { asReceived, DENSITY, syntheticNote, variedRunOn } from './_synthetic-note';

const SIZES = [
  { size: '1 KB', bytes: 1_000, samples: 40 },
  { size: '10 KB', bytes: 10_000, samples: 30 },
  { size: '100 KB', bytes: 100_000, samples: 20 },
  { size: '1 MB', bytes: 1_000_000, samples: 15 },
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
const fieldsOf = (text: string) => ({ fields: [{ id: 'dx', kind: 'diagnosis' as const, text: 'M99.61' }, { id: 'note', kind: 'note' as const, text }] });

function measure(density: keyof typeof DENSITY) {
  return SIZES.map(({ size, bytes, samples }) => {
    const text = syntheticNote(bytes, DENSITY[density]);
    const input = fieldsOf(text);
    // The same text object for both sides, the floor's RegExp compiled once (module level), equal
    // interleaved warm-up inside measurePair: see _measure.ts for why each.
    const { a: floor, b: run } = measurePair(() => sweep(FLOOR, text), () => analyze(input), samples);
    const naive = measureOne(() => sweep(NAIVE, text), Math.min(samples, 9));
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
      // Diagnostic, not the target: the calling thread's CPU only (see Timing in _measure.ts).
      analyzeThreadMs: round(run.threadMs),
      threadRatio: round(run.threadMs / floor.threadMs),
      naiveFullLexiconCpuMs: round(naive.cpuMs),
      mentionsPerKb: round((result.mentions.length / text.length) * 1000),
      findings: result.findings.length,
    };
  });
}

/** Inputs that would expose catastrophic backtracking or quadratic scans. */
function robustness() {
  const inputs = [
    { input: '1 MB random Unicode', text: fc.sample(fc.string({ unit: 'binary', minLength: 1_000_000, maxLength: 1_000_000 }), { numRuns: 1, seed: 7 })[0] ?? '' },
    { input: '1 MB of "stenosis," repeated', text: asReceived('stenosis,'.repeat(111_112).slice(0, 1_000_000)) },
    { input: '1 MB of "stenosis " repeated', text: asReceived('stenosis '.repeat(111_112).slice(0, 1_000_000)) },
    { input: '1 MB of "non-compressive " repeated', text: asReceived('non-compressive '.repeat(62_500).slice(0, 1_000_000)) },
    { input: '1 MB of dense MRI findings', text: syntheticNote(1_000_000, DENSITY.dense, 7) },
    { input: '1 MB run-on dictation, no punctuation', text: asReceived('no significant canal or foraminal stenosis at C5-6 due to disc osteophyte complex and '.repeat(12_000).slice(0, 1_000_000)) },
    { input: '1 MB run-on dictation, every phrase varied', text: variedRunOn(1_000_000) },
    { input: '1 MB of one repeated letter', text: asReceived('a'.repeat(1_000_000)) },
    { input: '1 MB of "C5-" repeated', text: asReceived('C5-'.repeat(333_334).slice(0, 1_000_000)) },
    // Read since stop 43: a site label's answer list, and grades with their narrowing word left out.
    { input: '1 MB of a label\'s answer list', text: asReceived('Neural foramina: L4-5 mild, '.repeat(35_715).slice(0, 1_000_000)) },
    { input: '1 MB of "mild at L4-5, " repeated', text: asReceived('mild at L4-5, '.repeat(71_429).slice(0, 1_000_000)) },
    { input: '1 MB of table rows under a site header', text: asReceived(('LEVEL | CANAL | RIGHT NF | LEFT NF\n' + 'L4-5 | severe | mild | normal\n'.repeat(20)).repeat(1_600).slice(0, 1_000_000)) },
  ];
  return inputs.map(({ input, text }) => {
    const fields = fieldsOf(text);
    const run = measureOne(() => analyze(fields), 7);
    const result = analyze(fields);
    return { input, analyzeCpuMs: round(run.cpuMs), analyzeWallMs: round(run.wallMs), mentions: result.mentions.length, charactersUnread: result.limits?.charactersUnread ?? 0 };
  });
}

export type AnalyzeBenchRows = { typical: ReturnType<typeof measure>; dense: ReturnType<typeof measure>; robustness: ReturnType<typeof robustness> };

// `node worker.mjs hostile|dense|typical` measures one part only (a quick check while working on it).
const only = process.argv[2];
const rows: AnalyzeBenchRows = {
  typical: only === undefined || only === 'typical' ? measure('typical') : [],
  dense: only === undefined || only === 'dense' ? measure('dense') : [],
  robustness: only === undefined || only === 'hostile' ? robustness() : [],
};
process.stdout.write(JSON.stringify(rows));
