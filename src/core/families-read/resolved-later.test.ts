import { describe, expect, it } from 'vitest';
import { findConditions } from './find-conditions';

// QA45 class D: a condition a later sentence says has resolved is not current; the resolution
// reaches only statements of the same kind, at a level and side it shares (or names none), and
// a resolution said of the past (a history cue, a past-history section) leaves today's alone.
// findConditions (the family checks) reads it; statementsOf (the M99 "with" suggestions) reads one
// sentence, as it never sweeps the note for every condition's words.
const read = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => [
    c.span.text,
    c.status,
    c.trigger?.text ?? null,
  ]);

describe('a condition said later to have resolved (QA45 class D)', () => {
  it('is historical, quoting the resolution', () => {
    expect(read('Right L4 radiculopathy before surgery. Radiculopathy resolved.')).toEqual([
      ['radiculopathy', 'historical', 'resolved'],
      ['Radiculopathy', 'negated', 'resolved'],
    ]);
    expect(read('Leg pain from L5 radiculopathy. Assessment: the L5 radiculopathy has resolved.')).toEqual([
      ['Leg pain', 'affirmed', null],
      ['radiculopathy', 'historical', 'has resolved'],
      ['radiculopathy', 'negated', 'has resolved'],
    ]);
  });

  it('leaves another condition, level or side, and a later recurrence, current', () => {
    expect(read('Lumbar stenosis. Radiculopathy resolved.').filter((r) => r[0] !== 'Radiculopathy')).toEqual(
      [],
    );
    expect(read('Neck pain. Radiculopathy resolved.')[0]).toEqual(['Neck pain', 'affirmed', null]);
    expect(read('Left C6 radiculopathy. L5 radiculopathy resolved.')[0]).toEqual([
      'radiculopathy',
      'affirmed',
      null,
    ]);
    expect(read('Left L5 radiculopathy. Right L5 radiculopathy resolved.')[0]).toEqual([
      'radiculopathy',
      'affirmed',
      null,
    ]);
    expect(read('Radiculopathy resolved. New onset radiculopathy today.')[1]).toEqual([
      'radiculopathy',
      'affirmed',
      null,
    ]);
  });

  it('leaves a current condition alone when the resolution is of a past episode', () => {
    expect(
      read('HPI: right L5 radiculopathy for 3 weeks. PMH: left radiculopathy in 2015, resolved.')[0],
    ).toEqual(['radiculopathy', 'affirmed', null]);
    expect(
      read('L5 radiculopathy for 3 weeks. History of radiculopathy in 2015, since resolved.')[0],
    ).toEqual(['radiculopathy', 'affirmed', null]);
  });
});
