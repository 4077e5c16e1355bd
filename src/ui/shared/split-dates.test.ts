import { describe, expect, it } from 'vitest';
import { splitDates } from './split-dates';

describe('splitDates', () => {
  it('cuts out each ISO date and keeps the text around it as it was', () => {
    const text = 'ICD-10-CM FY2027 (effective 2026-10-01 to 2027-09-30)';
    const parts = splitDates(text);
    expect(parts.filter((p) => p.date).map((p) => p.text)).toEqual(['2026-10-01', '2027-09-30']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('leaves codes, levels and ranges that are not dates alone', () => {
    for (const text of ['M99.60 at C5-C6', 'M99.00-M99.05', 'ICD-10-CM', 'T52.8X1A', '']) {
      expect(
        splitDates(text).some((p) => p.date),
        text,
      ).toBe(false);
    }
  });
});
