import { describe, expect, it } from 'vitest';
import { analyzeCodesAndNote as run } from '../../../test/support/code-and-note';

const swapOf = (codes: string, note: string) =>
  run(codes, note).findings.find((f) => f.rule === 'qualifier-mismatch' && f.code === codes);

/**
 * A qualifier swap never says "with" a radiculopathy the note puts down to another lesion: the
 * spondylosis code's "without" form is suggested, and the disc's own code apart (blind QA stop 54, M3).
 */
describe('qualifier swap beside a radiculopathy the note attributes to a disc', () => {
  it('M47.12 against a note denying myelopathy: M47.812, not M47.22, when the radiculopathy is the disc’s', () => {
    const note =
      'Left C7 radiculopathy secondary to a left C6-7 foraminal disc protrusion. Mild C4-5 spondylosis. No myelopathy; cord normal.';
    expect(swapOf('M47.12', note)?.suggestions).toEqual(['M47.812']);
  });

  it('reads a root compressed by the disc further along its clause as the disc’s radiculopathy too', () => {
    const note =
      'MRI: left C6-7 disc extrusion with moderate to severe left foraminal narrowing impinging the exiting C7 nerve root. C4-5 spondylosis. Impression: C7 radiculopathy due to the C6-7 extrusion. No myelopathy.';
    expect(swapOf('M47.12', note)?.suggestions).toEqual(['M47.812']);
  });

  it('still suggests M47.22 when the radiculopathy is the spondylosis’s own', () => {
    const note = 'C5-6 spondylosis with right C6 radiculopathy from uncovertebral spurring. No myelopathy.';
    expect(swapOf('M47.12', note)?.suggestions).toEqual(['M47.22']);
  });
});
