import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { findMentions } from '../mentions/find-mentions';
import type { AnalyzeInput } from '../types';
import { lineBreakCuts, originalOffset } from './full-width';

// QA45 note 21: a PDF's text layer breaks words and levels at the line's end with a hyphen.
const page = (note: string): AnalyzeInput => ({
  fields: [
    { id: 'dx', kind: 'diagnosis', text: 'M48.061 M99.63' },
    { id: 'n', kind: 'note', text: note },
  ],
});

/** Every span in a result. */
function spans(value: unknown, out: { fieldId: string; start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) for (const v of value) spans(v, out);
  else if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (
      typeof v.fieldId === 'string' &&
      typeof v.start === 'number' &&
      typeof v.end === 'number' &&
      typeof v.text === 'string'
    )
      out.push(v as never);
    for (const child of Object.values(v)) spans(child, out);
  }
  return out;
}

/** A result without its spans' positions and texts, and without the prose that quotes them: what was read. */
function reading(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reading);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (
      key === 'start' ||
      key === 'end' ||
      key === 'text' ||
      key === 'message' ||
      key === 'reason' ||
      key === 'params'
    )
      continue;
    out[key] = reading(v);
  }
  return out;
}

const mentions = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [
    m.span.text,
    m.site,
    m.levels.map((l) => l.normalized).join(),
    m.severity,
  ]);

describe('a word or level broken at a line end after a hyphen', () => {
  it('is read whole, and its span quotes the note as written', () => {
    expect(mentions('L3-4: normal.\nL4-5: moderate cen-\ntral canal stenosis.')).toEqual([
      ['cen-\ntral canal stenosis', 'canal', 'L4-L5', 'moderate'],
    ]);
    expect(mentions('MRI lumbar spine.\nModerate fora-\nminal narrowing on the left at L3-4.')).toEqual([
      ['fora-\nminal narrowing', 'foramen', 'L3-L4', 'moderate'],
    ]);
    expect(mentions('IMPRESSION: 1. Moderate to severe central canal stenosis L4-\n5.')).toEqual([
      ['central canal stenosis', 'canal', 'L4-L5', 'moderate-severe'],
    ]);
    expect(mentions('L5-\r\nS1: severe right neural fora-\r\n  minal ste-\nnosis.')).toEqual([
      ['neural fora-\r\n  minal ste-\nnosis', 'foramen', 'L5-S1', 'severe'],
    ]);
  });

  it('keeps the hyphen of a compound broken there, and reads no other hyphen or line', () => {
    expect(lineBreakCuts('a disc-\nosteophyte complex')).toEqual([{ at: 7, length: 1 }]);
    expect(lineBreakCuts('non-\ncompressive')).toEqual([{ at: 4, length: 1 }]);
    expect(lineBreakCuts('cen-\n   tral')).toEqual([{ at: 3, length: 5 }]);
    expect(lineBreakCuts('L4-\n5 and C5-\nC6')).toEqual([
      { at: 3, length: 1 },
      { at: 13, length: 1 },
    ]);
    // A list dash, a capital after the break, one letter before it, or a number that is no level.
    for (const text of [
      'stenosis -\nnone',
      'mild-\nModerate',
      'x-\nray',
      'grade 2-\n3',
      'M54.1-\n6',
      'narrowing -\n- L4-5',
      'T2-\nweighted',
    ]) {
      expect(lineBreakCuts(text), text).toBeUndefined();
    }
    expect(mentions('Mild disc-\nosteophyte complex with moderate foraminal stenosis at C5-6.')[0]?.[0]).toBe(
      'foraminal stenosis',
    );
    expect(originalOffset([{ at: 3, length: 2 }], 3)).toBe(5);
    expect(originalOffset([{ at: 3, length: 2 }], 2)).toBe(2);
  });

  it('gives the reading of the unbroken note, with every span quoting the broken one exactly', () => {
    const NOTE =
      'FINDINGS: L3-4: No significant canal or foraminal stenosis. L4-5: Disc bulge and facet arthropathy result in moderate central canal stenosis. Mild bilateral foraminal narrowing. L5-S1: Severe right neural foraminal stenosis due to facet hypertrophy, with impingement of the exiting right L5 nerve root. IMPRESSION: Moderate central canal stenosis at L4-5.';
    // Places a line may break with a hyphen: inside a word (two letters before, a lower-case one
    // after, a prefix that is no compound's first half), or inside a level after its "-".
    const places: number[] = [];
    for (let i = 2; i < NOTE.length; i++) {
      const word = /[A-Za-z]{2,}$/.exec(NOTE.slice(0, i))?.[0];
      if (
        word &&
        /[a-z]/.test(NOTE.charAt(i)) &&
        !/^(?:disc|non|left|right|mild|moderate|severe|low|high|long|short|well|self|broad|minimal|disk)$/i.test(
          word,
        )
      )
        places.push(i);
      if (/(?:^|[^A-Za-z0-9])[CTLS]\d{1,2}-$/.test(NOTE.slice(0, i))) places.push(i);
    }
    const whole = analyze(page(NOTE));
    fc.assert(
      fc.property(fc.subarray(places, { maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\n  '), (at, gap) => {
        let note = '';
        let from = 0;
        // A line holds more than one letter of a word (as a PDF's does).
        for (const i of at.filter((i, k) => k === 0 || i - (at[k - 1] as number) > 2)) {
          const level = NOTE.charAt(i - 1) === '-';
          note += NOTE.slice(from, i) + (level ? gap : `-${gap}`);
          from = i;
        }
        note += NOTE.slice(from);
        const broken = analyze(page(note));
        expect(reading(broken)).toEqual(reading(whole));
        for (const s of spans(broken))
          expect(
            s.fieldId === 'n' ? note.slice(s.start, s.end) : 'M48.061 M99.63'.slice(s.start, s.end),
          ).toBe(s.text);
      }),
      { numRuns: 150 },
    );
  });
});
