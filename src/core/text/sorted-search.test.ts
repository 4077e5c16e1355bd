import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, firstStartingAt } from './sorted-search';

const sorted = fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 20 }).map((list) => list.sort((a, b) => a - b));

describe('sorted-search', () => {
  it('finds what a scan from the front finds, among the first `length` entries', () => {
    fc.assert(
      fc.property(sorted, fc.integer({ min: -5, max: 60 }), fc.nat(25), (list, from, extra) => {
        const length = Math.min(list.length, extra);
        const scan = list.slice(0, length).findIndex((v) => v >= from);
        expect(firstAtOrAfter(list, from, length)).toBe(scan < 0 ? length : scan);
        const whole = list.findIndex((v) => v >= from);
        expect(firstAtOrAfter(list, from)).toBe(whole < 0 ? list.length : whole);
        const spans = list.map((start) => ({ start }));
        expect(firstStartingAt(spans, from)).toBe(whole < 0 ? list.length : whole);
      }),
      { numRuns: 500 },
    );
  });
});
