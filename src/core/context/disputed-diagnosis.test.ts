import { describe, expect, it } from 'vitest';
import { findMentions } from '../mentions/find-mentions';

const status = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.status);

// An examiner or reviewer who disputes a diagnosis others made does not document it (IME, record reviews).
describe('a disputed diagnosis is not a current finding', () => {
  it('reads an examiner who disagrees with it as negated', () => {
    expect(status('On review I disagree with the diagnosis of cervical stenosis.')).toEqual(['negated']);
    expect(status('We disagree that he has L4-5 foraminal stenosis.')).toEqual(['negated']);
    expect(status('The examiner disputes the diagnosis of lumbar canal stenosis.')).toEqual(['negated']);
  });

  it('reads "not substantiated", "not supported", "not confirmed" after it as negated', () => {
    expect(status('The reported canal stenosis was not substantiated on my review of the films.')).toEqual(['negated']);
    expect(status('Foraminal stenosis at C6-7 is not supported by the imaging.')).toEqual(['negated']);
    expect(status('Stenosis at L2-3 was not confirmed by the CT myelogram.')).toEqual(['negated']);
    expect(status('Lateral recess stenosis is unsubstantiated.')).toEqual(['negated']);
  });

  it('reads a reviewer who cannot confirm it, or a claimed or disputed one, as uncertain', () => {
    expect(status('Outside notes list foraminal stenosis at L5-S1, which I cannot confirm.')).toEqual(['uncertain']);
    expect(status('I was unable to verify canal stenosis on the submitted films.')).toEqual(['uncertain']);
    expect(status('The alleged lumbar stenosis is the basis of the claim.')).toEqual(['uncertain']);
    expect(status('The diagnosis of cervical stenosis is contested.')).toEqual(['uncertain']);
  });

  it('leaves agreement, confirmation and other disagreements as they were', () => {
    expect(status('I agree with the diagnosis of lumbar stenosis.')).toEqual(['affirmed']);
    expect(status('Central stenosis at L4-5 is confirmed on MRI.')).toEqual(['affirmed']);
    expect(status('Foraminal stenosis at C5-6, which I can confirm on the films.')).toEqual(['affirmed']);
    expect(status('Canal stenosis at L3-4 is supported by the exam findings.')).toEqual(['affirmed']);
    // A patient who disagrees with a plan does not dispute the diagnosis.
    expect(status('She disagrees with the plan; moderate canal stenosis at L4-5.')).toEqual(['affirmed']);
  });
});
