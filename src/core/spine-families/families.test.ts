import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../kb';
import { SPINE_FAMILIES, parseSpineCode } from '.';

describe('spine family data', () => {
  it('uses the official titles and only billable FY2026 codes', async () => {
    const { lookup } = await loadCatalog();
    for (const family of SPINE_FAMILIES) {
      for (const sub of family.subcategories) {
        expect(lookup(sub.code)?.title, sub.code).toBe(sub.title);
        const codes = sub.regionDigits.length === 0 ? [sub.code] : sub.regionDigits.flatMap((d) => sub.extra?.[d]?.map((e) => `${sub.code}${d}${e.char}`) ?? [`${sub.code}${d}`]);
        for (const code of codes) {
          expect(lookup(code)?.billable, code).toBe(true);
          expect(parseSpineCode(code)?.complete, code).toBe(true);
        }
      }
    }
  });

  it('reads region, level and qualifiers from the code characters', () => {
    expect(parseSpineCode('M50.122')).toMatchObject({ region: { id: 'mid-cervical' }, axes: { level: 'C5-C6', qualifiers: { radiculopathy: true } } });
    expect(parseSpineCode('M48.062')?.axes.qualifiers).toEqual({ 'neurogenic-claudication': true });
    expect(parseSpineCode('M51.371')?.axes.qualifiers).toMatchObject({ 'discogenic-back-pain': false, 'lower-extremity-pain': true });
    expect(parseSpineCode('M48.01')?.region?.id).toBe('occipito-atlanto-axial');
    expect(parseSpineCode('E11.9')).toBeUndefined();
  });
});
