import { describe, expect, it } from 'vitest';
import { findConditions } from './find-conditions';

// The family reader reads a sentence's levels as the stenosis reader does (levels/finding-levels.ts).
const read = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.levels.join(',') || c.regionWords.join('/')]);

describe('the levels of a condition statement', () => {
  it('drops a level a correction sets aside', () => {
    expect(read('Disc herniation at C5-6, not C4-5.')).toEqual([['disc-displacement', 'C5-C6']]);
    expect(read('Facet arthropathy is at L4-5 rather than L3-4.')).toEqual([['spondylosis', 'L4-L5']]);
    expect(read('Anterolisthesis not at L3-4 but at L4-5.')).toEqual([['spondylolisthesis', 'L4-L5']]);
    // A list of two levels is no correction.
    expect(read('Disc bulges at C5-6 and C6-7.')).toEqual([['disc-displacement', 'C5-C6,C6-C7']]);
  });

  it('takes the nearest level label before the statement on its line, else the one the line starts with', () => {
    expect(read('Findings: C4-C5: mild disc bulge. C5-C6: uncovertebral joint osteophytes cause foraminal narrowing.')).toEqual([
      ['disc-displacement', 'C4-C5'],
      ['spondylosis', 'C5-C6'],
    ]);
    expect(read('L4-5: disc bulge. Facet arthropathy.')).toEqual([
      ['disc-displacement', 'L4-L5'],
      ['spondylosis', 'L4-L5'],
    ]);
  });

  it("gives a root alone below the neck the segment it leaves through too (alsoLevels); a cervical root only its own", () => {
    const also = (text: string) => findConditions({ id: 'n', kind: 'note', text }).filter((c) => c.kind === 'radiculopathy').map((c) => [c.levels.join(','), c.alsoLevels.join(',')]);
    expect(also('Left L5 radiculopathy.')).toEqual([['L4-L5', 'L5-S1']]);
    expect(also('Left L1 radiculopathy.')).toEqual([['T12-L1', 'L1-L2']]);
    expect(also('Right T1 radiculopathy.')).toEqual([['C7-T1', 'T1-T2']]);
    expect(also('Left S1 radiculopathy.')).toEqual([['L5-S1', 'S1-S2']]);
    expect(also('Left C6 radiculopathy.')).toEqual([['C5-C6', '']]);
    expect(also('Left C8 radiculopathy.')).toEqual([['C7-T1', '']]);
    // A segment stated for the radiculopathy is where it is: nothing besides.
    expect(also('L4-5 radiculopathy.')).toEqual([['L4-L5', '']]);
  });

  it('reads dictated levels', () => {
    expect(read('Disc protrusion at L 45 with facet arthropathy.')).toEqual([
      ['disc-displacement', 'L4-L5'],
      ['spondylosis', 'L4-L5'],
    ]);
    expect(read('Broad disc bulge at L four five.')).toEqual([['disc-displacement', 'L4-L5']]);
    // "see 5-6" is C5-6 only in a note about the neck.
    expect(read('Neck pain. Uncovertebral spurring at see 5-6.')[1]).toEqual(['spondylosis', 'C5-C6']);
  });

  it('does not give a root vertebra to a condition other than radiculopathy, whose region it still tells', () => {
    expect(read('C6 radiculopathy from a disc herniation.')).toEqual([
      ['radiculopathy', 'C5-C6'],
      ['disc-displacement', 'cervical'],
    ]);
    expect(read('Left S1 radiculopathy due to a disc extrusion.')).toEqual([
      ['radiculopathy', 'L5-S1'],
      ['disc-displacement', 'lumbosacral'],
    ]);
    expect(read('Spondylosis with pain in an L5 distribution.')[0]).toEqual(['spondylosis', 'lumbar']);
    // The region is the dorsopathy scheme's for the root's segment, as for radiculopathy's own level: C1-C2 is occipito-atlanto-axial.
    expect(read('Spondylosis with C2 radiculopathy.')).toEqual([
      ['spondylosis', 'occipito-atlanto-axial'],
      ['radiculopathy', 'C1-C2'],
    ]);
    // C8 has no vertebra: its root exits at C7-T1, the dorsopathy scheme's cervicothoracic region (M50.x3, M54.13).
    expect(read('Disc herniation with left C8 radiculopathy.')).toEqual([
      ['disc-displacement', 'cervicothoracic'],
      ['radiculopathy', 'C7-T1'],
    ]);
    expect(read('Spondylosis causing C8 nerve root compression.')[0]).toEqual(['spondylosis', 'cervicothoracic']);
    expect(read('Disc protrusion, numbness in a C8 distribution.')).toEqual([['disc-displacement', 'cervicothoracic']]);
    // T1 is a vertebra: its root takes the segment above (C7-T1), as L1's takes T12-L1, and the one it leaves through besides (alsoLevels).
    expect(read('Disc protrusion with T1 radiculopathy.')[0]).toEqual(['disc-displacement', 'cervicothoracic']);
    // "C8" that names no root, or a longer word, gives nothing.
    expect(read('Disc protrusion; C8 strength 5/5.')).toEqual([['disc-displacement', '']]);
    // A segment in the sentence is the condition's level; the root stays radiculopathy's.
    expect(read('Right L4 radiculopathy from an L4-5 disc extrusion.')).toEqual([
      ['radiculopathy', 'L3-L4'],
      ['disc-displacement', 'L4-L5'],
    ]);
  });
});
