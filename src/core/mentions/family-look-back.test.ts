import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

// QA stop 49, C10: a family member's condition takes no level from the sentence before.
const read = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [
    m.status,
    m.levels.map((l) => l.normalized),
    m.regions,
  ]);

describe('the look-back level and a family history statement', () => {
  it('gives a family history statement without a level of its own no level and no region from the sentence before', () => {
    expect(
      read('Sister: disc protrusion C6-C7.\nShe worries because of a family history of spinal stenosis.'),
    ).toEqual([['family', [], []]]);
  });

  it('still gives the look-back level to the patient\u2019s own statement, and keeps a family statement\u2019s own words', () => {
    expect(read('MRI: disc protrusion C6-C7.\nThere is moderate stenosis.')).toEqual([
      ['affirmed', ['C6-C7'], ['cervical']],
    ]);
    expect(read('Sister: disc protrusion C6-C7.\nFamily history of lumbar stenosis.')[0]?.[2]).toEqual([
      'lumbar',
    ]);
  });
});
