import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldText } from '../types';
import { MAX_ANCHORS_PER_SENTENCE, MAX_IMAGING, scanMentions } from './find-mentions';
import { IMAGING_WORDS } from './imaging-words';

/** The first MAX_IMAGING imaging words of a note as one sweep of their own reads them. */
const ownSweep = (text: string) =>
  [...text.matchAll(new RegExp(String.raw`\b(?:${IMAGING_WORDS})\b`, 'gi'))]
    .slice(0, MAX_IMAGING)
    .map((m) => ({ fieldId: 'n', start: m.index, end: m.index + m[0].length, text: m[0] }));

const note = (text: string): FieldText => ({ id: 'n', kind: 'note', text });
const full = Array.from({ length: MAX_ANCHORS_PER_SENTENCE + 1 }, () => 'stenosis').join(', ');

describe('scanMentions imaging', () => {
  it('notes the first imaging words as a sweep of the whole note finds them, or none when it skipped a place they may be', () => {
    // Anchors enough to fill a sentence (MAX_ANCHORS_PER_SENTENCE), so that the sweep skips its
    // rest, with imaging words before, in and after the rest.
    const piece = fc.constantFrom(
      'stenosis',
      'narrowing',
      'stenosis, stenosis, stenosis',
      'MRI',
      'MR',
      'imaging',
      'MR imaging',
      'CT',
      'x-ray',
      'films',
      'computed',
      'tomography',
      'compression',
      'canal',
      'at C5-6',
      'aortic',
      'the',
    );
    const separator = fc.constantFrom(' ', ', ', '. ', '\n', '\n\n', '-', '');
    let whole = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, separator), { maxLength: 24 }), (parts) => {
        const text = parts.map(([p, s]) => p + s).join('');
        const scan = scanMentions(note(text));
        if (scan.imaging === undefined) {
          // Only a sweep that skipped a capped sentence's rest before it had them all says so.
          expect(scan.sentencesCapped).toBeGreaterThan(0);
          return;
        }
        whole++;
        expect(scan.imaging).toEqual(ownSweep(text));
      }),
      { numRuns: 2000 },
    );
    expect(whole).toBeGreaterThan(1000);
  });

  it('has the imaging words a capped note names before its first skip, and none after one', () => {
    const before = `MRI and CT. x-ray: ${full}, films. MR imaging`;
    expect(scanMentions(note(before)).imaging?.map((s) => s.text)).toEqual(['MRI', 'CT', 'x-ray']);
    expect(scanMentions(note(`MRI. ${full} with CT.`)).imaging).toBeUndefined();
    expect(scanMentions(note(`${full}. MRI`)).imaging).toBeUndefined();
    expect(scanMentions(note(`${full}. `.repeat(50))).imaging).toBeUndefined();
    expect(
      scanMentions(note('No stenosis on MRI; CT and films. Radiographic views')).imaging?.map((s) => s.text),
    ).toEqual(['MRI', 'CT', 'films']);
  });
});
