/**
 * Values a title's numeric range holds: "Body mass index [BMI] 18.5-19.9, adult", "… 18.4 or
 * less, adult", "… 70 or greater, adult", "Blood alcohol level of 20-39 mg/100 ml", "Burns
 * involving 10-19% of body surface". A coder types the measured value ("bmi 17", "bmi 27.4"),
 * which no title spells: its code is the one whose range holds it.
 *
 * Why a scan of the titles, not index words: the FY2027 catalog has about 230 such titles, so
 * finding them once per index costs little, and the prebuilt index stays as it is.
 */
import type { CatalogEntry } from '../types';
import { rejoinPairs } from './tokenize';

export type NumericRange = { lo: number; hi: number };

/**
 * A number that is not part of a code, a level ("C4-C5"), an ordinal ("5th") or a unit ("mg/100 ml"),
 * nor a share of another measure ("less than 120% of the 95th percentile for age": no value a coder types).
 */
const NUM = String.raw`(?<![\w./])(\d+(?:\.\d+)?)(?![\w.]|\.\d|%\s?of\b)`;
const BETWEEN = new RegExp(String.raw`${NUM}\s?[-–]\s?${NUM}`, 'g');
const AT_MOST = new RegExp(String.raw`${NUM}\s?(?:%\s)?or less\b`, 'g');
const AT_LEAST = new RegExp(String.raw`${NUM}\s?(?:%\s)?(?:or (?:greater|more)|and (?:over|above))\b`, 'g');
const BELOW = new RegExp(String.raw`\b(?:less than|under)\s${NUM}`, 'g');
const SINGLE = new RegExp(NUM, 'g');

/** The ranges a title states (empty for nearly every title). */
export function rangesOf(title: string): NumericRange[] {
  if (!/\d/.test(title)) return [];
  const out: NumericRange[] = [];
  for (const m of title.matchAll(BETWEEN)) {
    const lo = Number(m[1]);
    const hi = Number(m[2]);
    // "1-2" is a range; "2019-2020" a pair of years would be too, but "10-5" is no range.
    if (lo < hi) out.push({ lo, hi });
  }
  for (const m of title.matchAll(AT_MOST)) out.push({ lo: -Infinity, hi: Number(m[1]) });
  for (const m of title.matchAll(AT_LEAST)) out.push({ lo: Number(m[1]), hi: Infinity });
  // "less than 20" holds 19.9 but not 20.
  for (const m of title.matchAll(BELOW)) out.push({ lo: -Infinity, hi: Number(m[1]) - Number.EPSILON * 1e3 });
  // A number the title states alone ("NIHSS score 17", "17 weeks gestation") holds only itself,
  // and holds it more narrowly than any range ("NIHSS score 10-19").
  const inRanges = [BETWEEN, AT_MOST, AT_LEAST, BELOW].flatMap((re) =>
    [...title.matchAll(re)].map((m) => [m.index, m.index + m[0].length]),
  );
  for (const m of title.matchAll(SINGLE))
    if (!inRanges.some(([from = 0, to = 0]) => m.index >= from && m.index < to))
      out.push({ lo: Number(m[1]), hi: Number(m[1]) });
  return out;
}

/** A query word that is a measured value ("17", "27.4"). */
export const isValueWord = (word: string) => /^\d+(?:\.\d+)?$/.test(word);

const cache = new WeakMap<readonly CatalogEntry[], { entry: number; ranges: NumericRange[] }[]>();

/**
 * The titles whose range holds `value`, as [index in `entries`, width of the narrowest range that
 * holds it], narrowest first: "bmi 32" is Z68.32 (32.0-32.9) before its header Z68.3 (30-39).
 */
export function entriesHolding(entries: readonly CatalogEntry[], value: number): [number, number][] {
  let ranged = cache.get(entries);
  if (!ranged) {
    ranged = [];
    for (let i = 0; i < entries.length; i++) {
      const ranges = rangesOf(entries[i]?.title ?? '');
      if (ranges.length) ranged.push({ entry: i, ranges });
    }
    cache.set(entries, ranged);
  }
  const out: [number, number][] = [];
  for (const r of ranged) {
    let width = Infinity;
    for (const x of r.ranges) if (value >= x.lo && value <= x.hi) width = Math.min(width, x.hi - x.lo);
    if (r.ranges.some((x) => value >= x.lo && value <= x.hi)) out.push([r.entry, width]);
  }
  return out.sort((a, b) => a[1] - b[1]);
}

const DECIMAL = /(?<![\w.])(\d+)\.(\d+)(?![\w.])/g;

/**
 * The words of a query with its decimal values whole again: the tokenizer splits "27.4" into "27"
 * and "4", which as two words would each match titles that hold the digit ("NIHSS score 4").
 */
export function joinDecimals(tokens: readonly string[], text: string): string[] {
  return rejoinPairs(tokens, [...text.matchAll(DECIMAL)], '.');
}

/** What a title's ranges add for the query's values: most for the narrowest range that holds one. */
export const VALUE_HELD = 0.3;
/** Below a title with the same words matched whose range holds the value. */
export const VALUE_NOT_HELD = 0.3;

/**
 * The second pass's word on a title with ranges, for a query with measured values (see
 * rerank.ts): a range that holds a value earns up to VALUE_HELD, less the wider it is ("bmi 32":
 * Z68.32 32.0-32.9 above Z68.3 30-39, above an open-ended "40 or greater"); ranges that hold none
 * cost VALUE_NOT_HELD ("bmi 17": Z68.45 70 or greater). Zero for a title without ranges.
 */
export function valueFit(title: string, values: readonly number[]): number {
  if (values.length === 0) return 0;
  const ranges = rangesOf(title);
  if (ranges.length === 0) return 0;
  let width = Infinity;
  let held = false;
  for (const v of values)
    for (const r of ranges)
      if (v >= r.lo && v <= r.hi) {
        held = true;
        width = Math.min(width, r.hi - r.lo);
      }
  if (!held) return -VALUE_NOT_HELD;
  return Number.isFinite(width) ? VALUE_HELD / (1 + Math.log10(1 + width)) : 0;
}
