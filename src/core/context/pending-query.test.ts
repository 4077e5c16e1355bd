import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { analyze } from '../analyze';

const lookup = loadSpineLookup();
const result = (code: string, note: string) => {
  const r = analyze(
    {
      fields: [
        { id: 'dx', kind: 'diagnosis', text: code },
        { id: 'note', kind: 'note', text: note },
      ],
    },
    { lookup },
  );
  const findings = r.findings.filter((f) => f.code === code);
  return {
    verdict: r.verdicts?.find((v) => v.code === code)?.verdict,
    suggested: findings.flatMap((f) => f.suggestions),
  };
};

// QA stop 48, class F: a documentation query's options are the query writer's, not documentation.
describe('a documentation query to the provider', () => {
  const options = [
    '[ ] Cervical spinal stenosis with myelopathy',
    '[ ] Cervical spinal stenosis without myelopathy',
    '[ ] Clinically undetermined',
  ].join('\n');

  it.each([
    `Physician query: please clarify the cervical stenosis noted on 10/02.\n${options}\nProvider response: pending`,
    `Clinical documentation improvement query\nPlease specify:\n${options}\nPhysician's reply: awaiting`,
    `CDI query: clarify the stenosis.\n${options}`,
  ])('documents nothing while pending: %s', (note) => {
    const r = result('M48.02', note);
    expect(r.verdict).not.toBe('supported');
    expect(r.suggested).toEqual([]);
  });

  it('counts the provider\u2019s answer', () => {
    const note = `Physician query: please clarify the stenosis.\n${options}\nProvider response: cervical spinal stenosis C5-6 without myelopathy.`;
    expect(result('M48.02', note).verdict).toBe('supported');
  });

  it('leaves a note that only mentions a query alone', () => {
    expect(
      result('M48.02', 'Patient query regarding results. MRI: cervical canal stenosis at C5-6.').verdict,
    ).toBe('supported');
  });
});
