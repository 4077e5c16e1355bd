import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';
import { findMentions } from '../mentions/find-mentions';
import { symbolNegation } from './symbol-negation';

// QA stop 47, class 3: shorthand negations the cue words cannot hold.
const read = (text: string, target: string) => {
  const start = text.lastIndexOf(target);
  const r = assessContext(text, { start, end: start + target.length });
  return [r.status, r.trigger?.text ?? null];
};

describe('symbol and single-letter negations', () => {
  it('reads the empty-set sign before a finding as "no"', () => {
    expect(read('C6-7: small osteophyte, Ø foraminal narrowing.', 'foraminal narrowing')).toEqual([
      'negated',
      'Ø',
    ]);
    expect(read('T11-12 ∅ canal stenosis', 'canal stenosis')).toEqual(['negated', '∅']);
    expect(read('Cervical: ø significant central stenosis.', 'central stenosis')).toEqual(['negated', 'ø']);
  });

  it('reads "s" and "s̄" (sine) before a finding as "without"', () => {
    expect(read('Neck pain s radiculopathy, 3 months.', 'radiculopathy')).toEqual(['negated', 's']);
    expect(read('DDD C5-6 s̄ myelopathy.', 'myelopathy')).toEqual(['negated', 's̄']);
  });

  it('reads a minus or "neg" in brackets after a finding as negative', () => {
    expect(read('C5-6: foraminal stenosis (-) bilaterally.', 'foraminal stenosis')).toEqual([
      'negated',
      '(-)',
    ]);
    expect(read('Canal stenosis (−)', 'Canal stenosis')).toEqual(['negated', '(−)']);
    expect(read('Lateral recess narrowing (neg).', 'Lateral recess narrowing')).toEqual(['negated', '(neg)']);
  });

  it('reads "neg for" as "negative for"', () => {
    expect(read('T12-L1: neg for canal narrowing.', 'canal narrowing')[0]).toBe('negated');
  });

  it('leaves a diameter, a level, a SOAP heading, seconds and "s/p" alone', () => {
    expect(read('Canal Ø 9 mm, moderate canal stenosis at L3-4.', 'canal stenosis')).toEqual([
      'affirmed',
      null,
    ]);
    expect(read('S1 radiculopathy on the left.', 'radiculopathy')).toEqual(['affirmed', null]);
    expect(read('S: radiculopathy down the right leg.', 'radiculopathy')).toEqual(['affirmed', null]);
    expect(read('Held 30 s radiculopathy reproduced.', 'radiculopathy')).toEqual(['affirmed', null]);
    expect(read('Foraminal stenosis (+) at C6-7.', 'Foraminal stenosis')).toEqual(['affirmed', null]);
    expect(symbolNegation('Ø, stenosis', 3, 11, { start: 0, end: 11 })).toBeUndefined();
  });

  it('negates the stenosis mentions of a report written in shorthand', () => {
    const m = findMentions({
      id: 'n',
      kind: 'note',
      text: 'MRI C-spine: C4-5 Ø stenosis. C5-6: canal stenosis (-). C6-7 mod foraminal stenosis.',
    });
    expect(m.map((x) => x.status)).toEqual(['negated', 'negated', 'affirmed']);
  });
});
