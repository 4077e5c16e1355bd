import type { RegionScheme, SchemeRegion } from '../spine-families';
import { regionOfLevelIn } from '../spine-families';
import type { Condition } from './find-conditions';

/** Where a condition is in one scheme: regions from its levels, or (softer) from region words. */
export type Place = { regions: SchemeRegion[]; fromLevels: boolean; soft: boolean };

const CERVICAL_WORDS = new Set(['cervical', 'occipito-atlanto-axial']);

export function placeIn(scheme: RegionScheme, c: Condition): Place {
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
