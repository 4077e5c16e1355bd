import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { FieldText } from '../types';
import { isChiroVisit } from './chiro-context';

const procedure = (text: string): FieldText => ({ id: 'cpt', kind: 'procedure', text });
const note: FieldText = {
  id: 'note',
  kind: 'note',
  text: 'Bilateral L3-L5 medial branch radiofrequency ablation for lumbar facet arthropathy.',
};

describe('isChiroVisit: a procedure field', () => {
  it('makes a visit when it is empty, or holds a manipulation, adjunct or E/M code, or a mistyped manipulation code', () => {
    for (const text of ['', 'CMT today', '98941-AT', '97110 GP', '99213-25', '98944', '64635, 98940'])
      expect(isChiroVisit([procedure(text)], []), text).toBe(true);
  });

  it("makes no visit when every code in it is another specialty's (an RFA, a fusion)", () => {
    for (const text of ['64635', '64635-50, 64636', '22633\n22840'])
      expect(isChiroVisit([procedure(text)], []), text).toBe(false);
  });
});

describe('a pain-procedure page', () => {
  it('gets no chiropractic checklist and no "not a procedure code ChartLint knows" for each of its lines', () => {
    const result = analyze({
      fields: [{ id: 'dx', kind: 'diagnosis', text: 'M47.816' }, procedure('64635\n64636'), note],
    });
    expect(result.findings.filter((f) => f.rule === 'unknown-procedure')).toEqual([]);
    expect(result.chiro).toBeUndefined();
    expect(result.checklist.map((i) => i.id)).not.toContain('part');
  });

  it('still lists a mistyped code on a chiropractic visit', () => {
    const result = analyze({
      fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.03' }, procedure('98944'), note],
    });
    expect(result.findings.filter((f) => f.rule === 'unknown-procedure').map((f) => f.code)).toEqual([
      '98944',
    ]);
  });
});
