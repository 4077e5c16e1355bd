/**
 * The spine families beside M99 (families.ts) and the M50 region scheme (schemes.ts), with a
 * reader that turns a code into what it states. Validated once at load.
 */
import type { AxisValues, CodeFamily, RegionScheme, SchemeRegion, Subcategory } from './family-shape';
import { SPINE_FAMILIES } from './families';
import { CERVICAL_DISC_SCHEME, DORSOPATHY_SCHEME } from './schemes';
import { SPINE_SOURCES } from './sources';

export { SPINE_FAMILIES } from './families';
export { CERVICAL_DISC_SCHEME, DORSOPATHY_SCHEME } from './schemes';
export { SPINE_SOURCES, type SpineSource } from './sources';
export type { AxisValues, CodeFamily, QualifierId, RegionScheme, SchemeRegion, Subcategory } from './family-shape';

const SCHEMES: readonly RegionScheme[] = [DORSOPATHY_SCHEME, CERVICAL_DISC_SCHEME];

/** Throws naming the first entry that cites an unknown source or a region its scheme lacks. */
export function validateSpineFamilies(families: readonly CodeFamily[] = SPINE_FAMILIES): void {
  const known = new Set(SPINE_SOURCES.map((s) => s.id));
  const cite = (where: string, ids: readonly string[]) => {
    if (ids.length === 0) throw new Error(`ChartLint spine families: ${where} cites no source`);
    for (const id of ids) if (!known.has(id)) throw new Error(`ChartLint spine families: ${where} cites unknown source "${id}"`);
  };
  for (const s of SPINE_SOURCES) if (!/^\d{4}-\d{2}-\d{2}$/.test(s.verified)) throw new Error(`ChartLint spine families: source "${s.id}" has no verified date`);
  for (const scheme of SCHEMES) for (const rule of scheme.levelMap) cite(`scheme "${scheme.id}" level rule ${rule.region}`, rule.sources);
  for (const family of families) {
    cite(`family "${family.id}"`, family.sources);
    const scheme = schemeOf(family);
    const pattern = new RegExp(family.codePattern);
    for (const sub of family.subcategories) {
      cite(`family "${family.id}" subcategory "${sub.code}"`, sub.sources);
      for (const d of sub.regionDigits) {
        if (!scheme.regions.some((r) => r.digit === d)) throw new Error(`ChartLint spine families: ${sub.code} region digit "${d}" is not in the ${scheme.name}`);
        const codes = sub.extra?.[d]?.map((e) => `${sub.code}${d}${e.char}`) ?? [`${sub.code}${d}`];
        for (const c of codes) if (!pattern.test(c)) throw new Error(`ChartLint spine families: ${c} does not match family "${family.id}"`);
      }
      if (sub.regionDigits.length === 0 && !pattern.test(sub.code)) throw new Error(`ChartLint spine families: ${sub.code} does not match family "${family.id}"`);
    }
    for (const alt of family.alternatives) cite(`family "${family.id}" alternative ${alt.target}`, alt.sources);
  }
}
validateSpineFamilies();

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

/**
 * Reads a code of the spine families: subcategory (longest prefix), region in the family's scheme,
 * extra character. Undefined for codes of no family and characters the family does not define.
 *
 * @example parseSpineCode('M50.122')?.axes.level === 'C5-C6'
 */
export function parseSpineCode(input: string): ParsedSpineCode | undefined {
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
