import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Mechanism } from '../types';
import { denyingCueBefore, findMechanisms } from './find-mechanisms';
import type { Window } from './window-types';
import { WindowWords } from './window-words';

/** Reads a whole text as one window whose anchors are the narrowing words in it. */
function read(text: string, inherited: Mechanism[] = []) {
  const anchors = [...text.matchAll(/\b(?:stenosis|narrowing|narrow|compromise)\b/gi)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0],
    kind: 'stenosis' as const,
    negatedWord: false,
  }));
  const window: Window = { start: 0, end: text.length, anchors };
  const words = new WindowWords();
  words.read(text, 0);
  const found = findMechanisms({ id: 'n', kind: 'note', text }, window, text, words, inherited);
  return { mechanisms: found.mechanisms, evidence: found.evidence.map((e) => e.text) };
}

describe('findMechanisms', () => {
  it('links a cause by a causal word, in mechanism order, with every word as evidence', () => {
    expect(read('Canal stenosis secondary to disc bulge and facet arthropathy')).toEqual({
      mechanisms: ['osseous', 'disc'],
      evidence: ['disc bulge', 'facet arthropathy'],
    });
  });

  it('links a cause that is the subject of a verb anchor, or of a bare verb with at most an adverb between', () => {
    expect(read('Osteophytes narrowing the left foramen').mechanisms).toEqual(['osseous']);
    expect(read('Spurs mildly narrow the canal').mechanisms).toEqual(['osseous']);
    expect(read('Spurs at C5-6 narrow the canal').mechanisms).toEqual([]);
  });

  it('links "[cause] with [narrowing]" but not a cause merely listed beside it', () => {
    expect(read('Disc bulge with canal stenosis').mechanisms).toEqual(['disc']);
    expect(read('Disc bulge withheld; canal stenosis').mechanisms).toEqual([]);
    expect(read('Disc bulge and canal stenosis')).toEqual({ mechanisms: [], evidence: [] });
    expect(read('Canal stenosis with disc bulge').mechanisms).toEqual([]);
  });

  // Stop 56: a ligamentum flavum thickened, buckled or infolded is a finding only as it narrows;
  // after "with" it is the narrowing's cause (M99.4/M99.7), as after "due to".
  it.each([
    [
      'Lumbar spinal stenosis at L4-5 with ligamentum flavum hypertrophy',
      ['connective-tissue'],
      ['ligamentum flavum hypertrophy'],
    ],
    [
      'Canal stenosis at L4-5 and L5-S1 with ligamentum flavum thickening',
      ['connective-tissue'],
      ['ligamentum flavum thickening'],
    ],
    [
      'Canal stenosis with buckling of the ligamentum flavum',
      ['connective-tissue'],
      ['buckling of the ligamentum flavum'],
    ],
    ['Foraminal narrowing with redundant ligamentum flavum', ['connective-tissue'], ['ligamentum flavum']],
    [
      'Canal stenosis with facet and ligamentum flavum hypertrophy',
      ['osseous', 'connective-tissue'],
      ['facet and ligamentum flavum hypertrophy'],
    ],
    [
      'Canal stenosis with ligamentum flavum hypertrophy and disc bulge',
      ['connective-tissue'],
      ['ligamentum flavum hypertrophy'],
    ],
  ])('links a ligament joined to the narrowing by "with": "%s"', (text, mechanisms, evidence) => {
    expect(read(text)).toEqual({ mechanisms, evidence });
  });

  it('leaves a ligament after "with" unlinked when denied, hedged or in another sentence', () => {
    expect(read('Canal stenosis with no ligamentum flavum hypertrophy').mechanisms).toEqual([]);
    expect(read('Canal stenosis with possible ligamentum flavum hypertrophy').mechanisms).toEqual([]);
    expect(read('Canal stenosis. Patient with ligamentum flavum hypertrophy').mechanisms).toEqual([]);
  });

  it('keeps the mechanisms of the window before when this one names none and goes on from it', () => {
    expect(read(', and foraminal stenosis', ['disc']).mechanisms).toEqual(['disc']);
    expect(read('foraminal stenosis', ['disc']).mechanisms).toEqual([]);
  });

  it('leaves out a cause its own clause part denies, and keeps one a denial of something else precedes (QA stop 49, C7)', () => {
    expect(read('Facet spurs narrowing the left foramen, no disc protrusion')).toEqual({
      mechanisms: ['osseous'],
      evidence: ['spurs'],
    });
    expect(
      read('Canal stenosis without significant disc bulge, due to ligamentum flavum thickening').mechanisms,
    ).toEqual(['connective-tissue']);
    expect(read('Osteophytes narrowing the canal, not disc but bone').mechanisms).toEqual(['osseous']);
    // A denial before the narrowing word is the narrowing's own (its status says so): the cause stays.
    expect(read('No canal stenosis from the disc bulge').mechanisms).toEqual(['disc']);
  });
});

describe('denyingCueBefore', () => {
  /** The denial as read before its bounded reading: the regex over the whole clause part. */
  const CUE =
    /(?:^|[^A-Za-z])(?:no|not|without|w\/o|negative\s+for|free\s+of|absence\s+of)\s+(?:(?!but\b|rather\b)\w+\s+){0,3}$/i;
  function wholePart(text: string, limit: number, start: number): number {
    let from = start;
    while (from > limit && !',;:.()'.includes(text.charAt(from - 1))) from--;
    if (from === start) return -1;
    const m = CUE.exec(text.slice(from, start));
    return m ? from + m.index : -1;
  }
  /** Where the cue's own word starts (a match may open on the character before it). */
  const cueWord = (text: string, at: number) => (at < 0 || /[A-Za-z]/.test(text.charAt(at)) ? at : at + 1);

  it('finds the denial the whole clause part holds, reading only its last words', () => {
    // Cue words, other words, every kind of whitespace (\u200b is none) and the clause part's breaks.
    const words =
      'no not without w/o negative for free of absence but rather mild x disc No NEGATIVE 2 a-no'.split(' ');
    const piece = fc.constantFrom(
      ...words,
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\u200b',
      ',',
      '(',
      '-',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, cut) => {
        const text = `${pieces.join(' ')} disc`;
        const start = text.length - 4;
        const limit = cut % (start + 1);
        expect(cueWord(text, denyingCueBefore(text, limit, start))).toBe(
          cueWord(text, wholePart(text, limit, start)),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a denial three words before the cause, and none four words before', () => {
    const three = 'canal stenosis negative for large central disc';
    expect(denyingCueBefore(three, 0, three.lastIndexOf('disc'))).toBe(three.indexOf(' negative'));
    const four = 'canal stenosis without any very large central disc';
    expect(denyingCueBefore(four, 0, four.lastIndexOf('disc'))).toBe(-1);
  });
});
