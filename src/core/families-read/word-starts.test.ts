import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGION_WORDS } from './condition-lexicon';
import { leadingWords, regionWordsIn } from './find-conditions';
import { listsAt, wordStarts, type WordStarts } from './word-starts';

const presentLists = (text: string, starts: WordStarts) => listsAt(text, starts, [], []);

/** regionWordsIn as it read before the walk: a search of the lower-cased text for each first word. */
function bySearch(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  const lower = text.toLowerCase();
  for (const { region, pattern } of REGION_WORDS) {
    if (!leadingWords(pattern).some((w) => lower.includes(w))) continue;
    if (pattern.test(rest)) {
      out.push(region);
      rest = rest.replace(new RegExp(pattern.source, 'gi'), ' ');
    }
  }
  return out;
}

describe('presentLists', () => {
  const starts = wordStarts([['neck', 'c-spine'], ['low'], ['', 'x'], ['lower']]);

  it('answers the lists with a word at the start of some word, in either case', () => {
    expect(presentLists('Stiff NECK.', starts)).toBe(0b0101);
    expect(presentLists('pain in the C-Spine', starts)).toBe(0b0101);
    expect(presentLists('lower back', starts)).toBe(0b1110);
    expect(presentLists('slow, 9low, _low, below', starts)).toBe(0b0100);
    expect(presentLists('é-low', starts)).toBe(0b0110);
  });

  it('reads a hyphen as itself and no letter outside ASCII as a letter', () => {
    expect(presentLists('c\rspine', starts)).toBe(0b0100);
    expect(presentLists('\u212aneck', starts)).toBe(0b0101);
    expect(presentLists('ne\u212ak', starts)).toBe(0b0100);
  });

  it('says where each word found starts, with its lists', () => {
    const positions: number[] = [];
    const bits: number[] = [];
    expect(listsAt('Low neck, lower', starts, positions, bits)).toBe(0b1111);
    expect(positions).toEqual([0, 4, 10]);
    expect(bits).toEqual([0b0010, 0b0001, 0b1010]);
  });

  it('refuses more lists than bits', () => {
    expect(() => wordStarts(Array.from({ length: 32 }, () => ['a']))).toThrow(/31/);
  });
});

describe('regionWordsIn', () => {
  it('reads a region whose words only meet once an earlier region is blanked out, as the search does', () => {
    for (const t of ['low lumbo-sacral back', 'dorsal cervico-thoracic spine', 'mid lumbosacral back', 'Mid-thoraco-lumbar, lower  lumbosacral\nback'])
      expect(regionWordsIn(t)).toEqual(bySearch(t));
    expect(regionWordsIn('low lumbo-sacral back')).toEqual(['lumbosacral', 'lumbar']);
  });

  it('names the regions a search for every first word would name, in any text', () => {
    const piece = fc.constantFrom(
      'cervical', 'Cervico', 'thoracic', '-thoracic', 'lumbar', 'LUMBO', 'sacral', 'sacrum', 'sacro', 'coccygeal', 'coccyx', 'neck', 'c-spine', 't-spine',
      'l-spine', 'dorsal', 'spine', 'mid', 'back', 'low', 'lower', 'atlanto', 'axial', 'occipito', 'cranio', 'vertebral', 'x', '9', '_', 'é', '\u212a',
    );
    const gap = fc.constantFrom('', ' ', '-', '  ', '\n', '.', ', ', '\u00a0');
    const text = fc.array(fc.tuple(piece, gap), { maxLength: 16 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(regionWordsIn(t)).toEqual(bySearch(t));
      }),
      { numRuns: 4000 },
    );
  });
});
