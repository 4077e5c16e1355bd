import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';

const read = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.levels.map((l) => l.normalized), m.regions]);

// A lone vertebra before a root word names the nerve root, where symptoms run, not the narrowed segment.
describe('a nerve-root level is not the stenosis level', () => {
  it('leaves the stenosis its own level, or none, and keeps the root region', () => {
    expect(read('Left C7 radiculopathy due to C6-7 foraminal narrowing.')).toEqual([[['C6-C7'], ['cervical']]]);
    expect(read('Lateral recess stenosis with right L5 radiculopathy.')).toEqual([[[], ['lumbar']]]);
    expect(read('Foraminal stenosis impinging the exiting C5 nerve root.')).toEqual([[[], ['cervical']]]);
    expect(read('Subarticular stenosis at L4-5 abutting the traversing L5 root.')).toEqual([[['L4-L5'], ['lumbar']]]);
    expect(read('Canal stenosis, numbness in an L4 distribution.')).toEqual([[[], ['lumbar']]]);
  });

  it('reads a C8 root, which has no vertebra, as cervical (it exits at C7-T1), and no other "C8"', () => {
    expect(read('Foraminal stenosis with left C8 radiculopathy.')).toEqual([[[], ['cervical']]]);
    expect(read('Foraminal narrowing compressing the right C8 nerve root.')).toEqual([[[], ['cervical']]]);
    expect(read('Foraminal stenosis with weakness in a C8 myotome.')).toEqual([[[], ['cervical']]]);
    expect(read('Foraminal stenosis, grip C8 5/5.')).toEqual([[[], []]]);
    expect(read('Foraminal stenosis, AC8 root.')).toEqual([[[], []]]);
  });

  it('keeps a lone vertebra that names the stenosis level, and segments before a root word', () => {
    expect(read('L5 foraminal stenosis on the left.')).toEqual([[['L5'], ['lumbar']]]);
    expect(read('Canal stenosis at C4 and C5.')).toEqual([[['C4-C5'], ['cervical']]]);
    expect(read('Foraminal stenosis at C5-6 radiculopathy level.')).toEqual([[['C5-C6'], ['cervical']]]);
  });
});
