import { describe, expect, it } from 'vitest';
import { verdictOn } from '../../../../test/support/code-and-note';
import { mechanismUnclear } from '../mechanism-unclear';
import { page, runRule } from '../run-rule';

// Blind QA stop 51, H6: a narrowing the note puts down to several causes that M99 codes apart
// supports none of those codes on its own; mechanism-unclear names the causes and leaves the choice.
describe('several causes of one narrowing', () => {
  it.each([
    [
      'L4-L5: Broad-based disc bulge with facet hypertrophy and ligamentum flavum thickening producing moderate central canal stenosis.',
      ['M99.33', 'M99.43', 'M99.53'],
    ],
    [
      'Severe canal stenosis at L3-4 secondary to a disc protrusion and ligamentum flavum buckling.',
      ['M99.43', 'M99.53'],
    ],
    ['C5-6 foraminal narrowing from uncovertebral spurring and a disc bulge.', ['M99.61', 'M99.71']],
    [
      'Multilevel spondylosis with disc osteophyte complexes and ligamentum flavum infolding causing severe central canal stenosis at C4-5.',
      ['M99.31', 'M99.41'],
    ],
  ])('asks, naming the causes and the codes: %s', (note, codes) => {
    for (const code of codes) {
      const { findings, comparisons } = runRule(mechanismUnclear, page(code, note));
      expect(findings).toMatchObject([
        {
          rule: 'mechanism-unclear',
          severity: 'info',
          suggestions: [],
          params: { unsure_msg: 'sentence_mechanism_several', choices_or: codes.join('|') },
        },
      ]);
      expect(findings[0]?.message).toMatch(/several causes/);
      expect(findings[0]?.sources.length).toBeGreaterThan(0);
      expect(comparisons).toMatchObject([{ outcome: 'finding' }]);
      expect(verdictOn(code, note)).toBe('finding');
    }
  });

  it.each([
    // One cause: the code of that cause is supported, as before.
    ['L4-5 central canal stenosis due to facet hypertrophy.', 'M99.33'],
    ['L4-5 central canal stenosis due to ligamentum flavum thickening.', 'M99.43'],
    // Two causes M99 codes together (connective tissue and disc: M99.7-).
    ['L4-5 foraminal stenosis due to a disc bulge and ligamentum flavum thickening.', 'M99.73'],
    // Bone named plainly beside a disc-osteophyte complex (which may be bone): bone is documented.
    [
      'C5-6 uncovertebral spurring and a disc osteophyte complex causing moderate left foraminal narrowing.',
      'M99.61',
    ],
  ])('keeps a single documented cause: %s', (note, code) => {
    expect(runRule(mechanismUnclear, page(code, note)).findings).toEqual([]);
    expect(verdictOn(code, note)).toBe('supported');
  });
});
