import { describe, expect, it } from 'vitest';
import { FAMILIES, familyOf, parseFamilyCode, REGION_SCHEMES, regionOfLevel } from '.';
import { KNOWLEDGE_SOURCES } from './sources';
import type { CodeFamily, RegionScheme } from './types';
import { validateKnowledge } from './validate-families';

const m99 = FAMILIES.find((f) => f.id === 'm99')!;
const clone = <T>(v: T): T => structuredClone(v);

describe('code families', () => {
  it('reads M99.61 as foraminal stenosis (osseous or subluxation), cervical region of the M99 scheme', () => {
    const parsed = parseFamilyCode('M99.61');
    expect(parsed?.family.id).toBe('m99');
    expect(parsed?.subcategory.code).toBe('M99.6');
    expect(parsed?.axes).toMatchObject({ site: 'foramen', mechanisms: ['osseous', 'subluxation'] });
    expect(parsed?.region).toMatchObject({ id: 'cervical', digit: '1' });
    expect(parsed?.complete).toBe(true);
  });

  it('reads every M99 subcategory, M99.9 complete at four characters and headers incomplete', () => {
    expect(parseFamilyCode('M99.01')?.axes.lesion).toBe('segmental-somatic-dysfunction');
    expect(parseFamilyCode('M99.19')?.region?.id).toBe('abdomen-other');
    expect(parseFamilyCode('M99.9')?.complete).toBe(true);
    expect(parseFamilyCode('M99.6')?.complete).toBe(false);
    expect(parseFamilyCode('M99.91')).toBeUndefined();
    expect(familyOf('E11.9')).toBeUndefined();
  });

  it('maps levels per scheme: C7-T1 is cervical for M99 and cervicothoracic for the dorsopathy codes', () => {
    expect(regionOfLevel('m99', 'C7-T1')?.region.id).toBe('cervical');
    expect(regionOfLevel('dorsopathy', 'C7-T1')?.region.id).toBe('cervicothoracic');
    expect(regionOfLevel('m99', 'L5-S1')?.region.id).toBe('lumbar');
    expect(regionOfLevel('dorsopathy', 'L5-S1')?.region.id).toBe('lumbosacral');
    expect(regionOfLevel('dorsopathy', 'T12-L1')?.region.digit).toBe('5');
  });

  it('marks C1-C2 as a convention in the M99 scheme and as occipito-atlanto-axial in the dorsopathy scheme', () => {
    expect(regionOfLevel('m99', 'C1-C2')).toMatchObject({ region: { id: 'cervical' }, ambiguous: true });
    expect(regionOfLevel('m99', 'C0-C1')).toMatchObject({ region: { id: 'head' }, ambiguous: false });
    expect(regionOfLevel('dorsopathy', 'C1-C2')).toMatchObject({ region: { id: 'occipito-atlanto-axial' }, ambiguous: false });
    expect(regionOfLevel('dorsopathy', 'C5-C6')?.region.id).toBe('cervical');
    expect(regionOfLevel('m99', 'not a level')).toBeUndefined();
  });

  it('names both schemes and keeps every region label equal to the order file wording', () => {
    expect(REGION_SCHEMES.map((s) => s.name)).toEqual(['M99 codes', 'M40-M54 dorsopathy codes', 'M50 cervical disc codes']);
    expect(REGION_SCHEMES[1]?.regions.map((r) => r.label)).toContain('sacral and sacrococcygeal region');
  });
});

describe('knowledge validation names the bad entry', () => {
  const schemes = (): RegionScheme[] => clone([...REGION_SCHEMES]);
  const families = (): CodeFamily[] => [clone(m99)];

  it('accepts the shipped data', () => {
    expect(() => validateKnowledge(KNOWLEDGE_SOURCES, REGION_SCHEMES, FAMILIES)).not.toThrow();
  });

  it('rejects a region digit the scheme lacks', () => {
    const f = families();
    f[0]!.subcategories[0]!.regionDigits = ['X'];
    expect(() => validateKnowledge(KNOWLEDGE_SOURCES, schemes(), f)).toThrow(/family "m99" subcategory "M99.0": region digit "X" is not in the M99 codes/);
  });

  it('rejects an unknown source id and a missing scheme', () => {
    const f = families();
    f[0]!.subcategories[2]!.sources = ['nowhere'];
    expect(() => validateKnowledge(KNOWLEDGE_SOURCES, schemes(), f)).toThrow(/subcategory "M99.2" cites unknown source "nowhere"/);
    const g = families();
    (g[0] as { scheme: string }).scheme = 'lumbar-only';
    expect(() => validateKnowledge(KNOWLEDGE_SOURCES, schemes(), g)).toThrow(/family "m99" uses region scheme "lumbar-only"/);
  });

  it('rejects a level rule that names a region the scheme does not have', () => {
    const s = schemes();
    s[1]!.levelMap[0]!.region = 'skull';
    expect(() => validateKnowledge(KNOWLEDGE_SOURCES, s, families())).toThrow(/region scheme "dorsopathy" level rule 1 .* names region "skull"/);
  });

  it('rejects a code pattern that is not a regular expression', () => {
    const f = families();
    f[0]!.codePattern = '^M99(';
    expect(() => validateKnowledge(KNOWLEDGE_SOURCES, schemes(), f)).toThrow(/family "m99": codePattern/);
  });
});
