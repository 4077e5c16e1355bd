import { describe, expect, it } from 'vitest';
import { findCues } from '../context/find-cues';
import { sentenceCues } from './sentence-cues';

describe('sentenceCues', () => {
  const text = 'No radiculopathy. History of L5 laminectomy, now with recurrent stenosis.';

  it("gives findCues' list for the sentence, one list for every reader of the same bounds", () => {
    const first = sentenceCues(text, 0, 17);
    expect(first).toEqual(findCues(text, 0, 17));
    expect(sentenceCues(text, 0, 17)).toBe(first);
    expect(sentenceCues(text, 18, text.length)).toEqual(findCues(text, 18, text.length));
  });

  it('reads bounds that share a start, and another note, afresh', () => {
    const whole = sentenceCues(text, 0, text.length);
    expect(whole).toEqual(findCues(text, 0, text.length));
    expect(sentenceCues(text, 0, 17)).toEqual(findCues(text, 0, 17));
    const other = 'Denies numbness. Reflexes are absent.';
    expect(sentenceCues(other, 0, 16)).toEqual(findCues(other, 0, 16));
    expect(sentenceCues(text, 0, text.length)).not.toBe(whole);
    expect(sentenceCues(text, 0, text.length)).toEqual(whole);
  });
});
