import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByFirstLetter } from './first-letter-groups';

/** Every match of a case-insensitive word sweep: where it starts and what it reads. */
function sweep(source: string, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(String.raw`\b(?:${source})`, 'gi'))].map((m) => [m.index, m[0]]);
}

describe('groupByFirstLetter', () => {
  it('groups the words by first letter, in their order, in any case', () => {
    expect(groupByFirstLetter(String.raw`MRI|CT|magnetic\s+resonance|x-?rays?`)).toBe(String.raw`m(?:RI|agnetic\s+resonance)|c(?:T)|x(?:-?rays?)`);
    expect(groupByFirstLetter('reflex(?:es)?|Radicular')).toBe('r(?:eflex(?:es)?|adicular)');
  });

  it('leaves a list as written when an alternative does not open with a plain letter or holds a capturing group', () => {
    for (const source of ['a?b|c', 'a*|b', '[ab]c|d', '(?:ab)|c', 'ab|(c)d', String.raw`\bab|c`, '-ab|c']) expect(groupByFirstLetter(source), source).toBe(source);
  });

  it('finds what the list as written finds, where words share first letters, prefixes and lengths', () => {
    const words = ['ab', 'abc', 'a', String.raw`ab\w*`, String.raw`a\s+b`, 'Ba', 'b(?:a|c)?', 'c-d', 'cd', 'c(?:d|de)'];
    const list = fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((ws) => ws.join('|'));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'A', 'B', ' ', '-', '.', 'é'), { maxLength: 30 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(list, text, (source, t) => {
        expect(sweep(groupByFirstLetter(source), t)).toEqual(sweep(source, t));
      }),
      { numRuns: 2000 },
    );
  });
});
