import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoistBoundary } from './hoist-boundary';
import { ANCHOR, CAUSAL, LATERALITY, MECHANISM_PATTERN, NEURAL_OBJECT, NON_SPINAL_NERVE, NON_SPINAL_WINDOW, SEVERITY, SITE_PATTERN, SPINE_CONTEXT, TRAP_AFTER, TRAP_BEFORE } from '../mentions/lexicon';
import { factorLetters } from './factor-letters';
import { withoutLookarounds } from './regex-source';

/** Every match of a pattern with all its groups, in order. */
/** Compiled once per source: the property runs draw texts, not patterns. */
const compiled = new Map<string, RegExp>();
const matchesOf = (source: string, text: string) => {
  let pattern = compiled.get(source);
  if (!pattern) compiled.set(source, (pattern = new RegExp(source, 'gi')));
  return [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
};

const LISTS = [NON_SPINAL_WINDOW, SITE_PATTERN, MECHANISM_PATTERN, SEVERITY, LATERALITY, CAUSAL, ANCHOR, SPINE_CONTEXT, TRAP_BEFORE, TRAP_AFTER, NEURAL_OBJECT, NON_SPINAL_NERVE];
/** The alternation window-words sweeps, before factoring. */
const ALL = hoistBoundary(LISTS.slice(0, 6).map((p, i) => (i === 0 || i === 5 ? `(${p.source})` : `(?:${p.source})`)).join('|'));

/** Phrases a pattern matches (fast-check cannot draw \b, put back by spacing, nor lookarounds, which filler words exercise). */
const phrasesOf = (pattern: RegExp) =>
  fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(pattern.source).replace(/\\b/g, '').replace(/[$^]/g, '')})$`));
const filler = fc.constantFrom('the', 'and', 'of', 'C5-6', 'bladder', 'main', 'magnum', 'in', 'a', 'ab', 'stenosis', 'l');
const separator = fc.constantFrom(' ', ', ', '-', '/', '\n', '');
const texts = fc
  .array(fc.tuple(fc.oneof(...LISTS.map(phrasesOf), filler, fc.string({ maxLength: 6 })), separator), { maxLength: 8 })
  .map((pieces) => pieces.map(([p, s]) => p + s).join(''));

describe('factorLetters', () => {
  it('groups a run of letter-led alternatives by letter, keeping their order within a letter', () => {
    expect(factorLetters('aortic|mitral|arter\\w*|Ab')).toBe('[aA](?:ortic|rter\\w*|b)|mitral');
    // Inside groups too; a lookaround is copied as it is.
    expect(factorLetters('\\b(?:cord|canal)(?!\\s+(?:and|or|an))')).toBe('\\b(?:[cC](?:ord|anal))(?!\\s+(?:and|or|an))');
  });

  it('moves no alternative across one that opens otherwise, nor one holding a capture group', () => {
    expect(factorLetters('ab|\\d+|ac')).toBe('ab|\\d+|ac');
    expect(factorLetters('a(b)|c|ad')).toBe('a(b)|c|ad');
    expect(factorLetters('a?b|ac|ad')).toBe('a?b|[aA](?:c|d)');
  });

  it('matches as the original does (same places, same groups) for the lexicon patterns', () => {
    // Rewritten once, not per drawn text (that was most of this file's time).
    const pairs = [ALL, ...LISTS.map((p) => p.source)].map((source) => [source, factorLetters(source)] as const);
    fc.assert(
      fc.property(texts, (text) => {
        for (const [source, factored] of pairs) expect(matchesOf(factored, text)).toEqual(matchesOf(source, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('finds what a word list as written finds, where words share first letters, prefixes and lengths', () => {
    const sweep = (source: string, text: string) => [...text.matchAll(new RegExp(String.raw`\b(?:${source})`, 'gi'))].map((m) => [m.index, m[0]]);
    const words = ['ab', 'abc', 'a', String.raw`ab\w*`, String.raw`a\s+b`, 'Ba', 'b(?:a|c)?', 'c-d', 'cd', 'c(?:d|de)', 'a?c', '[ab]d', '-ab'];
    const list = fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((ws) => ws.join('|'));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'A', 'B', ' ', '-', '.', 'é'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(list, text, (source, t) => {
        expect(sweep(factorLetters(source), t)).toEqual(sweep(source, t));
      }),
      { numRuns: 2000 },
    );
  });
});
