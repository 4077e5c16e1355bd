import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../test/corpus/icd10cm/order-rows';
import { analyze } from './analyze';
import type { Finding, RuleId } from './types';

const lookup = loadSpineLookup();
const run = (code: string, note: string, withLookup = true) =>
  analyze(
    {
      fields: [
        { id: 'dx', kind: 'diagnosis', text: code },
        { id: 'note', kind: 'note', text: note },
      ],
    },
    withLookup ? { lookup } : {},
  );
const rule = (findings: Finding[], id: RuleId) => findings.find((f) => f.rule === id);
const rules = (findings: Finding[]) => findings.map((f) => f.rule);

describe('analyze rules', () => {
  it('accepts M99.61 for "Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes."', () => {
    const { findings } = run('M99.61', 'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.');
    expect(rules(findings)).not.toContain('site-mismatch');
    expect(rules(findings)).not.toContain('region-mismatch');
    expect(rules(findings)).not.toContain('mechanism-mismatch');
    expect(rules(findings)).not.toContain('unsupported-code');
  });

  it('names a finding the report states twice only once in the message: "C5-6 foraminal narrowing due to osteophytes. Impression: C5-6 foraminal stenosis due to osteophytes."', () => {
    const finding = rule(
      run('M99.60', 'Findings: C5-6 foraminal narrowing due to osteophytes. Impression: C5-6 foraminal stenosis due to osteophytes.').findings,
      'region-mismatch',
    );
    expect(finding?.evidence.length).toBeGreaterThanOrEqual(3);
    expect(finding?.message.match(/foraminal stenosis, C5-6/g)).toHaveLength(1);
  });

  it('flags region-mismatch for M99.60 with "Moderate left C5-6 foraminal narrowing due to osteophytes." and suggests M99.61', () => {
    const finding = rule(run('M99.60', 'Moderate left C5-6 foraminal narrowing due to osteophytes.').findings, 'region-mismatch');
    expect(finding?.severity).toBe('error');
    expect(finding?.suggestions).toEqual(['M99.61']);
    expect(finding?.evidence.map((e) => e.text)).toEqual(['M99.60', 'foraminal narrowing']);
  });

  it('flags site-mismatch for canal code M99.31 with "Severe C5-6 neuroforaminal stenosis secondary to osteophytes."', () => {
    const finding = rule(run('M99.31', 'Severe C5-6 neuroforaminal stenosis secondary to osteophytes.').findings, 'site-mismatch');
    expect(finding?.suggestions).toEqual(['M99.61']);
    expect(finding?.sources.length).toBeGreaterThan(0);
  });

  it('flags site-mismatch for foramen code M99.73 with "Central canal stenosis at L4-5 due to disc bulge."', () => {
    const finding = rule(run('M99.73', 'Central canal stenosis at L4-5 due to disc bulge.').findings, 'site-mismatch');
    // The M99 category note: the canal stenosis is M48.061, not M99.53 (QA stop 45, I).
    expect(finding?.suggestions).toEqual(['M48.061']);
  });

  it('flags mechanism-mismatch for M99.61 with "Left C6-7 foraminal stenosis due to disc protrusion."', () => {
    const finding = rule(run('M99.61', 'Left C6-7 foraminal stenosis due to disc protrusion.').findings, 'mechanism-mismatch');
    expect(finding?.suggestions).toEqual(['M99.71']);
  });

  it('lowers mechanism-mismatch to info for "C6-7 foraminal narrowing from a disc-osteophyte complex." (ambiguous)', () => {
    const { findings } = run('M99.51', 'C6-7 foraminal narrowing from a disc-osteophyte complex.');
    expect(rule(findings, 'site-mismatch')).toBeDefined();
    expect(rule(findings, 'suggested-code')).toBeUndefined();
  });

  it('flags unsupported-code for M99.63 with "No canal or foraminal stenosis at L4-5."', () => {
    const finding = rule(run('M99.63', 'No canal or foraminal stenosis at L4-5.').findings, 'unsupported-code');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/negated/);
  });

  it('flags unsupported-code for M99.61 with "Cannot exclude C5-6 foraminal stenosis."', () => {
    const finding = rule(run('M99.61', 'Cannot exclude C5-6 foraminal stenosis.').findings, 'unsupported-code');
    expect(finding?.message).toMatch(/uncertain/);
  });

  it('flags implausible-region for M99.66 with "Right L4-5 foraminal narrowing secondary to facet hypertrophy."', () => {
    const { findings } = run('M99.66', 'Right L4-5 foraminal narrowing secondary to facet hypertrophy.');
    expect(rule(findings, 'implausible-region')?.suggestions).toEqual(['M99.63']);
    expect(rule(findings, 'region-mismatch')).toBeUndefined();
  });

  it('flags invalid-code for M99.6A, which is not in the catalog', () => {
    expect(rule(run('M99.6A', 'Foraminal stenosis.').findings, 'invalid-code')?.severity).toBe('error');
  });

  it('flags the typed letter O in "M99.6O" as invalid-code and suggests M99.60', () => {
    const finding = rule(run('M99.6O', 'Occiput-C1 foraminal stenosis due to subluxation.').findings, 'invalid-code');
    expect(finding).toMatchObject({ severity: 'warning', code: 'M99.60', suggestions: ['M99.60'] });
    expect(finding?.evidence.map((e) => e.text)).toEqual(['M99.6O']);
  });

  it('makes one typo finding in the typed code\'s name and marks the checks of the corrected code', () => {
    const { findings } = run('M99.6O', 'C5-6 foraminal stenosis due to osteophytes.');
    const typo = rule(findings, 'invalid-code');
    expect(typo?.message).toBe('You typed M99.6O (letter O). Did you mean M99.60?');
    expect(typo).toMatchObject({ typed: 'M99.6O', messageId: 'finding_typo_letter_o', params: { typed: 'M99.6O', code: 'M99.60' } });
    expect(findings.filter((f) => f.rule === 'invalid-code')).toHaveLength(1);
    expect(rule(findings, 'region-mismatch')).toMatchObject({ typed: 'M99.6O', messageId: 'finding_axis_region', params: { code: 'M99.60', suggestions_or: 'M99.61', said_list: 'C5-C6' } });
  });

  it('gives findings of correctly typed codes a message id but no typed mark', () => {
    const finding = rule(run('M99.60', 'C5-6 foraminal stenosis due to osteophytes.').findings, 'region-mismatch');
    expect(finding?.typed).toBeUndefined();
    expect(finding?.messageId).toBe('finding_axis_region');
  });

  it('still compares a typed "M99.6O" with the note: region-mismatch for "C5-6 foraminal stenosis due to osteophytes."', () => {
    expect(rule(run('M99.6O', 'C5-6 foraminal stenosis due to osteophytes.').findings, 'region-mismatch')?.suggestions).toEqual(['M99.61']);
  });

  it('flags non-billable-code for the header M99.6 and suggests M99.61 from "C5-6 foraminal stenosis from osteophytes."', () => {
    const finding = rule(run('M99.6', 'C5-6 foraminal stenosis from osteophytes.').findings, 'non-billable-code');
    expect(finding?.suggestions).toEqual(['M99.61']);
  });

  it('judges M99 structure without a catalog: M99.6 is a header', () => {
    expect(rule(run('M99.6', 'Foraminal stenosis.', false).findings, 'non-billable-code')).toBeDefined();
  });

  it('leaves non-M99 codes unjudged without a catalog', () => {
    expect(run('Z99.99', 'Foraminal stenosis.', false).findings.filter((f) => f.code === 'Z99.99')).toEqual([]);
  });

  // Settled from the Index (issue 11): "Stenosis, intervertebral foramina" leads to M99.6-/M99.7-,
  // "Stenosis, spinal" to M48.0-. A foraminal-only note is never offered spinal stenosis (this test
  // used to expect M48.061 here); a note that documents canal stenosis is.
  it('names M48.061 as classified-elsewhere for M99.73 with "L4-5 central canal and foraminal stenosis due to disc bulge.", never for the foramen alone', () => {
    const finding = rule(run('M99.73', 'L4-5 central canal and foraminal stenosis due to disc bulge.').findings, 'classified-elsewhere');
    expect(finding?.severity).toBe('info');
    expect(finding?.suggestions).toContain('M48.061');
    const foraminal = rule(run('M99.73', 'L4-5 foraminal stenosis due to disc bulge.').findings, 'classified-elsewhere');
    expect(foraminal?.suggestions ?? []).not.toContain('M48.061');
  });

  it('asks the cause and lists missing-documentation (imaging, neuro) for M99.61 with "Cervical foraminal stenosis."', () => {
    const findings = run('M99.61', 'Cervical foraminal stenosis.').findings;
    // The cause is asked once, by mechanism-unclear (stop 52): the checklist no longer repeats it.
    expect(rule(findings, 'mechanism-unclear')).toMatchObject({ severity: 'info', suggestions: [] });
    const finding = rule(findings, 'missing-documentation');
    expect(finding?.message).not.toMatch(/mechanism/);
    expect(finding?.message).toMatch(/imaging/);
    expect(finding?.message).not.toMatch(/level/i);
  });

  it('suggests M99.73 when "MRI: L4-5 foraminal stenosis due to disc bulge." is documented and nothing entered', () => {
    const finding = rule(run('', 'MRI: L4-5 foraminal stenosis due to disc bulge.').findings, 'suggested-code');
    expect(finding?.code).toBe('M99.73');
  });

  it('gives one finding per code and rule however many mentions disagree', () => {
    const { findings } = run('M99.60', 'C5-6 foraminal stenosis due to osteophyte. C6-7 foraminal stenosis due to osteophyte.');
    expect(findings.filter((f) => f.rule === 'region-mismatch')).toHaveLength(1);
  });
});
