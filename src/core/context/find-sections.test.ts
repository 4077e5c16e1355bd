import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSections, headings, HEADING, labelLineBefore, newLabelLineScan, sectionStatusAt } from './find-sections';

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

/**
 * The line of a label colon as it was read before labelLineBefore: its start back to 100
 * characters, then whether "forward", "over", "from" or "per" (any case) lies within it.
 */
function lineBack(text: string, colon: number): number {
  const reach = colon > 100 ? colon - 100 : 0;
  let from = reach;
  for (let i = colon - 1; i >= reach; i--)
    if (text.charCodeAt(i) === 10) {
      from = i + 1;
      break;
    }
  const line = text.slice(from, colon).toLowerCase();
  return ['forward', 'over', 'from', 'per'].some((w) => line.includes(w)) ? from : -1;
}

describe('labelLineBefore', () => {
  it('answers as the line read back from each colon, for colons in text order', () => {
    const piece = fc.constantFrom('HPI ', 'carried ', 'FORWARD', 'forw', 'ard', 'from ', 'Fr', 'om', 'over', 'Per', 'pe', 'r', ':', ': ', '\n', '03/12/2024', 'x'.repeat(30), 'Neural foramina: L4-5 mild, ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')), (text) => {
        const scan = newLabelLineScan();
        for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
          expect(labelLineBefore(scan, text, colon)).toBe(lineBack(text, colon));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a copied-forward label on a line of its own and in a note without line breaks', () => {
    const run = 'Neural foramina: L4-5 mild, '.repeat(6);
    for (const text of [`${run}\nHPI (carried forward from 03/12/2024 visit): "L5 radiculopathy"`, `${run} HPI carried forward from 03/12/2025: severe stenosis`]) {
      expect(findSections(text).some((s) => s.name === 'copied forward')).toBe(true);
    }
  });
});
