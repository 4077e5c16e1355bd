import { describe, expect, it } from 'vitest';
import { codesNotWritten } from './title-codes';

describe('codes resolved from a field’s titles', () => {
  it('adds only codes the field does not say already (a table row shows its title beside its code)', () => {
    const text =
      'Spinal stenosis, lumbar region without neurogenic claudication\tM48.061\nLow back pain, unspecified\tM54.50';
    expect(codesNotWritten(text, ['M48.061', 'M54.50'])).toEqual([]);
    expect(codesNotWritten('Low back pain, unspecified', ['M54.50', 'M54.50'])).toEqual(['M54.50']);
    expect(codesNotWritten('m4806 1', [])).toEqual([]);
  });
});
