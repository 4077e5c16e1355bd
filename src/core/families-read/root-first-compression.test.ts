import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findConditions } from './find-conditions';

// QA stop 53: a nerve root named by its level before the compression word ("L5 root
// impingement", "the S1 nerve root is compressed") was no radiculopathy; only "nerve root
// compression" with "nerve" and no level before it, or the compression word first, were read.
const radiculopathies = (text: string) =>
  findConditions({ id: 'n', kind: 'note', text })
    .filter((c) => c.kind === 'radiculopathy')
    .map((c) => [c.span.text, c.status, c.levels]);

describe('a nerve root named before its compression', () => {
  it('is radiculopathy at the root level, as a noun, a passive or with "nerve"', () => {
    expect(radiculopathies('L5 root impingement on the left.')).toEqual([
      ['root impingement', 'affirmed', ['L4-L5']],
    ]);
    expect(radiculopathies('Left S1 nerve root compression.')).toEqual([
      ['nerve root compression', 'affirmed', ['L5-S1']],
    ]);
    expect(radiculopathies('The left S1 root is compressed by the extrusion.')).toEqual([
      ['root is compressed', 'affirmed', ['L5-S1']],
    ]);
    expect(radiculopathies('Right C6 root impingement by a disc osteophyte complex.')).toEqual([
      ['root impingement', 'affirmed', ['C5-C6']],
    ]);
    expect(radiculopathies('The exiting L4 nerve root is severely compressed.')).toEqual([
      ['nerve root is severely compressed', 'affirmed', ['L4-L5']],
    ]);
    expect(radiculopathies('L5 roots entrapped bilaterally.')).toEqual([
      ['roots entrapped', 'affirmed', ['L4-L5']],
    ]);
  });

  it("takes the statement's negation, and reads no bare root and no root denied its compression", () => {
    expect(radiculopathies('No L5 root impingement.')).toEqual([['root impingement', 'negated', ['L4-L5']]]);
    expect(radiculopathies('Root compression was discussed.')).toEqual([]);
    expect(radiculopathies('The S1 root is not compressed.')).toEqual([]);
    expect(radiculopathies('Tooth root compression after the extraction.')).toEqual([]);
  });

  it('supports a radiculopathy code and its disc combination code', () => {
    const verdict = (codes: string, text: string) =>
      analyze({
        fields: [
          { id: 'dx', kind: 'diagnosis', text: codes },
          { id: 'n', kind: 'note', text },
        ],
      }).verdicts?.[0]?.verdict;
    expect(verdict('M54.16', 'Lumbar MRI. L5 root impingement on the left.')).toBe('supported');
    expect(verdict('M51.16', 'L4-5 disc herniation with left L5 root compression.')).toBe('supported');
  });
});
