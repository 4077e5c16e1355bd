import { describe, expect, it } from 'vitest';
import { findCues } from './find-cues';

const cues = (text: string) => findCues(text, 0, text.length).map((c) => [text.slice(c.start, c.end), c.rules[0]?.category]);

describe('findCues', () => {
  it('takes the longest cue: "no significant change" is a pseudo-trigger, not "no significant"', () => {
    expect(cues('No significant change in the foraminal stenosis.')).toEqual([['No significant change', 'PSEUDO']]);
  });

  it('matches across any whitespace but not across punctuation: "ruled\\n out" yes, "no. significant" no', () => {
    expect(cues('Stenosis was ruled\n out.')).toEqual([['was ruled\n out', 'NEGATED_EXISTENCE']]);
    expect(cues('no. significant')).toEqual([['no', 'NEGATED_EXISTENCE']]);
  });

  it('reads dictation shorthand: "-ve for", "r/o", "h/o"', () => {
    expect(cues('ROS -ve for numbness; r/o stenosis; h/o HNP').map(([t]) => t)).toEqual(['-ve for', 'r/o', 'h/o']);
  });
});
