import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze';
import { sayCoreText } from '../../../platform/i18n';
import type { AnalyzeResult } from '../../types';

// Blind QA stop 52, H1: a stenosis statement that names no cause agrees with no M99.2-M99.7 code,
// whose fourth character is site and cause together. Sentences of our own.
const run = (codes: string, note: string): AnalyzeResult =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });

describe('an M99 stenosis code beside a stenosis whose cause the note never names', () => {
  it('calls neither the bone nor the soft-tissue foraminal code supported, and asks without a code of ours', () => {
    for (const note of [
      'Impression: moderate right L5-S1 foraminal stenosis.',
      'Lumbar MRI shows severe left neural foraminal narrowing at L5-S1. Plan: PT.',
      'Assessment: L5-S1 neuroforaminal stenosis bilaterally, worse on the right.',
    ]) {
      const r = run('M99.63, M99.73', note);
      for (const v of r.verdicts ?? []) expect([v.code, v.verdict], note).toEqual([v.code, 'finding']);
      const asked = r.findings.filter((f) => f.rule === 'mechanism-unclear');
      expect(asked.map((f) => f.code).sort(), note).toEqual(['M99.63', 'M99.73']);
      for (const f of asked) {
        expect(f).toMatchObject({ severity: 'info', suggestions: [] });
        expect(f.message).toMatch(/without naming its cause/);
        if (f.messageId && f.params) expect(sayCoreText('en', f.messageId, f.params, '')).toBe(f.message);
      }
      // Not a mismatch (the code may be right), and said once: missing-documentation no longer lists the mechanism.
      expect(r.findings.filter((f) => f.rule === 'mechanism-mismatch'), note).toEqual([]);
      for (const f of r.findings.filter((x) => x.rule === 'missing-documentation')) expect(f.message).not.toMatch(/mechanism/);
    }
  });

  it('asks for a canal code too, and leaves the M48.0- advice in place', () => {
    const r = run('M99.33', 'MRI: moderate central canal stenosis at L4-5.');
    expect(r.verdicts?.find((v) => v.code === 'M99.33')?.verdict).toBe('finding');
    expect(r.findings.find((f) => f.rule === 'mechanism-unclear')?.message).toMatch(/^M99\.33 is for osseous stenosis\. The note documents/);
    expect(r.findings.some((f) => f.rule === 'classified-elsewhere')).toBe(true);
  });

  it('keeps a code whose cause the note names supported, and the other one a wrong cause', () => {
    const r = run('M99.63, M99.73', 'Right L5-S1 foraminal stenosis due to facet hypertrophy and osteophytes.');
    expect(r.verdicts?.find((v) => v.code === 'M99.63')?.verdict).toBe('supported');
    expect(r.findings.find((f) => f.rule === 'mechanism-mismatch' && f.code === 'M99.73')?.suggestions).toEqual(['M99.63']);
    expect(r.findings.filter((f) => f.rule === 'mechanism-unclear')).toEqual([]);
  });
});

// Stop 56: a ligamentum flavum after "with" names the cause (connective tissue, M99.4/M99.7).
describe('a stenosis "with ligamentum flavum hypertrophy"', () => {
  it('does not ask for a cause, and reads the ligament (and a facet beside it) as the cause', () => {
    const r = run('M99.53', 'Lumbar spinal stenosis at L4-5 with ligamentum flavum hypertrophy.');
    expect(r.findings.some((f) => f.rule === 'mechanism-unclear')).toBe(false);
    expect(r.mentions[0]?.mechanisms).toEqual(['connective-tissue']);
    const both = run('M99.43', 'Canal stenosis at L4-5 with facet and ligamentum flavum hypertrophy.');
    expect(both.mentions[0]?.mechanisms).toEqual(['osseous', 'connective-tissue']);
  });
});
