import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WINDOW_WORDS } from '../mentions/window-words';
import { groupCount, regexItems, withoutCaptures, withoutLookarounds } from './regex-source';

/** Every match's offset and text, over the whole subject. */
const matchesOf = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('withoutLookarounds', () => {
  it('drops every lookaround, nested groups and classes with parentheses included', () => {
    expect(withoutLookarounds(String.raw`a(?=b(?:c(d))?)e(?<=x[)(]y)f(?!g\))h(?<!(?:i))j(?:k)`)).toBe(String.raw`aefhj(?:k)`);
    expect(withoutLookarounds(String.raw`[(?=]a\(?=b)`)).toBe(String.raw`[(?=]a\(?=b)`);
    expect(withoutLookarounds('plain|(group)')).toBe('plain|(group)');
  });
});

describe('withoutCaptures', () => {
  it('makes capturing groups non-capturing and leaves escapes, classes and lookarounds alone', () => {
    expect(withoutCaptures(String.raw`(a)|\((b)[(c)]|(?:d)|(?<!e)(?=f)(?!g)`)).toBe(String.raw`(?:a)|\((?:b)[(c)]|(?:d)|(?<!e)(?=f)(?!g)`);
    expect(new RegExp(withoutCaptures(WINDOW_WORDS.source)).exec('disc bulge')).toHaveLength(1);
  });

  it('refuses a backreference or a named group, whose meaning would change', () => {
    expect(() => withoutCaptures(String.raw`(a)\1`)).toThrow();
    expect(() => withoutCaptures(String.raw`(?<x>a)`)).toThrow();
  });

  it('keeps every match of a lexicon pattern', () => {
    const plain = new RegExp(withoutCaptures(WINDOW_WORDS.source), 'gi');
    const words = fc.constantFrom('disc', 'osteophyte', 'complex', 'left', 'main', 'foramen', 'magnum', 'mild', 'to', 'moderate', 'bowel', 'and', 'bladder', 'canal', 'due', 'x');
    const texts = fc.array(fc.tuple(words, fc.constantFrom(' ', '-', '/', ', ', '')), { maxLength: 10 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(matchesOf(plain, text)).toEqual(matchesOf(new RegExp(WINDOW_WORDS.source, 'gi'), text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('groupCount', () => {
  it('counts capture groups as the engine does: named ones too, not lookarounds, escapes or classes', () => {
    expect(groupCount('stenos[ie]s|narrow\\w*')).toBe(0);
    expect(groupCount(String.raw`(a)|\((b)[(c)]|(?:d)|(?<!e)(?=f)(?<n>g)`)).toBe(3);
    expect(groupCount(String.raw`a\(b`)).toBe(0);
    expect(groupCount(String.raw`[\](](a)\\(b)`)).toBe(2);
  });

  it('agrees with the engine on sources drawn from a small regex alphabet', () => {
    const piece = fc.constantFrom('a', 'b', '|', '(', ')', '(?:', '(?=', '(?<!', '(?<=', '(?<n', '>', '[(]', '[', ']', '[^]', '\\[', '\\]', '\\\\', '\\(', '\\)', '*', '?');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const source = pieces.join('');
        let engine: number;
        try {
          engine = (new RegExp(`${source}|`).exec('') as RegExpExecArray).length - 1;
        } catch {
          return; // not a pattern
        }
        expect(groupCount(source)).toBe(engine);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('regexItems', () => {
  it('reads an alternative item by item, with each quantifier\'s minimum and the letters read once', () => {
    const items = regexItems(String.raw`\bfo[r\]]+(?:a|m)?\.x{2}(?=y)$.`);
    expect(items?.map(({ kind, min, char, group }) => [kind, min, char, group])).toEqual([
      ['assert', 1, undefined, undefined],
      ['literal', 1, 'f', undefined],
      ['literal', 1, 'o', undefined],
      ['class', 1, undefined, undefined],
      ['group', 0, undefined, 'a|m'],
      ['literal', 1, '.', undefined],
      ['literal', 2, undefined, undefined],
      ['assert', 1, undefined, undefined],
      ['assert', 1, undefined, undefined],
      ['dot', 1, undefined, undefined],
    ]);
    for (const unread of [String.raw`(o)\1`, '(?<n>a)', 'a|b', '*a', String.raw`\u0041`]) expect(regexItems(unread), unread).toBeUndefined();
  });
});
