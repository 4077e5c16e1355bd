import type { RegionScheme, SchemeRegion } from '../spine-families';
import { regionOfLevelIn } from '../spine-families';
import type { Condition } from './find-conditions';

/** Where a condition is in one scheme: regions from its levels, or (softer) from region words. */
export type Place = { regions: SchemeRegion[]; fromLevels: boolean; soft: boolean };

const CERVICAL_WORDS = new Set(['cervical', 'occipito-atlanto-axial']);

/**
 * Places per condition and scheme, read once: each code of a note places the same statements again
 * (the region check, the qualifiers' and Excludes1's areas), and a condition's levels and region
 * words never change once read. A Place is read only, never modified.
 */
const placed = new WeakMap<Condition, Map<RegionScheme, Place>>();

export function placeIn(scheme: RegionScheme, c: Condition): Place {
  let byScheme = placed.get(c);
  if (!byScheme) placed.set(c, (byScheme = new Map<RegionScheme, Place>()));
  let place = byScheme.get(scheme);
  if (!place) byScheme.set(scheme, (place = placeOnce(scheme, c)));
  return place;
}

function placeOnce(scheme: RegionScheme, c: Condition): Place {
  if (c.levels.length > 0) {
    const regions = uniq(c.levels.map((l) => regionOfLevelIn(scheme, l)).filter((r): r is SchemeRegion => r !== undefined));
    return { regions, fromLevels: true, soft: false };
  }
  const regions = uniq(
    c.regionWords
      .map((w) => (scheme.id === 'cervical-disc' ? (w === 'cervicothoracic' ? 'cervicothoracic' : CERVICAL_WORDS.has(w) ? 'cervical-unspecified' : undefined) : w))
      .map((id) => scheme.regions.find((r) => r.id === id))
      .filter((r): r is SchemeRegion => r !== undefined),
  );
  return { regions, fromLevels: false, soft: true };
}

function uniq(regions: SchemeRegion[]): SchemeRegion[] {
  return [...new Map(regions.map((r) => [r.id, r])).values()];
}

/** Broad area of a region id, to tell whether a qualifier (radiculopathy) belongs to the code's part of the spine. */
export function areaOf(regionId: string): 'neck' | 'thoracic' | 'low' | undefined {
  if (['occipito-atlanto-axial', 'cervical', 'cervicothoracic', 'high-cervical', 'mid-cervical', 'cervical-unspecified'].includes(regionId)) return 'neck';
  if (regionId === 'thoracic') return 'thoracic';
  if (['thoracolumbar', 'lumbar', 'lumbosacral', 'sacral'].includes(regionId)) return 'low';
  return undefined;
}
