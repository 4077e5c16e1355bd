import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';

const verdict = (code: string, note: string) => verdictOn(code, note);

// QA stop 49, class C2 (a): "ruled out" said after the finding, where its clause ends, denies it.
describe('a postposed "ruled out"', () => {
  it.each([
    'Assessment: left L4 radiculopathy ruled out.',
    'Left L4 radiculopathy - ruled out',
    "L4 radiculopathy r/o'd; symptoms are from the hip.",
    'Lumbar radiculopathy now ruled out.',
  ])('denies the finding before it: %s', (note) => {
    expect(verdict('M54.16', note)).toBe('finding');
  });

  it.each([
    'Lumbar radiculopathy at L5. Fracture ruled out by CT.',
    'Left L4 radiculopathy; hip arthritis ruled out.',
  ])('leaves another finding alone: %s', (note) => {
    expect(verdict('M54.16', note)).toBe('supported');
  });
});

// QA stop 49, class C2 (c): a documentation query's scope ends at the provider's answer, however headed.
describe("a documentation query's answer", () => {
  const query =
    'CDI query: please clarify the lumbar stenosis.\n[ ] Lumbar stenosis with neurogenic claudication\n[ ] Lumbar stenosis without neurogenic claudication\n';
  it.each([
    'Physician response (12/01/2026): lumbar spinal stenosis L4-5 with neurogenic claudication.',
    'Response: lumbar spinal stenosis L4-5 with neurogenic claudication.',
    'Answer: lumbar spinal stenosis L4-5 with neurogenic claudication.',
    'Query response 12/01/26: lumbar spinal stenosis L4-5 with neurogenic claudication.',
    "Provider's answer: lumbar spinal stenosis L4-5 with neurogenic claudication.",
    'Attestation: I agree; lumbar spinal stenosis L4-5 with neurogenic claudication.',
    // QA stop 50, class H2: a date and a note in brackets together, a time, who answered.
    'PROVIDER RESPONSE 12/01/2026 (late entry for the 11/28 visit):\nLumbar spinal stenosis L4-5 with neurogenic claudication.',
    'Physician response 12/01/2026 14:05 (Dr. Ruiz): lumbar spinal stenosis L4-5 with neurogenic claudication.',
    'Provider response from Dr. Ruiz, 12/01/26: lumbar spinal stenosis L4-5 with neurogenic claudication.',
    'Query answer (attending) 12/01/2026: lumbar spinal stenosis L4-5 with neurogenic claudication.',
  ])('documents what it says: %s', (answer) => {
    expect(verdict('M48.062', query + answer)).toBe('supported');
  });

  it("starts at the heading, so an answer on the heading's line after a dash is the answer", () => {
    const asked = `${query}Please document your answer in the record.\n`;
    for (const heading of [
      'Provider response from Dr. Ruiz, 12/01/26 -',
      'Physician response 12/01/2026 (addendum) \u2013',
    ])
      expect(
        verdict('M48.062', `${asked}${heading} lumbar spinal stenosis L4-5 with neurogenic claudication.`),
      ).toBe('supported');
  });

  it('keeps the options hypothetical when the answer is pending', () => {
    expect(verdict('M48.062', `${query}Physician response (pending):`)).not.toBe('supported');
  });
});

// A finding the provider calls not clinically significant is not a diagnosis of the visit (OG III.B).
describe('"not clinically significant" after the finding', () => {
  it.each([
    'Mild right L4-5 foraminal stenosis, not clinically significant.',
    'L4-5 foraminal stenosis is clinically insignificant.',
  ])('%s', (note) => {
    expect(verdict('M48.061', note)).not.toBe('supported');
  });
});
