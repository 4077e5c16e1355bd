import { describe, expect, it } from 'vitest';
import { reachesRoot, segmentSpan } from './root-reach';

describe('segmentSpan', () => {
  it('reads a segment, a range and a junction as vertebra ordinals', () => {
    expect(segmentSpan('C4-C5')).toEqual([4, 5]);
    expect(segmentSpan('C7-T1')).toEqual([7, 8]);
    expect(segmentSpan('L5-S1')).toEqual([24, 25]);
    expect(segmentSpan('C4-C5-C5-C6')).toEqual([4, 6]);
  });

  it('gives nothing for a lone vertebra or an unreadable level', () => {
    expect(segmentSpan('C6')).toBeUndefined();
    expect(segmentSpan('lumbar')).toBeUndefined();
  });
});

describe('reachesRoot', () => {
  it('cervical: only the segment the root leaves through (C6 root: C5-C6)', () => {
    expect(reachesRoot(['C5-C6'], ['C5-C6'])).toBe(true);
    expect(reachesRoot(['C4-C5'], ['C5-C6'])).toBe(false);
    expect(reachesRoot(['C6-C7'], ['C5-C6'])).toBe(false);
  });

  it('lumbar: the segment the root crosses and the one it leaves through (L5 root: L4-L5 and L5-S1)', () => {
    expect(reachesRoot(['L4-L5'], ['L4-L5'])).toBe(true);
    expect(reachesRoot(['L5-S1'], ['L4-L5'])).toBe(true);
    expect(reachesRoot(['L3-L4'], ['L4-L5'])).toBe(false);
  });

  it('C7-T1 reaches one segment down, since its root may be T1', () => {
    expect(reachesRoot(['T1-T2'], ['C7-T1'])).toBe(true);
    expect(reachesRoot(['C6-C7'], ['C7-T1'])).toBe(false);
  });

  it('a cause over several segments reaches when one of them does', () => {
    expect(reachesRoot(['C3-C4', 'C5-C6'], ['C5-C6'])).toBe(true);
    expect(reachesRoot(['C3-C6'], ['C5-C6'])).toBe(true);
  });

  it('cannot tell, so reaches, when either side has no readable segment', () => {
    expect(reachesRoot([], ['C5-C6'])).toBe(true);
    expect(reachesRoot(['C4-C5'], [])).toBe(true);
    expect(reachesRoot(['C5'], ['C5-C6'])).toBe(true);
    expect(reachesRoot(['C4-C5'], ['cervical'])).toBe(true);
  });
});
