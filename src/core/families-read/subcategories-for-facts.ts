import type { CodeFamily, QualifierId, Subcategory } from '../spine-families';
import { fitsDiscLesions } from './disc-lesion-fit';

/**
 * Whether the note affirms each with/without qualifier a family's subcategories state (myelopathy,
 * radiculopathy), in the part of the spine a suggestion is for: true only for an affirmed statement.
 */
export type AffirmedQualifiers = Partial<Record<QualifierId, boolean | undefined>>;

const DISC_LESIONS: ReadonlySet<string> = new Set([
  'disc-disorder',
  'disc-displacement',
  'disc-degeneration',
]);

/** The qualifiers some subcategory of the family states, per family (fixed data, read once). */
const stated = new WeakMap<CodeFamily, readonly QualifierId[]>();

/** The qualifiers a family's subcategories state as "with" or "without" (M50: myelopathy, radiculopathy). */
export function statedQualifiers(family: CodeFamily): readonly QualifierId[] {
  let out = stated.get(family);
  if (!out) {
    const ids: QualifierId[] = [];
    for (const s of family.subcategories)
      for (const q of Object.keys(s.axes.qualifiers ?? {}) as QualifierId[])
        if (!ids.includes(q)) ids.push(q);
    stated.set(family, (out = ids));
  }
  return out;
}

/** Whether every qualifier the subcategory states is what the note affirms (a "with" only where affirmed). */
function agrees(s: Subcategory, facts: AffirmedQualifiers): boolean {
  const qs = s.axes.qualifiers;
  if (!qs) return false;
  let any = false;
  for (const [q, v] of Object.entries(qs) as [QualifierId, boolean][]) {
    any = true;
    if (v !== (facts[q] === true)) return false;
  }
  return any;
}

/** Whether a subcategory's lesion may stand for the entered one's (the disc lesions are one group, as in suggestQualifiers). */
function sameLesion(candidate: string, entered: string): boolean {
  return candidate === entered || (DISC_LESIONS.has(candidate) && DISC_LESIONS.has(entered));
}

/**
 * The subcategories of `family` a suggestion in another region (or the sibling family: M50 for a
 * cervical disc, M51 below the neck) may name, read from what the note affirms there, never from
 * the entered code: M51.16 beside "C5-C6 disc herniation. No radicular symptoms." is M50.2- (a
 * displacement), not M50.1- (with radiculopathy), which the note denies; a past myelopathy is no
 * myelopathy for M50.0-/M51.0- (QA stop 49, noticed). Tabular M50/M51/M47 give "with myelopathy"
 * and "with radiculopathy" their own subcategories, the Index sends a disc or spondylosis "with
 * radiculopathy" there, and a "without" one is the displacement, degeneration or "without
 * myelopathy or radiculopathy" code.
 *
 * The entered code's own subcategory (`entered`'s, in `family`: its sibling across M50/M51) is kept
 * when the note agrees with every qualifier it states, or when it states none (Schmorl's nodes,
 * "other spondylosis"), unless it is the general disc disorder (M50.9, M51.9) and the note names
 * the lesion (`lesions`, disc-lesion-fit.ts) or affirms a qualifier. Otherwise each subcategory
 * that agrees, of the same lesion and fitting the documented disc lesions; a general one that says
 * "without" both ("other disc disorders") only when nothing more specific agrees. `inRegion` says
 * whether a subcategory has a code in the documented region (M51.0 has none at lumbosacral).
 */
export function subcategoriesFor(
  family: CodeFamily,
  entered: Subcategory,
  facts: AffirmedQualifiers,
  lesions: ReadonlySet<string> | undefined,
  inRegion: (s: Subcategory) => boolean,
): Subcategory[] {
  const suffix = entered.code.slice(entered.code.indexOf('.'));
  const sibling = family.subcategories.find(
    (s) => s.code.endsWith(suffix) && s.code.indexOf('.') === s.code.length - suffix.length,
  );
  const lesion = entered.axes.lesion ?? '';
  if (sibling && inRegion(sibling)) {
    const hasQualifiers = Object.keys(sibling.axes.qualifiers ?? {}).length > 0;
    if (
      hasQualifiers
        ? agrees(sibling, facts)
        : !(
            sibling.axes.lesion === 'disc-disorder' &&
            (lesions !== undefined || Object.values(facts).some((v) => v))
          )
    )
      return [sibling];
  }
  const fit: Subcategory[] = [];
  for (const s of family.subcategories) {
    const sl = s.axes.lesion ?? '';
    if (inRegion(s) && agrees(s, facts) && sameLesion(sl, lesion) && fitsDiscLesions(sl, lesions))
      fit.push(s);
  }
  // "Other disc disorders" (general, without both) only when no specific disc code agrees.
  const specific = fit.filter(
    (s) => s.axes.lesion !== 'disc-disorder' || Object.values(s.axes.qualifiers ?? {}).some((v) => v),
  );
  return specific.length > 0 ? specific : fit;
}
