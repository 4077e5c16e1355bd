import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';

// QA45 class A: plan, screening and monitoring words name what may come, not what is there. Read
// as affirmed, "annual exam for myelopathy signs" turned a correct M47.812 into an M47.12 upgrade.
const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.site, m.status]);
const statuses = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status]);

describe('plan, screening and monitoring words (QA45 class A)', () => {
  it('make the condition after a planned examination, a watch or a monitoring hypothetical', () => {
    expect(statuses('Plan: annual exam for myelopathy signs.')).toEqual([['myelopathy', 'hypothetical']]);
    expect(statuses('Serial examinations for progression of myelopathy.')).toEqual([
      ['myelopathy', 'hypothetical'],
    ]);
    expect(statuses('Exam for signs of cervical myelopathy at each visit.')).toEqual([
      ['myelopathy', 'hypothetical'],
    ]);
    expect(statuses('Watch for signs of lumbar radiculopathy.')).toEqual([['radiculopathy', 'hypothetical']]);
    expect(statuses('Monitor for myelopathy.')).toEqual([['myelopathy', 'hypothetical']]);
    expect(statuses('Will continue monitoring for neurogenic claudication.')).toEqual([
      ['neurogenic claudication', 'hypothetical'],
    ]);
  });

  it('make the condition precautions guard against hypothetical', () => {
    expect(statuses('Myelopathy precautions reviewed with patient.')).toEqual([
      ['Myelopathy', 'hypothetical'],
    ]);
    expect(statuses('Return precautions for worsening radiculopathy given.')).toEqual([
      ['radiculopathy', 'hypothetical'],
    ]);
    expect(statuses('Stenosis at C5-6, precautions for myelopathy given.')).toEqual([
      ['myelopathy', 'hypothetical'],
    ]);
  });

  it('leaves a finding before a comma and its precautions affirmed', () => {
    expect(mentions('Lumbar stenosis, precautions reviewed.')).toEqual([['unspecified', 'affirmed']]);
    expect(statuses('Cervical myelopathy, precautions reviewed.')).toEqual([['myelopathy', 'affirmed']]);
  });

  it('make the condition whose signs were taught hypothetical, but not the signs a patient has', () => {
    expect(statuses('Signs and symptoms of myelopathy reviewed.')).toEqual([['myelopathy', 'hypothetical']]);
    expect(statuses('Reviewed signs and symptoms of cervical myelopathy with the patient.')).toEqual([
      ['myelopathy', 'hypothetical'],
    ]);
    expect(statuses('Educated on warning signs of myelopathy.')).toEqual([['myelopathy', 'hypothetical']]);
    expect(statuses('Patient has signs and symptoms of cervical myelopathy.')).toEqual([
      ['myelopathy', 'affirmed'],
    ]);
    expect(statuses('He presents with signs and symptoms of lumbar radiculopathy.')).toEqual([
      ['radiculopathy', 'affirmed'],
    ]);
  });

  it('leaves screening words uncertain, as before, and a found condition affirmed', () => {
    expect(statuses('Screen for radiculopathy.')).toEqual([['radiculopathy', 'uncertain']]);
    expect(statuses('Exam shows myelopathy signs: positive Hoffmann.')).toEqual([['myelopathy', 'affirmed']]);
    expect(statuses('Cervical spondylosis with myelopathy; monitor gait.')).toEqual([
      ['spondylosis', 'affirmed'],
      ['myelopathy', 'affirmed'],
    ]);
  });
});
