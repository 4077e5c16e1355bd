import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSections, headings, HEADING, sectionStatusAt } from './find-sections';

/** What a plain global sweep of HEADING finds: index, whole match and heading name. */
function bySweep(text: string): [number, string, string | undefined][] {
  return [...text.matchAll(new RegExp(HEADING.source, 'g'))].map((m) => [m.index, m[0], m[1]]);
}

const byColons = (text: string): [number, string, string | undefined][] => headings(text).map((m) => [m.index, m[0], m[1]]);

describe('findSections', () => {
  it('reads headings with the status they set, and where their text starts', () => {
    const text = 'PAST MEDICAL HISTORY: lumbar stenosis. Family history: none. Impression: L4-5 stenosis.';
    const sections = findSections(text);
    expect(sections.map((s) => s.name)).toEqual(['PAST MEDICAL HISTORY', 'Family history', 'Impression']);
    expect(sections[0]?.status).toBe('historical');
    expect(sections[0]?.start).toBe(text.indexOf(':') + 1);
    expect(sectionStatusAt(sections, text.indexOf('lumbar'))).toBe('historical');
  });

  it('ends a history or family section at a sentence that speaks of the present', () => {
    const text = 'PMH: laminectomy for stenosis. Now with stenosis at L3-4.\nFamily history: mother with stenosis.\nShe currently has leg pain. Plan: MRI.';
    const sections = findSections(text);
    expect(sectionStatusAt(sections, text.indexOf('laminectomy'))).toBe('historical');
    expect(sectionStatusAt(sections, text.indexOf('Now') - 1)).toBeNull();
    expect(sectionStatusAt(sections, text.indexOf('mother'))).toBe('family');
    expect(sectionStatusAt(sections, text.indexOf('She'))).toBeNull();
    // Only at a sentence's start: "now" inside a history sentence keeps it history.
    expect(sectionStatusAt(findSections('PMH: DM2, now on insulin, and lumbar stenosis.'), 30)).toBe('historical');
  });

  it('reads Title Case headings ("Past Medical History:", "Family History:")', () => {
    const text = 'Past Medical History: lumbar stenosis.\nFamily History: stenosis.\nHistory Of Present Illness: leg pain.';
    const sections = findSections(text);
    expect(sections.map((s) => [s.name, s.status])).toEqual([
      ['Past Medical History', 'historical'],
      ['Family History', 'family'],
      ['History Of Present Illness', null],
    ]);
  });

  it('ends a past-history section at a SOAP letter heading ("A:", "P:")', () => {
    const text = 'PMH: HTN, lumbar stenosis.\nA: L4-5 stenosis, moderate.\nP: PT.';
    const sections = findSections(text);
    expect(sections.map((s) => s.name)).toEqual(['PMH', 'A', 'P']);
    expect(sectionStatusAt(sections, text.indexOf('lumbar'))).toBe('historical');
    expect(sectionStatusAt(sections, text.indexOf('L4-5'))).toBeNull();
  });
});

describe('sectionStatusAt', () => {
  /** The status of the last section starting at or before `position`, read one by one. */
  const linear = (sections: readonly { start: number; status: string | null }[], position: number) => {
    let status: string | null = null;
    for (const section of sections) if (section.start <= position) status = section.status;
    return status;
  };

  it('answers as a linear search, for a note whose headings set no status and for one whose do', () => {
    const piece = fc.constantFrom('Assessment: ', 'PLAN: ', 'PMH: ', 'Family history: ', 'Impression: ', 'stenosis', '. ', 'Now ', '\n', 'x'.repeat(40));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((ps) => ps.join('')), (text) => {
        const sections = findSections(text);
        // The copy is not findSections' answer: it is always searched.
        const copy = [...sections];
        for (let p = 0; p <= text.length; p++) {
          expect(sectionStatusAt(sections, p)).toBe(linear(sections, p));
          expect(sectionStatusAt(copy, p)).toBe(linear(sections, p));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("searches an earlier note's headings after a later note was read", () => {
    const history = findSections('PMH: lumbar stenosis.');
    findSections('Assessment: none.');
    expect(sectionStatusAt(history, 10)).toBe('historical');
  });
});

describe('headings', () => {
  it('finds what the sweep finds: at the start, after newlines, periods and commas, and not mid-sentence', () => {
    const text = 'HISTORY: x.\n  Plan of care: y, FINDINGS A/B & C: z. at 10:30 the Note: w.\u00a0\u00a0Exam: ok';
    expect(byColons(text)).toEqual(bySweep(text));
    expect(byColons(text).map(([, , name]) => name)).toEqual(['HISTORY', 'Plan of care', 'FINDINGS A/B & C', 'Exam']);
  });

  it('agrees with a sweep of HEADING on any text', () => {
    const chars = fc.constantFrom(...'AZaz / & : : . , \n\n\t1é\u00a0\u2028\ufeff'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((cs) => cs.join('')), (text) => {
        expect(byColons(text)).toEqual(bySweep(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with a sweep of HEADING on runs of heading-like pieces', () => {
    const piece = fc.constantFrom('HISTORY', 'Past medical history', 'Plan', 'A', 'ab', ':', '.', ', ', '\n', '   ', '10:30', 'X'.repeat(45), 'a'.repeat(50), 'Dr. Lee');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((ps) => ps.join('')), (text) => {
        expect(byColons(text)).toEqual(bySweep(text));
      }),
      { numRuns: 2000 },
    );
  });
});
