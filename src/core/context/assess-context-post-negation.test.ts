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

// A template's "Finding: answer" line: the answer after the colon is the finding's status, with a
// level in the label or not, and whichever negative word answers it. The same word elsewhere in a
// sentence keeps its forward reading ("absent reflexes").
describe('a label answered with a negation', () => {
  it.each([
    ['Canal stenosis: absent.', 'absent'],
    ['Canal stenosis: negative', 'negative'],
    ['Stenosis: No.', 'No'],
    ['Foraminal stenosis at C5-6: not present.', 'not present'],
    ['Foraminal stenosis at C5-6: none; canal patent.', 'none'],
    ['Canal stenosis: absent clinically.', 'absent'],
    ['Foraminal narrowing at L4-5: neg', 'neg'],
  ])('negates the finding of "%s"', (text, trigger) => {
    expect(statusOf(text)[0]).toEqual(['negated', trigger]);
  });

  it('leaves a finding whose label is answered with more than a negation, or with "absent" mid-sentence', () => {
    expect(statusOf('Canal stenosis at C5-6: absent reflexes noted.')).toEqual([['affirmed', undefined]]);
    expect(statusOf('Stenosis at C5-6 with absent reflexes.')).toEqual([['affirmed', undefined]]);
    expect(statusOf('Canal stenosis at C5-6: no change from prior.')[0]?.[0]).not.toBe('negated');
  });

  it('ends the answer with its line: "Myelopathy: no" does not reach the next line', () => {
    expect(statusOf('Myelopathy: no\nForaminal stenosis at C6-7.')).toEqual([['affirmed', undefined]]);
  });
});

// Radiology hedges around a grade: how sure the reader is, not whether the finding is gone.
describe('hedged grades and comparisons', () => {
  it.each([
    ['C5-6: Stenosis, if present, is mild.', 'uncertain', 'if present'],
    ['C5-6: Minimal, if any, foraminal stenosis.', 'uncertain', 'if any'],
    ['If symptoms persist, MRI to evaluate C5-6 foraminal stenosis.', 'uncertain', 'to evaluate'],
    ['C5-6: No more than mild foraminal stenosis.', 'affirmed', undefined],
    ['C5-6: Moderate foraminal stenosis, previously severe.', 'affirmed', undefined],
  ])('reads "%s" as %s', (text, status, trigger) => {
    expect(statusOf(text)[0]).toEqual([status, trigger]);
  });

  it('still reads a plain "no", a condition "if", and a finding no longer there', () => {
    expect(statusOf('C5-6: no foraminal stenosis; if present, symptoms would be radicular.')[0]).toEqual(['negated', 'no']);
    expect(statusOf('C5-6: Foraminal stenosis was previously severe and is now resolved.')[0]?.[0]).toBe('negated');
  });
});

// Stop 56: a clause-end denial ("absent", "ruled out") reaches back past the words that only place
// the finding, whatever their shape: a level with "level", a level list, "the level of", a side
// phrase, a region. Words that name something else between ("with reflexes") keep it off.
describe('a clause-end denial after a phrase placing the finding', () => {
  it.each([
    'Central canal stenosis at the L4-5 level absent.',
    'Central canal stenosis at L4-5 level absent.',
    'Central canal stenosis at the level of L4-5 absent.',
    'Central canal stenosis at the L4-5 and L5-S1 levels absent.',
    'Central canal stenosis at L4-5 and L5-S1 absent.',
    'Central canal stenosis at L4-5 on the left absent.',
    'Central canal stenosis at the L4-5 disc level absent.',
    'Central canal stenosis in the lumbar spine absent.',
    'Central canal stenosis at multiple levels absent.',
    'Central canal stenosis at the L4-5 level, absent.',
    'Central canal stenosis, L4-5 level, absent.',
    'Central canal stenosis at the L4-5 level ruled out.',
    'Foraminal stenosis at the level of C5-6 ruled out.',
  ])('negates "%s"', (text) => {
    expect(statusOf(text)[0]?.[0]).toBe('negated');
  });

  it.each([
    'Central canal stenosis at L4-5 with reflexes absent.',
    'Central canal stenosis at the L4-5 level with ankle reflex absent.',
    'Central canal stenosis at the L4-5 level and the ankle jerk absent.',
  ])('leaves "%s" affirmed (the denial is of another thing)', (text) => {
    expect(statusOf(text)[0]?.[0]).toBe('affirmed');
  });
});

// Stop 56: a relative clause saying the finding resolved ("which has resolved") is the finding's
// own resolution, as "has resolved" right after it is; another subject's relative clause is not.
describe('a relative clause saying the finding resolved', () => {
  it.each([
    'Lumbar foraminal stenosis, which has resolved.',
    'Foraminal stenosis at L4-5 which has since resolved.',
    'Left C5-6 foraminal stenosis, which resolved after the decompression.',
  ])('negates "%s"', (text) => {
    expect(statusOf(text)[0]?.[0]).toBe('negated');
  });

  it.each([
    'Foraminal stenosis at L4-5, which had resolved, now recurrent.',
    'Foraminal stenosis at L4-5 persists; the neck pain, which has resolved, was mild.',
  ])('leaves "%s" affirmed', (text) => {
    expect(statusOf(text)[0]?.[0]).toBe('affirmed');
  });
});
