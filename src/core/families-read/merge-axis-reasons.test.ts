import { describe, expect, it } from 'vitest';
import { agreeingComparison, type AxisAgreement } from './axis-agreement';
import { mergeAxisReasons } from './merge-axis-reasons';

const span = { fieldId: 'n', start: 0, end: 9, text: 'foraminal' };
const note = (axis: AxisAgreement['axis'], noteSays: string[], noteDesc: string[]): AxisAgreement => ({ axis, codeSays: [], evidence: [span], by: 'note', noteSays, noteDesc });

describe('merging the axis rules\' reasons', () => {
  it('merges by the agreements, never by reading the sentences back', () => {
    // The reasons' words are whatever a surface wants (here not English at all): the merge reads only the agreements.
    const agreements = [
      note('site', ['foraminal stenosis, C5-C6'], ['@site_foramen;C5-C6']),
      note('region', ['foraminal stenosis, C5-C6, osseous', 'foraminal stenosis, C5-C6'], ['@site_foramen;C5-C6;@mech_osseous', '@site_foramen;C5-C6']),
    ];
    const reasons = [{ reason: 'otra cosa' }, ...agreements.map((agreement, i) => ({ reason: `motivo ${i}`, agreement }))];
    const merged = mergeAxisReasons(reasons);
    // Different mentions, different groups; the one that only names a shorter description is dropped from its group's words.
    expect(merged.map((r) => r.reason)).toEqual([
      'otra cosa',
      "the note documents foraminal stenosis, C5-C6, which matches the code's site",
      "the note documents foraminal stenosis, C5-C6, osseous, which matches the code's region",
    ]);
    expect(merged[2]).toMatchObject({ messageId: 'reason_axes', params: { documented_desc: '@site_foramen;C5-C6;@mech_osseous', axes_terms: 'axis_region' } });
  });

  it('says a procedure that implies the code\'s site and region once, with its template', () => {
    const procedure = (axis: 'site' | 'region'): AxisAgreement => ({ axis, codeSays: [], evidence: [span], by: 'procedure', procedures: [{ quote: 'foraminotomy', levels: 'L5-S1' }] });
    const compared = [agreeingComparison('site-mismatch', 'M99.73', procedure('site')), agreeingComparison('region-mismatch', 'M99.73', procedure('region'))];
    // Each comparison keeps its one-axis sentence.
    expect(compared.map((c) => c.reason)).toEqual(['the procedure "foraminotomy" at L5-S1 implies the code\'s site', 'the procedure "foraminotomy" at L5-S1 implies the code\'s region']);
    const [merged, ...rest] = mergeAxisReasons(compared);
    expect(rest).toEqual([]);
    expect(merged).toEqual({
      reason: 'the procedure "foraminotomy" at L5-S1 implies the code\'s site and region',
      messageId: 'reason_procedure_axes',
      params: { procedures_msgs: JSON.stringify([{ id: 'part_procedure_at', params: { procedure_quotes: 'foraminotomy', levels: 'L5-S1' } }]), axes_terms: 'axis_site|axis_region' },
    });
  });
});
