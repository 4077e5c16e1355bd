import { describe, expect, it } from 'vitest';
import { visitPage } from '../chiro/visit-page';
import { manipulationRegionCount } from './manipulation-region-count';
import { runRule } from './run-rule';

const THREE = 'C3, T6 and L2 subluxations with tenderness and restricted motion. CMT to C3, T6 and L2.';

describe('manipulation-region-count', () => {
  it('suggests 98941 when three spinal regions are treated and 98940 is billed', () => {
    const { findings } = runRule(
      manipulationRegionCount,
      visitPage('M99.11, M99.12, M99.13', THREE, ['98940']),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', code: '98940', suggestions: ['98941'] });
    expect(findings[0]?.message).toMatch(
      /^3 spinal regions treated: cervical \(C3\), thoracic \(T6\), lumbar \(L2\) → 98941/,
    );
  });

  it('names a region once where the note names only the region ("cervical", not "cervical (cervical)")', () => {
    const note = 'Hypomobility and tenderness at C5 on the left. Segmental dysfunction cervical and thoracic. CMT to cervical and thoracic regions.';
    const [f] = runRule(manipulationRegionCount, visitPage('M99.01, M99.02', note, ['98941'])).findings;
    expect(f).toMatchObject({ code: '98941', suggestions: ['98940'] });
    expect(f?.message).toMatch(/^2 spinal regions treated: cervical, thoracic → 98940/);
    expect(f?.params?.regions_desc).not.toMatch(/\(cervical\)|\(thoracic\)/);
  });

  it('is quiet when the band holds the count', () => {
    expect(runRule(manipulationRegionCount, visitPage('M99.11', THREE, ['98941'])).findings).toEqual([]);
  });

  it('counts the occiput as cervical and says so', () => {
    const note = 'Occiput fixation, tender. C1 ASRA. T2 subluxation. Adjusted the occiput, C1 and T2.';
    const { findings } = runRule(
      manipulationRegionCount,
      visitPage('M99.10, M99.11, M99.12', note, ['98941']),
    );
    expect(findings[0]?.suggestions).toEqual(['98940']);
    expect(findings[0]?.message).toMatch(/occiput .* counts as cervical/);
  });

  it('does not count a region the note says was not adjusted or is only planned', () => {
    const note =
      'C5 subluxation. Adjusted C5. No adjustment to the lumbar spine today. Plan: will adjust T4 next visit.';
    expect(runRule(manipulationRegionCount, visitPage('M99.11', note, ['98940'])).findings).toEqual([]);
  });

  it('counts osteopathic body regions for 98925-98929', () => {
    const note =
      'Somatic dysfunction C4, T2, L3, sacrum and left innominate. Muscle energy to C4, T2, L3, the sacrum and the left innominate.';
    const { findings } = runRule(manipulationRegionCount, visitPage('', note, ['98926']));
    expect(findings[0]?.suggestions).toEqual(['98927']);
  });

  it('points spinal codes at 98943 when only extremities were treated', () => {
    const note = 'Right knee misalignment, tender. Adjusted the right knee and ankle.';
    expect(
      runRule(manipulationRegionCount, visitPage('M99.16', note, ['98940'])).findings[0]?.suggestions,
    ).toEqual(['98943']);
  });

  it('warns when a manipulation is billed but the note says none was done today', () => {
    const note = 'Adjustment deferred today due to acute flare; ice and e-stim only. L5 subluxation persists with spasm.';
    const { findings } = runRule(manipulationRegionCount, visitPage('M99.03', note, ['98940']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      code: '98940',
      suggestions: [],
      messageId: 'finding_manipulation_not_performed',
      params: { line_code: '98940', statement_quote: 'Adjustment deferred today' },
    });
    expect(findings[0]?.evidence.map((e) => e.text)).toContain('Adjustment deferred today');
    for (const [codes, text, billed] of [
      ['M99.01', 'Patient declined CMT today. C5 subluxation with tenderness.', '98940'],
      ['M99.03', 'Patient refused manipulation. L4 fixation.', '98941'],
      ['M99.04', 'No adjustment today; heat and massage.', '98943'],
      ['M99.03', 'OMT not performed today secondary to pain. Lumbar somatic dysfunction.', '98925'],
    ] as const)
      expect(runRule(manipulationRegionCount, visitPage(codes, text, [billed])).findings.map((f) => f.messageId), text).toEqual([
        'finding_manipulation_not_performed',
      ]);
  });

  it('is quiet when only a region was deferred, the manipulation is planned, or the refusal is history', () => {
    for (const note of [
      'C5 and L5 subluxation. Adjustment to L5 deferred; adjusted C5.',
      'L5 subluxation. Will adjust next visit.',
      'Was adjusted last week. L5 subluxation.',
      'Declined adjustment at the last visit. L5 subluxation.',
      'Consider holding CMT if the flare continues. L5 subluxation.',
      'No adjustment to the cervical spine, lumbar adjusted.',
    ])
      expect(
        runRule(manipulationRegionCount, visitPage('M99.03', note, ['98940'])).findings.map((f) => f.messageId),
        note,
      ).not.toContain('finding_manipulation_not_performed');
  });
});

describe('manipulation-region-count: OMT regions named by the procedure line or the technique (blind QA stop 44, E1/E2/G2)', () => {
  const count = (codes: string, note: string, procedure: string) =>
    runRule(manipulationRegionCount, visitPage(codes, note, [procedure])).findings.map((f) => [f.code, f.suggestions]);

  it('counts an upper extremity named in the procedure line', () => {
    const note =
      'SD findings: R glenohumeral restriction; T5-T7 ERrSr; ribs 4-6 R exhaled.\nOMT: 98926 -- upper extremity, thoracic, rib cage (3 regions). Spencer technique R shoulder.';
    expect(count('M99.07, M99.02, M99.08', note, '98926')).toEqual([]);
    expect(count('M99.07, M99.02, M99.08', 'OMT to upper extremity, thoracic and rib regions.', '98926')).toEqual([]);
  });

  it('counts regions treated by technique: rib raising (rib cage), inlet release (thoracic), diaphragm doming (abdomen)', () => {
    const note =
      'Rib raising performed bilaterally T1-T12; thoracic inlet release; abdominal diaphragm doming.\nSomatic dysfunction: thoracic, rib, abdomen/viscera, cervical (C3-C5 for phrenic).\nProcedure: OMT 5-6 regions 98927.';
    expect(count('M99.01, M99.02, M99.08, M99.09', note, '98927')).toEqual([['98927', ['98926']]]);
    expect(count('M99.07', 'Spencer technique R shoulder. SD R shoulder.', '98925')).toEqual([]);
  });

  it('counts the diagnosed regions treated by the technique used in place of a contraindicated one', () => {
    const note =
      'Exam: C6 FRrSr, C7 ERrSr. T1 FRrSr. Rib 1 R elevated.\nImp: SD cervical, thoracic, rib.\nOMT: HVLA contraindicated at C6-C7 given radic — used counterstrain & FPR only. 98926 (3 regions).';
    expect(count('M99.01, M99.02, M99.08', note, '98926')).toEqual([]);
  });

  it('treats nothing at a place where the technique was not performed and none replaced it', () => {
    const note = 'Exam: C6 FRrSr, T1 FRrSr, L2 FRS(L). HVLA not performed at C6. OMT to T1 and L2.';
    expect(count('M99.01, M99.02, M99.03', note, '98926')).toEqual([['98926', ['98925']]]);
  });
});

describe('manipulation-region-count: a count the chart states (blind QA stop 48)', () => {
  const judged = (codes: string, note: string, procedure: string) =>
    runRule(manipulationRegionCount, visitPage(codes, note, [procedure])).findings.map((f) => [f.code, f.suggestions, f.messageId]);

  it('judges 98942 by the regions named after "chiropractic manipulative treatment"', () => {
    const note = 'A: Segmental dysfunction C4 and L2.\nP: Chiropractic manipulative treatment to the cervical and lumbar regions (2 regions).';
    expect(judged('M99.01, M99.03', note, '98942')).toEqual([['98942', ['98940'], 'finding_manipulation_count_other']]);
  });

  it('judges the code by a stated count when the note names no region one by one', () => {
    expect(judged('M99.02', 'T7 fixation with tenderness. CMT performed, three to four regions.', '98942')).toEqual([
      ['98942', ['98941'], 'finding_manipulation_count_stated'],
    ]);
    const [f] = runRule(manipulationRegionCount, visitPage('M99.02', 'T7 fixation. CMT, 1 region.', ['98941'])).findings;
    expect(f?.message).toBe(
      'The chart states 1 spinal region treated ("1 region") → 98940 (chiropractic spinal manipulation, 1-2 regions). 98941 is for 3-4 spinal regions.',
    );
  });

  it('is quiet when the stated count falls in the code\'s band, and for a band that only describes the code', () => {
    expect(judged('M99.02', 'T7 fixation. CMT, 3-4 regions.', '98941')).toEqual([]);
    expect(judged('M99.02', 'T7 fixation. Adjusted T7. Billed 98940 CMT 1-2 regions.', '98940')).toEqual([]);
  });

  it('reads a count from the fee ticket line itself', () => {
    const page = visitPage('M99.03', 'L3 subluxation, tender.', ['98942 chiropractic manipulative treatment (2 regions)']);
    expect(runRule(manipulationRegionCount, page).findings.map((f) => [f.code, f.suggestions])).toEqual([['98942', ['98940']]]);
  });
});
