import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../run-cli-captured';

// Notes of our own, in the shapes the blind page tests of stop 48 met (a procedure written as words
// with its count; an examination finding at a place the lesion is not named).
describe('chartlint analyze: chiropractic readings of blind QA stop 48', () => {
  it('reads "chiropractic manipulative treatment … (2 regions)" as two regions treated today and judges 98942 by them', async () => {
    const note =
      'O: Segmental dysfunction at C3 and L5 with tenderness and restricted motion.\nP: Chiropractic manipulative treatment to the cervical and lumbar regions (2 regions).';
    const { out } = await runCliCaptured(
      ['analyze', '--code', 'M99.01', '--code', 'M99.03', '--procedure', '98942'],
      note,
    );
    expect(out).toMatch(/^ {2}warning manipulation-region-count {2}98942 → 98940$/m);
    expect(out).toMatch(/^ {2}cervical +cervical +C3 +treated lesion/m);
  });

  it('judges the code by a count stated without the regions named ("CMT, 3-4 regions")', async () => {
    const { out } = await runCliCaptured(
      ['analyze', '--code', 'M99.02', '--procedure', '98942'],
      'T5 subluxation, tender and hypomobile. CMT, 3-4 regions.',
    );
    expect(out).toMatch(/^ {2}warning manipulation-region-count {2}98942 → 98941$/m);
    expect(out).toMatch(/The chart states 3-4 spinal regions treated \("3-4 regions"\)/);
  });

  it('does not read "asymmetric pelvis" as a pelvic lesion beside a lumbar subluxation', async () => {
    const note =
      'O: Subluxation L4: tenderness at L4, asymmetric pelvis, hypertonic paraspinals.\nP: Adjusted L4.';
    const { out } = await runCliCaptured(['analyze', '--code', 'M99.03', '--code', 'M99.04'], note);
    expect(out).not.toMatch(/M99\.05/);
    expect(out).not.toMatch(/^ {2}pelvic /m);
    expect(out).toMatch(/^ {2}warning unsupported-code {2}M99\.04$/m);
  });
});
