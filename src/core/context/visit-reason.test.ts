import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';

const statusOf = (text: string, target: string) => {
  const start = text.lastIndexOf(target);
  return assessContext(text, { start, end: start + target.length }).status;
};

describe("the visit's reason after a history", () => {
  it('is current: the history cue before it does not reach it', () => {
    // Both were historical by "hx of" / "History of".
    expect(
      statusOf(
        'Pt is a 70 yo male with hx of lumbar DDD and prior L5-S1 fusion (2015) presenting for f/u of chronic LBP.',
        'LBP',
      ),
    ).toBe('affirmed');
    expect(
      statusOf('History of lumbar stenosis presenting with neurogenic claudication.', 'claudication'),
    ).toBe('affirmed');
    expect(statusOf('Hx of L4-5 laminectomy, here for worsening leg pain.', 'leg pain')).toBe('affirmed');
  });

  it('keeps the history for what the history names, and a negation after it', () => {
    expect(statusOf('History of lumbar stenosis presenting with neurogenic claudication.', 'stenosis')).toBe(
      'historical',
    );
    expect(statusOf('Patient presents with no back pain.', 'back pain')).toBe('negated');
  });
});
