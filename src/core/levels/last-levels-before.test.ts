import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLevels, JUNCTION_ONLY, type LevelHit } from './find-levels';
import { afterLastHard, lastLevelsBefore, withLevelsListedBefore } from './last-levels-before';

/** The reading lastLevelsBefore speeds up: every level of the stretch, then the last segment or level. */
function swept(text: string, from: number, to: number) {
  const hits = findLevels(text.slice(from, to), from);
  const segments = hits.filter((h) => h.level.normalized.includes('-'));
  const last = (segments.length > 0 ? segments : hits).at(-1);
  return last ? hits.filter((h) => h.start === last.start) : [];
}

/** lastLevelsBefore as it read before the last sentence's reading and the last piece answered it: the near piece, then the rest. */
function nearThenFar(text: string, from: number, to: number): LevelHit[] {
  let cut = from;
  const low = Math.max(from, to - 160);
  if (to - 48 > low) cut = afterLastHard(text, low, to - 48, from);
  const lastSegment = (hits: LevelHit[]) => hits.findLastIndex((h) => h.level.normalized.includes('-'));
  const lastOf = (hits: LevelHit[], k: number) => {
    const last = hits[k >= 0 ? k : hits.length - 1];
    return last ? hits.filter((h) => h.start === last.start) : [];
  };
  const near = findLevels(text.slice(cut, to), cut);
  const nearSegment = lastSegment(near);
  if (nearSegment >= 0 || cut === from) return lastOf(near, nearSegment);
  const far = findLevels(text.slice(from, cut), from);
  const farSegment = lastSegment(far);
  if (farSegment >= 0 || near.length === 0) return lastOf(far, farSegment);
  return lastOf(near, -1);
}

describe('lastLevelsBefore', () => {
  it('takes the heading before a sentence, and a segment over a later lone root', () => {
    const text = 'C3-4: Central canal is patent. The S1 root is fine. ';
    expect(lastLevelsBefore(text, 0, text.length).map((h) => h.level.normalized)).toEqual(['C3-C4']);
    expect(lastLevelsBefore('S1 root. Canal patent.', 0, 22).map((h) => h.level.normalized)).toEqual(['S1']);
    expect(lastLevelsBefore('no level in this stretch at all, none.', 0, 38)).toEqual([]);
  });

  it('gives every level a range reads ("C5 through C7")', () => {
    const text = 'Narrowing from C5 through C7, and then some words that run on past the piece size. ';
    expect(lastLevelsBefore(text, 0, text.length).map((h) => h.level.normalized)).toEqual(['C5-C6', 'C6-C7']);
  });

  it('reads what a sweep of the whole stretch reads, wherever the stretch starts and ends', () => {
    const piece = fc.constantFrom(
      'C5-6', 'L5-S1', 'S1', 'C5', ' through ', ' and ', ' on ', 'T12', 'l4', 's 1', 'C1', 'O-C1', 'atlanto-occipital', 'atlantoaxial',
      ' nerve root', ' roots', ' ', '  ', '\n', '.', '. ', ',', ':', ';', '(', ')', '-', '/', '–', 'x', 'canal stenosis', 'a'.repeat(40), '9',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((ps) => ps.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const to = text.length === 0 ? 0 : b % (text.length + 1);
        const from = to === 0 ? 0 : a % (to + 1);
        expect(lastLevelsBefore(text, from, to)).toEqual(swept(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers from a reading that ends before punctuation, unless the punctuation changes its levels', () => {
    const reading = (text: string, start: number, end: number) => ({ start, end, hits: findLevels(text.slice(start, end), start) });
    const normalized = (hits: LevelHit[]) => hits.map((h) => h.level.normalized);
    const text = 'No central canal stenosis at L4-5; mild foraminal narrowing.';
    expect(normalized(lastLevelsBefore(text, 0, 34, reading(text, 0, 33)))).toEqual(['L4-L5']);
    // The reading's last pair ("6-7") is no level once a "." follows it ("6-7.5").
    const pair = 'C5-6, 6-7.';
    expect(normalized(reading(pair, 0, 9).hits)).toEqual(['C5-C6', 'C6-C7']);
    expect(normalized(lastLevelsBefore(pair, 0, 10, reading(pair, 0, 9)))).toEqual(['C5-C6']);
    // A comma before the piece the look-back reads: the reading's pair runs across it, the piece's does not.
    const comma = `C5-6, 6-7 ${'x'.repeat(60)}`;
    expect(lastLevelsBefore(comma, 5, comma.length, reading(comma, 0, comma.length))).toEqual([]);
  });

  it('answers from a reading of the stretch before `to`, or from its last piece, as it did from the near piece', () => {
    const piece = fc.constantFrom(
      'C5-6', 'L5-S1', 'L4-5', 'S1', 'C5', 'T2', ' signal', ' nerve root', 'O-C1', 'atlanto-occipital', ' through ', ' and ', 'and ', ' 6-7', '6-7', ' and 5-6', '.5', 'C5-6, 6-7',
      ' ', '  ', '\n', '\u00a0', '.', '. ', ',', ', ', ';', '; ', ':', '(', ')', '/', '-', 'x', 'axial ', 'canal stenosis at ', 'a'.repeat(30), 'b'.repeat(60), ' '.repeat(50), '. '.repeat(25),
    );
    // Pieces, and where the look-back ends, where the reading ends (both after a piece), where
    // the reading starts and where the look-back starts.
    const input = fc.tuple(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(3), fc.nat(), fc.nat());
    fc.assert(
      fc.property(input, ([pieces, a, b, c, d]) => {
        const ends = [0];
        for (const p of pieces) ends.push((ends.at(-1) as number) + p.length);
        const text = pieces.join('');
        const j = a % ends.length;
        const to = ends[j] as number;
        const end = ends[Math.max(0, j - b)] as number;
        const start = c % (end + 1);
        const from = d % (to + 1);
        const stretch = text.slice(start, end);
        const read = { start, end, hits: findLevels(stretch, start) };
        const before = nearThenFar(text, from, to);
        expect(lastLevelsBefore(text, from, to)).toEqual(before);
        expect(lastLevelsBefore(text, from, to, read)).toEqual(before);
        // As the note reader reads a sentence where no junction level can be (see readLevelMatches).
        if (!JUNCTION_ONLY.test(stretch)) expect(lastLevelsBefore(text, from, to, { ...read, hits: findLevels(stretch, start, false) })).toEqual(before);
      }),
      { numRuns: 10000 },
    );
  });

  it('cuts just past the last punctuation of the reach, read backwards or swept', () => {
    const byRegExp = (text: string, low: number, high: number, none: number) => {
      let cut = none;
      for (const m of text.slice(low, high).matchAll(/[.,;:()!?]/g)) cut = low + m.index + 1;
      return cut;
    };
    const text = fc.array(fc.constantFrom('a', 'C5', ' ', ',', '.', ';', ':', '(', ')', '!', '?', '-', 'é', 'x'.repeat(30)), { maxLength: 30 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const high = b % (t.length + 1);
        const low = a % (high + 1);
        expect(afterLastHard(t, low, high, -7)).toBe(byRegExp(t, low, high, -7));
      }),
      { numRuns: 2000 },
    );
  });
});

/** withLevelsListedBefore as it read before its quick test of the words before the look-back. */
function listedBefore(text: string, hits: LevelHit[], from: number): LevelHit[] {
  const first = hits[0];
  if (!first) return hits;
  let low = first.start;
  const floor = Math.max(from, first.start - 120);
  while (low > floor && !/[\n.;:]/.test(text.charAt(low - 1))) low--;
  if (low === first.start) return hits;
  let end = first.end;
  for (const h of hits) end = Math.max(end, h.end);
  const before = findLevels(text.slice(low, end), low).filter((h) => h.start < first.start);
  let next = first.start;
  let k = before.length - 1;
  const listed: LevelHit[] = [];
  while (k >= 0) {
    const start = (before[k] as LevelHit).start;
    let wordsEnd = Infinity;
    let j = k;
    for (; j >= 0 && (before[j] as LevelHit).start === start; j--) wordsEnd = Math.min(wordsEnd, (before[j] as LevelHit).end);
    if (!/^\s*(?:,\s*(?:and\s+)?|(?:and|&|through|to)\s+)$/i.test(text.slice(wordsEnd, next))) break;
    for (let i = k; i > j; i--) listed.push(before[i] as LevelHit);
    next = start;
    k = j;
  }
  return listed.length === 0 ? hits : [...listed.reverse(), ...hits];
}

describe('withLevelsListedBefore', () => {
  const listed = (text: string, to = text.length) => withLevelsListedBefore(text, lastLevelsBefore(text, 0, to), 0).map((h) => h.level.normalized);

  it('lists what it listed before its quick test, on generated text', () => {
    const piece = fc.constantFrom(
      'C5-6', 'L5-S1', 'L4-5', 'S1', 'C5', 'C7', 'T12', 'l4', ' through ', ' thru ', ' and ', ' AND ', ' And', ' & ', '&', ' to ', ' TO ', ' on ',
      ',', ', ', ', and ', ',and ', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '.', ':', ';', '(', 'x', 'd', 'h', 'o', 'é', 'at ', 'canal stenosis ', 'a'.repeat(50),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((ps) => ps.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const to = text.length === 0 ? 0 : b % (text.length + 1);
        const from = to === 0 ? 0 : a % (to + 1);
        const hits = lastLevelsBefore(text, from, to);
        expect(withLevelsListedBefore(text, hits, from)).toEqual(listedBefore(text, hits, from));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every level of the list the look-back ends ("L1-L2 and L2-L3:", "L3-4, L4-5:", "at L3-4 and L4-5.")', () => {
    expect(listed('L1-L2 and L2-L3: ')).toEqual(['L1-L2', 'L2-L3']);
    expect(listed('L3-4, L4-5, and L5-S1: ')).toEqual(['L3-L4', 'L4-L5', 'L5-S1']);
    expect(listed('Disc bulges at L3-4 and L4-5. ')).toEqual(['L3-L4', 'L4-L5']);
    expect(listed('C5 through C7 & C7-T1: ')).toEqual(['C5-C6', 'C6-C7', 'C7-T1']);
    expect(listed('C4-5 through C6-7: ')).toEqual(['C4-C5', 'C5-C6', 'C6-C7']);
  });

  it('stops at a word that is no joint, at a line or sentence end, a colon, and at `from`', () => {
    expect(listed('L3-4 disc bulge, L4-5: ')).toEqual(['L4-L5']);
    expect(listed('C5-6: disc bulge.\nC6-7: ')).toEqual(['C6-C7']);
    expect(listed('L2-3. L3-4: ')).toEqual(['L3-L4']);
    const text = 'L1-L2 and L2-L3: ';
    expect(withLevelsListedBefore(text, lastLevelsBefore(text, 6, text.length), 6).map((h) => h.level.normalized)).toEqual(['L2-L3']);
    expect(withLevelsListedBefore(text, [], 0)).toEqual([]);
  });
});
