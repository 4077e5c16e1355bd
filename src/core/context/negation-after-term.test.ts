import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { assessContext } from './assess-context';

// QA46 class A: a denial or a doubt written after the finding, or as "neither ... nor", left the
// finding affirmed, and a spondylosis code was told to become the "with myelopathy" one (upcoding).
const statusOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  const { status, trigger } = assessContext(text, { start, end: start + phrase.length });
  return [status, trigger?.text];
};
const conditions = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status]);

describe('"neither ... nor" denies both items', () => {
  it('negates the first item as "nor" negates the second', () => {
    const text = 'Cervical spondylosis C5-C7 with neither myelopathy nor radiculopathy.';
    expect(statusOf(text, 'myelopathy')).toEqual(['negated', 'neither']);
    expect(statusOf(text, 'radiculopathy')).toEqual(['negated', 'nor']);
    expect(conditions(text).filter(([kind]) => kind !== 'spondylosis')).toEqual([
      ['myelopathy', 'negated'],
      ['radiculopathy', 'negated'],
    ]);
    expect(
      statusOf('Neither significant canal stenosis nor foraminal narrowing at L4-5.', 'canal stenosis')[0],
    ).toBe('negated');
  });

  it('reaches the first item only: a finding after the pair in another clause stays affirmed', () => {
    expect(
      statusOf(
        'Neither myelopathy nor radiculopathy; severe foraminal stenosis at C5-6.',
        'foraminal stenosis',
      )[0],
    ).toBe('affirmed');
  });
});

describe('a denial after the finding', () => {
  it.each([
    ['Myelopathy excluded.', 'Myelopathy', 'excluded'],
    ['Myelopathy has been excluded by MRI.', 'Myelopathy', 'has been excluded'],
    ['Cervical myelopathy excluded clinically.', 'myelopathy', 'excluded'],
    ['Myelopathy was considered but not found.', 'Myelopathy', 'was considered but not found'],
    ['Myelopathy was suspected but not confirmed.', 'Myelopathy', 'was suspected but not confirmed'],
    ['Radiculopathy considered and ruled out.', 'Radiculopathy', 'considered and ruled out'],
    ['Signs of myelopathy: nil.', 'myelopathy', 'nil'],
    ['Myelopathy: N/A.', 'Myelopathy', 'N/A'],
    ['Myelopathy: NA', 'Myelopathy', 'NA'],
    ['Myelopathy: not applicable.', 'Myelopathy', 'not applicable'],
    ['Myelopathy: excluded.', 'Myelopathy', 'excluded'],
    ['Myelopathy: ruled out', 'Myelopathy', 'ruled out'],
  ])('negates the finding of "%s"', (text, phrase, trigger) => {
    expect(statusOf(text, phrase)).toEqual(['negated', trigger]);
  });

  it('leaves a finding at a level "excluded from the field of view": the images end there', () => {
    expect(
      statusOf(
        'Mild canal stenosis at C7-T1, partially excluded from the field of view.',
        'canal stenosis',
      )[0],
    ).toBe('affirmed');
    expect(statusOf('Disc bulge at T12-L1, excluded from the imaging field.', 'Disc bulge')[0]).toBe(
      'affirmed',
    );
    expect(statusOf('Myelopathy excluded from the differential.', 'Myelopathy')).toEqual([
      'negated',
      'excluded',
    ]);
  });

  it('keeps the forms already read: "not present", "is unlikely", "absent", "- none", "negative for"', () => {
    expect(statusOf('Myelopathy: not present.', 'Myelopathy')).toEqual(['negated', 'not present']);
    expect(statusOf('Myelopathy is unlikely.', 'Myelopathy')).toEqual(['negated', 'unlikely']);
    expect(statusOf('Myelopathy: absent', 'Myelopathy')).toEqual(['negated', 'absent']);
    expect(statusOf('Myelopathy - none', 'Myelopathy')).toEqual(['negated', 'none']);
    expect(statusOf('Exam negative for myelopathy.', 'myelopathy')).toEqual(['negated', 'negative for']);
    expect(statusOf('Myelopathy? No.', 'Myelopathy')[0]).toBe('uncertain');
  });

  it('reads "nil" before a finding as "no", within a few words', () => {
    expect(statusOf('Nil focal neurology; nil myelopathic signs.', 'myelopathic')).toEqual([
      'negated',
      'nil',
    ]);
  });

  it('ends a "nil" or "N/A" answer with its line', () => {
    expect(statusOf('Myelopathy: nil\nForaminal stenosis at C6-7.', 'Foraminal stenosis')[0]).toBe(
      'affirmed',
    );
    expect(statusOf('Myelopathy: N/A\nForaminal stenosis at C6-7.', 'Foraminal stenosis')[0]).toBe(
      'affirmed',
    );
  });
});

describe('"not ... excluded" after the finding stays a hedge, never a denial', () => {
  it.each([
    'Myelopathy could not be excluded.',
    'Myelopathy cannot be excluded.',
    'Myelopathy has not been excluded.',
    'Myelopathy not excluded.',
    'Myelopathy cannot be entirely excluded.',
    'Myelopathy can not be definitively excluded.',
    'Myelopathy is not yet excluded.',
    "Myelopathy can't be excluded.",
  ])('reads "%s" as uncertain', (text) => {
    expect(statusOf(text, 'Myelopathy')[0]).toBe('uncertain');
  });
});

describe('a doubt after the finding', () => {
  it('makes it uncertain, before or after it', () => {
    expect(statusOf('Myelopathy doubtful.', 'Myelopathy')).toEqual(['uncertain', 'doubtful']);
    expect(statusOf('Cervical myelopathy is doubtful given the normal exam.', 'myelopathy')).toEqual([
      'uncertain',
      'is doubtful',
    ]);
    expect(statusOf('Doubtful left L5 radiculopathy.', 'radiculopathy')).toEqual(['uncertain', 'Doubtful']);
  });

  it('leaves a finding "of doubtful significance" affirmed: its weight is in doubt, not the finding', () => {
    expect(statusOf('Small disc bulge at L3-4, of doubtful clinical significance.', 'disc bulge')[0]).toBe(
      'affirmed',
    );
    expect(
      statusOf('Mild foraminal narrowing at C5-6 of doubtful significance.', 'foraminal narrowing')[0],
    ).toBe('affirmed');
  });
});
