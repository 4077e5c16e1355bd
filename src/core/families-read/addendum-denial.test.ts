import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../test/support/code-and-note';

const verdict = (code: string, note: string) => verdictOn(code, note);

// QA stop 49, class C2 (b): a later addendum that denies the impression is the note's last word.
describe('an addendum that denies an earlier impression', () => {
  it.each([
    'Impression: left L4 radiculopathy.\n\nAddendum 12/02: nerve conduction study normal. No evidence of lumbar radiculopathy; findings fit a peroneal neuropathy.',
    'A/P: probable left L4 radiculopathy, EMG ordered.\nADDENDUM (EMG results): left L4 radiculopathy ruled out.',
    'Assessment: L4 radiculopathy.\nLate entry: MRI and EMG reviewed, no radiculopathy.',
  ])('%s', (note) => {
    expect(verdict('M54.16', note)).toBe('finding');
  });

  it.each([
    // The addendum denies another side.
    'Impression: left L4 radiculopathy.\nAddendum: EMG confirms it; no right L4 radiculopathy.',
    // It denies another level.
    'Impression: L4 radiculopathy.\nAddendum: EMG shows L4 radiculopathy; no L3 radiculopathy.',
    // It adds another finding only.
    'Impression: left L4 radiculopathy.\nAddendum: MRI shows no stenosis.',
  ])('keeps the impression: %s', (note) => {
    expect(verdict('M54.16', note)).toBe('supported');
  });
});
