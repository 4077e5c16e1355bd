import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoistBoundary } from '../text/hoist-boundary';
import { holdsWordAfterPlain, runStartBefore } from './anchor-word';
import { nextProcedure } from './find-procedures';
import data from './procedure-evidence.json' with { type: 'json' };

/** The procedure sweep as find-procedures builds it, swept plainly from the start of the note. */
const PLAIN = new RegExp(hoistBoundary(data.procedures.map((r) => `(${r.pattern})`).join('|')), 'gi');

function plainSweep(text: string): [number, string][] {
  const out: [number, string][] = [];
  PLAIN.lastIndex = 0;
  for (let m = PLAIN.exec(text); m !== null; m = PLAIN.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function skippingSweep(text: string): [number, string][] {
  const out: [number, string][] = [];
  let at = 0;
  for (let m = nextProcedure(text, at); m !== null; m = nextProcedure(text, at)) {
    out.push([m.index, m[0]]);
    at = m.index + m[0].length;
  }
  return out;
}

describe('holdsWordAfterPlain', () => {
  it('holds for every procedure pattern (so the procedure sweep skips notes without "foram")', () => {
    for (const rule of data.procedures) expect(holdsWordAfterPlain(rule.pattern, 'foram'), rule.id).toBe(true);
  });

  it('holds when the word is read in every alternative after word characters, spaces and hyphens only', () => {
    expect(holdsWordAfterPlain(String.raw`\b(?:micro-?|neural\s+)?foramen\b`, 'foram')).toBe(true);
    expect(holdsWordAfterPlain(String.raw`\bx(?:[\w-]+\s+){0,3}?(?:a|b)foram|\bforaminal`, 'foram')).toBe(true);
    expect(holdsWordAfterPlain(String.raw`(?:foramen|foramina)\b`, 'foram')).toBe(true);
  });

  it('does not hold when an alternative can miss the word or reads anything else before it', () => {
    expect(holdsWordAfterPlain(String.raw`\bforamen|\bcanal`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`(?:foram)?inal`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`(?:foram|canal)en`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`fora?m`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`fo(?:ram)`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`a.foram`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`a\.foram`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`a,foram`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`[^x]foram`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`[A-z]foram`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`(?:a|\/)foram`, 'foram')).toBe(false);
    expect(holdsWordAfterPlain(String.raw`\u0041foram`, 'foram')).toBe(false);
  });
});

describe('runStartBefore', () => {
  it('walks back over word characters, white space and hyphens, never before `from`', () => {
    const text = 'Done. Then the neuro-\tforamen';
    const at = text.indexOf('foramen');
    expect(runStartBefore(text, at, 0)).toBe(text.indexOf('. Then') + 1);
    expect(runStartBefore(text, at, 12)).toBe(12);
    expect(runStartBefore('a,\u00a0foram', 3, 0)).toBe(2);
  });
});

describe('nextProcedure', () => {
  it('finds what a sweep of the whole note finds', () => {
    const text = 'Plan: decompression of the left L5 foramen. Foraminotomy, and the C6 neural foramina were then widely decompressed; x-foramen.';
    expect(skippingSweep(text)).toEqual(plainSweep(text));
    expect(skippingSweep(text)).toHaveLength(3);
  });

  it('agrees with the plain sweep on any text made of procedure words, spaces and punctuation', () => {
    const words = [
      'foram', 'foramen', 'Foramina', 'foraminal', 'foraminotomy', 'FORAMINOTOMIES', 'foraminoplasty', 'decompression', 'decompressed', 'decompress',
      'of', 'the', 'both', 'left', 'L4-5', 'neural', 'neuro-', 'neuro', 'micro-', 'was', 'were', 'has been', 'then', 'widely', 'opened', 'unroofing',
      'unroofed', 'endoscopic', 'keyhole', 'posterior', 'x', '.', ',', ';', ':', '/', '(', ' ', '  ', '\n', '\t', '\u00a0', '-', 'é', '_',
    ];
    const piece = fc.constantFrom(...words);
    const gap = fc.constantFrom('', ' ', ' ', '  ', '\n', '-', '.', ', ');
    const text = fc.array(fc.tuple(piece, gap), { maxLength: 40 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(skippingSweep(t)).toEqual(plainSweep(t));
      }),
      { numRuns: 3000 },
    );
  });
});
