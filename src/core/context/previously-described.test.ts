import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';
import { findMentions } from '../mentions/find-mentions';

const statusAt = (text: string, words: string) => {
  const at = text.indexOf(words);
  return findMentions({ id: 'n', kind: 'note', text }).find((m) => m.span.start < at + words.length && m.span.end > at)?.status;
};

describe('an earlier report\'s finding that the sentence says is there today', () => {
  it('is current when the sentence says it is still there, changed or not', () => {
    expect(statusAt('Previously seen C6-7 canal narrowing is again demonstrated, unchanged.', 'canal narrowing')).toBe('affirmed');
    expect(statusAt('ADDENDUM: On re-review, the previously described severe left foraminal stenosis at L4-5 is moderate, not severe.', 'foraminal stenosis')).toBe('affirmed');
    expect(statusAt('The previously noted right L5-S1 foraminal narrowing has progressed.', 'foraminal narrowing')).toBe('affirmed');
  });

  it('is absent when the sentence says it resolved', () => {
    expect(statusAt('Previously seen right lateral recess narrowing at L3-4 has resolved.', 'lateral recess narrowing')).toBe('negated');
  });

  it('keeps "X was previously noted" and a bare "previously" historical', () => {
    expect(statusAt('Canal stenosis at L4-5 was previously noted.', 'Canal stenosis')).toBe('historical');
    expect(statusAt('Previously documented canal stenosis at T10-11 with cord flattening.', 'canal stenosis')).toBe('historical');
    expect(statusAt('She previously had foraminal stenosis at C5-6.', 'foraminal stenosis')).toBe('historical');
  });
});

describe('the predicate belongs to its own finding', () => {
  it('leaves an earlier study earlier when the finding compared with it has progressed', () => {
    const r = assessContext('Compared with the prior MRI, the canal stenosis at L4-5 has progressed.', { start: 23, end: 26 });
    expect(r.status).toBe('historical');
  });
});
