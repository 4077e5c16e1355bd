import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { AnalyzeResult, FieldText } from './types';

// Robustness, not speed: the speed targets (including < 100 ms per input) are measured by
// `npm run bench` (scripts/bench/analyze.ts, robustness rows). The bound here only catches
// catastrophic regex backtracking, which takes seconds to hours, not milliseconds. It is CPU time
// of this process, not wall time, so a busy machine (other processes, other test workers) does not
// count against it; these inputs cost about a millisecond each, so the bound is 1000× that.
const CATASTROPHIC_MS = 1000;

/** CPU milliseconds this process spent running `fn` (user + system). */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const fields = (note: string, dx = 'M99.61'): FieldText[] => [
  { id: 'dx', kind: 'diagnosis', text: dx },
  { id: 'note', kind: 'note', text: note },
];

/** Every span the result carries must be exact: the field's text at its offsets. */
function expectExactSpans(input: FieldText[], result: AnalyzeResult) {
  const byId = new Map(input.map((f) => [f.id, f.text]));
  const spans = [
    ...result.codes.map((c) => c.span),
    ...result.mentions.flatMap((m) => [m.span, ...(m.trigger ? [m.trigger] : []), ...(m.mechanismEvidence ?? [])]),
    ...result.findings.flatMap((f) => f.evidence),
    ...result.checklist.flatMap((c) => c.evidence),
  ];
  for (const span of spans) expect(byId.get(span.fieldId)?.slice(span.start, span.end)).toBe(span.text);
}

/**
 * `length` code points drawn at random (seeded, so the same text every run): a third each from ASCII
 * (controls, spaces, letters, digits, punctuation), the rest of the Basic Multilingual Plane less the
 * surrogates, and the astral planes. fast-check built its 1 MB strings one code point object at a
 * time, about 3 CPU-s for this one input against a few milliseconds here; its biased draw also gave
 * almost no letters or digits (22 letters in its 1 MB), which the note's patterns act on.
 */
function randomUnicode(length: number, seed: number): string {
  let state = seed >>> 0;
  // mulberry32: a small, well-mixed 32-bit generator.
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const points: number[] = [];
  let text = '';
  for (let i = 0; i < length; i++) {
    const r = next();
    const band = r % 3;
    const x = Math.floor(r / 3);
    let point = band === 0 ? x % 0x80 : band === 1 ? 0x80 + (x % (0x10000 - 0x80 - 0x800)) : 0x10000 + (x % 0x100000);
    if (band === 1 && point >= 0xd800) point += 0x800; // past the surrogates
    points.push(point);
    if (points.length === 4096) text += String.fromCodePoint(...points.splice(0));
  }
  return text + String.fromCodePoint(...points);
}

const clinicalPieces = fc.constantFrom(
  'no ', 'No ', 'C5-', '6', 'C5-6 ', 'L4-L5', 'stenosis', 'foraminal ', 'canal ', 'narrowing', ' ', '  ', '\n', '\n\n',
  ':', '.', ',', ';', '(', ')', '1) ', '- ', 'due to ', 'disc ', 'osteophyte ', 'cannot exclude ', 'history of ',
  'normal ', 'patent', 'M99.6', 'O', 'm9961 ', 'compression ', 'cord ', 'é', '\u0000', '😀', 'is ruled out', 'b/l ',
);

describe('analyze on any input', () => {
  it('never throws and keeps every span exact for any Unicode string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ maxLength: 30 }), (note, dx) => {
        const input = fields(note, dx);
        expectExactSpans(input, analyze({ fields: input }));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never backtracks catastrophically on clinical-looking fragments', () => {
    fc.assert(
      fc.property(fc.array(clinicalPieces, { maxLength: 3000 }), (pieces) => {
        const input = fields(pieces.join(''));
        let result: AnalyzeResult | undefined;
        expect(cpuMs(() => (result = analyze({ fields: input })))).toBeLessThan(CATASTROPHIC_MS);
        expectExactSpans(input, result!);
      }),
      { numRuns: 100 },
    );
  });

  it('returns for 1 MB of random Unicode', () => {
    const note = randomUnicode(1_000_000, 7);
    let result: AnalyzeResult | undefined;
    expect(cpuMs(() => (result = analyze({ fields: fields(note) })))).toBeLessThan(CATASTROPHIC_MS * 5);
    expect(result!.codes.map((c) => c.code)).toContain('M99.61');
  });

  it('returns for 1 MB of one repeated clinical phrase with no sentence end', () => {
    const note = 'no significant canal or foraminal stenosis at C5-6 due to disc osteophyte complex and '.repeat(12_000);
    expect(() => analyze({ fields: fields(note) })).not.toThrow();
  });
});
