import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findMentions } from '../mentions/find-mentions';

const rules = (codes: string, note: string) =>
  analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: codes }, { id: 'note', kind: 'note', text: note }] }).findings.filter(
    (f) => f.rule !== 'suggested-code' && f.rule !== 'missing-documentation',
  );

describe('a question asserts nothing', () => {
  it('leaves the finding it asks about uncertain', () => {
    const [m] = findMentions({ id: 'n', kind: 'note', text: 'Is spinal stenosis present? Answer: see below.' });
    expect(m).toMatchObject({ status: 'uncertain', trigger: { text: '?' } });
    const [q] = findMentions({ id: 'n', kind: 'note', text: 'Could the leg pain come from L4-5 foraminal stenosis?' });
    expect(q?.status).toBe('uncertain');
  });

  it('does not document a condition a form asks about and answers no', () => {
    const note = 'Question 1: Is there cervical radiculopathy? Answer: No. Full strength, symmetric reflexes. MRI: mild cervical spondylosis.';
    expect(rules('M47.812', note)).toEqual([]);
    expect(rules('M54.12', note).map((f) => f.rule)).toContain('unsupported-code');
  });

  it('keeps the statement after the question as it is written', () => {
    const ms = findMentions({ id: 'n', kind: 'note', text: 'Is there stenosis? Yes: moderate canal stenosis at L4-5.' });
    expect(ms.find((m) => m.site === 'canal')?.status).toBe('affirmed');
  });
});

describe('a "?" that opens a doubt is no question', () => {
  it('leaves the sentence before "(?" as it is written', () => {
    const [m] = findMentions({ id: 'n', kind: 'note', text: 'Moderate canal stenosis at L4-5 (? early cord contact) on axial images.' });
    expect(m?.status).toBe('affirmed');
  });
});
