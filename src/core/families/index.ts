/**
 * The spine code families ChartLint reads, validated once at load. Add a family by writing its
 * data file next to m99.ts and listing it in FAMILIES; add a region scheme in schemes.ts.
 */
import { SPINE_FAMILIES } from '../spine-families/families';
import { M99_FAMILY } from './m99';
import { REGION_SCHEMES, regionByDigit } from './schemes';
import { KNOWLEDGE_SOURCES } from './sources';
import type { AxisValues, CodeFamily, ParsedFamilyCode, Subcategory } from './types';
import { validateKnowledge } from './validate-families';

/** M99, and the spine families beside it (spine-families/: M43.1, M47, M48.0, M50, M51, M53.2X, M54 and its sided M54.3-/M54.4-). */
export const FAMILIES: readonly CodeFamily[] = [M99_FAMILY, ...SPINE_FAMILIES];

validateKnowledge(KNOWLEDGE_SOURCES, REGION_SCHEMES, FAMILIES);

const PATTERNS = new Map(FAMILIES.map((f) => [f.id, new RegExp(f.codePattern)]));

/** The family a dotted, upper-case code belongs to, or undefined when ChartLint has none for it. */
export function familyOf(code: string): CodeFamily | undefined {
  const c = code.trim().toUpperCase();
  return FAMILIES.find((f) => PATTERNS.get(f.id)?.test(c));
}

/**
 * Reads a code through its family: the subcategory (longest matching prefix), the region its
 * region character names in the family's scheme, and any extra character. Undefined for codes of
 * no family and for characters the family does not define. One literal shape per outcome (see
 * docs/architecture.md, "Stable object shapes"); spine-families' parseSpineCode reads through it too.
 *
 * @example parseFamilyCode('M99.61')?.region?.id === 'cervical'
 */
export function parseFamilyCode(input: string): ParsedFamilyCode | undefined {
  const code = input.trim().toUpperCase();
  const family = familyOf(code);
  if (!family) return undefined;
  let subcategory: Subcategory | undefined;
  for (const s of family.subcategories) if (code.startsWith(s.code) && (!subcategory || s.code.length > subcategory.code.length)) subcategory = s;
  if (!subcategory) return undefined;
  const rest = code.slice(subcategory.code.length);
  const axes: AxisValues = { ...subcategory.axes };
  if (rest === '') return { code, family, subcategory, axes, complete: subcategory.regionDigits.length === 0 };
  const digit = rest[0] ?? '';
  if (!subcategory.regionDigits.includes(digit)) return undefined;
  const region = regionByDigit(family.scheme, digit);
  const extras = subcategory.extra?.[digit];
  const extraChar = rest.slice(1);
  if (extraChar === '') return { code, family, subcategory, axes, region, complete: !extras?.length };
  const extra = extras?.find((e) => e.char === extraChar);
  if (!extra) return undefined;
  const merged: AxisValues = { ...axes, ...extra.axes, qualifiers: { ...axes.qualifiers, ...extra.axes.qualifiers } };
  return { code, family, subcategory, axes: merged, region, complete: true };
}

export { REGION_SCHEMES, regionByDigit, regionOfLevel, schemeById } from './schemes';
export { KNOWLEDGE_SOURCES } from './sources';
export { KnowledgeDataError, validateKnowledge } from './validate-families';
export type * from './types';
