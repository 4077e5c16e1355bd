import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../../test/corpus/icd10cm/order-rows';
import { analyze } from '../../analyze';
import type { RuleId } from '../../types';

// Class 5 of issue 18: a procedure that decompresses a named foramen is evidence of the site,
// level and region it implies, never a stenosis statement.

const lookup = loadSpineLookup();
const MISMATCH: RuleId[] = ['site-mismatch', 'region-mismatch', 'mechanism-mismatch'];
const run = (codes: string, note: string) =>
  analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: codes }, { id: 'note', kind: 'note', text: note }] }, { lookup });
const mismatches = (codes: string, note: string, code = codes) => run(codes, note).findings.filter((f) => f.code === code && MISMATCH.includes(f.rule)).map((f) => f.rule);

const OP = 'PREOPERATIVE DIAGNOSIS: Central canal stenosis at L4-5 from a disc herniation. PROCEDURE: Right L5-S1 foraminotomy and L4-5 laminotomy.';

describe('procedure evidence in the stenosis rules', () => {
  it('lets a foraminotomy agree with a foraminal code in its region beside a canal statement, naming it as a procedure', () => {
    const result = run('M99.73', OP);
    expect(result.findings.filter((f) => MISMATCH.includes(f.rule))).toEqual([]);
    const site = result.comparisons?.find((c) => c.rule === 'site-mismatch');
    expect(site).toMatchObject({ outcome: 'supported', evidence: [{ text: 'foraminotomy' }] });
    expect(site?.reason).toMatch(/^the procedure "foraminotomy" at L5-S1 implies the code's site$/);
    // A procedure says nothing of the mechanism: no mechanism comparison rests on it.
    expect(result.comparisons?.some((c) => c.rule === 'mechanism-mismatch')).toBe(false);
    expect(result.procedureEvidence?.map((p) => p.status)).toEqual(['implied-by-procedure']);
  });

  it('does not lend its site to a code of another region', () => {
    expect(mismatches('M99.71', OP)).toEqual(['site-mismatch', 'region-mismatch']);
  });

  it('leaves the mechanism to the statements of the same site', () => {
    const note = 'Foraminal stenosis at L4-5 due to a disc bulge. Procedure: left L4-5 foraminotomy.';
    expect(mismatches('M99.73', note)).toEqual([]);
    expect(mismatches('M99.63', note)).toEqual(['mechanism-mismatch']);
  });

  it('gives no support from an earlier or a denied procedure', () => {
    expect(mismatches('M99.73', 'Status post right L5-S1 foraminotomy in 2019. Today there is mild canal stenosis at L3-4.')).toEqual(['site-mismatch']);
    expect(mismatches('M99.73', 'No foraminotomy was needed at L5-S1. Central canal stenosis at L5-S1 due to a disc bulge.')).toEqual(['site-mismatch']);
  });

  it('never stands as a stenosis statement: a procedure alone leaves the code unsupported and suggests nothing', () => {
    const result = run('M99.73', 'PROCEDURE: Right L5-S1 foraminotomy.');
    expect(result.mentions).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toContain('unsupported-code');
    expect(result.findings.some((f) => f.rule === 'suggested-code')).toBe(false);
    expect(result.checklist.find((i) => i.id === 'site')?.met).toBe(false);
  });

  it('gives an unsited statement at its level the foramen, for a suggestion that quotes the statement', () => {
    const result = run('', 'Lumbar stenosis at L4-5 due to a disc protrusion. PROCEDURE: left L4-5 microforaminotomy.');
    const suggested = result.findings.filter((f) => f.rule === 'suggested-code');
    expect(suggested.map((f) => f.code)).toEqual(['M99.73']);
    expect(suggested[0]?.message).not.toMatch(/foraminotomy/);
    // Beside a laminectomy the operation treated the canal too: no site is implied.
    const both = run('', 'Lumbar stenosis at L4-5 due to a disc protrusion. PROCEDURE: L4-5 laminectomy and foraminotomy.');
    expect(both.findings.some((f) => f.rule === 'suggested-code')).toBe(false);
  });
});
