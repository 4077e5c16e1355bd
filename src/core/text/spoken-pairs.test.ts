import { describe, expect, it } from 'vitest';
import { heardPhrases } from './dictation-confusions';
import { splitCompoundCuts } from './split-compounds';
import { spokenPairs } from './spoken-pairs';

describe('one sweep for split compounds and phrases heard for spine terms', () => {
  it('finds what the two sweeps find apart, where they overlap too', () => {
    const texts = [
      '',
      'Lumbar spinal stenosis at L4-5 with neuro genic claudication.',
      'Neuro  genic; NEURO FOR ANIMAL narrowing; neuro for a minimal stenosis.',
      'retro neuro genic, retro pharyngeal, neuro exam normal, pseudo code',
      'Left neural for animals. A radical apathy-free plan. radical  apathy',
      'neuro for animal neuro genic animal foraminal spondylo listhesis radiculo pathy',
      'radicul opathy, unco vertebral, uncoverte bral, facet joint, sacro iliac2, sacro iliac',
      'neural\tfor\ta\tminimal narrowing at L4-5 and neuro  for  a  minimal at L5-S1',
      'Referred for a minimal fee. Radical change in apathy. neuro  \tgenic',
      'Right neural for animal foraminal narrowing.',
    ];
    for (const text of texts) {
      expect(spokenPairs(text), text).toEqual({ split: splitCompoundCuts(text), heard: heardPhrases(text) });
    }
    // The cases above read something: the comparison is not of two empty answers.
    expect(spokenPairs(texts[5] as string).split?.length).toBe(3);
    expect(spokenPairs(texts[5] as string).heard?.length).toBe(2);
  });
});
