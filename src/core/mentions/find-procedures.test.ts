import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import fc from 'fast-check';
import { hoistBoundary } from '../text/hoist-boundary';
import { findCodes } from '../find-codes';
import { ANCHOR_WORD, findProcedureEvidence, MAX_PROCEDURES_PER_SENTENCE, nextProcedure, readsOnlyPlain, validateProcedureData } from './find-procedures';
import data from './procedure-evidence.json' with { type: 'json' };

const read = (text: string) => findProcedureEvidence({ id: 'note', kind: 'note', text });
const one = (text: string) => {
  const found = read(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const levels = (text: string) => one(text).levels.map((l) => l.normalized);

describe('findProcedureEvidence', () => {
  it('reads "Procedure: left L4-5 foraminotomy." as the foramen at L4-5, implied by the procedure', () => {
    expect(one('Procedure: left L4-5 foraminotomy.')).toMatchObject({
      kind: 'procedure',
      site: 'foramen',
      levels: [{ normalized: 'L4-L5' }],
      regions: ['lumbar'],
      status: 'implied-by-procedure',
      trigger: null,
      rule: 'proc-foraminotomy',
      soleSite: true,
    });
  });

  it('reads a named foramen that was decompressed, either way round', () => {
    expect(one('Decompression of the left C6 foramen was carried out.')).toMatchObject({ site: 'foramen', regions: ['cervical'], rule: 'proc-decompression-of-foramen' });
    expect(one('The right C6-7 neural foramen was then decompressed.')).toMatchObject({ levels: [{ normalized: 'C6-C7' }], rule: 'proc-foramen-decompressed' });
    expect(one('Bilateral foraminal decompression at L4-5.').rule).toBe('proc-foraminal-decompression');
  });

  it('takes the levels that belong to the procedure, not to its neighbour', () => {
    expect(levels('Foraminotomies at C3-C4 as well as C4-C5.')).toEqual(['C3-C4', 'C4-C5']);
    expect(levels('L4-5 laminectomy and L5-S1 foraminotomy.')).toEqual(['L5-S1']);
    expect(levels('Laminectomy at L3-4 with foraminotomy at L4-5.')).toEqual(['L4-L5']);
    expect(levels('Right L4-L5 and right L5-S1 laminotomies, medial facetectomies, and foraminotomies.')).toEqual(['L4-L5', 'L5-S1']);
    // A procedure "with" another shares its levels.
    expect(levels('Laminectomy C4-C5 and C5-C6 with neural foraminotomy.')).toEqual(['C4-C5', 'C5-C6']);
    expect(levels('Anterior discectomy C4-C5 with removal of osteophytes, foraminotomies, and canal decompression.')).toEqual(['C4-C5']);
    // A level after the procedure that is not tied to it by a preposition is not its level.
    expect(levels('Foraminotomy was done, then the L5 and S1 roots were inspected.')).toEqual([]);
  });

  it('gives an earlier, a denied and a consented procedure their own status', () => {
    expect(one('Status post right L5-S1 foraminotomy in 2019.')).toMatchObject({ status: 'historical', trigger: { text: 'Status post' } });
    // A list of procedures shares its status, though "and bilateral" ends a finding's scope.
    expect(one('Follow-up status post L4-5 laminectomy and bilateral foraminotomies.').status).toBe('historical');
    expect(one('No foraminotomy was required at L4-5.').status).toBe('negated');
    expect(one('A foraminotomy at L4-5 was not performed.').status).toBe('negated');
    // A finding's backward negation after it is the result of the operation, not its absence.
    expect(one('Unroofing of the right C6-7 foramen was completed until the root was free.')).toMatchObject({ status: 'implied-by-procedure', trigger: null });
    expect(one('Risks of foraminotomy include infection.').status).toBe('hypothetical');
    expect(one('PAST SURGICAL HISTORY: C5-6 foraminotomy.').status).toBe('historical');
  });

  it('marks a foraminal procedure beside a canal decompression as not the only site', () => {
    expect(one('L4-5 laminectomy and foraminotomy.').soleSite).toBe(false);
    expect(one('C4-5 discectomy, foraminotomies, and decompression of the spinal canal.').soleSite).toBe(false);
  });

  it('is never a stenosis mention (the annotation guide lists decompression as a trap)', () => {
    const text = 'PROCEDURE: Right L5-S1 foraminotomy. The right L5-S1 foramen was decompressed.';
    expect(read(text)).toHaveLength(2);
    expect(findMentions({ id: 'note', kind: 'note', text })).toEqual([]);
  });

  it('reads at most MAX_PROCEDURES_PER_SENTENCE procedures of one sentence, and the next sentence again', () => {
    const text = `${'L4-5 foraminotomy and '.repeat(20)}done. Right L5-S1 foraminotomy.`;
    const found = read(text);
    expect(found).toHaveLength(MAX_PROCEDURES_PER_SENTENCE + 1);
    expect(found.at(-1)?.levels.map((l) => l.normalized)).toEqual(['L5-S1']);
  });

  it('reads nothing in a note without such a procedure', () => {
    expect(read('Moderate left C5-6 foraminal narrowing. Laminectomy at L3-4.')).toEqual([]);
  });
});

describe('procedure-evidence.json', () => {
  it('is valid as shipped and rejects a bad entry by its id', () => {
    expect(() => validateProcedureData(data)).not.toThrow();
    const bad = (change: object) => ({ ...data, procedures: [{ ...data.procedures[0], ...change }] });
    expect(() => validateProcedureData(bad({ site: 'elbow' }))).toThrow(/proc-foraminotomy.*site/);
    expect(() => validateProcedureData(bad({ origin: 'nobody' }))).toThrow(/origin/);
    expect(() => validateProcedureData(bad({ pattern: '(a+)+' }))).toThrow(/unbounded/);
  });
});

describe('readsOnlyPlain', () => {
  it('holds for every procedure pattern (so the sweep may read a run around "foram" alone)', () => {
    for (const rule of data.procedures) expect(readsOnlyPlain(rule.pattern), rule.id).toBe(true);
  });

  it('does not hold for a pattern that reads or looks at anything but word characters, spaces and hyphens', () => {
    for (const source of [String.raw`\bforamen,`, String.raw`foram.n`, String.raw`foramen(?=\s)`, String.raw`(?<!x)foramen`, String.raw`[^a]foram`, String.raw`foram\/x`, String.raw`foram\W`])
      expect(readsOnlyPlain(source), source).toBe(false);
    expect(readsOnlyPlain(String.raw`\b(?:neural\s+|neuro-?)?foram(?:en|ina)\s+(?:[\w-]+\s+){0,3}?was\b`)).toBe(true);
  });
});

describe('nextProcedure over long notes', () => {
  /** The procedure sweep as find-procedures builds it, from `from`, read plainly. */
  const PLAIN = new RegExp(hoistBoundary(data.procedures.map((r) => `(${r.pattern})`).join('|')), 'gi');
  const plainFrom = (text: string, from: number) => {
    PLAIN.lastIndex = from;
    const m = PLAIN.exec(text);
    return m && [m.index, m[0]];
  };
  const next = (text: string, from: number) => {
    const m = nextProcedure(text, from);
    return m && [m.index, m[0]];
  };

  it('finds from any position what the plain sweep finds, across long stretches without "foram" and long runs', () => {
    const pieces = [
      'foraminotomy', 'foraminal', 'Foramen', 'decompression of the', 'was decompressed', 'neural', 'left L4-5', 'foramina were widely opened', '-',
      '. ', ', ', ' ', '\n', 'é', 'x',
      // Stretches long enough that a run is read alone, and a run longer than the reach past the word.
      `. ${'Plan reviewed. '.repeat(80)}`, ` ${'plain words '.repeat(400)}`,
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const from = t.length === 0 ? 0 : n % (t.length + 1);
        expect(next(t, from)).toEqual(plainFrom(t, from));
        // The same from the places of "foram" that findCodes' sweep hands over.
        const places: number[] = [];
        findCodes({ id: 'n', kind: 'note', text: t }, ANCHOR_WORD, places);
        const m = nextProcedure(t, from, places);
        expect(m && [m.index, m[0]]).toEqual(plainFrom(t, from));
      }),
      { numRuns: 1500 },
    );
  });
});
