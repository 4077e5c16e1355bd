import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';

// M53.2X- Spinal instabilities as a spine family (stop 58): the region in the dorsopathy scheme
// (M53.2X1 occipito-atlanto-axial ... M53.2X8 sacral; M53.2X9 "site unspecified" is left out, as
// M47.819), the Index's Instability, joint, spine M53.2-, and a slipped vertebra, which the Index
// codes at Spondylolisthesis, M43.1-. Sentences of our own.
const run = (code: string, note: string, setting?: 'inpatient') =>
  analyze({ ...page(code, note), ...(setting ? { setting } : {}) });
const verdict = (code: string, note: string, setting?: 'inpatient') =>
  run(code, note, setting).verdicts?.find((v) => v.code === code);
const findingsOf = (code: string, note: string) =>
  run(code, note).findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    suggestions: f.suggestions,
    messageId: f.messageId,
  }));

describe('M53.2X- spinal instability', () => {
  it.each([
    ['M53.2X6', 'Flexion-extension views: 5 mm translation, L4-L5 segmental instability.'],
    ['M53.2X1', 'Atlantoaxial instability in Down syndrome.'],
    ['M53.2X2', 'Cervical instability at C4-5 on dynamic films.'],
  ])('supported: %s "%s"', (code, note) => {
    expect(verdict(code, note)).toMatchObject({
      verdict: 'supported',
      checkedBy: expect.arrayContaining(['unsupported-code', 'region-mismatch']),
    });
  });

  it('in another region: error, with the region the note documents', () => {
    expect(findingsOf('M53.2X7', 'Flexion-extension views: L4-L5 segmental instability.')).toEqual([
      {
        rule: 'region-mismatch',
        severity: 'error',
        suggestions: ['M53.2X6'],
        messageId: 'finding_family_region',
      },
    ]);
  });

  it.each([
    ['M53.2X6', 'Flexion and extension views show no instability at L4-5.', 'negated'],
    ['M53.2X2', 'Cervical instability was ruled out on dynamic films.', 'negated'],
    ['M53.2X6', 'History of lumbar instability, fused in 2010.', 'historical'],
  ])('denied, past: %s "%s"', (code, note, word) => {
    expect(verdict(code, note)?.verdict).toBe('finding');
    expect(run(code, note).findings.find((f) => f.rule === 'unsupported-code')?.message).toMatch(
      new RegExp(`documents it only as ${word}`),
    );
  });

  it('silent, or only the instability of a joint, of gait or of the circulation: not documented, never supported', () => {
    for (const note of [
      'Chronic low back pain.',
      'No shoulder instability. Gait unstable. Hemodynamically unstable overnight, now stable.',
    ])
      expect(findingsOf('M53.2X6', note)).toEqual([
        {
          rule: 'unsupported-code',
          severity: 'warning',
          suggestions: [],
          messageId: 'finding_family_lesion_absent',
        },
      ]);
  });

  it('a spondylolisthesis and no instability: the Index codes the slip at M43.1-', () => {
    expect(findingsOf('M53.2X6', 'Grade 1 spondylolisthesis of L4 on L5. Chronic low back pain.')).toEqual([
      {
        rule: 'unsupported-code',
        severity: 'warning',
        suggestions: ['M43.16'],
        messageId: 'finding_family_slip_not_instability',
      },
    ]);
    // Instability documented beside the slip: the instability code stands.
    expect(
      verdict('M53.2X6', 'Grade 1 anterolisthesis of L4 on L5 with instability on flexion views.')?.verdict,
    ).toBe('supported');
  });

  it('counts a suspected instability as documented inpatient', () => {
    expect(verdict('M53.2X6', 'Suspected L4-5 instability.', 'inpatient')?.verdict).toBe('supported');
  });

  it('M53.2X9 (site unspecified) is not checked, and says why', () => {
    expect(verdict('M53.2X9', 'L4-5 instability.')).toMatchObject({
      verdict: 'not-checked',
      messageId: 'verdict_words_not_checked',
      params: { reason_msg: 'reason_not_checked_no_region' },
    });
  });
});
