import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessContext, assessContextEveryCue } from './assess-context';
import { findCues } from './find-cues';

/**
 * Cue phrases of every status, terminators, brackets, word caps and targets: sentences where many
 * cues reach one target (as in run-on dictation), ties in distance, and cues on both sides.
 */
const PIECES = [
  'no', 'No significant', 'not seen', 'is ruled out', 'none', 'history of', 's/p', 'possible', 'cannot exclude', 'family history of',
  'if', 'risk of', 'but', 'and', 'or', 'which', 'there is', 'are patent', 'unlikely', 'no increase', 'not only', 'due to', '(', ')', ',',
  'stenosis', 'canal', 'foraminal', 'narrowing', 'mild', 'at C5-6', 'the', 'x',
];

/** A sentence of pieces and the target parts: words of it picked by index. */
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }))
  .map(([pieces, picks]) => {
    const text = pieces.join(' ');
    const starts: number[] = [];
    let at = 0;
    for (const p of pieces) {
      starts.push(at);
      at += p.length + 1;
    }
    const parts = [...new Set(picks.map((k) => k % pieces.length))].sort((a, b) => a - b).map((k) => ({ start: starts[k] as number, end: (starts[k] as number) + (pieces[k] as string).length }));
    return { text, parts };
  });

describe('assessContext weighing cues from the target outwards', () => {
  it('gives the status and trigger that weighing every cue in order gives', () => {
    fc.assert(
      fc.property(sentence, ({ text, parts }) => {
        const whole = { start: 0, end: text.length };
        const cues = findCues(text, 0, text.length);
        const options = { sentence: whole, cues, parts, fieldId: 'f' };
        const fast = assessContext(text, parts[0] ?? whole, options);
        const every = assessContextEveryCue(text, parts[0] ?? whole, options);
        expect(fast.status).toBe(every.status);
        expect(fast.trigger).toEqual(every.trigger);
      }),
      { numRuns: 3000 },
    );
  });
});

/** A sentence of pieces and target parts starting at any word, inside a cue phrase too ("no significant"). */
const wordTargets = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.nat())
  .map(([pieces, picks, warm]) => {
    const text = pieces.join(' ');
    const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const parts = [...new Set(picks.map((k) => k % words.length))].sort((a, b) => a - b).map((k) => words[k] as { start: number; end: number });
    return { text, parts, warm: words[warm % words.length] as { start: number; end: number } };
  });

describe('assessContext on a cue list read for an earlier target of the sentence', () => {
  it('finds the cues that run over a part as on a list read afresh', () => {
    fc.assert(
      fc.property(wordTargets, ({ text, parts, warm }) => {
        const whole = { start: 0, end: text.length };
        const cues = findCues(text, 0, text.length);
        // An earlier target leaves the list's reading behind; a copy of the list is read afresh.
        assessContext(text, warm, { sentence: whole, cues, parts: [warm], fieldId: 'f' });
        const reused = assessContext(text, parts[0] ?? whole, { sentence: whole, cues, parts, fieldId: 'f' });
        const fresh = assessContext(text, parts[0] ?? whole, { sentence: whole, cues: [...cues], parts, fieldId: 'f' });
        expect(reused.status).toBe(fresh.status);
        expect(reused.trigger && { start: reused.trigger.start, end: reused.trigger.end }).toEqual(fresh.trigger && { start: fresh.trigger.start, end: fresh.trigger.end });
      }),
      { numRuns: 3000 },
    );
  });
});
