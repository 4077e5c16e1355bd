import { describe, expect, it } from 'vitest';
import { findXray } from './find-findings';
import { splitClauses } from './split-clauses';

const films = (text: string) => {
  const field = { id: 'n', kind: 'note' as const, text };
  return splitClauses(text).flatMap((clause) => {
    const hit = findXray(field, clause);
    return hit ? [hit.span.text] : [];
  });
};

describe('an X-ray the note says was not taken (QA43 class 13)', () => {
  it.each([
    'X-ray: not taken.',
    'X-rays not taken today.',
    'X-ray: N/A.',
    'X-rays deferred.',
    'X-rays declined.',
    'No x-rays available.',
  ])('reads no film in %j', (text) => {
    expect(films(text)).toEqual([]);
  });

  it('keeps a film whose clause says something else was not done', () => {
    expect(films('Lumbar x-rays 11/20/2026 show L5 rotation, MRI not done.')).toEqual(['x-rays']);
    expect(films('X-ray 01/15/2026 taken, no fracture.')).toEqual(['X-ray']);
  });
});
