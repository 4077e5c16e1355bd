import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { invalidCode } from './invalid-code';
import { page, runRule } from './run-rule';

const lookup = loadSpineLookup();

describe('invalid-code', () => {
  it('is an error for M99.6A, which is not in the catalog, and offers what the note documents', () => {
    const { findings } = runRule(invalidCode, page('M99.6A', 'C5-6 foraminal stenosis due to osteophytes.'), { lookup });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', code: 'M99.6A', suggestions: ['M99.61'] });
  });

  it('is a warning naming the fix for a letter O typed for a zero ("M99.6O")', () => {
    const { findings } = runRule(invalidCode, page('M99.6O', 'Occiput-C1 foraminal stenosis due to subluxation.'), { lookup });
    expect(findings[0]).toMatchObject({ severity: 'warning', code: 'M99.60', suggestions: ['M99.60'] });
    expect(findings[0]?.evidence.map((e) => e.text)).toEqual(['M99.6O']);
  });

  it('says nothing about an existing code', () => {
    expect(runRule(invalidCode, page('M99.61', 'C5-6 foraminal stenosis.'), { lookup }).findings).toEqual([]);
  });

  it('judges only M99 structure without a catalog: M99.91 is invalid, Z99.99 is left alone', () => {
    expect(runRule(invalidCode, page('M99.91', 'Foraminal stenosis.')).findings[0]?.severity).toBe('error');
    expect(runRule(invalidCode, page('Z99.99', 'Foraminal stenosis.')).findings).toEqual([]);
  });
});
