import { describe, expect, it } from 'vitest';
import type { Mechanism } from '../types';
import { findMechanisms } from './find-mechanisms';
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
