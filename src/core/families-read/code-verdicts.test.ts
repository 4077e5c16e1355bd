import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { allClear } from './code-verdicts';

const verdicts = (codes: string, note: string) => analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: codes }, { id: 'note', kind: 'note', text: note }] }).verdicts ?? [];

describe('code verdicts', () => {
  it('never calls a code supported that nothing compared (the issue: M99.01 with an empty note)', () => {
    // Since the chiropractic rules, a note is compared with M99.01 and found wanting when it
    // documents nothing at the region; an empty one is no note read, so nothing is compared.
    const [v] = verdicts('M99.01', 'Follow-up visit.');
    expect(v).toMatchObject({ code: 'M99.01', verdict: 'finding', checkedBy: ['unsupported-code'] });
    const [empty] = verdicts('M99.01', '');
    expect(empty).toMatchObject({ code: 'M99.01', verdict: 'not-checked', checkedBy: [], reason: 'no note text was read, so nothing was compared with M99.01' });
    const [other] = verdicts('M47.819', 'Spondylosis, no radiculopathy or myelopathy.');
    expect(other).toMatchObject({ code: 'M47.819', verdict: 'not-checked', checkedBy: [] });
    expect(allClear(verdicts('M99.01', ''))).toBeUndefined();
  });

  it('says a code outside the families is not checked, in words', () => {
    const [v] = verdicts('E11.9', 'Lumbar canal stenosis at L4-5.');
    expect(v?.verdict).toBe('not-checked');
    expect(v?.reason).toMatch(/E11\.9 is outside the spine families ChartLint reads/);
  });

  it('gives a finding, not an all-clear, for lumbar stenosis coded against a cervical-only MRI', () => {
    const [v] = verdicts('M48.061', 'MRI cervical spine: C5-6 central canal stenosis.');
    expect(v?.verdict).toBe('finding');
  });

  it('supports a code only with the evidence and the rules that compared it, and the all-clear names them', () => {
    const list = verdicts('M48.062', 'L4-5 severe central canal stenosis with neurogenic claudication.');
    expect(list[0]).toMatchObject({ verdict: 'supported' });
    expect(list[0]?.checkedBy).toEqual(expect.arrayContaining(['unsupported-code', 'region-mismatch', 'qualifier-mismatch']));
    expect(list[0]?.evidence.map((s) => s.text)).toEqual(expect.arrayContaining(['neurogenic claudication']));
    expect(allClear(list)).toMatch(/M48\.062 \(.*region.*\)/);
  });

  it('reads advice (an info classified-elsewhere) as neither support nor disagreement', () => {
    // The note documents the radiculopathy M54.12 names; the unlinked spondylosis (no level: not
    // linked by the root's level either) only brings advice.
    const note = 'Cervical spine: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing. Left C6 radiculopathy.';
    const [v] = verdicts('M54.12', note);
    expect(v).toMatchObject({ code: 'M54.12', verdict: 'supported' });
    expect(v?.reason).not.toMatch(/nothing in the note/);
    const advice = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M54.12' }, { id: 'note', kind: 'note', text: note }] }).findings.find((f) => f.rule === 'classified-elsewhere');
    expect(advice).toMatchObject({ severity: 'info', suggestions: ['M47.22'] });
    // Linked in one sentence the Excludes1 is a warning, and the verdict a finding.
    expect(verdicts('M54.12', 'C5-6 disc herniation with left C6 radiculopathy.')[0]?.verdict).toBe('finding');
    // So it is linked by level: the C6 root exits at C5-C6 (check-family-code.test.ts).
    expect(verdicts('M54.12', 'C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing. Left C6 radiculopathy.')[0]?.verdict).toBe('finding');
  });

  it('withholds the all-clear when one code of several was not checked', () => {
    const list = verdicts('M48.062, I10', 'L4-5 severe central canal stenosis with neurogenic claudication. Hypertension.');
    expect(list.map((v) => v.verdict)).toEqual(['supported', 'not-checked']);
    expect(allClear(list)).toBeUndefined();
  });

  it('supports an M99 stenosis code only when a mention matches site, region and mechanism', () => {
    expect(verdicts('M99.61', 'C5-6 foraminal stenosis due to osteophytes.')[0]?.verdict).toBe('supported');
    expect(verdicts('M99.61', 'C5-6 central canal stenosis due to osteophytes.')[0]?.verdict).toBe('finding');
  });

  it('says a mechanism matches only when a supporting statement names one (an MRI\'s "foraminal narrowing" names no cause)', () => {
    // No cause named: the cause, half of the fourth character, is asked, not taken as agreeing
    // (blind QA stop 52, H1; before, "supported ... matches the code's site and region").
    const [v] = verdicts('M99.63', 'L5-S1: Facet hypertrophy. No central stenosis. Mild bilateral foraminal narrowing.');
    expect(v?.verdict).toBe('finding');
    expect(v?.reason).toMatch(/^M99\.63 is for osseous or subluxation stenosis\. The note documents foraminal stenosis, L5-S1, without naming its cause/);
    // With a cause named, the mechanism is compared and said to match.
    const [named] = verdicts('M99.63', 'L5-S1: Mild bilateral foraminal narrowing due to facet hypertrophy.');
    expect(named?.reason).toMatch(/matches the code's site, region, and mechanism$/);
    expect(named?.checkedBy).toContain('mechanism-mismatch');
  });

  it('says once what the note documents and which of the code\'s axes it matches, in English and in the template', () => {
    // Two mentions, one extending the other, each compared by three rules: the review found the
    // descriptions said six times ("X; X, osseous matches the code's site; X; X, osseous matches…").
    const [v] = verdicts('M99.61', 'Foraminal stenosis C5-C6, osseous. Osteophyte narrowing the foramen at C5-C6.');
    expect(v?.reason).toBe("the note documents foraminal stenosis, C5-C6, osseous, which matches the code's site, region, and mechanism");
    expect(JSON.parse(v?.params?.reasons_msgs ?? '[]')).toEqual([
      { id: 'reason_axes', params: { documented_desc: '@site_foramen;C5-C6;@mech_osseous', axes_terms: 'axis_site|axis_region|axis_mechanism' } },
    ]);
  });
});

describe('the reason a family header is not checked (blind QA, stop 46)', () => {
  it('says a header of a family (M54.5, a header since FY2022) is compared by its complete codes, not that it is outside the families', () => {
    const reasons = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M54.5, M47.011, M51.A0' }, { id: 'n', kind: 'note', text: 'Low back pain for two weeks.' }] }).verdicts?.map((v) => [v.code, v.reason, v.params?.reason_msg]);
    expect(reasons).toEqual([
      ['M54.5', "ChartLint compares the complete codes of M54.5's family, not M54.5 itself (a category header, or a code of another release)", 'reason_not_checked_family_header'],
      // Complete codes of the same categories that no family reads keep their reason.
      ['M47.011', 'M47.011 is a spine code outside the families ChartLint reads (M43.1, M47, M48.0, M50, M51, M53.2X, M54.1/M54.2/M54.3/M54.4/M54.5, M99)', 'reason_not_checked_other_spine_code'],
      ['M51.A0', 'M51.A0 is a spine code outside the families ChartLint reads (M43.1, M47, M48.0, M50, M51, M53.2X, M54.1/M54.2/M54.3/M54.4/M54.5, M99)', 'reason_not_checked_other_spine_code'],
    ]);
  });
});
