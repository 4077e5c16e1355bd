import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';

// QA45 class D: what an operation treated is history, and a with-phrase joined to that reason
// ("decompression for stenosis with right L4 radiculopathy") is part of it: the history cue's
// scope (a `reason` rule) reads past the "with right" terminator (a `joinsFinding` rule).
const statuses = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.span.text, c.status]);
const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.site, m.status]);

describe('a with-phrase joined to the reason for an operation (QA45 class D)', () => {
  it('is historical with the reason', () => {
    expect(
      statuses('Doing well 2 weeks after L3-4 decompression for stenosis with right L4 radiculopathy.'),
    ).toEqual([['radiculopathy', 'historical']]);
    expect(statuses('Surgery for L5-S1 disc herniation with left S1 radiculopathy in 2024.')).toEqual([
      ['herniation', 'historical'],
      ['radiculopathy', 'historical'],
    ]);
    expect(statuses('Laminectomy for stenosis with bilateral neurogenic claudication.')).toEqual([
      ['neurogenic claudication', 'historical'],
    ]);
  });

  it('still ends other scopes: a negation or a plain history cue', () => {
    expect(mentions('Negative straight leg raise with right foraminal stenosis.')).toEqual([
      ['foramen', 'affirmed'],
    ]);
    expect(statuses('No weakness with left L5 radiculopathy.')).toEqual([['radiculopathy', 'affirmed']]);
    expect(statuses('History of neck pain with right C6 radiculopathy today.')).toEqual([
      ['neck pain', 'historical'],
      ['radiculopathy', 'affirmed'],
    ]);
  });
});
