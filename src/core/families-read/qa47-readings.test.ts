import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { verdictWords, verdictWordsAfterTag } from './verdict-words';

// Blind QA stop 47: each class tested by its shape, with sentences of our own.
const run = (
  codes: string,
  note: string,
  more: { id: string; kind: 'coverage' | 'procedure'; text: string }[] = [],
) =>
  analyze({
    fields: [{ id: 'dx', kind: 'diagnosis', text: codes }, ...more, { id: 'note', kind: 'note', text: note }],
  });
const verdictOf = (result: ReturnType<typeof run>, code: string) =>
  result.verdicts?.find((v) => v.code === code);
const findings = (result: ReturnType<typeof run>, code: string) =>
  result.findings
    .filter((f) => f.code === code && f.rule !== 'suggested-code')
    .map((f) => [f.rule, f.severity, f.suggestions]);

describe('class 1: a fusion named by its levels is beside the finding, not its place', () => {
  it('does not support a lumbosacral code from the levels of a fusion below a lumbar stenosis', () => {
    const note =
      'MRI: new severe canal stenosis at L2-3 just above the L3-S1 posterior fusion; the fused segments are widely patent.\nAssessment: adjacent segment stenosis L2-3 with neurogenic claudication above the L3-S1 fusion.';
    const r = run('M48.062, M48.07', note);
    expect(verdictOf(r, 'M48.062')?.verdict).toBe('supported');
    expect(verdictOf(r, 'M48.07')?.verdict).toBe('finding');
  });

  it('reads a cervical stenosis above an ACDF at its own level', () => {
    const r = run('M48.02', 'Severe canal stenosis at C3-4 above the C4-6 ACDF construct.');
    expect(verdictOf(r, 'M48.02')?.verdict).toBe('supported');
    expect(r.mentions.map((m) => m.levels.map((l) => l.normalized))).toEqual([['C3-C4']]);
  });
});

describe('class 2: the code region documented with the other site is a wrong site, not a wrong region', () => {
  const note =
    'Neck: C6-7 right foraminal stenosis from uncovertebral spurring, canal patent.\nLow back: moderate L3-4 central canal stenosis, with leg heaviness on walking relieved by sitting (neurogenic claudication).';

  it('says M48.02 is foraminal there and does not send it to the lumbar code', () => {
    const r = run('M48.02', note);
    const own = findings(r, 'M48.02');
    expect(own.map(([rule]) => rule)).toEqual(['site-mismatch']);
    expect(own[0]?.[2]).not.toContain('M48.061');
    expect(own[0]?.[2]).not.toContain('M48.062');
  });

  it('still calls a code whose region the note never names a wrong region', () => {
    const r = run('M48.04', note);
    expect(findings(r, 'M48.04').map(([rule]) => rule)).toContain('region-mismatch');
  });

  it('never suggests a code that is entered already, or that another entered code of the region covers', () => {
    const r = run(
      'M48.07, M48.062',
      'Severe canal stenosis at L3-4 with neurogenic claudication; L5-S1 is fused and widely patent.',
    );
    expect(verdictOf(r, 'M48.062')?.verdict).toBe('supported');
    const m4807 = findings(r, 'M48.07');
    expect(m4807.map(([rule]) => rule)).toEqual(['region-mismatch']);
    expect(m4807[0]?.[2]).toEqual([]);
  });
});

describe('class 3: narrowing by a tumour, an abscess or a fracture fragment is not spinal stenosis as a spondylopathy', () => {
  it.each([
    [
      'M48.04',
      'MRI: metastatic deposit in the T10 body with epidural tumor extension causing severe canal stenosis at T10.',
    ],
    [
      'M48.061',
      'CT: L2 burst fracture with retropulsion of a fragment producing moderate central canal stenosis at L2.',
    ],
    ['M48.02', 'Dorsal epidural hematoma at C5-6 with severe spinal canal stenosis.'],
    ['M48.061', 'Spinal epidural abscess from L3 to L5 causing canal stenosis.'],
  ])('%s: a warning with its source, never "supported" (%s)', (code, note) => {
    const r = run(code, note);
    expect(verdictOf(r, code)?.verdict).toBe('finding');
    const f = r.findings.find((x) => x.code === code && x.rule === 'classified-elsewhere');
    expect(f?.severity).toBe('warning');
    expect(f?.messageId).toBe('finding_family_non_degenerative_cause');
    expect(f?.sources[0]?.title).toMatch(/Compression, spinal/);
  });

  it.each([
    [
      'M48.061',
      'L4-5 central canal stenosis from facet hypertrophy and a disc bulge; known metastatic prostate cancer without spinal lesions.',
    ],
    ['M48.061', 'Moderate L4-5 canal stenosis. History of breast cancer.'],
    ['M48.061', 'Moderate canal stenosis at L3-4; no epidural abscess or hematoma.'],
    ['M48.04', 'T12 compression fracture without retropulsion. Mild canal stenosis at T11-12.'],
  ])(
    '%s: stays supported where the narrowing is degenerative or no other cause is named for it (%s)',
    (code, note) => {
      const r = run(code, note);
      expect(r.findings.filter((x) => x.code === code)).toEqual([]);
      expect(verdictOf(r, code)?.verdict).toBe('supported');
    },
  );
});

describe('class 4: a code only its claim listing was judged on says its condition was not checked', () => {
  const medicare = [
    { id: 'cov', kind: 'coverage' as const, text: 'Payer: Medicare Part B' },
    { id: 'proc', kind: 'procedure' as const, text: '98940-AT' },
  ];
  const note =
    'Right sacroiliac joint pain. Sacrum subluxation with tenderness and restricted motion. Adjusted the sacrum.';

  it('says so in the verdict, its words and its after-tag words', () => {
    const v = verdictOf(run('M46.1, M99.04', note, medicare), 'M46.1');
    expect(v?.verdict).toBe('finding');
    expect(v?.messageId).toBe('verdict_words_finding_claim_only');
    expect(v?.params).toMatchObject({ code: 'M46.1', reason_msg: 'reason_not_checked_other_spine_code' });
    expect(v?.reason).toMatch(
      /M46\.1 was not checked against the note: M46\.1 is a spine code outside the families ChartLint reads .*; only how it is listed on the claim was checked\.$/,
    );
    expect(verdictWords(v!)).toMatch(
      /^M46\.1 has a finding \(listed above\) about how it is listed on the claim; it was not checked against the note: M46\.1 is a spine code outside/,
    );
    expect(verdictWordsAfterTag(v!)).toMatch(
      /^M46\.1: listed above, about how it is listed on the claim; not checked against the note: /,
    );
  });

  it('leaves the plain finding verdict to a code a rule compared with the note', () => {
    const v = verdictOf(
      run(
        'M54.50, M99.03',
        'Low back pain. Lumbar subluxation L4 with tenderness and restricted motion. Adjusted L4.',
        medicare,
      ),
      'M54.50',
    );
    expect(v?.verdict).toBe('finding');
    expect(v?.messageId).toBe('verdict_words_finding');
  });
});
