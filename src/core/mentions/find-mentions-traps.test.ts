import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const read = (text: string) => findMentions({ id: 'note', kind: 'note', text });

describe('findMentions on the annotation guide traps and dictation shorthand', () => {
  it.each([
    'Moderate aortic stenosis with a systolic murmur.',
    'Disc space narrowing at L4-5 and L5-S1.',
    'T12 compression fracture without retropulsion.',
    'Wide decompression of the L4 and L5 nerve roots was performed.',
    'Axial compression test was negative.',
    'Sequential compression devices were placed on both legs.',
    'EMG shows ulnar nerve entrapment at the elbow.',
    'Carotid stenosis of 50% on the right.',
    'Severe stenosis of the proximal LAD with a patent graft.',
    'Subglottic stenosis after prolonged intubation.',
    'Small bowel narrowing with compression of the adjacent loops.',
    'Compression stockings were applied to both lower extremities.',
    'Pneumatic compression of the lower extremities was used throughout.',
  ])('reports nothing for "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads neural compression whose sentence also names limbs or bowel and bladder symptoms, and "neurologic compression"', () => {
    expect(read('A hematoma can compress the spinal cord and cause weakness of all four extremities and loss of bowel and bladder control.').map((m) => m.site)).toEqual(['canal']);
    expect(read('Given the amount of neurologic compression seen on the MRI, surgery was advised.')).toHaveLength(1);
  });

  it('reads "NFN b/l at C5-6 from DOC" as bilateral foraminal narrowing with an ambiguous mechanism', () => {
    const [m] = read('C5-6: severe NFN b/l due to DOC.');
    expect(m).toMatchObject({ site: 'foramen', laterality: 'bilateral', severity: 'severe', mechanismAmbiguous: true });
  });

  it('reads dictated "mod" as moderate in "L4-5 mod central canal stenosis."', () => {
    expect(read('L4-5 mod central canal stenosis.')[0]?.severity).toBe('moderate');
  });

  it('reads "HNP at L4-5 compressing the traversing L5 root" as a disc compression', () => {
    const [m] = read('HNP at L4-5 compressing the traversing L5 root.');
    expect(m).toMatchObject({ kind: 'compression', mechanisms: ['disc'], regions: ['lumbar'] });
  });

  it('reads an all-caps impression: "IMPRESSION: SEVERE CENTRAL CANAL STENOSIS AT L4-L5 SECONDARY TO DISC BULGE."', () => {
    const [m] = read('IMPRESSION: SEVERE CENTRAL CANAL STENOSIS AT L4-L5 SECONDARY TO DISC BULGE.');
    expect(m).toMatchObject({ site: 'canal', severity: 'severe', mechanisms: ['disc'], status: 'affirmed' });
  });

  it('reads bullet items separately: "- L4-5 severe foraminal stenosis\\n- L5-S1 no stenosis"', () => {
    expect(read('- L4-5 severe foraminal stenosis\n- L5-S1 no stenosis').map((m) => m.status)).toEqual(['affirmed', 'negated']);
  });

  it('reads "L3-4 posterior non-compressive annular disc bulging." as a negated compression', () => {
    expect(read('L3-4 posterior non-compressive annular disc bulging.')[0]).toMatchObject({ kind: 'compression', status: 'negated', trigger: { text: 'non-compressive' } });
  });

  it('keeps a spine item in a history list that also names a heart condition', () => {
    const [m] = read('PMH: coronary artery disease, hypertension, lumbar stenosis many years ago.');
    expect(m).toMatchObject({ regions: ['lumbar'], status: 'historical' });
  });

  it('does not read "normal cord signal" as a statement about the canal', () => {
    expect(read('Normal cord signal throughout.')).toEqual([]);
  });
});
