import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { radicularSigns } from './radicular-signs';

// QA pages stop 52 H4: radiculopathy described only by its signs.
const run = (codes: string, text: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'n', kind: 'note', text },
    ],
  });
const finding = (codes: string, text: string) =>
  run(codes, text).findings.find((f) => f.rule === 'unsupported-code');
const signs = (text: string) => radicularSigns([{ id: 'n', kind: 'note', text }]).map((s) => s.text);

describe('signs of radiculopathy', () => {
  it('are read from dermatomes, radiation, the root touched, root tension and reflexes', () => {
    expect(signs('Numbness in the S1 dermatome. Pain radiating to the posterior thigh and calf.')).toEqual([
      'Numbness in the S1 dermatome',
      'radiating to the posterior thigh and calf',
    ]);
    expect(
      signs(
        'Disc abutting the traversing left L5 nerve root; SLR positive at 40 degrees; absent ankle jerk... ',
      ),
    ).toEqual(['abutting the traversing left L5 nerve root', 'SLR positive', 'absent ankle jerk']);
    expect(signs('Diminished right ankle reflex. Pain in an L5 distribution.')).toEqual([
      'Diminished right ankle reflex',
      'Pain in an L5 distribution',
    ]);
  });

  it('are not read where denied', () => {
    expect(signs('Negative SLR. No radiating pain. Reflexes normal; no dermatomal numbness.')).toEqual([]);
    // A normal exam and a cord's sensory level name dermatomes without a symptom.
    expect(signs('Sensation intact to light touch in L1 through L2 dermatomal distributions.')).toEqual([]);
    expect(signs('Sensory level is at the C4 dermatome.')).toEqual([]);
  });

  it('turn "does not document" into a query, with the verdict kept', () => {
    const note =
      'Pain radiates down the left leg. MRI: L5-S1 protrusion contacting the right S1 nerve root. Positive straight leg raise.';
    const f = finding('M54.17', note);
    expect(f?.messageId).toBe('finding_family_radicular_signs');
    expect(f?.message).toContain('query the provider');
    expect(run('M54.17', note).verdicts?.find((v) => v.code === 'M54.17')?.verdict).not.toBe('supported');
    // Without signs, as before.
    expect(finding('M54.17', 'Low back pain after lifting.')?.messageId).toBe('finding_family_lesion_absent');
  });

  it('reads mass effect on the root as compression, and a named radiculopathy as before', () => {
    expect(
      finding('M54.16', 'MRI: L4-5 disc bulge with mass effect on the exiting left L4 nerve root.')
        ?.messageId,
    ).not.toBe('finding_family_lesion_absent');
    expect(finding('M54.16', 'Left L4 radiculopathy.')).toBeUndefined();
  });
});
