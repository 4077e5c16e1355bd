import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote } from '../../../../test/support/code-and-note';

// An M99 "with radiculopathy" alternative (M51.1-, M47.2-, M50.1-) rests on a radiculopathy of the
// mention's part of the spine: one named with no level but with a region word ("cervical
// radiculopathy") is not a thoracic disc's. Sentences of our own.
const elsewhere = (code: string, note: string) =>
  analyzeCodesAndNote(code, note).findings.find((f) => f.rule === 'classified-elsewhere')?.suggestions;

describe('the radiculopathy of an M99 alternative', () => {
  it('is not one the note places in another part of the spine by a region word', () => {
    expect(
      elsewhere(
        'M99.52',
        'Central canal stenosis at T11-12 due to disc bulge. Assessment: cervical radiculopathy.',
      ),
    ).toEqual(['M48.04']);
  });

  it('is one in the same part, or one with no region word or level', () => {
    expect(
      elsewhere('M99.52', 'Central canal stenosis at T11-12 due to disc bulge. Thoracic radiculopathy.'),
    ).toEqual(['M48.04', 'M51.14']);
    expect(
      elsewhere('M99.52', 'Central canal stenosis at T11-12 due to disc bulge. Radiculopathy on exam.'),
    ).toEqual(['M48.04', 'M51.14']);
  });
});
