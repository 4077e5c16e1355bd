/**
 * The spine families beside M99 (families.ts) and the M50 region scheme (schemes.ts), with a
 * reader that turns a code into what it states. families/index.ts registers and validates them.
 */
import { REGION_SCHEMES } from '../families/schemes';
import type { AxisValues, CodeFamily, RegionScheme, SchemeRegion, Subcategory } from '../families/types';
import { SPINE_FAMILIES } from './families';

export { SPINE_FAMILIES } from './families';
export { CERVICAL_DISC_SCHEME } from './schemes';
export type { AxisValues, CodeFamily, QualifierId, RegionScheme, SchemeRegion, Subcategory } from '../families/types';

const SCHEMES: readonly RegionScheme[] = REGION_SCHEMES;

/** The dorsopathy scheme (families/schemes.ts), used to place statements by part of the spine. */
export const DORSOPATHY_SCHEME: RegionScheme = schemeIn('dorsopathy');

function schemeIn(id: string): RegionScheme {
  const s = SCHEMES.find((x) => x.id === id);
  if (!s) throw new Error(`ChartLint spine families: scheme "${id}" is missing`);
  return s;
}

/** The region scheme a family uses (M50 has its own). */
export function schemeOf(family: CodeFamily): RegionScheme {
  const scheme = SCHEMES.find((s) => s.id === family.scheme);
  if (!scheme) throw new Error(`ChartLint spine families: family "${family.id}" uses unknown scheme "${family.scheme}"`);
  return scheme;
}

export type ParsedSpineCode = {
  code: string;
  family: CodeFamily;
  subcategory: Subcategory;
  axes: AxisValues;
  region?: SchemeRegion | undefined;
  complete: boolean;
};

const PATTERNS = new Map(SPINE_FAMILIES.map((f) => [f.id, new RegExp(f.codePattern)]));
const parsedCodes = new Map<string, ParsedSpineCode | undefined>();

/**
 * Reads a code of the spine families: subcategory (longest prefix), region in the family's scheme,
 * extra character. Undefined for codes of no family and characters the family does not define.
 *
 * @example parseSpineCode('M50.122')?.axes.level === 'C5-C6'
 */
export function parseSpineCode(input: string): ParsedSpineCode | undefined {
  // Fixed data: each code is read once and kept (a few hundred codes at most); callers only read it.
  if (parsedCodes.has(input)) return parsedCodes.get(input);
  const parsed = readSpineCode(input);
  if (parsedCodes.size < 1024) parsedCodes.set(input, parsed);
  return parsed;
}

function readSpineCode(input: string): ParsedSpineCode | undefined {
  const code = input.trim().toUpperCase();
  const family = SPINE_FAMILIES.find((f) => PATTERNS.get(f.id)?.test(code));
  if (!family) return undefined;
  let subcategory: Subcategory | undefined;
  for (const s of family.subcategories) if (code.startsWith(s.code) && (!subcategory || s.code.length > subcategory.code.length)) subcategory = s;
  if (!subcategory) return undefined;
  const rest = code.slice(subcategory.code.length);
  const axes: AxisValues = { ...subcategory.axes };
  if (rest === '') return { code, family, subcategory, axes, complete: subcategory.regionDigits.length === 0 };
  const digit = rest[0] ?? '';
  if (!subcategory.regionDigits.includes(digit)) return undefined;
  const region = schemeOf(family).regions.find((r) => r.digit === digit);
  const extras = subcategory.extra?.[digit];
  const extraChar = rest.slice(1);
  if (extraChar === '') return { code, family, subcategory, axes, region, complete: !extras?.length };
  const extra = extras?.find((e) => e.char === extraChar);
  if (!extra) return undefined;
  const merged: AxisValues = { ...axes, ...extra.axes, qualifiers: { ...axes.qualifiers, ...extra.axes.qualifiers } };
  return { code, family, subcategory, axes: merged, region, complete: true };
}

/** The region a normalised level takes in a scheme ("C7-T1" → cervicothoracic in both). */
export function regionOfLevelIn(scheme: RegionScheme, level: string): SchemeRegion | undefined {
  let byLevel = levelRegions.get(scheme);
  if (!byLevel) levelRegions.set(scheme, (byLevel = new Map<string, SchemeRegion | undefined>()));
  if (byLevel.has(level)) return byLevel.get(level);
  const region = readRegionOfLevel(scheme, level);
  // Levels are a bounded vocabulary, but a long-lived worker reads any page: the map stays bounded too.
  if (byLevel.size < 4096) byLevel.set(level, region);
  return region;
}

/** regionOfLevelIn's answers per scheme: a note's few levels are asked again for every code and statement. */
const levelRegions = new WeakMap<RegionScheme, Map<string, SchemeRegion | undefined>>();

function readRegionOfLevel(scheme: RegionScheme, level: string): SchemeRegion | undefined {
  const normalized = level.trim().toUpperCase();
  const letter = /^(CO|[CTLS])(?=\d|$)/.exec(normalized)?.[1];
  for (const rule of scheme.levelMap) {
    const hit = rule.levels?.includes(normalized) || (letter !== undefined && rule.letters?.includes(letter));
    if (hit) return scheme.regions.find((r) => r.id === rule.region);
  }
  return undefined;
}

/** The code of a subcategory with a region digit (and extra character) when the family defines it. */
export function buildSpineCode(sub: Subcategory, digit: string, extra?: string): string | undefined {
  if (!sub.regionDigits.includes(digit)) return undefined;
  const extras = sub.extra?.[digit];
  if (!extras?.length) return extra ? undefined : `${sub.code}${digit}`;
  if (extra === undefined || !extras.some((e) => e.char === extra)) return undefined;
  return `${sub.code}${digit}${extra}`;
}
