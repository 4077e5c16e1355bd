/**
 * The one M99 model: category M99's axes read from the family data (families/m99.ts and the M99
 * region scheme). The 4th character is the lesion (and, for the stenosis subcategories, the site
 * and mechanism group), the 5th the region. Rules, the kb reference, the M99 grid, the popup
 * entry view and the CLI all read M99 through this file.
 */
import { M99_FAMILY } from '../families/m99';
import { schemeById } from '../families/schemes';
import type { SchemeRegion } from '../families/types';
import type { Mechanism, Region } from '../types';

export type M99Site = 'canal' | 'foramen' | 'none';
export type M99Mechanism = Mechanism;
export type M99Family =
  | 'segmental-somatic-dysfunction'
  | 'subluxation-complex'
  | 'canal-stenosis'
  | 'foraminal-stenosis'
  | 'other-biomechanical'
  | 'unspecified';
export type M99RegionId =
  | 'head'
  | 'cervical'
  | 'thoracic'
  | 'lumbar'
  | 'sacral'
  | 'pelvic'
  | 'lower-extremity'
  | 'upper-extremity'
  | 'rib-cage'
  | 'abdomen-other';

export type M99Subcategory = {
  /** The 4th character: "0".."9". */
  digit: string;
  /** "M99.6". */
  code: string;
  title: string;
  family: M99Family;
  site: M99Site;
  /** Empty for the lesions that are not stenosis; M99.6 and M99.7 each cover two mechanisms. */
  mechanisms: readonly M99Mechanism[];
  /** False only for M99.9, which is billable at four characters and takes no region. */
  hasRegions: boolean;
};

export type M99Region = SchemeRegion & { id: M99RegionId };

/** M99's subcategories, in digit order, from the family data. */
export const M99_SUBCATEGORIES: readonly M99Subcategory[] = M99_FAMILY.subcategories.map((s) => ({
  digit: s.code.slice(-1),
  code: s.code,
  title: s.title,
  family: s.axes.lesion as M99Family,
  site: s.axes.site ?? 'none',
  mechanisms: s.axes.mechanisms ?? [],
  hasRegions: s.regionDigits.length > 0,
}));

/** The ten regions of the M99 region scheme, in digit order (5th character 0-9). */
export const M99_REGIONS: readonly M99Region[] = schemeById('m99').regions as M99Region[];

export type Plausibility = 'expected' | 'unusual' | 'implausible' | 'not-applicable';

/** A whole M99 code or header read into its axes. */
export type M99Axes = {
  code: string;
  subcategory: M99Subcategory;
  /** Undefined for M99.9 and for the subcategory headers. */
  region: M99Region | undefined;
  plausibility: Plausibility;
};

/** The M99 code for a subcategory digit and a region digit ("6", "1" → "M99.61"). */
export function m99Code(subcategoryDigit: string, regionDigit?: string): string {
  return `M99.${subcategoryDigit}${regionDigit ?? ''}`;
}

/**
 * How anatomically plausible a region is for a subcategory. Stenosis of the canal or of an
 * intervertebral foramen needs a spine: implausible for pelvis, limbs, rib cage and abdomen;
 * unusual for a foramen in the head region (C1 leaves above the atlas, not through a foramen)
 * or the sacral region (the sacral foramina are not intervertebral foramina; L5-S1 indexes to
 * lumbar), and for the canal in the head region (foramen magnum / craniovertebral junction only).
 */
export function plausibilityOf(subcategory: M99Subcategory, region: M99Region | undefined): Plausibility {
  if (!region) return 'not-applicable';
  if (subcategory.site === 'none') return 'expected';
  if (!region.spinal) return 'implausible';
  if (region.id === 'head') return 'unusual';
  if (region.id === 'sacral' && subcategory.site === 'foramen') return 'unusual';
  return 'expected';
}

/**
 * Splits an M99 code or header into its axes; undefined for anything that is not one.
 *
 * @example m99Axes('M99.61')?.region?.id === 'cervical'
 */
export function m99Axes(code: string): M99Axes | undefined {
  const m = /^M99(?:\.(\d)(\d)?)?$/.exec(code.trim().toUpperCase());
  if (!m?.[1]) return undefined;
  const subcategory = M99_SUBCATEGORIES.find((s) => s.digit === m[1]);
  if (!subcategory) return undefined;
  if (m[2] !== undefined && !subcategory.hasRegions) return undefined;
  const region = m[2] === undefined ? undefined : M99_REGIONS.find((r) => r.digit === m[2]);
  return { code: m99Code(subcategory.digit, region?.digit), subcategory, region, plausibility: plausibilityOf(subcategory, region) };
}

/** The stenosis site of an M99 stenosis subcategory: neural canal (M99.2-M99.5) or intervertebral foramina (M99.6-M99.7). */
export type M99StenosisSite = 'canal' | 'foramen';

/** Axes of an M99 stenosis code, as the stenosis rules compare them with the note. */
export type M99StenosisAxes = {
  code: string;
  subcategory: string;
  site: M99StenosisSite;
  mechanisms: Mechanism[];
  /** The region id (M99 scheme); undefined for a 4-character header such as "M99.6". */
  region?: M99RegionId;
  regionDigit?: number;
};

/**
 * Reads an M99 stenosis code (M99.2x-M99.7x) into its axes; any other code gives undefined.
 *
 * @example parseM99Code('M99.61') // {code: 'M99.61', subcategory: 'M99.6', site: 'foramen', mechanisms: ['osseous', 'subluxation'], region: 'cervical', regionDigit: 1}
 */
export function parseM99Code(code: string): M99StenosisAxes | undefined {
  const axes = m99Axes(code);
  if (!axes) return undefined;
  const { subcategory: sub, region } = axes;
  if (sub.site === 'none') return undefined;
  // Two literals, not a region added afterwards: the stenosis rules read these at every analysis,
  // and a shape reached by adding fields dies with the analysis (docs/architecture.md, "Stable
  // object shapes").
  const mechanisms = [...sub.mechanisms];
  return region
    ? { code: axes.code, subcategory: sub.code, site: sub.site, mechanisms, region: region.id, regionDigit: Number(region.digit) }
    : { code: axes.code, subcategory: sub.code, site: sub.site, mechanisms };
}

/**
 * Builds the M99 stenosis code for a site, a mechanism and a region.
 *
 * @example buildM99Code({site: 'foramen', mechanism: 'osseous', region: 'cervical'}) === 'M99.61'
 */
export function buildM99Code(axes: { site: M99StenosisSite; mechanism: Mechanism; region: M99RegionId | Region }): string {
  const sub = M99_SUBCATEGORIES.find((s) => s.site === axes.site && s.mechanisms.includes(axes.mechanism));
  const region = M99_REGIONS.find((r) => r.id === axes.region);
  if (!sub || !region) throw new Error(`no M99 stenosis code for ${axes.site}, ${axes.mechanism}, ${axes.region}`);
  return m99Code(sub.digit, region.digit);
}

/** Spinal regions only: 5-9 (pelvic, extremities, rib cage, abdomen) have no canal or intervertebral foramen. */
export function isSpinalRegion(region: M99RegionId | Region): region is Region {
  return M99_REGIONS.find((r) => r.id === region)?.spinal === true;
}

/**
 * Each region's label without " region", made once: findings name the code's region at every
 * analysis, and a find and a regexp replace each time cost more than the rest of the message.
 */
const REGION_LABELS = new Map<string, string>();
for (const r of M99_REGIONS) REGION_LABELS.set(r.id, r.label.replace(/ region$/, ''));

/** The M99 scheme's label for a region id ("lower-extremity" → "lower extremity"). */
export function m99RegionLabel(region: M99RegionId | Region): string {
  return REGION_LABELS.get(region) ?? region;
}

/**
 * Official structure of M99 for when no catalog is at hand: M99.0-M99.8 take a 5th character
 * 0-9 and M99.9 is billable at four characters (order file FY2026: 101 rows, 91 billable).
 */
export function m99Structure(code: string): 'billable' | 'header' | 'invalid' | undefined {
  if (!code.startsWith('M99')) return undefined;
  if (code === 'M99') return 'header';
  const axes = m99Axes(code);
  if (!axes) return 'invalid';
  if (!axes.subcategory.hasRegions) return 'billable';
  return axes.region ? 'billable' : 'header';
}
