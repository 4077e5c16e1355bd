import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { breakOutside } from './own-finding-levels';

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

// Stop 58: a narrowing that names no level of its own, in a sentence whose levels another finding
// names after it. The MTSamples annotations give such a narrowing no level ("lumbar spinal
// stenosis, and facet joint syndrome on the right L4-5 and L5-S1"), and keep the levels of a
// finding before it that it comes with or from. Sentences of our own.
describe("a narrowing with no level of its own does not take a later finding's levels", () => {
  it.each([
    'No stenosis, only mild disc desiccation at L4-5 and L5-S1.',
    'Mild canal narrowing, and spondylosis at C5-6 and C6-7.',
    'Lumbar spinal stenosis, and facet joint syndrome on the right L4-5 and L5-S1.',
  ])('%s', (text) => {
    expect(levels(text)).toEqual([[expect.stringMatching(/stenosis|narrowing/i) as string, []]]);
  });

  it.each([
    // Before it, listed or linked: the narrowing's.
    ['Spondylosis at C5-6 and C6-7, and mild canal narrowing.', ['C5-C6', 'C6-C7']],
    ['Spondylosis at C5-6 and C6-7 with mild canal narrowing.', ['C5-C6', 'C6-C7']],
    // After it, joined by "with" or named as its cause, or a list of levels naming no finding.
    ['Moderate canal stenosis with a disc bulge at L4-5.', ['L4-L5']],
    ['Canal stenosis, due to a disc bulge at L4-5.', ['L4-L5']],
    ['Cervical stenosis, C5-C6 and C6-C7.', ['C5-C6', 'C6-C7']],
  ])('keeps: %s', (text, all) => {
    expect(levels(text).map(([, l]) => l)).toEqual([all]);
  });
});

describe('one level, named by another finding after the narrowing', () => {
  it('is that finding\'s ("and there is also ... disk herniation at the C6-7 level")', () => {
    expect(
      levels(
        'The stenosis is in the bilateral neural foramina and there is also a disk herniation at the C6-7 level.',
      ),
    ).toEqual([[expect.stringMatching(/^stenosis/) as string, []]]);
    expect(levels('Disc protrusion at L4-5, with moderate canal stenosis.').map(([, l]) => l)).toEqual([
      ['L4-L5'],
    ]);
  });
});

describe("a narrowing whose sentence levels were all another finding's is read as in a sentence with no level", () => {
  const mentions = (text: string) => findMentions({ id: 'n', kind: 'note', text });

  it('takes its own region words', () => {
    const [m] = mentions('Lumbar spinal stenosis, and facet joint syndrome on the right L4-5 and L5-S1.');
    expect(m?.levels).toEqual([]);
    expect(m?.regions).toEqual(['lumbar']);
  });

  it("else the levels of the sentence before (MTSamples 1435's shape)", () => {
    const found = mentions(
      'Foraminal stenosis at C4-5 and C5-6. These stenoses are in the bilateral neural foramina and there is also a disk herniation at the C6-7 level.',
    );
    expect(found.map((m) => m.levels.map((l) => l.normalized))).toEqual([
      ['C4-C5', 'C5-C6'],
      ['C4-C5', 'C5-C6'],
    ]);
  });
});

describe('breakOutside', () => {
  // The sweep it replaced: PART_BREAK over the stretch's slice, a break inside the anchors skipped.
  const swept = (text: string, from: number, to: number, anchorsStart: number, anchorsEnd: number) => {
    const pattern = /[,;]|\b(?:and|with)\b/gi;
    const slice = text.slice(from, to);
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const at = from + m.index;
      if (at < anchorsStart || at >= anchorsEnd) return true;
    }
    return false;
  };
  const pieces = fc.constantFrom(
    'and',
    'AnD',
    'with',
    'WITH',
    'an',
    'wit',
    'band',
    'without',
    'sand',
    ',',
    ';',
    ' ',
    '\u00a0',
    'x',
    '_',
    '9',
    'ſ',
    'İ',
    '-',
    'stenosis',
  );
  const cases = fc
    .tuple(
      fc.array(pieces, { maxLength: 10 }).map((ps) => ps.join('')),
      fc.nat(),
      fc.nat(),
      fc.nat(),
      fc.nat(),
    )
    .map(([text, a, b, c, d]) => {
      const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [
        number,
        number,
      ];
      const [anchorsStart, anchorsEnd] = [c % (text.length + 1), d % (text.length + 1)].sort(
        (x, y) => x - y,
      ) as [number, number];
      return { text, from, to, anchorsStart, anchorsEnd };
    });

  it('finds what the sweep of the slice found, its ends read as word boundaries', () => {
    fc.assert(
      fc.property(cases, ({ text, from, to, anchorsStart, anchorsEnd }) => {
        expect(breakOutside(text, from, to, anchorsStart, anchorsEnd)).toBe(
          swept(text, from, to, anchorsStart, anchorsEnd),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a stretch cut out of a word as the slice did', () => {
    // "band" cut after its "b": the slice starts at "and", a word of its own there.
    expect(breakOutside('band stenosis', 1, 13, 5, 13)).toBe(true);
    expect(breakOutside('band stenosis', 0, 13, 5, 13)).toBe(false);
    expect(breakOutside('stenosis, at L4-5', 0, 17, 0, 8)).toBe(true);
    expect(breakOutside('stenosis at L4-5', 0, 16, 0, 8)).toBe(false);
  });
});
