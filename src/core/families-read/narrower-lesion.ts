import type { ParsedSpineCode, Subcategory } from '../spine-families';
import type { Condition } from './find-conditions';
import { LESION_KINDS } from './lesion-kinds';

/** A sibling code that names the lesion more narrowly than the entered one, and the statements of that narrower kind. */
export type NarrowerLesion = { sub: Subcategory; statements: Condition[] };

/**
 * The code's lesion is the broad one of its category, and the note documents a narrower kind that a
 * sibling code names as its own lesion: M54.50 "Low back pain, unspecified" or M54.59 "Other low back
 * pain" beside low back pain the note calls vertebrogenic, which the Index sends to M54.51 (Pain, low
 * back, vertebrogenic M54.51; specified NEC M54.59). The sibling says more (Official Guidelines
 * I.B.18: the unspecified code is for when the record does not say). A sibling is narrower when every
 * statement kind that documents its lesion also documents the code's (lesion-kinds.ts).
 * Only siblings that are whole codes (no region character to add): where a character is still to be
 * chosen (M51.2- beside M51.9), the lesion and region checks choose the suggestion.
 */
export function narrowerLesion(
  parsed: ParsedSpineCode,
  affirmed: readonly Condition[],
): NarrowerLesion | undefined {
  const sub = parsed.subcategory;
  const own = sub.axes.lesion;
  const ownKinds = own ? LESION_KINDS[own] : undefined;
  if (!own || !ownKinds) return undefined;
  for (const sibling of parsed.family.subcategories) {
    const lesion = sibling.axes.lesion;
    if (sibling === sub || !lesion || lesion === own || sibling.regionDigits.length > 0) continue;
    const kinds = LESION_KINDS[lesion];
    if (!kinds || !kinds.every((k) => ownKinds.includes(k))) continue;
    const statements = affirmed.filter((c) => kinds.includes(c.kind));
    if (statements.length > 0) return { sub: sibling, statements };
  }
  return undefined;
}
