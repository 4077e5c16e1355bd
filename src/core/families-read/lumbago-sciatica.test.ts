import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// Stop 54: M54.5 (Low back pain) has the Excludes1 note "lumbago with sciatica (M54.4-)", and
// M54.4 codes the two together by side; M54.50 beside "lumbago with sciatica" was supported.
const sciaticaFinding = (code: string, note: string) =>
  analyze(page(code, note)).findings.find(
    (f) => f.rule === 'classified-elsewhere' && f.messageId === 'finding_family_lumbago_sciatica',
  );

describe('low back pain coded beside sciatica (Excludes1 at M54.5)', () => {
  it.each([
    ['Assessment: lumbago with sciatica, left side.', ['M54.42']],
    ['Low back pain radiating to the right leg with right-sided sciatica.', ['M54.41']],
    ['LBP with bilateral sciatica, worse with sitting.', ['M54.41', 'M54.42']],
    ['Chronic low back pain with sciatica.', ['M54.40']],
  ])('suggests M54.4- by side for "%s"', (note, codes) => {
    for (const code of ['M54.50', 'M54.59']) {
      const f = sciaticaFinding(code, note);
      expect(f, `${code}: ${note}`).toMatchObject({ severity: 'warning', suggestions: codes });
      expect(f?.sources.some((s) => /lumbago with sciatica \(M54\.4-\)/.test(s.title))).toBe(true);
    }
    expect(analyze(page('M54.50', note)).verdicts?.find((v) => v.code === 'M54.50')?.verdict).toBe('finding');
  });

  it('is info when the sciatica stands in another sentence than the back pain', () => {
    expect(
      sciaticaFinding('M54.50', 'Chronic low back pain. Plan: PT.\nAlso right sciatica since May.'),
    ).toMatchObject({ severity: 'info', suggestions: ['M54.41'] });
  });

  it('leaves sciatica denied, possible, tied to a disc, or beside another code', () => {
    expect(sciaticaFinding('M54.50', 'Low back pain without sciatica.')).toBeUndefined();
    expect(sciaticaFinding('M54.50', 'Low back pain. No sciatica.')).toBeUndefined();
    expect(sciaticaFinding('M54.50', 'Low back pain, possible sciatica; reassess.')).toBeUndefined();
    // Lumbago with sciatica due to a disc disorder is M51.1- (Excludes1 at M54.4): the disc checks say so.
    expect(
      sciaticaFinding('M54.50', 'Low back pain. L4-5 disc herniation with left sciatica.'),
    ).toBeUndefined();
    expect(sciaticaFinding('M54.2', 'Neck pain. Also left sciatica.')).toBeUndefined();
    expect(
      analyze(page('M54.50', 'Low back pain without sciatica.')).verdicts?.find((v) => v.code === 'M54.50')
        ?.verdict,
    ).toBe('supported');
  });
});
