import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_SWEEP, READS_IMAGING, anchorKind, gradeStandsAt, isSweptGrade, newLabelScan } from './anchor-sweep';
import { IMAGING_OPENINGS, IMAGING_WORDS, imagingAt } from './imaging-words';
import { ANCHOR } from './lexicon';
import { isGradeAnswer } from './answer-site';
import { withoutLookarounds } from '../text/regex-source';

/** Every match of ANCHOR as [start, word, kind], read off its groups. */
function byGroups(text: string): [number, string, string][] {
  return [...text.matchAll(new RegExp(ANCHOR.source, 'gi'))].map((m) => [m.index, m[0], m[1] !== undefined ? 'stenosis' : m[2] !== undefined ? 'negative' : 'compression']);
}

/**
 * Every anchor the sweep matches as [start, word, kind], the kind told by anchorKind (imaging words,
 * told by imagingAt, left out), its grades kept where gradeStandsAt says, as the note reader does.
 */
function bySweep(text: string): [number, string, string][] {
  const out: [number, string, string][] = [];
  const labels = newLabelScan();
  ANCHOR_SWEEP.lastIndex = 0;
  for (let m = ANCHOR_SWEEP.exec(text); m !== null; m = ANCHOR_SWEEP.exec(text)) {
    if (imagingAt(text, m.index, m.index + m[0].length)) continue;
    // The note reader asks isSweptGrade where it once asked isGradeAnswer (find-mentions.ts): the same answer for every swept word.
    expect(isSweptGrade(m[0])).toBe(isGradeAnswer(m[0]));
    if (isSweptGrade(m[0]) && !gradeStandsAt(text, m.index, labels)) continue;
    out.push([m.index, m[0], anchorKind(m[0])]);
  }
  return out;
}

/** Every imaging word the sweep matches, as [start, word]. */
function imagingBySweep(text: string): [number, string][] {
  const out: [number, string][] = [];
  ANCHOR_SWEEP.lastIndex = 0;
  for (let m = ANCHOR_SWEEP.exec(text); m !== null; m = ANCHOR_SWEEP.exec(text))
    if (imagingAt(text, m.index, m.index + m[0].length)) out.push([m.index, m[0]]);
  return out;
}

/** Every match of the imaging words as written, in one sweep of their own, as [start, word]. */
const imagingByOwnSweep = (text: string): [number, string][] => [...text.matchAll(new RegExp(String.raw`\b(?:${IMAGING_WORDS})\b`, 'gi'))].map((m) => [m.index, m[0]]);

/** Phrases ANCHOR's words spell (its boundaries and lookaheads left out: the sweep decides those). */
const phrases = fc.stringMatching(new RegExp(`^(?:${withoutLookarounds(ANCHOR.source).replace(/\\b/g, '')})$`));
const filler = fc.constantFrom('the', 'canal', 'spinal canal', 'C5-6', 'and', 'non', 'mild', 'disc', 'at', 'no', 'widely', 'small', 'open', 'Neural foramina:', 'moderate at L4-5', 'severe');
/** Phrases the imaging words spell, and near misses ("MR", "cat", "filmy", "x-", "computed"). */
const imagingPhrases = fc.oneof(
  fc.stringMatching(new RegExp(`^(?:${IMAGING_WORDS})$`)),
  fc.constantFrom('MR', 'cat', 'filmy', 'x-', 'computed', 'magnetic', 'imagings', 'CTs', 'mass', 'effect', 'mr imaging stenosis'),
);
const separator = fc.constantFrom(' ', ', ', '-', '/', '\n', '', '. ', '  ', ': ', '; ');
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

  it('read ANCHOR and the imaging words in one sweep, as their own sweeps find them', () => {
    expect(READS_IMAGING).toBe(true);
    const mixed = fc
      .tuple(fc.array(fc.tuple(fc.oneof(phrases, imagingPhrases, imagingPhrases, filler), separator), { maxLength: 12 }), fc.array(fc.nat(4), { maxLength: 2 }))
      .map(([pieces, flips]) => recase(pieces.map(([p, s]) => p + s).join(''), flips));
    fc.assert(
      fc.property(mixed, (text) => {
        expect(bySweep(text)).toEqual(byGroups(text));
        expect(imagingBySweep(text)).toEqual(imagingByOwnSweep(text));
      }),
      { numRuns: 3000 },
    );
    const text = 'MRI: mild stenosis; MR  imaging of CT-compression, x-rays; films flattening. Computed tomography, magnetic resonance; imaging';
    expect(imagingBySweep(text).map(([, word]) => word)).toEqual(['MRI', 'MR  imaging', 'CT', 'x-rays', 'films', 'Computed tomography', 'magnetic resonance', 'imaging']);
    expect(bySweep(text).map(([, word]) => word)).toEqual(['stenosis', 'compression', 'flattening']);
  });

  it('reads the plain letters each imaging word opens with', () => {
    expect(IMAGING_OPENINGS).toEqual(['mri', 'mr', 'magnetic', 'ct', 'cat', 'computed', 'x', 'radiograph', 'radiographic', 'myelogra', 'film', 'imaging']);
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
