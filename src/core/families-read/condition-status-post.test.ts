import { describe, expect, it } from 'vitest';
import { findConditions } from './find-conditions';

// The family reader and the stenosis reader share one rule (levels/procedure-levels.ts
// currentAfterOperation): the levels a "status post" names are the operation's.
const read = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status, c.levels.join(',')]);

describe('a condition beside a "status post" at another level', () => {
  it('is current, and the operated level is not its level', () => {
    expect(read('Severe stenosis at L4-5 and neurogenic claudication, status post L3-4 laminectomy.')).toEqual([['neurogenic-claudication', 'affirmed', 'L4-L5']]);
    expect(read('Status post L4-5 fusion with new disc herniation at L3-4.')).toEqual([['disc-displacement', 'affirmed', 'L3-L4']]);
    expect(read('S/p C5-6 ACDF, now with a C6-7 disc protrusion.')).toEqual([['disc-displacement', 'affirmed', 'C6-C7']]);
    expect(read('Disc herniation at C5-6, status post fusion at C6-7.')).toEqual([['disc-displacement', 'affirmed', 'C5-C6']]);
  });

  it('stays historical at the operated level itself, or when the operation names the only level', () => {
    expect(read('Disc herniation at L4-5, status post L4-5 microdiscectomy.')).toEqual([['disc-displacement', 'historical', 'L4-L5']]);
    // A root reads as the segment it exits at: L5 at L4-5, the operated level.
    expect(read('Left L5 radiculopathy, status post L4-5 laminectomy.')).toEqual([['radiculopathy', 'historical', 'L4-L5']]);
  });

  it('is current when stated as there again or still after the operation (levels/procedure-levels.ts currentAfterOperation)', () => {
    expect(read('Status post L4-5 laminectomy with recurrent disc herniation.')).toEqual([['disc-displacement', 'affirmed', 'L4-L5']]);
    expect(read('Residual left L5 radiculopathy, status post L4-5 laminectomy.')).toEqual([['radiculopathy', 'affirmed', 'L4-L5']]);
    expect(read('History of recurrent disc herniation at L4-5.')).toEqual([['disc-displacement', 'historical', 'L4-L5']]);
  });
});
