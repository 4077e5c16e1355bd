import type { Mechanism, Region } from '../types';

/** M99's 5th-character regions, in digit order (official order file; official-m99-extract.md §1). */
export const M99_REGIONS = [
  'head',
  'cervical',
  'thoracic',
  'lumbar',
  'sacral',
  'pelvic',
  'lower extremity',
  'upper extremity',
  'rib cage',
  'abdomen and other regions',
] as const;
export type M99Region = (typeof M99_REGIONS)[number];

/** The stenosis site of an M99 stenosis subcategory: neural canal (M99.2-M99.5) or intervertebral foramina (M99.6-M99.7). */
export type M99Site = 'canal' | 'foramen';

/** Axes of an M99 stenosis code. `mechanisms` is the subcategory's group: M99.6 covers osseous and subluxation. */
export type M99Axes = {
  code: string;
  subcategory: string;
  site: M99Site;
  mechanisms: Mechanism[];
  /** Undefined for a 4-character header such as "M99.6". */
  region?: M99Region;
  regionDigit?: number;
};

const SUBCATEGORIES: Record<string, { site: M99Site; mechanisms: Mechanism[] }> = {
  '2': { site: 'canal', mechanisms: ['subluxation'] },
  '3': { site: 'canal', mechanisms: ['osseous'] },
  '4': { site: 'canal', mechanisms: ['connective-tissue'] },
  '5': { site: 'canal', mechanisms: ['disc'] },
  '6': { site: 'foramen', mechanisms: ['osseous', 'subluxation'] },
  '7': { site: 'foramen', mechanisms: ['connective-tissue', 'disc'] },
};

/**
 * Reads an M99 stenosis code (M99.2x-M99.7x) into its axes; any other code gives undefined.
 *
 * @example parseM99Code('M99.61') // {code: 'M99.61', subcategory: 'M99.6', site: 'foramen', mechanisms: ['osseous', 'subluxation'], region: 'cervical', regionDigit: 1}
 */
export function parseM99Code(code: string): M99Axes | undefined {
  const m = /^M99\.([2-7])(\d)?$/.exec(code.trim().toUpperCase());
  if (!m?.[1]) return undefined;
  const sub = SUBCATEGORIES[m[1]];
  if (!sub) return undefined;
  const axes: M99Axes = { code: `M99.${m[1]}${m[2] ?? ''}`, subcategory: `M99.${m[1]}`, site: sub.site, mechanisms: sub.mechanisms };
  if (m[2] !== undefined) {
    const digit = Number(m[2]);
    axes.regionDigit = digit;
    const region = M99_REGIONS[digit];
    if (region) axes.region = region;
  }
  return axes;
}

/**
 * Builds the M99 stenosis code for a site, a mechanism and a region; undefined when the axes do
 * not name one code (no mechanism, or a site that has no M99 stenosis code).
 *
 * @example buildM99Code({site: 'foramen', mechanism: 'osseous', region: 'cervical'}) === 'M99.61'
 */
export function buildM99Code(axes: { site: M99Site; mechanism: Mechanism; region: M99Region | Region }): string {
  const sub =
    axes.site === 'foramen'
      ? axes.mechanism === 'osseous' || axes.mechanism === 'subluxation'
        ? '6'
        : '7'
      : { subluxation: '2', osseous: '3', 'connective-tissue': '4', disc: '5' }[axes.mechanism];
  return `M99.${sub}${M99_REGIONS.indexOf(axes.region)}`;
}

/** Whether a documented mechanism falls in the code's mechanism group. */
export function isMechanismCovered(axes: M99Axes, mechanism: Mechanism): boolean {
  return axes.mechanisms.includes(mechanism);
}

/** Spinal regions only: 5-9 (pelvic, extremities, rib cage, abdomen) have no canal or intervertebral foramen. */
export function isSpinalRegion(region: M99Region): region is Region {
  return M99_REGIONS.indexOf(region) <= 4;
}

/**
 * Official structure of M99 for when no catalog is at hand: M99.0-M99.8 take a 5th character
 * 0-9 and M99.9 is billable at four characters (order file FY2026: 101 rows, 91 billable).
 */
export function m99Structure(code: string): 'billable' | 'header' | 'invalid' | undefined {
  if (!code.startsWith('M99')) return undefined;
  if (code === 'M99' || /^M99\.[0-8]$/.test(code)) return 'header';
  if (code === 'M99.9' || /^M99\.[0-8]\d$/.test(code)) return 'billable';
  return 'invalid';
}
