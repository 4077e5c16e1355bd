import { describe, expect, it } from 'vitest';
import { findCodes } from '../find-codes';
import { readVisit } from './read-visit';

const visitOf = (note: string, codes = '') => {
  const dx = { id: 'dx', kind: 'diagnosis' as const, text: codes };
  return readVisit({ fields: [dx, { id: 'n', kind: 'note', text: note }], codes: findCodes(dx) }).visit;
};
const treated = (note: string) =>
  visitOf(note)
    .segments.filter((s) => s.treated && s.status === 'affirmed')
    .map((s) => s.name);

describe('readVisit', () => {
  it('reads treated levels, joints and region words', () => {
    expect(treated('Adjusted C2, T4, L5 and the right SI joint.')).toEqual([
      'C2',
      'T4',
      'L5',
      'right SI joint',
    ]);
    expect(treated('CMT: occiput, C0-C1, atlas. Drop table to the pelvis.')).toEqual([
      'occiput',
      'C0-C1',
      'C1',
      'pelvis',
    ]);
    expect(treated('HVLA to the left TMJ, right R5 and the right shoulder.')).toEqual([
      'left TMJ',
      'right R5',
      'right shoulder',
    ]);
  });

  it('reads chart shorthand: SMT with region letters, C/S and L/S, cerv/lumb, seg dysf, sublux, head as an OMT region', () => {
    expect(treated('SMT C/T/L/S Diversified.')).toEqual(['C', 'T', 'L', 'S']);
    expect(visitOf('SMT C/T/L/S.').segments.map((s) => s.kind)).toEqual([
      'cervical-vertebra',
      'thoracic-vertebra',
      'lumbar-vertebra',
      'sacrum',
    ]);
    // "C/S" is the cervical spine, not cervical and sacral; "S/P" (status post) names no region.
    expect(visitOf('Adjusted C/S and L/S.').segments.map((s) => [s.name, s.kind])).toEqual([
      ['C/S', 'cervical-vertebra'],
      ['L/S', 'lumbar-vertebra'],
    ]);
    expect(visitOf('S/P fusion. Adjusted c/s.').segments).toEqual([]);
    expect(treated('OMM to cerv and lumb.')).toEqual(['cerv', 'lumb']);
    const lesions = visitOf('Dx: seg dysf C2, L3. Sublux T4.').segments.map((s) => [s.name, s.lesion, s.lesionKind ?? null]);
    expect(lesions).toEqual([
      ['C2', true, 'dysfunction'],
      ['L3', true, 'dysfunction'],
      ['T4', true, 'subluxation'],
    ]);
    expect(treated('Somatic dysfunction: head region. OMT to head region and ribs.')).toEqual(['head region', 'ribs']);
    expect(treated('Head of bed elevated. Adjusted C2 and the radial head.')).toEqual(['C2', 'radial head']);
  });

  it('reads shorthand P/A/R/T and X-ray: LBP, "↓ROM", "dec ROM", "XR L/S" with its date', () => {
    const v = visitOf('LBP 6/10, ↓ROM L/S. XR L/S 09/15/2026. SMT L/S.');
    const lumbar = v.regions.find((r) => r.region === 'lumbar');
    expect(lumbar?.part).toEqual({ P: true, A: false, R: true, T: false });
    expect(v.part.filter((p) => p.letter === 'R').map((p) => p.span.text)).toEqual(['↓ROM']);
    expect(visitOf('dec ROM C5; adjusted C5.').part.map((p) => p.letter)).toEqual(['R']);
    expect(v.xrays.map((x) => [x.date, x.regions])).toEqual([['2026-09-15', ['lumbar']]]);
  });

  it('reads extremity joints in the plural like the singular', () => {
    expect(treated('Adjusted both ankles and knees, the L and R shoulders, wrists and hips.')).toEqual([
      'ankles',
      'knees',
      'R shoulders',
      'wrists',
      'hips',
    ]);
  });

  it('leaves out negated, past and planned treatment', () => {
    expect(treated('No adjustment to the lumbar spine today.')).toEqual([]);
    expect(treated('Cervical spine was not adjusted.')).toEqual([]);
    expect(treated('Lumbar adjustment deferred.')).toEqual([]);
    expect(treated('L5 was previously adjusted in 2023.')).toEqual([]);
    expect(treated('Past history: lumbar subluxation treated in 2022.')).toEqual([]);
    expect(treated('Plan: will adjust T4 next visit.')).toEqual([]);
    expect(treated('Plan: CMT to C5 and T1 2x/week for 4 weeks.')).toEqual([]);
  });

  it('reads a "Plan:" line as today\'s treatment when it bills the manipulation or says it was done', () => {
    expect(treated('Plan: Chiropractic manipulation C5, T1 (diversified), 98940. Re-eval in 4 weeks.')).toEqual(['C5', 'T1']);
    expect(treated('Plan: C5 and T1 adjusted today.')).toEqual(['C5', 'T1']);
  });

  it('reads listings as documented misalignments, and not nerve levels as segments', () => {
    const v = visitOf('C2 PRS and L5 PL adjusted. C6 dermatome numbness.');
    expect(v.segments.map((s) => [s.name, s.listing ?? null])).toEqual([
      ['C2', 'PRS'],
      ['L5', 'PL'],
    ]);
    expect(v.part.filter((p) => p.letter === 'A')).toHaveLength(2);
  });

  it('builds the Regions table: occiput is head for the diagnosis and cervical for the count', () => {
    const v = visitOf(
      'Occiput fixation with tenderness and restricted flexion. Adjusted the occiput.',
      'M99.01',
    );
    expect(v.regions.map((r) => [r.region, r.countedAs, r.levels, r.treated, r.lesion, r.coded])).toEqual([
      ['head', ['cervical'], ['occiput'], true, true, []],
      ['cervical', [], [], false, false, ['M99.01']],
    ]);
    expect(v.regions[0]?.part).toEqual({ P: true, A: false, R: true, T: false });
  });

  it('reads P/A/R/T per region, without "full ROM" or "no tenderness"', () => {
    const v = visitOf(
      'C5 subluxation, no tenderness, full ROM. Adjusted C5. L3 subluxation with hypertonicity and decreased flexion; adjusted L3.',
    );
    const part = Object.fromEntries(v.regions.map((r) => [r.region, r.part]));
    expect(part['cervical']).toEqual({ P: false, A: false, R: false, T: false });
    expect(part['lumbar']).toEqual({ P: false, A: false, R: true, T: true });
  });

  it('reads care type, the start of treatment, the X-ray date and the plan', () => {
    const v = visitOf(
      'Initial treatment date: 01/15/2026. X-rays dated 12/02/2025 show C3 retrolisthesis. Maintenance care. Plan: 1x/month.',
    );
    expect(v.care.type).toBe('maintenance');
    expect(v.initialTreatment?.date).toBe('2026-01-15');
    expect(v.xrays.map((x) => [x.date, x.regions])).toEqual([['2025-12-02', ['cervical']]]);
    expect(v.plan?.text).toBe('Plan:');
  });

  it('reads a visit-level statement that no manipulation was done today, and it treats nothing after it', () => {
    const visit = visitOf('Adjustment deferred today due to acute flare; ice and e-stim only. L5 subluxation persists with spasm.');
    expect(visit.noManipulation?.text).toBe('Adjustment deferred today');
    expect(visit.segments.filter((s) => s.treated)).toEqual([]);
    expect(visitOf('Patient declined CMT today.').noManipulation?.text).toBe('declined CMT today');
    expect(visitOf('Did not adjust due to flare.').noManipulation?.text).toBe('Did not adjust');
    expect(visitOf('Held adjustments; e-stim.').noManipulation?.text).toBe('Held adjustments');
  });

  it('does not read a deferred region, a plan, history or a list negation as no manipulation', () => {
    for (const note of [
      'Adjustment to L5 deferred; adjusted C5.',
      'Will adjust next visit.',
      'Plan: defer adjustment until MRI.',
      'Was adjusted last week.',
      'Declined adjustment at the last visit.',
      'Consider holding CMT if the flare continues.',
      'No adjustment to the cervical spine, lumbar adjusted.',
      'No change after adjustment.',
    ])
      expect(visitOf(note).noManipulation, note).toBeUndefined();
  });
});
