import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { page } from '../rules/run-rule';
import { findMentions } from './find-mentions';
import { hedgedBefore } from './hedged-cause';

// QA stop 53, H8: a guessed or alternative cause ("probably from X versus Y", "likely secondary to
// X") was read as the documented mechanism, so M99.61 and M99.43 were "supported".
const mechanisms = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.mechanisms);
const verdictOf = (code: string, note: string) =>
  (analyze(page(code, note)).verdicts ?? []).find((v) => v.code === code);

describe('a cause offered as a guess or as one of two is no documented mechanism', () => {
  it.each([
    'Left C5-6 foraminal narrowing, probably from uncovertebral osteophytes.',
    'Moderate canal stenosis at L2-3 likely secondary to facet hypertrophy.',
    'Right L4-5 foraminal stenosis possibly due to the disc bulge.',
    'Foraminal stenosis at C4-5 which may be from osteophytes.',
    'Canal narrowing at L3-4, presumably from ligamentum flavum thickening.',
    'Right C6-7 foraminal stenosis from uncovertebral spurring versus disc.',
    'Left L5-S1 foraminal stenosis due to osteophytes vs. disc protrusion; CT pending.',
  ])('reads no mechanism in "%s"', (note) => {
    expect(mechanisms(note)).toEqual([[]]);
  });

  it('keeps a cause the note states, and one the hedge does not reach', () => {
    expect(mechanisms('Left C5-6 foraminal narrowing from uncovertebral osteophytes.')).toEqual([
      ['osseous'],
    ]);
    expect(
      mechanisms('Canal stenosis at L4-5 from ligamentum flavum hypertrophy, which is likely degenerative.'),
    ).toEqual([['connective-tissue']]);
  });

  it('asks the provider instead of calling the code supported', () => {
    const v = verdictOf(
      'M99.61',
      'Impression: left C4-5 foraminal stenosis, likely secondary to uncovertebral spurring.',
    );
    expect(v?.verdict).not.toBe('supported');
    expect(v?.checkedBy).toContain('mechanism-unclear');
    expect(
      verdictOf('M99.61', 'Impression: left C4-5 foraminal stenosis secondary to uncovertebral spurring.')
        ?.verdict,
    ).toBe('supported');
  });
});

describe('hedgedBefore', () => {
  /** The hedge as read before its bounded reading: the regex over the whole reach. */
  const HEDGE =
    /(?:^|[^A-Za-z])(?:probabl[ey]|likely|possibl[ey]|presum(?:ed|ably|ptively)|perhaps|suspected|questionabl[ey]|favou?red|(?:may|might|could)\s+(?:be|represent|reflect))\s+(?:(?!but\b|and\b)[\w-]+\s+){0,3}$/i;

  it('finds the hedge the whole reach holds, reading only its last words', () => {
    // Hedge words, other words, every kind of whitespace and words a hedge may stand inside.
    const words =
      'probably likely possibly may might be represent but and from due to the disc x 2 a-b (probably improbably Perhaps MAY'.split(
        ' ',
      );
    const piece = fc.constantFrom(...words, ' ', '  ', '\t', '\n', '\u00a0', '\u2028', ',');
    const cases = fc
      .tuple(
        fc.array(piece, { maxLength: 16 }).map((ps) => ps.join('')),
        fc.nat(),
      )
      .map(([text, cut]) => ({ text, from: cut % (text.length + 1) }));
    fc.assert(
      fc.property(cases, ({ text, from }) => {
        expect(hedgedBefore(text, from, text.length)).toBe(HEDGE.test(text.slice(from)));
      }),
      { numRuns: 3000 },
    );
  });
});
