import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';

// A declined, deferred or absent treatment is not an absent condition: "declined surgery for the
// L4-5 stenosis" says the stenosis is there (pseudo-declined-treatment, pseudo-no-treatment-for in
// context-rules.json). Sentences of our own; a declined symptom and a negation after the
// treatment's clause still negate.
const statusOf = (sentence: string, target = 'stenosis') => {
  const start = sentence.lastIndexOf(target);
  return assessContext(sentence, { start, end: start + target.length }).status;
};

describe('a treatment declined, deferred or not given for a condition', () => {
  it.each([
    'Patient declined surgery for her L4-5 spinal stenosis.',
    'Declined ESI for L4-5 foraminal stenosis, will continue home exercise.',
    'He refused further surgery for the cervical stenosis.',
    'Deferred epidural steroid injection for lumbar stenosis until after the holidays.',
    'No surgery for the L4-5 stenosis so far.',
    'Not a surgical candidate for decompression for L3-4 stenosis given cardiac history.',
  ])('leaves the condition affirmed: %s', (sentence) => {
    expect(statusOf(sentence)).toBe('affirmed');
  });

  it.each([
    'Patient declined any numbness or weakness. No canal stenosis.',
    'Declined PT; no foraminal stenosis on MRI.',
    'No surgery. No canal stenosis at L4-5.',
  ])('still negates a condition negated on its own: %s', (sentence) => {
    expect(statusOf(sentence)).toBe('negated');
  });
});
