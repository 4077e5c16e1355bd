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

// The provider's answer after unpunctuated checkbox lines ("[x] Lumbar spondylosis without
// myelopathy⏎Answer - ...") starts its own scope: neither the query's hypothetical section nor
// the last option's words ("without") reach it, whatever the heading's case or spacing.
describe('an answer line after a query\u2019s checkbox options', () => {
  const boxes = ['[ ] Lumbar spinal stenosis', '[x] Lumbar spondylosis without myelopathy'].join('\n');
  const statuses = (note: string) =>
    analyze({ fields: [{ id: 'note', kind: 'note', text: note }] }, { lookup })
      .mentions.filter((m) => m.span.text.includes('canal stenosis'))
      .map((m) => [m.span.text, m.status]);

  it.each([
    'Answer - lumbar canal stenosis L4-5',
    'answer - lumbar canal stenosis L4-5',
    'ANSWER \u2013 lumbar canal stenosis L4-5',
    'Answer -lumbar canal stenosis L4-5',
    'Response- lumbar canal stenosis L4-5',
    'Provider answer - lumbar canal stenosis L4-5',
    'physician response: lumbar canal stenosis L4-5',
  ])('reads "%s" as the provider\u2019s own statement', (answer) => {
    for (const title of ['CDI query: please clarify the lumbar diagnosis.\n', ''])
      expect(statuses(`${title}${boxes}\n${answer}`)).toEqual([['canal stenosis', 'affirmed']]);
  });

  it('counts the answer for the code, and still nothing from the options while it is pending', () => {
    const query = `CDI query: please clarify the lumbar diagnosis.\n${boxes}\n`;
    expect(result('M48.061', `${query}Answer - lumbar canal stenosis L4-5`).verdict).toBe('supported');
    expect(result('M48.061', `${query}answer - pending`).verdict).not.toBe('supported');
    expect(result('M48.061', `${query}Response -`).verdict).not.toBe('supported');
  });

  it('leaves a line that only starts with such a word in its sentence', () => {
    const note = 'No canal stenosis at L4-5 and\nresponse to PT has been good.';
    expect(
      analyze({ fields: [{ id: 'note', kind: 'note', text: note }] }, { lookup }).mentions.map(
        (m) => m.status,
      ),
    ).toEqual(['negated']);
  });
});

describe('an answer heading with a date, a time or who answered, after checkbox options', () => {
  it.each([
    'physician response 11/10/26 - lumbar canal stenosis L4-5',
    'provider response from Dr. Ng 11/17/2026 - lumbar canal stenosis L4-5',
  ])('reads "%s" as the provider\u2019s own statement', (answer) => {
    const note = `CDI query: please clarify.\n[ ] Lumbar spinal stenosis\n[x] Lumbar spondylosis without myelopathy\n${answer}`;
    const mentions = analyze({ fields: [{ id: 'note', kind: 'note', text: note }] }, { lookup }).mentions;
    expect(mentions.filter((m) => m.span.text.includes('canal stenosis')).map((m) => m.status)).toEqual([
      'affirmed',
    ]);
  });
});
