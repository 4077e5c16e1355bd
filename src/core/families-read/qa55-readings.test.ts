import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { verdictOn as verdictOf } from '../../../test/support/code-and-note';
import { findConditions, levelsOf } from './find-conditions';

// Stop 55, note readers left after the blind QA of stop 54: each class by its shape, with
// sentences of our own.
const conditions = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.span.text, c.status, levelsOf(c)]);

describe('a bulge named by its segment alone is a disc displacement', () => {
  it.each([
    ['L3-4 bulge.', 'L3-L4'],
    ['L4-5: mild broad-based bulge, no stenosis.', 'L4-L5'],
    ['Bulging at L5-S1.', 'L5-S1'],
    ['MRI C5/6 small posterior bulge.', 'C5-C6'],
  ])('"%s"', (text, level) => {
    expect(conditions(text).filter((c) => c[0] === 'disc-displacement')).toEqual([
      ['disc-displacement', expect.stringMatching(/^bulg/i) as string, 'affirmed', [level]],
    ]);
  });

  it('supports the disc displacement code of its region, and a denied one does not', () => {
    expect(verdictOf('M51.26', 'Lumbar MRI: L3-4 bulge.')).toBe('supported');
    expect(verdictOf('M50.222', 'C5-6 bulge, no cord contact.')).toBe('supported');
    expect(verdictOf('M51.26', 'No L3-4 bulge.')).toBe('finding');
  });

  it('leaves a bulge no segment names', () => {
    expect(
      conditions('Abdominal wall bulge with coughing. Lumbar strain.').filter(
        (c) => c[0] === 'disc-displacement',
      ),
    ).toEqual([]);
    expect(
      conditions('Bulge of the anterior neck, thyroid.').filter((c) => c[0] === 'disc-displacement'),
    ).toEqual([]);
  });
});

describe('a C8 root names its segment, C7-T1', () => {
  it('however it is written, and beside another level in the sentence', () => {
    expect(conditions('left c8 radiculopathy.')).toEqual([
      ['radiculopathy', 'radiculopathy', 'affirmed', ['C7-T1']],
    ]);
    expect(conditions('Left C8 radiculopathy and C5-6 spondylosis.')).toEqual([
      ['radiculopathy', 'radiculopathy', 'affirmed', ['C7-T1']],
      ['spondylosis', 'spondylosis', 'affirmed', ['C5-C6']],
    ]);
    expect(verdictOf('M54.13', 'Right C8 radicular pain; C4-5 uncovertebral spurring.')).toBe('supported');
  });

  it('leaves a radiculopathy whose own root is another', () => {
    expect(conditions('C6 radiculopathy and C7-T1 spondylosis.')[0]).toEqual([
      'radiculopathy',
      'radiculopathy',
      'affirmed',
      ['C5-C6'],
    ]);
  });
});

describe('sciatica and a lumbar disc in separate sentences of one assessment line (QA54 M4)', () => {
  const inpatient = (codes: string, note: string) =>
    analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: codes },
        { id: 'note', kind: 'note', text: note },
      ],
      setting: 'inpatient',
    });
  const verdicts = (r: ReturnType<typeof analyze>) =>
    Object.fromEntries((r.verdicts ?? []).map((v) => [v.code, v.verdict]));
  const NOTE =
    'Admitted for pain control after lifting.\nImpression: Severe low back pain with left sciatica. Probable L4-5 disc extrusion; MRI ordered.';

  it('inpatient, ties the sciatica to the suspected disc: "with radiculopathy"', () => {
    expect(verdicts(inpatient('M51.16 M51.26', NOTE))).toEqual({
      'M51.16': 'supported',
      'M51.26': 'finding',
    });
  });

  it('outpatient, ties it to an established disc, and the uncertain one supports nothing', () => {
    expect(
      verdictOf('M51.16', 'Assessment: low back pain with right sciatica. MRI shows L4-5 disc protrusion.'),
    ).toBe('supported');
    expect(verdictOf('M51.16', NOTE)).toBe('finding');
  });

  it('does not tie them across lines, to another cause, or to a disc whose roots are not the sciatic nerve', () => {
    expect(
      verdicts(inpatient('M51.16', 'Low back pain with left sciatica.\nProbable L4-5 disc extrusion.'))[
        'M51.16'
      ],
    ).toBe('finding');
    expect(
      verdicts(
        inpatient(
          'M51.16',
          'Low back pain with left sciatica from piriformis syndrome. Probable L4-5 disc extrusion.',
        ),
      )['M51.16'],
    ).toBe('finding');
    expect(verdicts(inpatient('M51.16', 'Left sciatica. Probable L1-2 disc extrusion.'))['M51.16']).toBe(
      'finding',
    );
  });
});
