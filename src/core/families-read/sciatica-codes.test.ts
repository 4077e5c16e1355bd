import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';
import type { CodeLookup, Excludes1Note } from '../types';

// M54.3- Sciatica and M54.4- Lumbago with sciatica as spine families (stop 58): the side the code
// names, the lumbago, the disc the Tabular's Excludes1 sends to M51.1-, and the status readers
// every family uses. Before, these codes were "not checked" unless the note stated the sciatica
// only as gone (stop 54). Sentences of our own.

/** The Tabular's Excludes1 notes at M54.3 and M54.4 and the titles a surface passes (CodeLookup). */
const NOTES: Record<string, Excludes1Note[]> = {
  'M54.3': [
    { text: 'lesion of sciatic nerve (G57.0)', at: 'M54.3' },
    { text: 'sciatica due to intervertebral disc disorder (M51.1-)', at: 'M54.3' },
    { text: 'sciatica with lumbago (M54.4-)', at: 'M54.3' },
  ],
  'M54.4': [{ text: 'lumbago with sciatica due to intervertebral disc disorder (M51.1-)', at: 'M54.4' }],
};
const TITLES: Record<string, string> = {
  'M54.30': 'Sciatica, unspecified side',
  'M54.31': 'Sciatica, right side',
  'M54.32': 'Sciatica, left side',
  'M54.40': 'Lumbago with sciatica, unspecified side',
  'M54.41': 'Lumbago with sciatica, right side',
  'M54.42': 'Lumbago with sciatica, left side',
};
const lookup: CodeLookup = Object.assign(
  (code: string) => ({ code, title: TITLES[code] ?? code, billable: true }),
  {
    excludes1: (code: string) =>
      Object.entries(NOTES).flatMap(([at, notes]) => (code.startsWith(at) ? notes : [])),
  },
);

const run = (codes: string, note: string, setting?: 'inpatient') =>
  analyze({ ...page(codes, note), ...(setting ? { setting } : {}) }, { lookup });
const verdict = (code: string, note: string, codes = code) =>
  run(codes, note).verdicts?.find((v) => v.code === code);
const findingsOf = (code: string, note: string, codes = code) =>
  run(codes, note)
    .findings.filter((f) => f.code === code)
    .map((f) => ({ rule: f.rule, severity: f.severity, suggestions: f.suggestions, messageId: f.messageId }));

describe('M54.4- lumbago with sciatica: supported on the side the code names', () => {
  it.each([
    ['M54.41', 'Low back pain with right-sided sciatica after lifting.'],
    ['M54.42', 'Assessment: lumbago with sciatica, left side.'],
    ['M54.40', 'Chronic low back pain with sciatica.'],
  ])('%s: "%s"', (code, note) => {
    const v = verdict(code, note);
    expect(v?.verdict).toBe('supported');
    expect(v?.checkedBy).toEqual(
      expect.arrayContaining(['unsupported-code', 'region-mismatch', 'qualifier-mismatch']),
    );
  });
});

describe('the side', () => {
  it('is wrong on the other side: error, with the code of the documented side', () => {
    expect(findingsOf('M54.42', 'Low back pain with right-sided sciatica.')).toEqual([
      {
        rule: 'region-mismatch',
        severity: 'error',
        suggestions: ['M54.41'],
        messageId: 'finding_family_side_other',
      },
    ]);
    expect(findingsOf('M54.31', 'Acute left sciatica, no back pain.')).toEqual([
      {
        rule: 'region-mismatch',
        severity: 'error',
        suggestions: ['M54.32'],
        messageId: 'finding_family_side_other',
      },
    ]);
  });

  it('of an unspecified code: the code of the documented side says more (Guidelines I.B.18)', () => {
    expect(findingsOf('M54.40', 'LBP with left sciatica.')).toEqual([
      {
        rule: 'region-mismatch',
        severity: 'info',
        suggestions: ['M54.42'],
        messageId: 'finding_family_side_unspecified',
      },
    ]);
  });

  // No code names both sides: Guidelines I.B.13 codes a bilateral condition with the right and the left code.
  it('bilateral: the unspecified code gives way to both sided codes, a sided code asks for the other', () => {
    expect(findingsOf('M54.40', 'Lumbago with bilateral sciatica.')).toEqual([
      {
        rule: 'region-mismatch',
        severity: 'info',
        suggestions: ['M54.41', 'M54.42'],
        messageId: 'finding_family_side_unspecified',
      },
    ]);
    expect(findingsOf('M54.41', 'Lumbago with bilateral sciatica.')).toEqual([
      {
        rule: 'region-mismatch',
        severity: 'info',
        suggestions: ['M54.42'],
        messageId: 'finding_family_side_both',
      },
    ]);
    // Both sides entered: the coding the guideline asks for.
    for (const code of ['M54.41', 'M54.42']) {
      expect(verdict(code, 'Lumbago with bilateral sciatica.', 'M54.41, M54.42')?.verdict).toBe('supported');
    }
  });

  it("is not read from another part of the body's side in the sentence", () => {
    expect(verdict('M54.32', 'Assessment: right knee pain and left sciatica.')?.verdict).toBe('supported');
    expect(findingsOf('M54.32', 'Right shoulder strain; sciatica since May.')).toEqual([
      { rule: 'region-mismatch', severity: 'info', suggestions: [], messageId: 'finding_family_side_none' },
    ]);
  });

  it('named nowhere: a sided code asks to check the side', () => {
    expect(findingsOf('M54.41', 'Chronic low back pain with sciatica.')).toEqual([
      { rule: 'region-mismatch', severity: 'info', suggestions: [], messageId: 'finding_family_side_none' },
    ]);
  });

  it('is read from a possible sciatica counted as documented inpatient', () => {
    expect(run('M54.32', 'Possible left sciatica; exam equivocal.', 'inpatient').verdicts?.[0]?.verdict).toBe(
      'supported',
    );
  });
});

describe('the lumbago', () => {
  it('M54.4- with no low back pain, or low back pain denied: sciatica alone is M54.3-, same side', () => {
    expect(findingsOf('M54.41', 'Right sciatica after a long drive.')).toEqual([
      {
        rule: 'qualifier-mismatch',
        severity: 'warning',
        suggestions: ['M54.31'],
        messageId: 'finding_family_lumbago_absent',
      },
    ]);
    expect(findingsOf('M54.42', 'Left sciatica. Denies back pain.')).toEqual([
      {
        rule: 'qualifier-mismatch',
        severity: 'warning',
        suggestions: ['M54.32'],
        messageId: 'finding_family_lumbago_only_as',
      },
    ]);
  });

  it('M54.3- beside low back pain: Excludes1 at M54.3 "sciatica with lumbago (M54.4-)", by side', () => {
    expect(findingsOf('M54.31', 'Low back pain with right sciatica.')).toEqual([
      {
        rule: 'classified-elsewhere',
        severity: 'warning',
        suggestions: ['M54.41'],
        messageId: 'finding_family_sciatica_lumbago',
      },
    ]);
    // In another sentence: worth a look, not a warning.
    expect(findingsOf('M54.32', 'Left sciatica since May.\nPlan: PT for chronic low back pain.')).toEqual([
      {
        rule: 'classified-elsewhere',
        severity: 'info',
        suggestions: ['M54.42'],
        messageId: 'finding_family_sciatica_lumbago',
      },
    ]);
    expect(verdict('M54.31', 'Acute right sciatica after lifting.')?.verdict).toBe('supported');
  });
});

describe('a disc the note ties the sciatica to: Excludes1 at M54.3 and M54.4, M51.1-', () => {
  it.each([
    ['M54.42', 'Low back pain with left sciatica due to L5-S1 disc herniation.', 'M51.17'],
    ['M54.31', 'Right sciatica from an L4-5 disc protrusion.', 'M51.16'],
  ])('%s: "%s"', (code, note, combination) => {
    expect(findingsOf(code, note)).toEqual([
      {
        rule: 'classified-elsewhere',
        severity: 'warning',
        suggestions: [combination],
        messageId: 'finding_family_excludes1',
      },
    ]);
  });

  it('a disc with no level: the finding names M51.1- and suggests no region', () => {
    const f = run('M54.31', 'Right sciatica due to a disc herniation.').findings;
    expect(f.map((x) => [x.rule, x.suggestions])).toEqual([['classified-elsewhere', []]]);
    expect(f[0]?.message).toContain('to the combination code (M51.1-)');
  });

  it('both codes entered: the excludes1-pair rule reports the pair once, keeping M51.1-', () => {
    const { findings } = run(
      'M54.42, M51.17',
      'Low back pain with left sciatica due to L5-S1 disc herniation.',
    );
    expect(findings.map((f) => [f.rule, f.code, f.suggestions])).toEqual([
      ['excludes1-pair', 'M54.42', ['M51.17']],
    ]);
  });

  it('keeps stop 57: M54.31 beside M54.42, M54.41 in place of M54.31', () => {
    const { findings, verdicts } = run('M54.31, M54.42', 'Right sciatica. Left lumbago with sciatica.');
    expect(findings.map((f) => [f.rule, f.code, f.suggestions])).toEqual([
      ['excludes1-pair', 'M54.31', ['M54.41']],
    ]);
    expect(verdicts?.find((v) => v.code === 'M54.42')?.verdict).toBe('supported');
  });
});

describe('a note that does not affirm the sciatica', () => {
  it.each([
    ['M54.31', 'Problem list (resolved): right sciatica, resolved 2023.', 'resolved'],
    ['M54.42', 'Low back pain. Denies sciatica.', 'negated'],
    ['M54.30', 'History of sciatica in 2015.', 'historical'],
    ['M54.32', 'Possible left sciatica; exam equivocal.', 'uncertain'],
  ])('%s: "%s" is %s', (code, note, word) => {
    expect(verdict(code, note)?.verdict).toBe('finding');
    expect(run(code, note).findings.find((f) => f.rule === 'unsupported-code')?.message).toMatch(
      // M54.4- beside an affirmed low back pain says "documents sciatica only as" and names M54.50 (stop 59, class 3).
      new RegExp(`documents (?:it|sciatica) only as ${word}`),
    );
  });

  it('silent: says the note does not document it, never "supported"', () => {
    const f = run('M54.41', 'Neck pain after a fall. Headaches.').findings;
    expect(f.map((x) => [x.rule, x.messageId])).toEqual([
      ['unsupported-code', 'finding_family_lesion_absent'],
    ]);
    expect(f[0]?.message).toBe(
      'M54.41 is lumbago with sciatica, but the note does not document lumbago with sciatica.',
    );
  });
});
