import { describe, expect, it } from 'vitest';
import { sayCoreText } from '../../platform/i18n';
import { analyze } from '../analyze';
import type { CodeLookup, Excludes1Note } from '../types';
import { classifiedElsewhere } from './classified-elsewhere';
import { excludes1Pair } from './excludes1-pair';
import { page, runRule } from './run-rule';
import { nonBillableCode } from './non-billable-code';
import { unsupportedCode } from './unsupported-code';

/** The Excludes1 notes of the tabular these tests need, as a surface passes them (CodeLookup.excludes1). */
const NOTES: Record<string, Excludes1Note[]> = {
  'M43.0': [
    { text: 'congenital spondylolysis (Q76.2)', at: 'M43.0' },
    { text: 'spondylolisthesis (M43.1)', at: 'M43.0' },
  ],
  'M51.1': [
    { text: 'lumbar radiculitis NOS (M54.16)', at: 'M51.1' },
    { text: 'sciatica NOS (M54.3)', at: 'M51.1' },
  ],
  'M54.1': [{ text: 'radiculopathy with lumbar disc disorder (M51.1-)', at: 'M54.1' }],
  'M54.3': [
    { text: 'lesion of sciatic nerve (G57.0)', at: 'M54.3' },
    { text: 'sciatica due to intervertebral disc disorder (M51.1-)', at: 'M54.3' },
  ],
  M43: [{ text: 'hemivertebra (Q76.3-Q76.4)', at: 'M43' }],
};
const lookup: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
  excludes1: (code: string) =>
    Object.entries(NOTES).flatMap(([at, notes]) => (code.startsWith(at) ? notes : [])),
});

describe('excludes1-pair (QA stop 44, G1)', () => {
  it('reports M43.07 beside M43.17 (M43.0 Excludes1 spondylolisthesis (M43.1)), keeping M43.17', () => {
    const { findings } = runRule(
      excludes1Pair,
      page('M43.07, M43.17', 'Bilateral L5 pars defects with grade 2 anterolisthesis of L5 on S1.'),
      { lookup },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      rule: 'excludes1-pair',
      severity: 'warning',
      code: 'M43.07',
      suggestions: ['M43.17'],
    });
    expect(findings[0]?.evidence.map((s) => s.text)).toEqual(['M43.07', 'M43.17']);
    expect(findings[0]?.message).toBe(
      'M43.07 and M43.17 are not reported together (Excludes1 at M43.0: "spondylolisthesis (M43.1)"). Report M43.17 for the condition, unless the two conditions are unrelated.',
    );
    expect(findings[0]?.sources[0]?.title).toMatch(/Excludes1 at M43\.0: spondylolisthesis \(M43\.1\)/);
    const f = findings[0];
    if (f?.messageId && f.params)
      expect(sayCoreText('en', f.messageId, f.params, f.message)).toBe(
        'M43.07 and M43.17 are not reported together (Excludes1 at M43.0: “spondylolisthesis (M43.1)”). Report M43.17 for the condition, unless the two conditions are unrelated.',
      );
  });

  it('gives one finding for a pair whose notes name each other, keeping the code the NOS note does not name', () => {
    const { findings } = runRule(
      excludes1Pair,
      page('M51.17, M54.32', 'L5-S1 disc herniation with radiculopathy; sciatica left.'),
      { lookup },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'M54.32', suggestions: ['M51.17'] });
    expect(findings[0]?.sources).toHaveLength(3);
  });

  it('reads ranges of codes', () => {
    // M43.16 is not documented by 'x' (unsupported-code): the code to report is the other one.
    expect(
      runRule(excludes1Pair, page('M43.16, Q76.3', 'x'), { lookup, before: [unsupportedCode] }).findings[0],
    ).toMatchObject({
      code: 'M43.16',
      suggestions: ['Q76.3'],
    });
    expect(runRule(excludes1Pair, page('M43.16, Q76.5', 'x'), { lookup }).findings).toEqual([]);
  });

  it("reports the pairs the family Excludes1 check reads the note for (M54.1-, M54.2, M54.5- beside a family code) with that check's reading", () => {
    const before = [classifiedElsewhere];
    const note = 'L4-5 disc protrusion with left L5 radiculopathy.';
    // Both codes entered: the pair is this rule's, as M54.42 beside M51.17 is (blind QA stop 50,
    // LOW: n03, n05, n16, p16); the family reading says which code and that the note links them.
    const told = runRule(excludes1Pair, page('M54.17, M51.16', note), { lookup, before });
    expect(told.findings.map((f) => [f.rule, f.code, f.severity, f.messageId])).toEqual([
      ['excludes1-pair', 'M54.17', 'warning', 'finding_family_excludes1'],
    ]);
    // And nothing is said of it twice: classified-elsewhere keeps only the combination codes nobody entered.
    expect(runRule(classifiedElsewhere, page('M54.17, M51.16', note), { lookup }).findings).toEqual([]);
    // The family check finds no disc cause of the neck pain: no finding either (QA n26).
    const neck = {
      ...NOTES,
      'M54.2': [{ text: 'cervicalgia due to intervertebral cervical disc disorder (M50.-)', at: 'M54.2' }],
    };
    const withNeck: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
      excludes1: (code: string) =>
        Object.entries(neck).flatMap(([at, notes]) => (code.startsWith(at) ? notes : [])),
    });
    const n26 = 'Axial neck pain. XR: multilevel spondylosis C4-C7. Rule out discogenic pain.';
    expect(runRule(excludes1Pair, page('M54.2, M50.30', n26), { lookup: withNeck, before }).findings).toEqual(
      [],
    );
  });

  it('does not say to report a code another rule found unsupported', () => {
    const { findings } = runRule(
      excludes1Pair,
      page('M43.07, M43.17', 'Bilateral L5 pars defects. No listhesis.'),
      { lookup, before: [unsupportedCode] },
    );
    // The finding falls on the code the note does not support, not on the first entered (QA stop 50, H4).
    expect(findings[0]).toMatchObject({ code: 'M43.17', suggestions: [] });
    expect(findings[0]?.message).toMatch(/Report the one that fits/);
  });

  it('does not run without the notes, nor on one code', () => {
    const bare: CodeLookup = (code) => ({ code, title: code, billable: true });
    expect(runRule(excludes1Pair, page('M43.07, M43.17', 'x'), { lookup: bare }).findings).toEqual([]);
    expect(runRule(excludes1Pair, page('M43.07', 'x'), { lookup }).findings).toEqual([]);
  });

  it('does not tell to report a code nothing read in place of one the note documents (QA stop 49, C7)', () => {
    const note =
      'Acquired isthmic spondylolisthesis of L4 on L5, grade 1, after a stress fracture of the pars.';
    // On the code nothing read, in either entry order (QA stop 50, H4): the documented one stays.
    for (const codes of ['M43.16, Q76.3', 'Q76.3, M43.16']) {
      const told = runRule(excludes1Pair, page(codes, note), { lookup, before: [unsupportedCode] })
        .findings[0];
      expect(told).toMatchObject({ code: 'Q76.3', suggestions: [] });
      expect(told?.message).toMatch(/Report the one that fits/);
    }
  });

  it('lands on the same code whatever the entry order (QA stop 50, H4)', () => {
    const note = 'Bilateral L5 pars defects with grade 2 anterolisthesis of L5 on S1. Left sciatica.';
    for (const codes of [
      ['M43.07', 'M43.17'],
      ['M54.32', 'M43.07'],
      ['M43.16', 'Q76.3'],
    ]) {
      const [x, y] = codes as [string, string];
      const one = runRule(excludes1Pair, page(`${x}, ${y}`, note), {
        lookup,
        before: [unsupportedCode],
      }).findings;
      const two = runRule(excludes1Pair, page(`${y}, ${x}`, note), {
        lookup,
        before: [unsupportedCode],
      }).findings;
      expect(two.map((f) => [f.code, f.suggestions])).toEqual(one.map((f) => [f.code, f.suggestions]));
    }
  });
});

/** M48.5's Excludes1 notes as the FY2027 tabular has them (src/kb excludes1Reader for M48.56XA). */
const FRACTURE_NOTES: Excludes1Note[] = [
  { text: 'pathological fracture of vertebra due to osteoporosis (M80.-)', at: 'M48.5' },
  { text: 'traumatic fracture of vertebra (S12.-, S22.-, S32.-)', at: 'M48.5' },
];
const fractureLookup: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
  excludes1: (code: string) => (code.startsWith('M48.5') ? FRACTURE_NOTES : []),
});

describe('excludes1-pair against a note that denies trauma (QA stop 50, M2)', () => {
  it.each([
    'Osteoporosis; new L1 compression fracture found after bending over. No fall, no trauma.',
    'Atraumatic L1 wedge fracture in a woman with osteoporosis.',
    'She denies any injury. X-ray: acute L1 compression deformity; fragility fracture.',
  ])('does not say to report the injury code: %s', (note) => {
    for (const codes of ['M48.56XA, S32.010A', 'S32.010A, M48.56XA']) {
      const f = runRule(excludes1Pair, page(codes, note), { lookup: fractureLookup }).findings[0];
      expect(f).toMatchObject({ code: 'S32.010A', suggestions: [] });
      expect(f?.message).toMatch(
        /The note denies trauma \(".+"\), so it does not support S32\.010A, an injury code\. Report the one that fits/,
      );
    }
  });

  it('keeps the Tabular\u2019s direction when the note states the trauma', () => {
    const note = 'Fell from a ladder onto his back. No prior falls. CT: L1 burst fracture.';
    const f = runRule(excludes1Pair, page('M48.56XA, S32.010A', note), { lookup: fractureLookup })
      .findings[0];
    expect(f).toMatchObject({ code: 'M48.56XA', suggestions: ['S32.010A'] });
  });
});

/**
 * The M54 Excludes1 notes as the FY2027 tabular has them (`chartlint explain M54.12`, M54.4x):
 * Excludes1 at M54.1 radiculopathy with cervical disc disorder (M50.1), with lumbar and other
 * intervertebral disc disorder (M51.1-), with spondylosis (M47.2-); at M54.4 lumbago with sciatica
 * due to intervertebral disc disorder (M51.1-).
 */
const M54_NOTES: Record<string, Excludes1Note[]> = {
  'M54.1': [
    { text: 'radiculopathy with cervical disc disorder (M50.1)', at: 'M54.1' },
    { text: 'radiculopathy with lumbar and other intervertebral disc disorder (M51.1-)', at: 'M54.1' },
    { text: 'radiculopathy with spondylosis (M47.2-)', at: 'M54.1' },
  ],
  'M54.4': [{ text: 'lumbago with sciatica due to intervertebral disc disorder (M51.1-)', at: 'M54.4' }],
};
const m54Lookup: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
  excludes1: (code: string) =>
    Object.entries(M54_NOTES).flatMap(([at, notes]) => (code.startsWith(at) ? notes : [])),
});

// Blind QA stop 50 (LOW: n03, n05, n16, p16): with both codes entered the Excludes1 pair is the
// fact, whoever reads the note for it, so every such pair is excludes1-pair's; classified-elsewhere
// keeps the combination code nobody entered.
describe('one rule for an entered Excludes1 pair', () => {
  const pairRules = (codes: string, note: string) =>
    analyze(
      {
        fields: [
          { id: 'dx', kind: 'diagnosis', text: codes },
          { id: 'n', kind: 'note', text: note },
        ],
      },
      { lookup: m54Lookup },
    )
      .findings.filter((f) => f.rule === 'excludes1-pair' || f.rule === 'classified-elsewhere')
      .map((f) => [f.rule, f.code, f.severity, f.suggestions]);
  it.each([
    [
      'a radiculopathy beside its disc code (p16)',
      'M51.17, M54.17',
      'A/P: L S1 radic d/t L5-S1 HNP.',
      [['excludes1-pair', 'M54.17', 'warning', ['M51.17']]],
    ],
    [
      'a radiculopathy beside its spondylosis code (n05)',
      'M47.22, M54.12',
      'C5-C6 spondylosis with osteophytes and right C6 radiculopathy.',
      [['excludes1-pair', 'M54.12', 'warning', ['M47.22']]],
    ],
    [
      'lumbago with sciatica and a radiculopathy beside the same disc code (n16): one rule for both',
      'M51.17, M54.42, M54.17',
      'L5-S1 HNP with left S1 radiculopathy and left sciatica.',
      [
        ['excludes1-pair', 'M54.17', 'warning', ['M51.17']],
        ['excludes1-pair', 'M54.42', 'warning', ['M51.17']],
      ],
    ],
    [
      'a pair the note does not link in one sentence: still the pair, a warning',
      'M51.16, M54.16',
      'MRI: L4-5 disc protrusion. Exam: left L5 radiculopathy.',
      [['excludes1-pair', 'M54.16', 'warning', ['M51.16']]],
    ],
    [
      'a radiculopathy the note unlinks from the disc: no pair',
      'M51.16, M54.16',
      'L4-5 disc protrusion. Left L5 radiculopathy, not due to the disc.',
      [],
    ],
    [
      'the combination code not entered: classified-elsewhere, as before',
      'M54.17',
      'A/P: L S1 radic d/t L5-S1 HNP.',
      [['classified-elsewhere', 'M54.17', 'warning', ['M51.17']]],
    ],
  ])('%s', (_label, codes, note, expected) => {
    expect(pairRules(codes, note)).toEqual(expected);
  });
});

describe('excludes1-pair: a code no family reads is named only when the note names its condition (blind QA stop 54, M9)', () => {
  /** Official titles and the M43/M43.1 Excludes1 notes (FY2026 tabular), as the CLI's lookup gives them. */
  const TITLES: Record<string, string> = {
    'M43.1': 'Spondylolisthesis',
    'M43.16': 'Spondylolisthesis, lumbar region',
    'Q76.2': 'Congenital spondylolisthesis',
  };
  const M43_NOTES: Record<string, Excludes1Note[]> = {
    M43: [{ text: 'congenital spondylolysis and spondylolisthesis (Q76.2)', at: 'M43' }],
    'M43.1': [{ text: 'congenital spondylolisthesis (Q76.2)', at: 'M43.1' }],
  };
  const titled: CodeLookup = Object.assign(
    (code: string) => ({ code, title: TITLES[code] ?? code, billable: code !== 'M43.1' }),
    {
      excludes1: (code: string) =>
        Object.entries(M43_NOTES).flatMap(([at, notes]) => (code.startsWith(at) ? notes : [])),
    },
  );
  const pair = (codes: string, note: string) =>
    runRule(excludes1Pair, page(codes, note), { lookup: titled, before: [nonBillableCode] }).findings[0];

  it('names neither beside a header whose only fault is its form, when the note calls the slip degenerative', () => {
    const f = pair(
      'M43.1, Q76.2',
      'Degenerative anterolisthesis of L4 on L5, grade 1, with facet arthrosis.',
    );
    expect(f).toMatchObject({ code: 'Q76.2', suggestions: [] });
    expect(f?.message).toMatch(/Report the one that fits/);
  });

  it('names neither beside a supported lumbar code when nothing says congenital', () => {
    expect(pair('M43.16, Q76.2', 'Degenerative anterolisthesis of L4 on L5, grade 1.')).toMatchObject({
      code: 'Q76.2',
      suggestions: [],
    });
  });

  it('names the congenital code when the note says congenital, and not when it denies it', () => {
    expect(
      pair('M43.16, Q76.2', 'Congenital spondylolisthesis of L4 on L5 (dysplastic facets), grade 1.'),
    ).toMatchObject({
      code: 'M43.16',
      suggestions: ['Q76.2'],
    });
    expect(
      pair('M43.1, Q76.2', 'Grade 1 slip of L4 on L5, not congenital, from facet arthrosis.'),
    ).toMatchObject({
      suggestions: [],
    });
  });
});

describe('excludes1-pair: a diagnosed strain is no trauma the note denies (blind QA stop 56)', () => {
  const STRAIN_NOTES: Excludes1Note[] = [{ text: 'low back strain (S39.012)', at: 'M54.5' }];
  const strainLookup: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
    excludes1: (code: string) => (code.startsWith('M54.5') ? STRAIN_NOTES : []),
  });
  it.each([
    'Acute LBP after shoveling snow. No trauma. Dx: acute low back pain, lumbar strain.',
    'Pain began lifting a box at work; denies any fall. Assessment: lumbosacral sprain/strain.',
  ])('does not say the note fails to support the strain code: %s', (note) => {
    const f = runRule(excludes1Pair, page('M54.50, S39.012A', note), { lookup: strainLookup }).findings[0];
    expect(f?.message).not.toMatch(/denies trauma/);
  });

  it('still reads a denial where the strain itself is denied', () => {
    const note = 'Low back pain for a year. No trauma, no lumbar strain. Mechanical LBP.';
    const f = runRule(excludes1Pair, page('M54.50, S39.012A', note), { lookup: strainLookup }).findings[0];
    expect(f?.message).toMatch(/The note denies trauma/);
  });
});

// QA stop 57: Excludes1 at M54.3 sends "sciatica with lumbago" to M54.4-, coded by side (titles of
// the FY2027 order file). The code named must be the dropped code's side, not the other one's.
describe("excludes1-pair names the code of the dropped code's side", () => {
  const TITLES: Record<string, string> = {
    'M54.30': 'Sciatica, unspecified side',
    'M54.31': 'Sciatica, right side',
    'M54.32': 'Sciatica, left side',
    'M54.40': 'Lumbago with sciatica, unspecified side',
    'M54.41': 'Lumbago with sciatica, right side',
    'M54.42': 'Lumbago with sciatica, left side',
  };
  const sided: CodeLookup = Object.assign(
    (code: string) => (TITLES[code] ? { code, title: TITLES[code], billable: true } : undefined),
    {
      excludes1: (code: string) =>
        code.startsWith('M54.3') ? [{ text: 'sciatica with lumbago (M54.4-)', at: 'M54.3' }] : [],
    },
  );
  const pair = (codes: string) =>
    runRule(excludes1Pair, page(codes, 'Sciatica with low back pain.'), { lookup: sided }).findings;

  it('M54.31 beside M54.42: M54.41 in place of M54.31, M54.42 stays', () => {
    const [f] = pair('M54.31, M54.42');
    expect(f?.code).toBe('M54.31');
    expect(f?.suggestions).toEqual(['M54.41']);
    expect(f?.params?.['keep_msg']).toBe('part_excludes1_keep_side');
    expect(f?.message).toContain('Report M54.41 in place of M54.31');
    expect(sayCoreText('en', f!.messageId!, f!.params!, f!.message)).toContain(
      'M54.42 is for another side, and M54.41 is the same code for M54.31',
    );
  });

  it('M54.31 beside M54.40 (unspecified side): M54.41 for the condition', () => {
    const [f] = pair('M54.31, M54.40');
    expect(f?.suggestions).toEqual(['M54.41']);
    expect(f?.params?.['keep_msg']).toBe('part_excludes1_keep');
  });

  it.each([
    ['M54.32, M54.42', 'M54.42'],
    ['M54.30, M54.42', 'M54.42'],
  ])('%s: %s, as before', (codes, keep) => {
    const [f] = pair(codes);
    expect(f?.suggestions).toEqual([keep]);
    expect(f?.params?.['keep_msg']).toBe('part_excludes1_keep');
  });
});
