import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote, verdictOn } from '../../../test/support/code-and-note';

// Blind QA stop 48: each class tested by its shape, with sentences of our own.
const run = analyzeCodesAndNote;
const verdictOf = (codes: string, note: string, code: string) => verdictOn(codes, note, code);
const rulesFor = (codes: string, note: string, code: string) =>
  run(codes, note)
    .findings.filter((f) => f.code === code && f.rule !== 'suggested-code')
    .map((f) => f.rule);

describe('class E: a myelopathy the note puts down to another lesion', () => {
  it('does not count against a "without myelopathy" code for a lesion stated apart', () => {
    const notes = [
      'Myelopathy due to a large C4-5 disc extrusion. In addition, C6-7 spondylosis with right C7 radiculopathy.',
      'Assessment: 1. cervical myelopathy secondary to C3-C4 herniated disc. 2. C5-6 spondylosis with left C6 radiculopathy.',
    ];
    for (const note of notes) {
      expect(rulesFor('M47.22', note, 'M47.22')).not.toContain('qualifier-mismatch');
      expect(verdictOf('M47.22', note, 'M47.22')).toBe('supported');
    }
  });

  it('still counts a myelopathy stated with the coded lesion or with no cause', () => {
    expect(
      rulesFor('M47.22', 'C5-6 spondylosis with myelopathy and left C6 radiculopathy.', 'M47.22'),
    ).toContain('qualifier-mismatch');
    expect(
      rulesFor('M47.22', 'Cervical myelopathy. C5-6 spondylosis with left C6 radiculopathy.', 'M47.22'),
    ).toContain('qualifier-mismatch');
    // Cervical spondylotic myelopathy names the spondylosis itself.
    expect(
      rulesFor('M47.22', 'Cervical spondylotic myelopathy at C5-6 with left C6 radiculopathy.', 'M47.22'),
    ).toContain('qualifier-mismatch');
  });
});
