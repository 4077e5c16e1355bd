import { describe, expect, it } from 'vitest';
import { findConditions } from './find-conditions';

// QA46 class D: a condition stated as recurrent is current, whatever history word stands next to it.
const read = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status]);

describe('a recurrent condition beside a history word', () => {
  it('is current when a "status post" dates the operation after it', () => {
    expect(
      read(
        'Assessment: Recurrent L4-5 disc herniation with left L5 radiculopathy, status post microdiscectomy in 2019.',
      ),
    ).toEqual([
      ['disc-displacement', 'affirmed'],
      ['radiculopathy', 'affirmed'],
    ]);
    expect(read('Recurrent C5-6 disc herniation with right C6 radiculopathy, s/p ACDF 2018.')).toEqual([
      ['disc-displacement', 'affirmed'],
      ['radiculopathy', 'affirmed'],
    ]);
    expect(read('s/p L4-5 microdiscectomy 2019; now recurrent left L5 radiculopathy.')).toEqual([
      ['radiculopathy', 'affirmed'],
    ]);
  });

  it('is current when it resolved once and is back', () => {
    expect(
      read('Assessment: Right L5 radiculopathy, previously resolved, now recurrent since October.'),
    ).toEqual([['radiculopathy', 'affirmed']]);
    expect(read('Right L5 radiculopathy, resolved but now recurrent.')).toEqual([
      ['radiculopathy', 'affirmed'],
    ]);
    expect(read('Left S1 radiculopathy, had resolved, now returned after lifting.')).toEqual([
      ['radiculopathy', 'affirmed'],
    ]);
    expect(read('Right L5 radiculopathy, recurred after prior resolution in 2024.')).toEqual([
      ['radiculopathy', 'affirmed'],
    ]);
  });

  it('stays resolved or historical when nothing says it is back', () => {
    expect(read('Right L5 radiculopathy, previously resolved.')).toEqual([['radiculopathy', 'negated']]);
    expect(read('L5 radiculopathy, status post L4-5 microdiscectomy in 2019.')).toEqual([
      ['radiculopathy', 'historical'],
    ]);
    expect(read('History of recurrent disc herniation with L5 radiculopathy.')).toEqual([
      ['disc-displacement', 'historical'],
      ['radiculopathy', 'historical'],
    ]);
  });
});
