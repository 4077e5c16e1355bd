import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// QA stop 53, H1: "sciatica" was read as radiculopathy, so M54.16 was "supported" for sciatica from
// piriformis syndrome and beside a radiculopathy the note calls possible. The Index sends sciatica
// to M54.3- (M54.4- with lumbago) and only sciatica due to a disc disorder to M51.1-.
const verdict = (codes: string, note: string, code = codes.split(',')[0]?.trim() ?? '') =>
  (analyze(page(codes, note)).verdicts ?? []).find((v) => v.code === code)?.verdict;

describe('sciatica is its own reading, not radiculopathy', () => {
  it.each([
    'Impression: right sciatica from piriformis syndrome; lumbar MRI unremarkable.',
    'Lumbago with left-sided sciatica for two weeks.',
    'Sciatica, bilateral, worse with sitting.',
  ])('does not support M54.16 or M54.17: %s', (note) => {
    expect(verdict('M54.16', note)).not.toBe('supported');
    expect(verdict('M54.17', note)).not.toBe('supported');
  });

  it('supports the disc code "with radiculopathy" where the note ties the sciatica to the disc (M51.1 inclusion term)', () => {
    expect(verdict('M51.16', 'Right sciatica secondary to an L3-4 disc extrusion.')).toBe('supported');
    expect(verdict('M51.17', 'Assessment: L5-S1 disc protrusion with left sciatica.')).toBe('supported');
    // The "without" code then disagrees with the note.
    expect(verdict('M51.27', 'Assessment: L5-S1 disc protrusion with left sciatica.')).toBe('finding');
  });

  it('does not tie sciatica to a disc named elsewhere or only as possible', () => {
    expect(
      verdict('M51.26', 'L3-4 disc bulge on MRI.\nSeparately, left sciatica from piriformis tightness.'),
    ).toBe('supported');
    expect(verdict('M51.16', 'Sciatica on the right, possibly from a disc herniation at L4-5.')).not.toBe(
      'supported',
    );
  });
});

describe('an uncertain radiculopathy supports no M54.1- code outpatient (Guidelines IV.H)', () => {
  it.each([
    'Possible right L4 radiculopathy; EMG ordered.',
    'Cannot exclude early left S1 radiculopathy.',
    'R/O cervical radiculopathy C7.',
    'Lumbar radiculopathy L5, r/o.',
    'Left L5 radiculopathy?',
    'Probable right C6 radiculopathy.',
  ])('%s', (note) => {
    const code = /C\d/.test(note) ? 'M54.12' : 'M54.16';
    expect(verdict(code, note)).not.toBe('supported');
  });
});

// Stop 59, class 2: sciatica the note puts down to piriformis syndrome (a lesion of the sciatic
// nerve, G57.0-: M54.3 Excludes1) was "supported" as M54.31, sent to M51.16 beside a disc named
// elsewhere, and counted as a disc's "with radiculopathy".
const findings = (codes: string, note: string) =>
  analyze(page(codes, note)).findings.filter((f) => f.code === codes);

describe('sciatica the note puts down to the sciatic nerve or another cause outside the spine', () => {
  it('sends M54.3- and M54.4- to G57.0- by side, with the low back pain alone', () => {
    const nerve = findings(
      'M54.31',
      'Exam: tender right piriformis, SLR negative.\nAssessment: Right sciatica secondary to piriformis syndrome.',
    );
    expect(nerve.map((f) => [f.rule, f.suggestions])).toEqual([['classified-elsewhere', ['G57.01']]]);
    expect(verdict('M54.31', 'Assessment: Right sciatica secondary to piriformis syndrome.')).toBe('finding');
    expect(
      findings('M54.42', 'Low back pain. Left-sided sciatica, likely from piriformis tightness.')[0]
        ?.suggestions,
    ).toEqual(['G57.02', 'M54.50']);
    expect(
      findings('M54.30', 'Bilateral sciatica caused by sciatic nerve entrapment after hip surgery.')[0]
        ?.suggestions,
    ).toEqual(['G57.03']);
  });

  it('ties it to no disc, in its sentence or beside it', () => {
    expect(
      verdict('M51.27', 'Assessment: L5-S1 disc bulge with right sciatica due to piriformis syndrome.'),
    ).toBe('supported');
    expect(
      verdict('M51.17', 'Assessment: L5-S1 disc bulge with right sciatica due to piriformis syndrome.'),
    ).toBe('finding');
    const beside = findings(
      'M54.31',
      'Assessment:\n1. Degenerative disc disease L4-5 with axial low back pain.\n2. Right sciatica due to piriformis syndrome.',
    );
    expect(beside.some((f) => f.suggestions.some((s) => s.startsWith('M51.1')))).toBe(false);
    expect(
      verdict('M51.16', 'L4-5 disc protrusion. Left sciatica secondary to SI joint dysfunction.'),
    ).not.toBe('supported');
  });

  it('keeps a sciatica whose cause is the spine, or a trigger, the disc\u2019s', () => {
    expect(verdict('M51.16', 'Right sciatica secondary to an L3-4 disc extrusion.')).toBe('supported');
    expect(verdict('M51.17', 'Assessment: L5-S1 disc herniation with left sciatica from lifting.')).toBe(
      'supported',
    );
    expect(verdict('M54.31', 'Right sciatica, worse from sitting.')).toBe('supported');
  });
});

// Stop 59, class 3: M54.4- beside low back pain and a denied sciatica said only "not documented",
// with no code. What the note documents is low back pain alone: M54.50 (Index: Pain, low back;
// Lumbago NOS), M54.51 when it calls the pain vertebrogenic; M54.59 needs a kind the provider names.
describe('lumbago with sciatica whose note affirms the low back pain and not the sciatica', () => {
  it.each([
    ['M54.41', 'Chronic low back pain after lifting. Denies sciatica, no radiating pain.', 'M54.50'],
    ['M54.42', 'Acute low back pain, mechanical, nonradiating.', 'M54.50'],
    [
      'M54.40',
      'Vertebrogenic low back pain with Modic type 1 endplate changes at L4-5. No sciatica.',
      'M54.51',
    ],
  ])('%s: %s', (code, note, suggested) => {
    const f = findings(code, note);
    expect(f.map((x) => [x.rule, x.suggestions])).toEqual([['unsupported-code', [suggested]]]);
    expect(f[0]?.message).toContain('Pain, low back M54.50');
  });

  it('suggests nothing when the note affirms no low back pain either', () => {
    expect(findings('M54.41', 'Neck pain. Denies sciatica.')[0]?.suggestions).toEqual([]);
  });
});
