import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';

const statusOf = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.trigger?.text]);

describe('a denial said after the finding', () => {
  it('negates a historical mention ("history of stenosis denied")', () => {
    expect(statusOf('History of stenosis denied.')).toEqual([['negated', 'denied']]);
  });

  it('negates the finding of a "Stenosis:" label', () => {
    expect(statusOf('Stenosis: denied.')).toEqual([['negated', 'denied']]);
    expect(statusOf('Stenosis: none.')).toEqual([['negated', 'none']]);
  });

  it('does not reach a finding of an earlier clause', () => {
    expect(statusOf('Foraminal stenosis at L4-5; patient denied any numbness.')).toEqual([['affirmed', undefined]]);
  });
});
