import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';

// QA45 class C: a radiologist asking for correlation "for" a condition has not found it (outpatient
// uncertain diagnoses are not coded, Guidelines IV.H).
const statuses = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status]);
const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.site, m.status]);

describe('"correlate for" and its phrasings (QA45 class C)', () => {
  it('make the condition after them uncertain', () => {
    expect(statuses('Correlate for left S1 radiculopathy.')).toEqual([['radiculopathy', 'uncertain']]);
    expect(statuses('Clinical correlation for left L3 radiculopathy is recommended.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
    expect(statuses('Correlate clinically for right L5 radiculopathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
    expect(statuses('Clinically correlate for myelopathy.')).toEqual([['myelopathy', 'uncertain']]);
    expect(statuses('Clinical correlation is recommended for C6 radiculopathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
    expect(statuses('Recommend clinical correlation for neurogenic claudication.')).toEqual([
      ['neurogenic claudication', 'uncertain'],
    ]);
    expect(statuses('Correlate with symptoms of left L5 radiculopathy.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
  });

  it('leave the imaged finding before them as it was', () => {
    expect(statuses('L5-S1 disc herniation. Correlate for left S1 radiculopathy.')).toEqual([
      ['herniation', 'affirmed'],
      ['radiculopathy', 'uncertain'],
    ]);
    expect(mentions('Moderate left foraminal stenosis at L4-5; correlate for L4 radiculopathy.')).toEqual([
      ['foramen', 'affirmed'],
    ]);
    // Without "for", the backward "correlate clinically" still speaks of the finding before it.
    expect(statuses('Possible contact with the L5 root, radiculopathy, correlate clinically.')).toEqual([
      ['radiculopathy', 'uncertain'],
    ]);
  });
});
