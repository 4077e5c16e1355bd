import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueTrie } from './context-rules';
import { WordTable, tokenEndAt } from './scan-tokens';
import { WordAutomaton } from './word-automaton';

const WORDS: [string, number][] = [['no', 1], ['not', 2], ['r/o', 3], ['-ve', 4], [',', 5], ["can't", 6], ['l4-5', 7], ['2019', 8]];

describe('WordAutomaton', () => {
  it('reads a word to its end and gives its value in any case, or none', () => {
    const table = new WordAutomaton(WORDS);
    const text = "NO Not r/O -VE , Can't L4-5 nob no- ";
    const read = (at: number) => [table.read(text, at, text.length), table.value];
    expect([0, 3, 7, 11, 15, 17, 23, 28, 32].map(read)).toEqual([[2, 1], [6, 2], [10, 3], [14, 4], [16, 5], [22, 6], [27, 7], [31, undefined], [34, 1]]);
    // No word starts at a space; a word is cut at the limit ("Not" read up to 5 is "No").
    expect(read(2)).toEqual([-1, undefined]);
    expect([table.read(text, 3, 5), table.value]).toEqual([5, 1]);
    expect([table.read(text, 28, 29), table.value]).toEqual([29, undefined]);
  });

  it('reads as tokenEndAt, finds what WordTable finds and tells a joined word, at any offset of any text', () => {
    const entries = [...WORDS, ...[...cueTrie.next.keys()].map((w, i): [string, number] => [w, 100 + i])];
    const automaton = new WordAutomaton(entries);
    const table = new WordTable(entries);
    const pieces = fc.constantFrom('no', 'NOT', 'r/o', '-ve', ',', "can't", 'L4-5', '2019', 'with', 'and', 'is', 'there', 'x', ' ', '-', "'", '/', '.', 'é', 'ſ', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((ps) => ps.join('')), fc.nat(60), fc.nat(60), (text, a, b) => {
        const limit = Math.min(Math.max(a, b), text.length);
        const at = Math.min(a, b, text.length);
        const end = tokenEndAt(text, at, limit);
        expect(automaton.read(text, at, limit)).toBe(end);
        expect(automaton.value).toBe(end < 0 ? undefined : table.get(text, at, end));
        // Joined: a part after ' / - (or a leading hyphen), which is a word of its own to \b.
        const joins: number[] = [];
        for (let i = at; i < end; i++) if ("'/-".includes(text.charAt(i))) joins.push(i);
        expect(automaton.firstJoin).toBe(joins[0] ?? -1);
        if (joins.length > 0) expect(automaton.lastJoin).toBe(joins[joins.length - 1]);
      }),
      { numRuns: 2000 },
    );
  });
});
