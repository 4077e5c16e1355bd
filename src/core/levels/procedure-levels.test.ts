import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findMentions } from '../mentions/find-mentions';

const read = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.levels.map((l) => l.normalized)]);

// "Status post" governs the operation it names: a finding at another level stays current, with its own level only.
describe('a "status post" about another level', () => {
  it('leaves a finding at its own level current, without the operated level', () => {
    expect(read('Severe foraminal narrowing at L3-4, status post fusion at L4-5.')).toEqual([['affirmed', ['L3-L4']]]);
    expect(read('Moderate canal stenosis at C3-4, s/p C4-5 and C5-6 ACDF in 2019.')).toEqual([['affirmed', ['C3-C4']]]);
    expect(read('Status post prior laminectomy at L4-5, now with canal stenosis at L2-3.')).toEqual([['affirmed', ['L2-L3']]]);
  });

  it('keeps the finding historical when the operation is at its level or names no level', () => {
    expect(read('Foraminal stenosis at C6-7, status post C6-7 foraminotomy.')).toEqual([['historical', ['C6-C7']]]);
    expect(read('Status post L5-S1 decompression for canal stenosis at L5-S1.')).toEqual([['historical', ['L5-S1']]]);
    expect(read('Lumbar canal stenosis at L4-5, status post decompression.')).toEqual([['historical', ['L4-L5']]]);
  });

  it('leaves a qualifier stated with the finding current too, unless the operation is at its level', () => {
    const rules = (note: string) =>
      analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M48.062' }, { id: 'n', kind: 'note', text: note }] })
        .findings.filter((f) => f.rule === 'unsupported-code' || f.rule === 'qualifier-mismatch')
        .map((f) => f.rule);
    expect(rules('Canal stenosis at L2-3 with neurogenic claudication, status post fusion at L4-5 and L5-S1.')).toEqual([]);
    expect(rules('Canal stenosis at L2-3 with neurogenic claudication, status post L2-3 laminectomy.')).toEqual(['unsupported-code']);
  });
});

// "Recurrent", "residual", "new" before the finding state it as there now, after the operation.
describe('a finding stated as present after the operation', () => {
  it('is current at the operated level too, before or after the cue', () => {
    expect(read('Status post L4-5 laminectomy with recurrent stenosis.')).toEqual([['affirmed', ['L4-L5']]]);
    expect(read('Recurrent stenosis at L4-5, status post L4-5 laminectomy.')).toEqual([['affirmed', ['L4-L5']]]);
    expect(read('S/p L4-5 decompression, residual severe foraminal stenosis at L4-5.')).toEqual([['affirmed', ['L4-L5']]]);
    expect(read('Status post C5-6 ACDF with persistent left foraminal narrowing at C5-6.')).toEqual([['affirmed', ['C5-C6']]]);
  });

  it('leaves the reason for the operation and other history cues historical', () => {
    expect(read('Status post L4-5 laminectomy for stenosis.')).toEqual([['historical', ['L4-L5']]]);
    expect(read('History of recurrent stenosis at L4-5.')).toEqual([['historical', ['L4-L5']]]);
    // The word must stand before the finding in its own clause, not in the next sentence.
    expect(read('Status post L4-5 laminectomy for stenosis. New onset of pain.')).toEqual([['historical', ['L4-L5']]]);
  });
});
