import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';

// QA stop 47, class 1: another's words, retractions and corrections are not the author's finding.
const read = (text: string, target: string) => {
  const start = text.lastIndexOf(target);
  const r = assessContext(text, { start, end: start + target.length });
  return [r.status, r.trigger?.text ?? null];
};

describe("another's words", () => {
  it('reads a finding quoted after a verb of saying or diagnosing as uncertain', () => {
    expect(read('Her neurologist called it “cervical myelopathy” in 2025 notes.', 'myelopathy')).toEqual([
      'uncertain',
      '“',
    ]);
    expect(read('The urgent care note states "lumbar radiculopathy, rule in".', 'radiculopathy')).toEqual([
      'uncertain',
      '"',
    ]);
  });

  it('reads what the patient was told, or what an earlier provider said, as uncertain', () => {
    expect(read('She was told years ago that she has foraminal stenosis.', 'foraminal stenosis')[0]).toBe(
      'uncertain',
    );
    expect(read('An orthopedist told her she had a herniated disc.', 'herniated disc')[0]).toBe('uncertain');
    expect(read('Her prior physician diagnosed cervical radiculopathy.', 'radiculopathy')[0]).toBe(
      'uncertain',
    );
    expect(read('Per outside records canal stenosis at C5-6.', 'canal stenosis')[0]).toBe('uncertain');
  });

  it("lets the author's dispute right after it negate it", () => {
    expect(read('He was told he has thoracic stenosis. I disagree.', 'stenosis')[0]).toBe('negated');
  });

  it('leaves quotes with no reporting verb, and plain findings, alone', () => {
    expect(read('Assessment: "classic" neurogenic claudication.', 'neurogenic claudication')).toEqual([
      'affirmed',
      null,
    ]);
    expect(read('She says the leg pain is worse; L5 radiculopathy on exam.', 'radiculopathy')).toEqual([
      'affirmed',
      null,
    ]);
  });
});

describe('retractions and corrections', () => {
  it('negates a statement said to be retracted or corrected', () => {
    expect(read('The reported foraminal stenosis at C6-7 is retracted.', 'foraminal stenosis')[0]).toBe(
      'negated',
    );
    expect(read('Please disregard the finding of canal stenosis at T10-11.', 'canal stenosis')[0]).toBe(
      'negated',
    );
    expect(
      read('Central stenosis at L2-3 should read lateral recess stenosis at L2-3.', 'Central stenosis')[0],
    ).toBe('negated');
    expect(
      read(
        'Central stenosis at L2-3 should read lateral recess stenosis at L2-3.',
        'lateral recess stenosis',
      )[0],
    ).toBe('affirmed');
  });
});
