import { describe, expect, it } from 'vitest';
import { findConditions } from './find-conditions';

const read = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status, c.levels.join(',') || c.regionWords.join('/')]);

describe('findConditions', () => {
  it('gives each level to the nearest condition and reads a root as the segment above it', () => {
    expect(read('L4-5 disc herniation with left L5 radiculopathy.')).toEqual([
      ['disc-displacement', 'affirmed', 'L4-L5'],
      ['radiculopathy', 'affirmed', 'L4-L5'],
    ]);
    expect(read('Right C8 radiculopathy.')).toEqual([['radiculopathy', 'affirmed', 'C7-T1']]);
  });

  it('reads negation, history and uncertainty through assessContext', () => {
    expect(read('No neurogenic claudication. History of cervical myelopathy. Possible anterolisthesis of L4 on L5.')).toEqual([
      ['neurogenic-claudication', 'negated', 'cervical'],
      ['myelopathy', 'historical', 'cervical'],
      ['spondylolisthesis', 'uncertain', 'L4-L5'],
    ]);
  });

  it('takes a level label at the start of the line', () => {
    expect(read('L5-S1: broad disc bulge and facet arthropathy.')).toEqual([
      ['disc-displacement', 'affirmed', 'L5-S1'],
      ['spondylosis', 'affirmed', 'L5-S1'],
    ]);
  });

  it('takes a level label that heads its statement inside a run-on paragraph, and only its own', () => {
    expect(read('Findings: Alignment is normal. C4-C5: mild disc bulge. C6-C7: facet arthropathy.')).toEqual([
      ['disc-displacement', 'affirmed', 'C4-C5'],
      ['spondylosis', 'affirmed', 'C6-C7'],
    ]);
    // A label that is not a level gives nothing.
    expect(read('Findings: Alignment is normal. Impression: mild disc bulge.')[0]?.[2]).not.toMatch(/[CTLS]\d/);
  });
});
