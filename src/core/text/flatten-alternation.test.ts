import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSAL, LATERALITY, MECHANISM_PATTERN, NON_SPINAL_WINDOW, SEVERITY, SITE_PATTERN } from '../mentions/lexicon';
import { factorLetters } from './factor-letters';
import { flattenAlternation } from './flatten-alternation';
import { hoistBoundary } from './hoist-boundary';
import { withoutCaptures } from './regex-source';

/** Every match of a pattern: where, and what text. */
const compiled = new Map<string, RegExp>();
const matchesOf = (source: string, text: string) => {
  let pattern = compiled.get(source);
  if (!pattern) compiled.set(source, (pattern = new RegExp(source, 'gi')));
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
};

const LISTS = [NON_SPINAL_WINDOW, SITE_PATTERN, MECHANISM_PATTERN, SEVERITY, LATERALITY, CAUSAL];
/** The six lists as window-words joins them, without groups. */
const ALL = withoutCaptures(hoistBoundary(LISTS.map((p) => `(?:${p.source})`).join('|')));

/** Phrases a pattern matches (fast-check cannot draw \b, put back by spacing, nor lookarounds, which filler words exercise). */
const phrasesOf = (pattern: RegExp) =>
  fc.stringMatching(new RegExp(`^(?:${pattern.source.replace(/\\b/g, '').replace(/\(\?<?[=!](?:[^()]|\((?:[^()])*\))*\)/g, '')})$`));
const filler = fc.constantFrom('the', 'and', 'of', 'to', 'C5-6', 'bladder', 'main', 'magnum', 'complex', 'listhesis', 'a', 'ab', 'stenosis', 'l');
const separator = fc.constantFrom(' ', ', ', '-', '/', '\n', '');
const texts = fc
  .array(fc.tuple(fc.oneof(...LISTS.map(phrasesOf), filler, fc.string({ maxLength: 6 })), separator), { maxLength: 8 })
  .map((pieces) => pieces.map(([p, s]) => p + s).join(''));

describe('flattenAlternation', () => {
  it('spells out the groups that open an alternative, options included, and drops their repeated \\b', () => {
    expect(flattenAlternation(String.raw`\b(?:(?:\b(?:aortic|mitral)\b)|(?:\b(?:left|right)\b))`)).toBe(String.raw`\b(?:aortic\b|mitral\b|left\b|right\b)`);
    expect(flattenAlternation(String.raw`\b(?:(?:a|b)?c\b|d)`)).toBe(String.raw`\b(?:ac\b|bc\b|c\b|d)`);
    // A group repeated, or made lazily optional, stays as it is; so does a group inside a word.
    expect(flattenAlternation(String.raw`\b(?:(?:a|b)+c|(?:a|b)??c|x(?:y|z))`)).toBe(String.raw`\b(?:(?:a|b)+c|(?:a|b)??c|x(?:y|z))`);
  });

  it('refuses a pattern that does not open with \\b on every way through', () => {
    expect(() => flattenAlternation('a|\\bb')).toThrow();
  });

  it('matches as the original does (same places, same text) for the window-words lists, also grouped by letter', () => {
    // The patterns are rewritten once, not per drawn text: the rewriting is what is under test, and
    // redoing it (and compiling its RegExp) every run cost most of this file's time.
    const flat = flattenAlternation(ALL);
    const grouped = factorLetters(flat);
    const lists = LISTS.map((list) => withoutCaptures(hoistBoundary(list.source))).map((source) => [source, flattenAlternation(source)] as const);
    fc.assert(
      fc.property(texts, (text) => {
        const expected = matchesOf(ALL, text);
        expect(matchesOf(flat, text)).toEqual(expected);
        expect(matchesOf(grouped, text)).toEqual(expected);
        for (const [source, flatList] of lists) expect(matchesOf(flatList, text)).toEqual(matchesOf(source, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds what a nested word list as written finds, where words share letters, prefixes and options', () => {
    const words = ['ab', 'abc', 'a', String.raw`ab\w*`, 'b(?:a|c)?', '(?:a|b)?c', '(?:ab|b)?a', '(?:c|cd)d', 'c-d', '(?:a|ab)(?:b|)', '[ab]d', '(?:a|b)+d'];
    const nested = fc
      .array(fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 })
      .map((lists) => `\\b(?:${lists.map((ws) => `(?:\\b(?:${ws.join('|')}))`).join('|')})`);
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'A', ' ', '-', '.'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(nested, text, (source, t) => {
        expect(matchesOf(flattenAlternation(source), t)).toEqual(matchesOf(source, t));
        expect(matchesOf(factorLetters(flattenAlternation(source)), t)).toEqual(matchesOf(source, t));
      }),
      { numRuns: 3000 },
    );
  });
});
