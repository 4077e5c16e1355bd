import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSAL, LATERALITY, MECHANISM_PATTERN, NON_SPINAL_WINDOW, SEVERITY, SITE_PATTERN, matchedEntry } from './lexicon';
import { normalizeSeverity } from './normalize-severity';
import { WindowWords } from './window-words';

/** What the six separate sweeps found (the reading WindowWords replaces). */
function bySeparateSweeps(text: string, offset: number) {
  const nonSpinal = [...text.matchAll(new RegExp(NON_SPINAL_WINDOW.source, 'gi'))].map((m) => offset + m.index);
  const sites: [number, number, number][] = [];
  for (const m of text.matchAll(new RegExp(SITE_PATTERN.source, 'gi'))) sites.push([offset + m.index, offset + m.index + m[0].length, matchedEntry(m)]);
  const mechanisms: [number, number, number][] = [];
  for (const m of text.matchAll(new RegExp(MECHANISM_PATTERN.source, 'gi'))) {
    mechanisms.push([offset + m.index, offset + m.index + m[0].length, matchedEntry(m)]);
  }
  const grades: [number, string][] = [];
  for (const m of text.matchAll(new RegExp(SEVERITY.source, 'gi'))) {
    const low = normalizeSeverity(m[1] ?? '');
    const high = m[2] ? normalizeSeverity(m[2]) : undefined;
    grades.push([offset + m.index, high && high !== low ? `${low}-${high}` : low]);
  }
  // A comparison of the sides ("R>L") says both.
  const sides = [...text.matchAll(new RegExp(LATERALITY.source, 'gi'))].map((m) => (/[<>]/.test(m[0]) ? 'both' : (m[0][0] ?? '').toLowerCase()));
  const left = sides.includes('l');
  const right = sides.includes('r');
  const laterality = sides.some((s) => s !== 'l' && s !== 'r') || (left && right) ? 'bilateral' : left ? 'left' : right ? 'right' : null;
  return { nonSpinal, sites, mechanisms, grades, laterality, causal: CAUSAL.test(text) };
}

function byWindowWords(text: string, offset: number) {
  const words = new WindowWords();
  // A window read before must leave nothing behind.
  words.read('disc bulge, mild left central canal, due to, colon', 7);
  words.read(text, offset);
  const nonSpinal = words.nonSpinalAt.slice(0, words.nonSpinalCount);
  const sites: [number, number, number][] = [];
  for (let i = 0; i < words.siteCount; i++) sites.push([words.siteStart[i]!, words.siteEnd[i]!, words.siteEntry[i]!]);
  const mechanisms: [number, number, number][] = [];
  for (let i = 0; i < words.mechanismCount; i++) {
    mechanisms.push([words.mechanismStart[i]!, words.mechanismEnd[i]!, words.mechanismEntry[i]!]);
    // The evidence spans quote the kept text: it must be the window's own, letter for letter.
    expect(words.mechanismText[i]).toBe(text.slice(words.mechanismStart[i]! - offset, words.mechanismEnd[i]! - offset));
  }
  const grades: [number, string][] = [];
  for (let i = 0; i < words.gradeCount; i++) grades.push([words.gradeAt[i]!, words.gradeValue[i]!]);
  return { nonSpinal, sites, mechanisms, grades, laterality: words.laterality(), causal: words.causal };
}

/**
 * Phrases each pattern matches (drawn from its source; fast-check cannot draw \b, which the test
 * puts back by spacing, nor lookarounds, which the filler words exercise).
 */
const phrasesOf = (pattern: RegExp) => fc.stringMatching(new RegExp(`^(?:${pattern.source.replace(/\\b/g, '').replace(/\(\?<?[=!](?:[^()]|\((?:[^()])*\))*\)/g, '')})$`));
const filler = fc.constantFrom('the', 'at', 'C5-6', 'and', 'with', 'of', 'to', 'no', 'stenosis', 'canal', 'foraminal', 'moderately', 'b/l', 'disc', 'bony', 'bladder', 'left', 'main', 'magnum', 'in');
const separator = fc.constantFrom(' ', ', ', '-', '/', '\n', '', '. ');
const piece = fc.oneof(
  phrasesOf(NON_SPINAL_WINDOW),
  phrasesOf(SITE_PATTERN),
  phrasesOf(MECHANISM_PATTERN),
  phrasesOf(SEVERITY),
  phrasesOf(LATERALITY),
  phrasesOf(CAUSAL),
  filler,
  filler,
);
/** Random case, as a note may shout. */
const recase = (text: string, flips: number[]) => text.replace(/./gs, (c, i: number) => (flips.includes(i % 7) ? c.toUpperCase() : c));
const windows = fc
  .tuple(fc.array(fc.tuple(piece, separator), { maxLength: 8 }), fc.array(fc.nat(6), { maxLength: 3 }))
  .map(([pieces, flips]) => recase(pieces.map(([p, s]) => p + s).join(''), flips));

describe('WindowWords', () => {
  it('reads site and mechanism words, grades, sides and a causal word from one window', () => {
    const text = 'Mild to moderate left foraminal narrowing secondary to disc osteophyte complex and facet arthropathy, right recess';
    expect(byWindowWords(text, 100)).toEqual({
      nonSpinal: [],
      sites: [
        [122, 131, 1],
        [208, 214, 2],
      ],
      mechanisms: [
        [155, 178, 0],
        [183, 200, 3],
      ],
      grades: [[100, 'mild-moderate']],
      laterality: 'bilateral',
      causal: true,
    });
    expect(byWindowWords('no stenosis', 0)).toEqual({ nonSpinal: [], sites: [], mechanisms: [], grades: [], laterality: null, causal: false });
  });

  it('reads "left main" as a non-spinal word and as the side word "left"', () => {
    expect(byWindowWords('left main coronary stenosis', 0)).toMatchObject({ nonSpinal: [0, 10], laterality: 'left' });
    expect(byWindowWords('bowel and bladder, colonic stenosis', 0)).toMatchObject({ nonSpinal: [19] });
  });

  it('reads a word by its context, whichever context it was first read in (what a text is is kept by the text)', () => {
    // Each pair: the same letters read in two contexts whose lookarounds decide differently.
    const pairs = [
      ['foramen at C5', 'foramen magnum at C5'],
      ['bowel stenosis', 'bladder and bowel stenosis'],
      ['left foraminal', 'left main stenosis'],
      ['mild canal', 'mild to moderate canal'],
      ['disc bulge', 'disc osteophyte complex'],
    ];
    for (const pair of pairs) {
      for (const order of [pair, [...pair].reverse()]) {
        for (const text of [...order, ...order]) expect(byWindowWords(text, 3)).toEqual(bySeparateSweeps(text, 3));
      }
    }
  });

  it('finds what the six separate sweeps find, on any window built from their words', () => {
    fc.assert(
      fc.property(windows, fc.nat(1000), (text, offset) => {
        expect(byWindowWords(text, offset)).toEqual(bySeparateSweeps(text, offset));
      }),
      { numRuns: 3000 },
    );
  });
});
