import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';
import { namesOwnSubject } from './own-subject';

/** The status of the first occurrence of `term` in `text`. */
function statusOf(text: string, term: string): string {
  const start = text.indexOf(term);
  return assessContext(text, { start, end: start + term.length }).status;
}

describe('a backward "resolved" speaks of its own clause (blind QA stop 56)', () => {
  it('leaves a finding before a comma current when the resolved clause names its own subject', () => {
    expect(statusOf('Neck pain 3/10, headaches resolved.', 'Neck pain')).toBe('affirmed');
    expect(statusOf('Neck pain persists, radiating arm pain resolved.', 'Neck pain')).toBe('affirmed');
    expect(
      statusOf('M54.2 cervicalgia, G44.209 tension HA - HA resolved, removed from list.', 'cervicalgia'),
    ).toBe('affirmed');
    expect(
      statusOf(
        'Cervicalgia, no radicular findings on exam today - prior C6 radiculopathy resolved.',
        'Cervicalgia',
      ),
    ).toBe('affirmed');
    expect(statusOf('Low back pain 5/10; leg numbness has resolved.', 'Low back pain')).toBe('affirmed');
  });

  it('still negates the subject it names, and a finding whose own clause it closes', () => {
    expect(statusOf('Neck pain 3/10, headaches resolved.', 'headaches')).toBe('negated');
    expect(statusOf('History of L5 radiculopathy, resolved.', 'radiculopathy')).toBe('negated');
    expect(statusOf('T6 subluxation, previously treated in 2024, resolved.', 'subluxation')).toBe('negated');
    expect(statusOf('Right L5 radiculopathy, symptoms now resolved.', 'radiculopathy')).toBe('negated');
    expect(statusOf('Lumbar radiculopathy, now resolved.', 'radiculopathy')).toBe('negated');
  });

  it('reads the tail of a list as the whole list resolved', () => {
    expect(statusOf('Neck pain, HA and dizziness resolved.', 'Neck pain')).toBe('negated');
  });

  it('namesOwnSubject: only a clause past a comma or semicolon with a word of its own', () => {
    const text = 'stenosis, left leg pain resolved';
    expect(namesOwnSubject(text, 8, text.indexOf('resolved'))).toBe(true);
    expect(namesOwnSubject('stenosis resolved', 8, 9)).toBe(false);
    expect(namesOwnSubject('stenosis, resolved', 8, 10)).toBe(false);
    expect(namesOwnSubject('stenosis, since 2024 resolved', 8, 21)).toBe(false);
  });
});
