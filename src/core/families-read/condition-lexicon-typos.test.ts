import { describe, expect, it } from 'vitest';
import { findConditions } from './find-conditions';

const kinds = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text }).map((c) => `${c.kind} ${c.span.text}`);

// QA stop 48, class D: the qualifier words are read through common misspellings, and no other word is.
describe('misspelled qualifier words', () => {
  it.each([
    ['left L5 radiculopaty', 'radiculopathy radiculopaty'],
    ['C7 radiculapathy', 'radiculopathy radiculapathy'],
    ['S1 radiculpathy', 'radiculopathy radiculpathy'],
    ['cervical myelopaty', 'myelopathy myelopaty'],
    ['C4-5 myleopathy', 'myelopathy myleopathy'],
    ['lumbar stenosis with neurogenic claudicaton', 'neurogenic-claudication neurogenic claudicaton'],
    ['L4-5 spondylolysthesis', 'spondylolisthesis spondylolysthesis'],
    ['grade 1 spondilolisthesis L5-S1', 'spondylolisthesis spondilolisthesis'],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toContain(expected);
  });

  it('reads no condition from words that only look alike', () => {
    expect(kinds('radiology reviewed. myelogram done. L5 spondylolysis. radiculogram planned.')).toEqual([]);
  });
});
