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
  ])('documents what it says: %s', (answer) => {
    expect(verdict('M48.062', query + answer)).toBe('supported');
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
