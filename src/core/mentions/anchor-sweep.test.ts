import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_SWEEP, anchorKind } from './anchor-sweep';
import { ANCHOR } from './lexicon';

/** Every match of ANCHOR as [start, word, kind], read off its groups. */
function byGroups(text: string): [number, string, string][] {
  return [...text.matchAll(new RegExp(ANCHOR.source, 'gi'))].map((m) => [m.index, m[0], m[1] !== undefined ? 'stenosis' : m[2] !== undefined ? 'negative' : 'compression']);
}

/** Every match of the sweep as [start, word, kind], the kind told by anchorKind. */
function bySweep(text: string): [number, string, string][] {
  const out: [number, string, string][] = [];
  ANCHOR_SWEEP.lastIndex = 0;
  for (let m = ANCHOR_SWEEP.exec(text); m !== null; m = ANCHOR_SWEEP.exec(text)) out.push([m.index, m[0], anchorKind(m[0])]);
  return out;
}

/** Phrases ANCHOR's words spell (its boundaries and lookaheads left out: the sweep decides those). */
const phrases = fc.stringMatching(new RegExp(`^(?:${ANCHOR.source.replace(/\\b/g, '').replace(/\(\?<?[=!](?:[^()]|\((?:[^()])*\))*\)/g, '')})$`));
const filler = fc.constantFrom('the', 'canal', 'spinal canal', 'C5-6', 'and', 'non', 'mild', 'disc', 'at', 'no', 'widely', 'small', 'open');
const separator = fc.constantFrom(' ', ', ', '-', '/', '\n', '', '. ', '  ');
const recase = (text: string, flips: number[]) => text.replace(/./gs, (c, i: number) => (flips.includes(i % 5) ? c.toUpperCase() : c));
const notes = fc
  .tuple(fc.array(fc.tuple(fc.oneof(phrases, phrases, filler), separator), { maxLength: 10 }), fc.array(fc.nat(4), { maxLength: 2 }))
  .map(([pieces, flips]) => recase(pieces.map(([p, s]) => p + s).join(''), flips));

describe('ANCHOR_SWEEP and anchorKind', () => {
  it('find the words ANCHOR finds, each of the kind its group says', () => {
    fc.assert(
      fc.property(notes, (text) => {
        expect(bySweep(text)).toEqual(byGroups(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('tell the three kinds apart, whatever the case', () => {
    const text = 'Severe STENOSIS, foramina PATENT, cord Compression, congenitally small canal, wide open';
    expect(bySweep(text).map(([, word, kind]) => `${word}:${kind}`)).toEqual([
      'STENOSIS:stenosis',
      'PATENT:negative',
      'Compression:compression',
      'congenitally small:stenosis',
      'wide open:negative',
    ]);
  });
});
