import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topAlternatives } from '../text/regex-source';
import { TRAP_AFTER, TRAP_BEFORE } from './lexicon';
import { TRAP_AFTER_OPENERS, TRAP_REACH, trapAfter, trapBefore } from './traps';

const words = ['aortic', 'valvular', 'disc space', 'disk  heights', 'nerve conduction', 'joint spaces', 'fracture', 'fractures', 'deformity', 'test', 'stockings', 'devices', 'hose', 'wraps', 'dressing', 'of the disc space', 'of the L4-5 disc', 'of the joint', 'at the elbow', 'at the wrist', 'of the ulnar', 'stenosis', 'canal', 'mild', 'x', 'the', 'boots'];
const separators = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', ',', '.', '(', '-', '', '_', '9', 'é'];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { maxLength: 16 }).map((ps) => ps.map(([w, s]) => w + s).join(''));

describe('trapBefore and trapAfter', () => {
  it('answer as TRAP_BEFORE and TRAP_AFTER do on the characters within reach, wherever the anchor stands', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, at) => {
        const i = at % (t.length + 1);
        expect(trapBefore(t, i)).toBe(TRAP_BEFORE.test(t.slice(Math.max(0, i - TRAP_REACH), i)));
        expect(trapAfter(t, i)).toBe(TRAP_AFTER.test(t.slice(i, i + TRAP_REACH)));
      }),
      { numRuns: 3000 },
    );
  });

  it('know every letter a TRAP_AFTER word opens with', () => {
    // The pattern is ^\s*(?:alternatives)\b: each alternative's first letter must pass the quick check.
    const inner = TRAP_AFTER.source.replace(/^\^\\s\*\(\?:/, '').replace(/\)\\b$/, '');
    const firsts = topAlternatives(inner).map((alt) => alt.charAt(0));
    expect(firsts.length).toBeGreaterThan(10);
    for (const first of firsts) expect(TRAP_AFTER_OPENERS).toContain(first.toLowerCase());
  });
});
