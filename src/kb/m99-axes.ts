/**
 * The axes of ICD-10-CM category M99, as data: the 4th character is the lesion family (and, for
 * the stenosis subcategories, the site and mechanism), the 5th character is the body region.
 * Source: the FY2026 order file titles (M99.0-M99.9, regions 0-9 identical in every subcategory)
 * and the FY2017 alphabetic index (which region words lead to which digit). The plausibility of a
 * region for a site is our anatomical reasoning, explained in curated/m99-reference.json.
 */

export type M99Site = 'canal' | 'foramen' | 'none';
export type M99Mechanism = 'subluxation' | 'osseous' | 'connective-tissue' | 'disc';
export type M99Family =
  | 'segmental-somatic-dysfunction'
  | 'subluxation-complex'
  | 'canal-stenosis'
  | 'foraminal-stenosis'
  | 'other-biomechanical'
  | 'unspecified';

export type M99Subcategory = {
  /** The 4th character: "0".."9". */
  digit: string;
  /** "M99.6". */
  code: string;
  family: M99Family;
  site: M99Site;
  /** Empty for the families that are not stenosis; M99.6 and M99.7 each cover two mechanisms. */
  mechanisms: readonly M99Mechanism[];
  /** False only for M99.9, which is billable at four characters and takes no region. */
  hasRegions: boolean;
};

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

export type M99Region = {
  /** The 5th character: "0".."9". */
  digit: string;
  id: M99RegionId;
  /** The words the official titles use ("head region", "lower extremity"). */
  label: string;
  /** True for the regions with a spinal canal and intervertebral foramina (head only at the craniovertebral junction). */
  spinal: boolean;
};

export const M99_SUBCATEGORIES: readonly M99Subcategory[] = [
  { digit: '0', code: 'M99.0', family: 'segmental-somatic-dysfunction', site: 'none', mechanisms: [], hasRegions: true },
  { digit: '1', code: 'M99.1', family: 'subluxation-complex', site: 'none', mechanisms: [], hasRegions: true },
  { digit: '2', code: 'M99.2', family: 'canal-stenosis', site: 'canal', mechanisms: ['subluxation'], hasRegions: true },
  { digit: '3', code: 'M99.3', family: 'canal-stenosis', site: 'canal', mechanisms: ['osseous'], hasRegions: true },
  { digit: '4', code: 'M99.4', family: 'canal-stenosis', site: 'canal', mechanisms: ['connective-tissue'], hasRegions: true },
  { digit: '5', code: 'M99.5', family: 'canal-stenosis', site: 'canal', mechanisms: ['disc'], hasRegions: true },
  { digit: '6', code: 'M99.6', family: 'foraminal-stenosis', site: 'foramen', mechanisms: ['osseous', 'subluxation'], hasRegions: true },
  { digit: '7', code: 'M99.7', family: 'foraminal-stenosis', site: 'foramen', mechanisms: ['connective-tissue', 'disc'], hasRegions: true },
  { digit: '8', code: 'M99.8', family: 'other-biomechanical', site: 'none', mechanisms: [], hasRegions: true },
  { digit: '9', code: 'M99.9', family: 'unspecified', site: 'none', mechanisms: [], hasRegions: false },
];

export const M99_REGIONS: readonly M99Region[] = [
  { digit: '0', id: 'head', label: 'head region', spinal: true },
  { digit: '1', id: 'cervical', label: 'cervical region', spinal: true },
  { digit: '2', id: 'thoracic', label: 'thoracic region', spinal: true },
  { digit: '3', id: 'lumbar', label: 'lumbar region', spinal: true },
  { digit: '4', id: 'sacral', label: 'sacral region', spinal: true },
  { digit: '5', id: 'pelvic', label: 'pelvic region', spinal: false },
  { digit: '6', id: 'lower-extremity', label: 'lower extremity', spinal: false },
  { digit: '7', id: 'upper-extremity', label: 'upper extremity', spinal: false },
  { digit: '8', id: 'rib-cage', label: 'rib cage', spinal: false },
  { digit: '9', id: 'abdomen-other', label: 'abdomen and other regions', spinal: false },
];

export type Plausibility = 'expected' | 'unusual' | 'implausible' | 'not-applicable';

export type M99Axes = {
  code: string;
  subcategory: M99Subcategory;
  /** Undefined for M99.9 and for the subcategory headers. */
  region: M99Region | undefined;
  plausibility: Plausibility;
};

/** The M99 code for a subcategory digit and a region digit ("6", "1" -> "M99.61"). */
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

/** Splits an M99 code into its axes; undefined for anything that is not an M99 code or header. */
export function m99Axes(code: string): M99Axes | undefined {
  const m = /^M99(?:\.(\d)(\d)?)?$/.exec(code.trim().toUpperCase());
  if (!m?.[1]) return undefined;
  const subcategory = M99_SUBCATEGORIES.find((s) => s.digit === m[1]);
  if (!subcategory) return undefined;
  if (m[2] !== undefined && !subcategory.hasRegions) return undefined;
  const region = m[2] === undefined ? undefined : M99_REGIONS.find((r) => r.digit === m[2]);
  return { code: m99Code(subcategory.digit, region?.digit), subcategory, region, plausibility: plausibilityOf(subcategory, region) };
}
