import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MECHANISM_PATTERN, MECHANISM_WORDS, SITE_PATTERN, SITE_WORDS } from '../mentions/lexicon';
import { hoistBoundary, opensWithBoundary } from './hoist-boundary';

/** Every match of a global sweep: offset, text and which groups took part. */
const sweep = (pattern: RegExp, text: string) =>
  [...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => [m.index, m[0], m.map((g: string | undefined) => g !== undefined)]);

const joined = (patterns: RegExp[]) => new RegExp(patterns.map((p) => `(${p.source})`).join('|'), 'gi');

describe('opensWithBoundary', () => {
  it('holds when every alternative, or every alternative of a leading group, opens with \\b', () => {
    expect(opensWithBoundary('\\ba|\\bb')).toBe(true);
    expect(opensWithBoundary('(\\ba)|(?:\\bb|\\bc)')).toBe(true);
  });

  it('fails on an alternative without one, an optional or repeated group, a lookaround or an escaped backslash', () => {
    expect(opensWithBoundary('a|\\bb')).toBe(false);
    expect(opensWithBoundary('(?:\\ba|b)')).toBe(false);
    expect(opensWithBoundary('(\\ba)?\\bb')).toBe(false);
    expect(opensWithBoundary('\\b(?:a)|(\\bb)+')).toBe(false);
    expect(opensWithBoundary('(?=\\b)a')).toBe(false);
    expect(opensWithBoundary('\\\\b')).toBe(false);
    expect(opensWithBoundary('[(]\\b|\\ba')).toBe(false);
  });
});

describe('hoistBoundary', () => {
  it('is applied to the combined site and mechanism sweeps, whose entries all open with \\b', () => {
    expect(SITE_PATTERN.source.startsWith('\\b(?:(')).toBe(true);
    expect(MECHANISM_PATTERN.source.startsWith('\\b(?:(')).toBe(true);
  });

  it('leaves a pattern it cannot prove alone', () => {
    expect(hoistBoundary('a|\\bb')).toBe('a|\\bb');
  });

  it('finds the same matches and groups as the plain alternation, on generated text', () => {
    const words = ['disc', 'osteophyte', 'complex', 'facet', 'joint', 'ligamentum', 'flavum', 'hypertrophy', 'foramen', 'magnum', 'neural', 'foraminal', 'canal', 'central', 'cord', 'thecal', 'sac', 'bulge', 'HNP', 'spur', 'x'];
    const separators = [' ', '  ', '-', '/', '', ',', '\n', '_', 'é'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 25 }).map((ps) => ps.map(([w, s]) => w + s).join(''));
    const plainSites = joined(SITE_WORDS.map((s) => s.pattern));
    const plainMechanisms = joined(MECHANISM_WORDS.map((m) => m.pattern));
    fc.assert(
      fc.property(text, (t) => {
        expect(sweep(SITE_PATTERN, t)).toEqual(sweep(plainSites, t));
        expect(sweep(MECHANISM_PATTERN, t)).toEqual(sweep(plainMechanisms, t));
      }),
      { numRuns: 500 },
    );
  });
});
