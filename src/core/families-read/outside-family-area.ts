import { DORSOPATHY_SCHEME } from '../spine-families';
import type { Condition } from './find-conditions';
import { areaOf, placeIn, type Place } from './place';

/**
 * The part of the spine a region scheme cannot place: M50's scheme (cervical-disc) has only neck
 * regions, so a thoracic or lumbar disc statement had no place in it at all, and an M50 code beside
 * "T7-T8 disc herniation" was read as "no level named" (M50.122) or not checked for region
 * (M50.20, whose region is the unspecified cervical one) and called supported. ICD-10-CM splits the
 * disc disorders by region across two categories (Tabular M50 cervical, M51 thoracic to
 * lumbosacral; unchanged in FY2027): such a statement is in another region, read in the
 * dorsopathy scheme that covers the whole spine.
 */
export type PlacedElsewhere = { c: Condition; place: Place };

/**
 * Statements placed, by the dorsopathy scheme, only outside `areas` (none when any is inside them
 * or unplaced): an M50 code's neck, or a regionless code's part of the spine (regionless-area.ts).
 */
export function placedOutside(
  areas: readonly ('neck' | 'thoracic' | 'low')[],
  statements: readonly Condition[],
): PlacedElsewhere[] {
  const out: PlacedElsewhere[] = [];
  for (const c of statements) {
    const place = placeIn(DORSOPATHY_SCHEME, c);
    if (place.regions.length === 0) continue;
    if (isInAreas(place.regions, areas) || isInAreas(place.also, areas)) return [];
    out.push({ c, place });
  }
  return out;
}

function isInAreas(regions: readonly { id: string }[], areas: readonly string[]): boolean {
  for (const r of regions) {
    const a = areaOf(r.id);
    if (a !== undefined && areas.includes(a)) return true;
  }
  return false;
}
