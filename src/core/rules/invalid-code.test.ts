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

describe('invalid-code: what was typed, less the characters too many, read against the note (blind QA stop 54, M2)', () => {
  const said = (code: string, note: string) => runRule(invalidCode, page(code, note), { lookup }).findings[0];
  const neck = 'MRI C-spine: C6-7 disc-osteophyte complex with moderate central canal stenosis; cord normal.';
  const back = 'MRI L-spine: L3-4 broad disc bulge and facet overgrowth with moderate central canal stenosis.';

  it('keeps the region and category typed: M48.02 for "M48.022" beside a cervical stenosis, not a lumbar code', () => {
    const f = said('M48.022', neck);
    expect(f?.suggestions).toEqual(['M48.02']);
    expect(f?.message).toBe('M48.022 is not an ICD-10-CM code. The note supports M48.02.');
  });

  it('when the note contradicts the shorter form, offers what the family check reads from the note', () => {
    // M48.02 is cervical; the note is lumbar and says nothing of claudication.
    expect(said('M48.022', back)?.suggestions).toEqual(['M48.061']);
    // M48.062 (with claudication) is the shorter form, and the note names no claudication.
    expect(said('M48.0623', back)?.suggestions).toEqual(['M48.061']);
  });

  it('M99: the shorter form the stenosis statements document, with the code the category note sends them to first', () => {
    const f = said('M99.73X', 'Right L4-5 foraminal narrowing due to a disc bulge. Also moderate L4-5 central canal stenosis from a disc bulge.');
    expect(f?.suggestions[0]).not.toMatch(/^M99\.5/);
    expect(f?.suggestions).toContain('M99.73');
    const canal = said('M99.33X', 'L3-4 central canal stenosis due to facet osteophytes.');
    expect(canal?.suggestions).toEqual(['M48.061', 'M99.33']);
    expect(canal?.messageId).toBe('finding_not_a_code');
    expect(canal?.params?.supports_msg).toBe('sentence_note_supports_elsewhere_first');
  });

  it('inpatient, reads an uncertain stenosis for the category note as it does for the shorter form (care-setting/)', () => {
    const note = 'Impression: probable L4-5 central canal stenosis due to facet hypertrophy.';
    const f = runRule(invalidCode, { ...page('M99.33X', note), setting: 'inpatient' }, { lookup }).findings[0];
    expect(f?.suggestions).toEqual(['M48.061', 'M99.33']);
    expect(f?.params?.supports_msg).toBe('sentence_note_supports_elsewhere_first');
  });

  it('puts the note codes nearest what was typed first when the shorter form is another region', () => {
    const f = said('M99.63X', 'C5-6 foraminal stenosis due to uncovertebral osteophytes; canal stenosis at C5-6 from a disc bulge.');
    expect(f?.suggestions.filter((c) => c.startsWith('M99.'))[0]).toBe('M99.61');
  });
});
