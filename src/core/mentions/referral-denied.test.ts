import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';

// QA stop 51, H3 for stenosis: a referral's label was "supported" against the treating provider's
// own later negation, as radiculopathy had been before find-conditions' deniedBeyondReferral.
describe('a referral label for a stenosis', () => {
  it.each([
    [
      'M48.061',
      'Referral diagnosis: lumbar stenosis.\nImaging: MRI lumbar spine 10/2026 reviewed: mild disc bulges, no canal stenosis.\nAssessment: mechanical low back pain.',
    ],
    [
      'M48.061',
      'Reason for referral: lumbar spinal stenosis L4-5.\nMRI L-spine: no significant spinal stenosis at any level.',
    ],
    [
      'M48.02',
      'Referred by Dr. Lee for cervical canal stenosis.\nOn my review of the MRI there is no cervical canal stenosis.',
    ],
    ['M99.73', 'Lumbar foraminal stenosis per referral. Today: CT shows no foraminal stenosis at L4-5.'],
    ['M48.061', 'Consult question: lumbar stenosis?\nMRI lumbar: patent canal and foramina, no stenosis.'],
  ])("yields to the provider's denial: %s", (code, note) => {
    expect(verdictOn(code, note)).toBe('finding');
  });

  it.each([
    // The label alone: nothing contradicts it.
    ['M48.061', 'Referral diagnosis: lumbar spinal stenosis.\nPT evaluation: gait slow, walks 2 blocks.'],
    // A denial at another level, region or side denies nothing here.
    [
      'M48.061',
      'Referral diagnosis: lumbar stenosis L4-5.\nMRI: moderate canal stenosis at L4-5; no stenosis at L2-3.',
    ],
    ['M48.061', 'Referral diagnosis: lumbar spinal stenosis L4-5.\nNo canal stenosis at L2-3.'],
    ['M48.061', 'Referral diagnosis: lumbar canal stenosis.\nCervical MRI: no cervical stenosis.'],
    [
      'M99.73',
      // Its cause named: a foraminal stenosis that names none is asked (mechanism-unclear, stop 52).
      'Referral: right L5-S1 foraminal stenosis.\nCT: severe right L5-S1 foraminal stenosis from a disc protrusion; no left foraminal stenosis.',
    ],
    // No referral at all: the statement stands as before.
    ['M48.061', 'Assessment: lumbar spinal stenosis L4-5.\nPlan: PT.'],
  ])('stands where nothing denies it (control): %s', (code, note) => {
    expect(verdictOn(code, note)).toBe('supported');
  });
});
