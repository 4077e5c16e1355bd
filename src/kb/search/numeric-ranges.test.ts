import { describe, expect, it } from 'vitest';
import { builtSearchIndex } from '../../../test/support/official-search-indexes';
import { joinDecimals, rangesOf, valueFit } from './numeric-ranges';
import { searchCodes } from './search-codes';

/** The release's titles alone are enough here: the values are read from titles, not Index terms. */
const codes = (q: string, release: 'FY2026' | 'FY2027', n: number): string[] =>
  searchCodes(builtSearchIndex(release, 'titles'), q, { limit: n }).hits.map((h) => h.entry.code);

describe('numeric ranges in titles', () => {
  it.each([
    ['Body mass index [BMI] 18.5-19.9, adult', [{ lo: 18.5, hi: 19.9 }]],
    ['Body mass index [BMI] 18.4 or less, adult', [{ lo: -Infinity, hi: 18.4 }]],
    ['Body mass index [BMI] 70 or greater, adult', [{ lo: 70, hi: Infinity }]],
    ['Blood alcohol level of 20-39 mg/100 ml', [{ lo: 20, hi: 39 }]],
    ['NIHSS score 17', [{ lo: 17, hi: 17 }]],
  ])('reads %s', (title, ranges) => expect(rangesOf(title)).toEqual(ranges));

  it.each([
    'Spondylosis without myelopathy or radiculopathy, cervical region',
    'Other cervical disc displacement at C4-C5 level',
    'Body mass index [BMI] pediatric, 120% of the 95th percentile for age to less than 140% of the 95th percentile for age',
    'Fracture of T11-T12 vertebra',
  ])('finds no measured value in %s (levels, ordinals, shares of another measure)', (title) =>
    expect(rangesOf(title)).toEqual([]),
  );

  it('keeps a decimal typed in a query whole', () => {
    expect(joinDecimals(['bmi', '27', '4', 'adult'], 'BMI 27.4 adult')).toEqual(['bmi', '27.4', 'adult']);
    expect(joinDecimals(['m54', '16', 'lumbar'], 'm54.16 lumbar')).toEqual(['m54', '16', 'lumbar']);
  });

  it('prefers the narrowest range that holds the value, and marks down ranges that hold none', () => {
    const narrow = valueFit('Body mass index [BMI] 32.0-32.9, adult', [32]);
    const wide = valueFit('Body mass index [BMI] 30-39, adult', [32]);
    const open = valueFit('Body mass index [BMI] 40 or greater, adult', [45]);
    expect(narrow).toBeGreaterThan(wide);
    expect(wide).toBeGreaterThan(open);
    expect(valueFit('Body mass index [BMI] 70 or greater, adult', [17])).toBeLessThan(0);
    expect(valueFit('Low back pain, unspecified', [17])).toBe(0);
  });

  it('looks up a measured BMI as the code whose range holds it, in either release (blind QA stop 51)', () => {
    expect(codes('BMI 17 adult', 'FY2027', 1)).toEqual(['Z68.18']);
    expect(codes('BMI 17.6', 'FY2027', 1)).toEqual(['Z68.18']);
    expect(codes('bmi 19', 'FY2027', 1)).toEqual(['Z68.19']);
    expect(codes('BMI 17 adult', 'FY2026', 1)).toEqual(['Z68.1']);
    expect(codes('bmi 27.4 adult', 'FY2026', 1)).toEqual(['Z68.27']);
    expect(codes('bmi 32', 'FY2026', 1)).toEqual(['Z68.32']);
    expect(codes('blood alcohol 45', 'FY2026', 1)).toEqual(['Y90.2']);
    // A title that states the value itself still comes first.
    expect(codes('nihss 17', 'FY2026', 1)).toEqual(['R29.717']);
    expect(codes('17 weeks gestation', 'FY2026', 1)).toEqual(['Z3A.17']);
  });

  it("leaves a spine query's numbers to the levels", () => {
    expect(codes('c5 6 disc herniation', 'FY2026', 1)[0]).toMatch(/^M50\.2/);
  });
});
