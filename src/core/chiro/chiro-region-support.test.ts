import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { verdictWords, verdictWordsAfterTag } from '../families-read/verdict-words';
import { visitPage } from './visit-page';

const rules = (codes: string, note: string, procedures: string[] = ['98940']) =>
  analyze(visitPage(codes, note, procedures)).findings.filter(
    (f) => f.rule === 'region-mismatch' || f.rule === 'unsupported-code',
  );

describe('region-mismatch and unsupported-code on M99.0x/M99.1x', () => {
  it('suggests the documented region when the coded one has nothing', () => {
    const [f] = rules('M99.12', 'L4 subluxation with tenderness. Adjusted L4.');
    expect(f).toMatchObject({ rule: 'region-mismatch', severity: 'warning', suggestions: ['M99.13'] });
  });

  it('shows the occiput convention where it decides the finding', () => {
    const [f] = rules('M99.01', 'Occiput fixation with tenderness. Adjusted the occiput.');
    expect(f?.suggestions).toEqual(['M99.00']);
    expect(f?.message).toMatch(/occiput \(C0-C1\) is the head region for the diagnosis/);
  });

  it('is unsupported when nothing is documented, or only negated', () => {
    expect(rules('M99.13', 'Doing well. Home exercises.', [])[0]?.rule).toBe('unsupported-code');
    expect(
      rules('M99.11, M99.13', 'C5 subluxation. Adjusted C5. No adjustment to the lumbar spine today.')[0]
        ?.message,
    ).toMatch(/only as negated/);
  });

  it('records a supported comparison (never supported by default) and keeps stenosis rules off', () => {
    const result = analyze(visitPage('M99.01', 'C5 subluxation with tenderness. Adjusted C5.', ['98940']));
    expect(result.comparisons).toContainEqual(
      expect.objectContaining({ rule: 'region-mismatch', code: 'M99.01', outcome: 'supported' }),
    );
    expect(result.findings.map((f) => f.rule)).not.toContain('missing-documentation');
    expect(result.checklist.map((c) => c.id)).toEqual([
      'segment-level',
      'part',
      'xray',
      'care-type',
      'treatment-plan',
    ]);
    expect(result.chiro?.regions.map((r) => r.region)).toEqual(['cervical']);
  });

  it('gives its reason as the other rules do, without the full stop the verdict sentence adds', () => {
    // The side panel showed "M99.01: The note documents the cervical region (C5).." in English.
    for (const note of [
      'C5 subluxation with tenderness. Adjusted C5.',
      'Cervical subluxation with tenderness. Adjusted the neck.',
    ]) {
      const verdicts = analyze(visitPage('M99.01', note, ['98940'])).verdicts ?? [];
      expect(verdicts.map((v) => v.verdict)).toEqual(['supported']);
      for (const verdict of verdicts) {
        expect(verdict.reason).toMatch(/^The note documents the cervical region \([^)]+\)$/);
        expect(verdictWords(verdict)).not.toMatch(/\.\.$/);
        expect(verdictWordsAfterTag(verdict)).toMatch(/\)\.$/);
      }
    }
  });

  it('keeps the stenosis checklist when a stenosis code is entered too, and pages without chiropractic alone', () => {
    expect(
      analyze(visitPage('M99.01, M99.61', 'C5-6 foraminal stenosis due to osteophytes. Adjusted C5.'))
        .checklist[0]?.id,
    ).toBe('site');
    expect(
      analyze(visitPage('M99.61', 'C5-6 foraminal stenosis due to osteophytes.', [])).chiro,
    ).toBeUndefined();
  });
});
