import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// Lead QA stop 59: a "with radiculopathy" code's level is the level of the disc that causes the
// radiculopathy, not every disc level an MRI lists (check-family-code.ts, radiculopathyCauses).
const run = (code: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'note', kind: 'note', text: note },
    ],
  }).findings.filter((f) => f.code === code && f.rule !== 'suggested-code');
const suggestions = (code: string, note: string) => run(code, note).map((f) => [f.rule, f.suggestions]);

const C6_ROOT =
  'Right arm pain into the thumb. MRI: at C5-C6 a right foraminal disc protrusion impinges on the exiting right C6 nerve root. ' +
  'C6-C7 mild disc bulge without stenosis. Assessment: right C6 radiculopathy from the C5-C6 disc herniation.';
const C7_ROOT =
  'Neck and arm pain. MRI: C4-5 small central disc bulge, no stenosis. C6-7 left paracentral extrusion narrowing the left foramen. ' +
  'Impression: left C7 radiculopathy.';

describe('the level of a disc code with radiculopathy', () => {
  it('names only the level whose disc reaches the radiculopathy', () => {
    expect(suggestions('M50.121', C6_ROOT)).toEqual([['region-mismatch', ['M50.122']]]);
    expect(suggestions('M50.11', C6_ROOT)).toEqual([['region-mismatch', ['M50.122']]]);
    expect(suggestions('M50.11', C7_ROOT)).toEqual([['region-mismatch', ['M50.123']]]);
    expect(run('M50.122', C6_ROOT)).toEqual([]);
    // A code at a level the note documents a disc at is not called wrong: the level a radiculopathy
    // is read at may be wrong ("C5-6 greater than C6-7, left greater than C4-5 right with left
    // radiculopathy").
    expect(run('M50.123', C6_ROOT)).toEqual([]);
  });

  it('keeps every documented level when no radiculopathy is affirmed, or for a code without one', () => {
    const noRoot = 'MRI: C5-C6 disc protrusion. C6-C7 disc bulge. No radiculopathy.';
    expect(suggestions('M50.221', noRoot)).toEqual([['region-mismatch', ['M50.222', 'M50.223']]]);
    expect(suggestions('M50.221', C6_ROOT)).toEqual([['region-mismatch', ['M50.222', 'M50.223']]]);
  });
});
