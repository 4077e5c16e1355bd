import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../run-cli-captured';

// Notes of our own, in the shapes the blind page tests of stop 48 met.
describe('chartlint analyze: cervical disc codes of blind QA stop 48', () => {
  const NOTE =
    'Neck pain for two months spreading to the index finger. MRI cervical spine: C5-C6 right disc protrusion with right C6 radiculopathy. C6-C7 normal.';

  it('suggests M50.122 for cervicalgia beside a disc with radiculopathy, and warns when both codes are entered', async () => {
    const alone = await runCliCaptured(['analyze', '--code', 'M54.2'], NOTE);
    expect(alone.out).toMatch(/^ {2}info {4}classified-elsewhere {2}M54\.2 → M50\.122$/m);
    const both = await runCliCaptured(['analyze', '--code', 'M54.2', '--code', 'M50.122'], NOTE);
    // Both entered: the pair is excludes1-pair's (one rule per entered Excludes1 pair, blind QA stop 50).
    expect(both.out).toMatch(/^ {2}warning excludes1-pair {2}M54\.2 → M50\.122$/m);
    expect(both.out).toMatch(/M50\.122 is entered beside it/);
    expect(both.out).toMatch(/^ {2}finding +M54\.2 /m);
    expect(both.out).not.toMatch(/^ {2}supported +M54\.2 /m);
  });

  it('moves a lumbar disc code entered for a cervical disc to the cervical family', async () => {
    const { out } = await runCliCaptured(['analyze', '--code', 'M51.16'], NOTE);
    expect(out).toMatch(/^ {2}error {3}region-mismatch {2}M51\.16 → M50\.122$/m);
  });
});
