import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';
import { assessContext } from './assess-context';

const statuses = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status]);
const statusOf = (text: string, target: string) => {
  const start = text.indexOf(target);
  return assessContext(text, { start, end: start + target.length }).status;
};

describe('a backward hedge reaches its own clause only', () => {
  it('does not reach over a clause with a status cue of its own', () => {
    const text =
      'Impression: right C5-6 disc herniation with severe right foraminal stenosis, cannot exclude C6 radiculopathy, correlate clinically.';
    expect(statusOf(text, 'foraminal stenosis')).toBe('affirmed');
    expect(statusOf(text, 'radiculopathy')).toBe('uncertain');
    expect(statuses(text)).toEqual([['foraminal stenosis', 'affirmed']]);
  });

  it('still reaches the finding right before it, and a list with no cue of its own', () => {
    expect(statusOf('Mild foraminal stenosis at L4-5, correlate clinically.', 'foraminal stenosis')).toBe(
      'uncertain',
    );
    expect(
      statusOf('Canal stenosis at L3-4, foraminal stenosis at L4-5, correlate clinically.', 'Canal stenosis'),
    ).toBe('uncertain');
    expect(
      statusOf('No canal stenosis, mild foraminal stenosis, correlate clinically.', 'foraminal stenosis'),
    ).toBe('uncertain');
  });

  it('leaves a backward negation reaching over an aside with a cue of its own', () => {
    expect(statusOf('T6 subluxation, previously treated in 2024, resolved.', 'subluxation')).toBe('negated');
  });
});
