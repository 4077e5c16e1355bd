import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';
import { plannedOperation } from './operation-reason';

// Stop 55, note readers left by the blind QA of stop 54: each class by its shape, with sentences
// of our own. `word` is the target (its first occurrence); the answer is its status and trigger.
const read = (text: string, word: string) => {
  const at = text.indexOf(word);
  const r = assessContext(text, { start: at, end: at + word.length });
  return [r.status, r.trigger?.text];
};

describe('a word cap does not count an "at" that places the finding at a level', () => {
  it.each([
    ['Central canal stenosis at L4-5 absent.', 'stenosis'],
    ['Cord compression at C5-6 absent.', 'compression'],
    ['Myelopathy at C5-C6 clinically absent.', 'Myelopathy'],
    ['Foraminal narrowing at left L5-S1 absent.', 'narrowing'],
  ])('"%s"', (text, word) => {
    expect(read(text, word)).toEqual(['negated', expect.stringMatching(/absent$/) as string]);
  });

  it('keeps a capped rule that reads only where its clause ends off a noun between (neg-ruled-out-after-b: two words)', () => {
    expect(read('Cord compression at C5-6 ruled out.', 'compression')).toEqual(['negated', 'ruled out']);
    expect(read('Thoracic neuritis at T7 after shingles ruled out.', 'neuritis')[0]).toBe('affirmed');
    expect(read('Thoracic neuritis after shingles ruled out.', 'neuritis')[0]).toBe('affirmed');
  });

  it('still counts "at" before anything but a level, and other words between', () => {
    expect(read('Canal stenosis at rest absent.', 'stenosis')[0]).toBe('affirmed');
    expect(read('Left S1 radiculopathy, ankle jerk at L5 absent.', 'radiculopathy')[0]).toBe('affirmed');
    expect(read('Stenosis at L4-5 with reflexes absent.', 'Stenosis')[0]).toBe('affirmed');
  });
});

describe('an operation still to come is no history of what it is for', () => {
  it.each([
    'Will consider surgery for the L4-5 stenosis.',
    'We recommended decompression for the lumbar canal stenosis.',
    'Surgical options reviewed; patient is a candidate for laminectomy for L3-4 stenosis.',
    'Plan: refer to discuss fusion for the L4-5 spondylolisthesis.',
    'Would consider an operation for the foraminal stenosis if injections fail.',
  ])('"%s" reads the finding as there now', (text) => {
    const word = /stenosis|spondylolisthesis/.exec(text)?.[0] ?? '';
    expect(read(text, word)).toEqual(['affirmed', undefined]);
  });

  it('still reads a done operation, or one with a mark of the past, as history', () => {
    expect(read('Underwent surgery for the L4-5 stenosis.', 'stenosis')[0]).toBe('historical');
    expect(read('Prior surgery for L4-5 stenosis.', 'stenosis')[0]).toBe('historical');
    expect(read('Referred to neurosurgery; had surgery for stenosis in 2019.', 'stenosis')[0]).toBe(
      'historical',
    );
    expect(read('Was offered and underwent laminectomy for stenosis.', 'stenosis')[0]).toBe('historical');
  });

  it('reads the plan only in the clause before the cue', () => {
    const text = 'Will follow up, laminectomy for stenosis in 2019.';
    expect(plannedOperation(text, 0, text.indexOf('laminectomy'), text.indexOf(' stenosis'))).toBe(false);
    const planned = 'Will consider surgery for stenosis.';
    expect(plannedOperation(planned, 0, planned.indexOf('surgery'), planned.indexOf(' stenosis'))).toBe(true);
  });
});
