/**
 * The spine families beside M99 (families.ts) and the M50 region scheme (schemes.ts), with a
 * reader that turns a code into what it states. families/index.ts registers and validates them.
 */
import { parseFamilyCode } from '../families';
import { schemeById } from '../families/schemes';
import type { CodeFamily, ParsedFamilyCode, RegionScheme, SchemeRegion, Subcategory } from '../families/types';

export { SPINE_FAMILIES } from './families';
export { CERVICAL_DISC_SCHEME } from './schemes';
export type { AxisValues, CodeFamily, QualifierId, RegionScheme, SchemeRegion, Subcategory } from '../families/types';

/** The dorsopathy scheme (families/schemes.ts), used to place statements by part of the spine. */
export const DORSOPATHY_SCHEME: RegionScheme = schemeById('dorsopathy');

/** The region scheme a family uses (M50 has its own). */
export function schemeOf(family: CodeFamily): RegionScheme {
  return schemeById(family.scheme);
}

/** A spine-family code read through its family (families/index.ts parseFamilyCode). */
export type ParsedSpineCode = ParsedFamilyCode;

const parsedCodes = new Map<string, ParsedSpineCode | undefined>();

/**
 * Reads a code of the spine families: subcategory (longest prefix), region in the family's scheme,
 * extra character. Undefined for codes of no family, M99's codes, and characters the family does
 * not define.
 *
 * @example parseSpineCode('M50.122')?.axes.level === 'C5-C6'
 */
export function parseSpineCode(input: string): ParsedSpineCode | undefined {
  // Fixed data: each code is read once and kept (a few hundred codes at most); callers only read it.
  if (parsedCodes.has(input)) return parsedCodes.get(input);
  const parsed = parseFamilyCode(input);
  const spine = parsed && parsed.family.id !== 'm99' ? parsed : undefined;
  if (parsedCodes.size < 1024) parsedCodes.set(input, spine);
  return spine;
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
