import { assessContext } from '../context/assess-context';
import { sectionStatusAt, type Section } from '../context/find-sections';
import { spanOf } from '../text/span-of';
import type { FieldText, Span } from '../types';
import { clauseCueList } from './clause-cues';
import type { Clause } from './split-clauses';
import { MANIPULATION_CODES } from './procedure-codes';

/**
 * A number of regions a note or a fee-ticket line says were manipulated ("(2 regions)", "CMT, 3-4
 * regions", "two spinal regions", "Regions treated: 3"). CPT counts 98940-98942 by spinal
 * regions and 98943 by extraspinal ones (First Coast's guide to LCD L29099): a count written
 * beside the manipulation is what the visit documents even where the regions are not named one by one.
 */
export type StatedRegionCount = {
  min: number;
  /** The upper end of a range ("3-4 regions"), else `min`. */
  max: number;
  /** Said of extraspinal regions ("2 extraspinal regions"), or on a 98943 line. */
  extraspinal: boolean;
  span: Span;
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const N = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;
/** "2 regions", "3-4 regions", "three to four spinal regions", "1 or 2 regions", "5 body regions". */
const COUNT_BEFORE = new RegExp(
  String.raw`\b${N}(?:\s?(?:-|–|to|or)\s?${N})?\s+(?:(spinal|extra-?spinal|body)\s+)?regions?\b`,
  'gi',
);
/**
 * "Regions treated: 2", "regions adjusted = 3", "# of regions: 4", "spinal regions: 2". Plural only:
 * "Lumbar region: 2 segments" is a label over its levels.
 */
const COUNT_AFTER = new RegExp(
  String.raw`(?:\b(spinal|extra-?spinal|body)\s+)?\bregions(?:\s+(?:treated|adjusted|manipulated))?\s{0,2}[:=#]\s{0,2}${N}\b(?!\s*[-/.]\s*\d)`,
  'gi',
);

const numberOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

// A manipulation code written on the line or clause (98925-98929, 98940-98943).
const MANIPULATION_CODE = /\b989(?:2[5-9]|4[0-3])\b/;
/** Whether `min`-`max` is one code's band ("1-2", "3-4", "5-6"): beside a code, its description, not a count. */
const isBand = (min: number, max: number): boolean =>
  min < max && MANIPULATION_CODES.some((c) => c.min === min && c.max === max);

/** Whether a text may hold a count (the sweeps run only then: most clauses say "region" nowhere). */
const mayHoldCount = (text: string): boolean => /regions?\b/i.test(text);

/**
 * The region counts stated in `text` (a clause of a note, or one line of a procedure field) at
 * `offset` in the field. `extraspinal` says the line bills 98943. A count of 0 or more than ten
 * regions is no count, and neither is a code's own band written beside a code: the count that
 * description gives is the code's, not the visit's (the code itself is judged against the note).
 */
function countsIn(
  field: FieldText,
  offset: number,
  text: string,
  extraspinal: boolean,
): { count: StatedRegionCount; start: number; end: number }[] {
  const out: { count: StatedRegionCount; start: number; end: number }[] = [];
  if (!mayHoldCount(text)) return out;
  const withCode = MANIPULATION_CODE.test(text);
  for (const [pattern, first, second, kind] of [
    [COUNT_BEFORE, 1, 2, 3],
    [COUNT_AFTER, 2, -1, 1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const a = numberOf(m[first] ?? '');
      const b = second > 0 && m[second] !== undefined ? numberOf(m[second]) : a;
      if (!(a >= 1 && b >= a && b <= 10)) continue;
      // "98927 OMT 5-6 regions", "98941 CMT 3-4 regions": the line describes the code it bills.
      if (withCode && isBand(a, b)) continue;
      const start = offset + m.index;
      const end = start + m[0].length;
      const word = (m[kind] ?? '').toLowerCase();
      out.push({
        count: {
          min: a,
          max: b,
          extraspinal: extraspinal || word.startsWith('extra'),
          span: spanOf(field, start, end),
        },
        start,
        end,
      });
    }
  }
  return out;
}

/**
 * The counts a note's clause states for today's manipulation: the caller passes only clauses that
 * name a manipulation done today (or sit under such a heading); a count the note denies or puts
 * elsewhere in time ("not 3 regions", "last visit 3 regions") is none.
 */
export function readClauseRegionCounts(
  field: FieldText,
  clause: Clause,
  sections: readonly Section[],
): StatedRegionCount[] {
  const out: StatedRegionCount[] = [];
  for (const hit of countsIn(field, clause.start, clause.text, false)) {
    const context = assessContext(
      field.text,
      { start: hit.start, end: hit.end },
      {
        fieldId: field.id,
        sentence: { start: clause.start, end: clause.end },
        cues: clauseCueList(field.text, clause),
        sectionStatus: sectionStatusAt(sections, hit.start),
      },
    );
    if (context.status === 'affirmed') out.push(hit.count);
  }
  return out;
}

/** A manipulation line on a fee ticket, by its code or its words. */
const MANIPULATION_LINE = /\b(?:989(?:2[5-9]|4[0-3])|CMT|OMT|SMT|manipulat\w*|adjustments?)\b/i;

/**
 * The counts written on the manipulation lines of a procedure field ("98940 CMT (2 regions)",
 * "Chiropractic manipulative treatment, 2 regions"). A count beside another procedure is not one.
 */
export function readFieldRegionCounts(field: FieldText): StatedRegionCount[] {
  const out: StatedRegionCount[] = [];
  const text = field.text;
  if (!mayHoldCount(text)) return out;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (MANIPULATION_LINE.test(line))
      for (const hit of countsIn(field, start, line, /\b98943\b/.test(line))) out.push(hit.count);
    start = end + 1;
  }
  return out;
}
