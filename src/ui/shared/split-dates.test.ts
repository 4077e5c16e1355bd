import { describe, expect, it } from 'vitest';
import { splitWhole } from './split-dates';

describe('splitWhole: dates', () => {
  it('cuts out each ISO date and keeps the text around it as it was', () => {
    const text = 'ICD-10-CM FY2027 (effective 2026-10-01 to 2027-09-30)';
    const parts = splitWhole(text);
    expect(parts.filter((p) => p.kind === 'date').map((p) => p.text)).toEqual(['2026-10-01', '2027-09-30']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('leaves codes, levels and ranges that are not dates alone', () => {
    for (const text of ['M99.60 at C5-C6', 'M99.00-M99.05', 'ICD-10-CM', 'T52.8X1A', '']) {
      expect(
        splitWhole(text).some((p) => p.kind === 'date'),
        text,
      ).toBe(false);
    }
  });
});

describe('splitWhole', () => {
  it('cuts out dates and ranges of codes or levels, and keeps the text around them as it was', () => {
    const text =
      'Reads 98925-98929 and 98940-98943; M99.00-M99.05 at C5-C6, L5-S1 or C0-C1 (P04-P96), from 2026-10-01.';
    const parts = splitWhole(text);
    expect(parts.filter((p) => p.kind === 'range').map((p) => p.text)).toEqual([
      '98925-98929',
      '98940-98943',
      'M99.00-M99.05',
      'C5-C6',
      'L5-S1',
      'C0-C1',
      'P04-P96',
    ]);
    expect(parts.filter((p) => p.kind === 'date').map((p) => p.text)).toEqual(['2026-10-01']);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it("leaves names, single codes, a code's trailing dash and counts alone", () => {
    for (const text of [
      'ICD-10-CM',
      'FY2022-FY2026',
      'M47.2-',
      'M99.6-/M99.7-',
      'T52.8X1A',
      '3-4 regions',
      'CIE-10-MC',
      '',
    ]) {
      expect(
        splitWhole(text).some((p) => p.kind),
        text,
      ).toBe(false);
    }
  });
});
