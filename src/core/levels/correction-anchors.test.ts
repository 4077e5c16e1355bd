import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { correctionMarks } from '../mentions/corrected-later';
import { takenBack } from './correction-anchors';
import { levelCorrections } from './level-corrections';

const run = (codes: string, text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'n', kind: 'note', text },
    ],
  });
const onlyAs = (codes: string, text: string) =>
  run(codes, text).findings.find((f) => f.messageId === 'finding_family_lesion_only_as');

// Stop 53: the two readers of correction labels (level-corrections.ts, corrected-later.ts) share one list.
describe('correction labels, read alike by both readers', () => {
  it.each([
    'Correction of the assessment: the C6-C7 level is normal.',
    'Correction of the level: the C6-C7 level is normal.',
    'Corrected diagnosis: the C6-C7 level is normal.',
    'Amended report: the C6-C7 level is normal.',
    'ADDENDUM: the C6-C7 level is normal.',
  ])('%s', (text) => {
    expect(levelCorrections(`C6-C7 disc extrusion. ${text}`).map((c) => [c.kind, c.from])).toEqual([
      ['normal', ['C6-C7']],
    ]);
    if (!text.startsWith('ADDENDUM'))
      expect(correctionMarks(`C6-C7 disc extrusion. ${text}`)).toHaveLength(1);
  });

  it('reads no label in an operative "correction of the deformity" nor a plain addendum as a mark', () => {
    expect(
      levelCorrections('Correction of the deformity at C6-C7 was achieved; the C6-C7 level is normal.'),
    ).toEqual([]);
    expect(correctionMarks('ADDENDUM: EMG normal.')).toEqual([]);
  });
});

// Stop 53: a statement a later addendum or correction took back was said to be documented "only as negated".
describe('a statement taken back by a later addendum or correction', () => {
  it.each([
    'MRI cervical: C6-C7 disc extrusion. ADDENDUM: On review, the disc extrusion described at C6-C7 is at C7-T1. The C6-C7 level is normal.',
    'MRI cervical: C6-C7 disc extrusion. Correction: the extrusion is at C7-T1.',
    'The C6-C7 disc extrusion above was entered in error.',
    'Impression: C6-C7 disc extrusion. Amended report: the C6-C7 level is unremarkable.',
  ])("is said to be corrected, in both languages' terms: %s", (text) => {
    const f = onlyAs('M50.223', text);
    expect(f?.message).toContain('only as corrected by a later addendum or correction');
    expect(f?.params?.['statuses_or_terms']).toContain('status_corrected');
  });

  it('keeps "negated" for a statement the note denies where it stands, addendum or not', () => {
    expect(onlyAs('M50.223', 'No disc extrusion at C6-C7.')?.params?.['statuses_or_terms']).toBe(
      'status_negated',
    );
    expect(
      onlyAs('M50.223', 'ADDENDUM: MRI reviewed. No disc extrusion at C6-C7.')?.params?.['statuses_or_terms'],
    ).toBe('status_negated');
  });

  it('needs a correction between the statement and a later trigger', () => {
    const text = 'C6-C7 extrusion. MRI reviewed. None at C6-C7.';
    const trigger = {
      fieldId: 'n',
      start: text.indexOf('None'),
      end: text.indexOf('None') + 4,
      text: 'None',
    };
    expect(takenBack(text, 16, 17, trigger)).toBe(false);
    const corrected = 'C6-C7 extrusion. Erratum: none at C6-C7.';
    const t2 = {
      fieldId: 'n',
      start: corrected.indexOf('none'),
      end: corrected.indexOf('none') + 4,
      text: 'none',
    };
    expect(takenBack(corrected, 16, 17, t2)).toBe(true);
  });
});
