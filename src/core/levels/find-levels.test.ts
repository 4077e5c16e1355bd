import { describe, expect, it } from 'vitest';
import { findLevels, findRegionWords } from './find-levels';

const normalized = (text: string) => findLevels(text).map((h) => h.level.normalized);
const regions = (text: string) => findLevels(text).flatMap((h) => h.regions);

describe('findLevels', () => {
  it.each([
    ['C5-6', 'C5-C6'],
    ['C5/C6', 'C5-C6'],
    ['C5-C6', 'C5-C6'],
    ['C5–C6', 'C5-C6'],
    ['C5/6', 'C5-C6'],
    ['T12-L1', 'T12-L1'],
    ['L5-S1', 'L5-S1'],
    ['l5-s1', 'L5-S1'],
    ['C7-T1', 'C7-T1'],
    ['O-C1', 'C0-C1'],
    ['C0-C1', 'C0-C1'],
    ['occiput-C1', 'C0-C1'],
    ['atlanto-occipital', 'C0-C1'],
    ['craniovertebral junction', 'C0-C1'],
  ])('normalises "%s" to %s', (text, level) => {
    expect(normalized(`stenosis at ${text} noted`)).toEqual([level]);
  });

  it('expands a range of segments ("C4-5 through C6-7", "L1-L2 to L4-L5") into every segment between', () => {
    expect(normalized('disc osteophyte at C4-5 through C6-7 with cord contact')).toEqual(['C4-C5', 'C5-C6', 'C6-C7']);
    expect(normalized('from L1-L2 to L4-L5')).toEqual(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5']);
    expect(normalized('C6-7 through T1-2')).toEqual(['C6-C7', 'C7-T1', 'T1-T2']);
    // Adjacent, listed, or backwards: the two as read.
    expect(normalized('L4-5 to L5-S1')).toEqual(['L4-L5', 'L5-S1']);
    expect(normalized('C3-4 and C5-6')).toEqual(['C3-C4', 'C5-C6']);
    expect(normalized('L3-4 through L2-3')).toEqual(['L3-L4', 'L2-L3']);
  });

  it('expands "C5 through C7" into C5-C6 and C6-C7', () => {
    expect(normalized('foraminal narrowing from C5 through C7')).toEqual(['C5-C6', 'C6-C7']);
  });

  it('reads the list "C4-5 and C5-6" as two levels', () => {
    expect(normalized('stenosis at C4-5 and C5-6')).toEqual(['C4-C5', 'C5-C6']);
  });

  it('keeps the exact offsets of what was written', () => {
    const [hit] = findLevels('At L4-5, mild stenosis', 100);
    expect(hit).toMatchObject({ start: 103, end: 107, level: { raw: 'L4-5', normalized: 'L4-L5' } });
  });

  it.each([
    ['C7-T1', 'cervical'],
    ['T12-L1', 'thoracic'],
    ['L5-S1', 'lumbar'],
    ['O-C1', 'head'],
    ['C2-3', 'cervical'],
  ])('puts the junction %s in the upper region (%s), as ICD-10 site words do', (level, region) => {
    expect(regions(level)).toEqual([region]);
  });

  it('marks C1-C2 cervical but ambiguous (head and cervical conventions disagree)', () => {
    expect(findLevels('C1-C2 stenosis')[0]).toMatchObject({ regions: ['cervical'], regionAmbiguous: true });
  });

  it('reads the S1 nerve root as compressed at L5-S1, in the lumbar region', () => {
    expect(regions('compression of the S1 nerve root')).toEqual(['lumbar']);
  });

  it('does not read "C5-C4" as a level range', () => {
    expect(normalized('C5-C4')).toEqual(['C5']);
  });
});

// T1 and T2 are also the MRI weightings (relaxation times): a radiologist's "T2 signal change at
// C5" names one cervical level, not the second thoracic vertebra.
describe('T1 and T2 as MRI weightings', () => {
  it.each([
    ['Cord compression with T2 signal change at C5.', ['C5']],
    ['Increased T2 hyperintensity in the cord at C5-6.', ['C5-C6']],
    ['Stenosis at C5-C6 on T2-weighted images.', ['C5-C6']],
    ['T1- and T2-weighted images show stenosis at C5-C6.', ['C5-C6']],
    ['Sagittal T1 and T2 images show stenosis at C5-C6.', ['C5-C6']],
    ['Cord signal is hyperintense on T2 at C4-5.', ['C4-C5']],
    ['Blooming on T2* at C6.', ['C6']],
    ['Severe stenosis C4-5 with T2 cord signal change.', ['C4-C5']],
    ['T1 marrow signal is normal; canal stenosis at L4-5.', ['L4-L5']],
  ])('reads no vertebra in "%s"', (text, levels) => {
    expect(normalized(text)).toEqual(levels);
  });

  it.each([
    ['Stenosis at T1-T2 with cord compression.', ['T1-T2']],
    ['Compression fracture of T2 with canal stenosis.', ['T2']],
    ['Foraminal stenosis at C7-T1 and T1-T2.', ['C7-T1', 'T1-T2']],
    ['T1 and T2 nerve roots are compressed.', ['T1-T2']],
    ['Fracture of T2 with cord compression.', ['T2']],
  ])('still reads the vertebrae of "%s"', (text, levels) => {
    expect(normalized(text)).toEqual(levels);
  });
});

describe('levels typed in lower case', () => {
  it('reads c, t and l right before a digit as a level ("t7-t8" as "c5-c6" and "l4-l5"), not a lone one or s/d', () => {
    expect(normalized('at t7-t8 there is a protrusion, t4-5 and t12-l1 bulges')).toEqual(['T7-T8', 'T4-T5', 'T12-L1']);
    expect(normalized('c5-c6 and l4-l5')).toEqual(['C5-C6', 'L4-L5']);
    expect(normalized('t2 weighted images; s 1 and d 5')).toEqual([]);
  });
});

describe('listhesis written "L4 on L5"', () => {
  it('reads one segment from two adjacent vertebrae joined by "on" or "upon"', () => {
    expect(findLevels('anterolisthesis of L4 on L5').map((h) => h.level.normalized)).toEqual(['L4-L5']);
    expect(findLevels('retrolisthesis of C4 upon C5').map((h) => h.level.normalized)).toEqual(['C4-C5']);
    expect(findLevels('slip of L5 on S1').map((h) => h.level.normalized)).toEqual(['L5-S1']);
  });
});

describe('findRegionWords', () => {
  it('names every region a text mentions, in axis order, a word inside another included', () => {
    expect(findRegionWords('LOW BACK pain; occipito-cervical fusion, sacrum and T-spine normal')).toEqual(['head', 'cervical', 'thoracic', 'lumbar', 'sacral']);
    expect(findRegionWords('cervicothoracic and lumbosacral junctions')).toEqual(['cervical', 'lumbar']);
    expect(findRegionWords('no region here, necklace')).toEqual([]);
  });
});

describe('dictated level shorthand', () => {
  const read = (text: string) => findLevels(text).map((h) => [h.level.raw, h.level.normalized]);

  it('carries the region letter on to bare pairs listed after a segment', () => {
    expect(read('at C5-6 and 6-7')).toEqual([
      ['C5-6', 'C5-C6'],
      ['6-7', 'C6-C7'],
    ]);
    expect(read('L2-3, 3-4 and 4-5').map((x) => x[1])).toEqual(['L2-L3', 'L3-L4', 'L4-L5']);
  });

  // The pair is looked for only where what follows the segment may start it, within reach.
  it('reads a pair as far from the segment as the joining words let it stand, and no further', () => {
    expect(read('C4-5  ,  and  5-6 stenosis').map((x) => x[1])).toEqual(['C4-C5', 'C5-C6']);
    expect(read('C4-5\u00a0\u00a0,\u00a0\u00a0and\u00a0\u00a05-6').map((x) => x[1])).toEqual(['C4-C5', 'C5-C6']);
    expect(read('C4-5  ,  and   5-6 stenosis').map((x) => x[1])).toEqual(['C4-C5']);
  });

  it('leaves measures, times, scores and non-adjacent pairs alone', () => {
    expect(read('C5-6, 3-4 mm')).toEqual([['C5-6', 'C5-C6']]);
    expect(read('L4-5 and 5-6 weeks')).toEqual([['L4-5', 'L4-L5']]);
    expect(read('C5-6; pain 5-6/10')).toEqual([['C5-6', 'C5-C6']]);
    expect(read('L3-4 and 2-5')).toEqual([['L3-4', 'L3-L4']]);
  });

  it('reads two adjacent vertebrae with a space for the dash as their segment', () => {
    expect(read('narrowing L5 S1 due to a bulge')).toEqual([['L5 S1', 'L5-S1']]);
    expect(read('at L4 L5.')).toEqual([['L4 L5', 'L4-L5']]);
  });

  it('keeps a list of vertebrae and two named roots apart', () => {
    expect(read('C5 C6 C7').map((x) => x[1])).toEqual(['C5', 'C6', 'C7']);
    expect(read('L5 S1 radiculopathy').map((x) => x[1])).toEqual(['L5', 'S1']);
    expect(read('L4 L6').map((x) => x[1])).toEqual(['L4']);
  });

  it('reads two adjacent vertebrae written with no mark between as their segment (QA stop 46, G28)', () => {
    expect(read('disc protrusion at L5S1 level')).toEqual([['L5S1', 'L5-S1']]);
    expect(read('L4L5 and L5S1.')).toEqual([
      ['L4L5', 'L4-L5'],
      ['L5S1', 'L5-S1'],
    ]);
    expect(read('T12L1, C7T1, l5s1')).toEqual([
      ['T12L1', 'T12-L1'],
      ['C7T1', 'C7-T1'],
      ['l5s1', 'L5-S1'],
    ]);
    // Not adjacent, or backwards: no segment, and no vertebra either (no word ends after the first).
    expect(read('C5T2 S1L5 L5S9 C1C1')).toEqual([]);
    expect(findRegionWords('LSS with NC')).toEqual(['lumbar']);
  });
});
