import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const verdictOf = (code: string, text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'note', kind: 'note', text },
    ],
  }).verdicts?.find((v) => v.code === code);

// Blind note QA stop 53, H5: a disc touching the sac is no canal stenosis when the report denies one.
describe('a contact with the sac the report denies is no spinal stenosis (M48.0-)', () => {
  it('does not support M48.0- from the contact, whatever the contact word and wherever the denial stands', () => {
    for (const text of [
      'L4-5: Broad-based disc bulge effaces the ventral thecal sac. No canal stenosis. Moderate left foraminal stenosis due to facet hypertrophy.',
      'L3-4: A small protrusion indents the thecal sac. Impression: no spinal canal stenosis at any level.',
      'At L4-L5 the thecal sac is mildly flattened by a disc bulge, without canal stenosis.',
    ]) {
      const verdict = verdictOf('M48.061', text);
      expect(verdict?.verdict, text).toBe('finding');
      expect(verdict?.reason, text).not.toMatch(/effac|indent|flatten/);
    }
  });

  it('still supports M48.0- when the canal stenosis is stated, or the contact is not denied', () => {
    expect(
      verdictOf('M48.061', 'L4-5: disc bulge effaces the thecal sac with moderate central canal stenosis.')
        ?.verdict,
    ).toBe('supported');
    expect(
      verdictOf('M48.061', 'Effacement of the thecal sac at L4-5 from a broad disc bulge.')?.verdict,
    ).toBe('supported');
  });
});
