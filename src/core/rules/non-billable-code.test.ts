import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { invalidCode } from './invalid-code';
import { nonBillableCode } from './non-billable-code';
import { page, runRule } from './run-rule';

const lookup = loadSpineLookup();

describe('non-billable-code', () => {
  it('flags the header M99.6 and offers M99.61 from "C5-6 foraminal stenosis from osteophytes."', () => {
    const { findings } = runRule(nonBillableCode, page('M99.6', 'C5-6 foraminal stenosis from osteophytes.'), { lookup });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', suggestions: ['M99.61'] });
    expect(findings[0]?.message).toMatch(/header/);
  });

  it('offers the first codes under the header when the note names no region', () => {
    const { findings } = runRule(nonBillableCode, page('M99.6', 'No imaging yet.'), { lookup });
    expect(findings[0]?.suggestions).toEqual(['M99.60', 'M99.61', 'M99.62', 'M99.63', 'M99.64']);
  });

  it('knows M99 headers without a catalog, and M99.9 is complete at four characters', () => {
    expect(runRule(nonBillableCode, page('M99.6', 'Foraminal stenosis.')).findings).toHaveLength(1);
    expect(runRule(nonBillableCode, page('M99.9', 'Foraminal stenosis.')).findings).toEqual([]);
  });

  it('points only at the correctly typed places when the header was also typed with a letter', () => {
    const { findings } = runRule(nonBillableCode, page('M99.O, M99.0', 'Foraminal stenosis.'), { lookup, before: [invalidCode] });
    expect(findings[0]?.evidence.map((e) => e.text)).toEqual(['M99.0']);
  });
});

describe('what a header lacks', () => {
  const said = (code: string) => runRule(nonBillableCode, page(code, 'x'), { lookup }).findings[0];
  it('names the region only where the codes under the header name one', () => {
    expect(said('M99.6')?.messageId).toBe('finding_header_code');
    expect(said('M43.1')?.message).toMatch(/needs one more character for the region\.$/);
    // The 6th character of M51.36- says where the pain is, and of M48.06- whether claudication is
    // documented. Its reportable codes, not its first five digits: M51.363-M51.368 do not exist.
    expect(said('M51.36')).toMatchObject({ messageId: 'finding_header_code_more', suggestions: ['M51.360', 'M51.361', 'M51.362', 'M51.369'] });
    expect(said('M51.36')?.message).toMatch(/needs one more character\.$/);
    expect(said('M48.06')?.messageId).toBe('finding_header_code_more');
  });
});
