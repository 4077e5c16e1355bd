import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

// QA stop 57, class 1: a level of an earlier finding in the sentence ("spondylosis C3-C7") was
// merged into a narrowing that names its own level ("stenosis at C4-5"). Sentences of our own.
const levels = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.levels.map((l) => l.normalized)]);

describe('a narrowing that names its own level keeps only its own levels', () => {
  it.each([
    [
      'Degenerative changes: spondylosis C3-C7, disc osteophyte complexes, moderate stenosis at C4-5.',
      ['C4-C5'],
    ],
    ['Multilevel spondylosis C3-C7, most pronounced at C5-6, moderate stenosis at C4-5.', ['C4-C5']],
    ['Impression: Spondylosis C3-C7, with spinal stenosis at C4-5 and C5-6.', ['C4-C5', 'C5-C6']],
    ['Disc bulges at L3-4 and L4-5, with moderate stenosis at L4-5.', ['L4-L5']],
    ['Moderate stenosis at L4-5, facet arthropathy at L3-4 and L5-S1.', ['L4-L5']],
  ])('%s', (text, own) => {
    expect(levels(text)).toEqual([['stenosis', own]]);
  });
});

describe('levels a narrowing names nowhere else, or in a list of its own, stay', () => {
  it.each([
    // The narrowing names no level: the sentence's levels are what it has.
    ['Disc bulge at L4-5, causing moderate stenosis.', ['L4-L5']],
    // A lead-in list of levels names no other finding.
    ['At C4-5, C5-6 and C6-7 there is stenosis.', ['C4-C5', 'C5-C6', 'C6-C7']],
    ['Stenosis at L3-4 and L4-5.', ['L3-L4', 'L4-L5']],
    ['L4-5 disc bulge causing stenosis at L4-5.', ['L4-L5']],
  ])('%s', (text, all) => {
    expect(levels(text)).toEqual([[expect.stringMatching(/stenosis$/i) as string, all]]);
  });
});

describe('a list of levels that runs into the narrowing, or its cause, is not another finding (corpus dump, stop 57)', () => {
  it.each([
    [
      'Posterior disk bulging at the L2-3, L3-4, and L4-5 levels without evidence of central canal stenosis.',
      ['L2-L3', 'L3-L4', 'L4-L5'],
    ],
    [
      'Moderate bilateral foraminal narrowing at C4-5 and 5-6 from uncovertebral spurring.',
      ['C4-C5', 'C5-C6'],
    ],
  ])('%s', (text, all) => {
    expect(levels(text).map(([, l]) => l)).toEqual([all]);
  });
});
