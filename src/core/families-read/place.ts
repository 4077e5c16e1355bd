import type { RegionScheme, SchemeRegion } from '../spine-families';
import { CERVICAL_DISC_SCHEME, DORSOPATHY_SCHEME, regionOfLevelIn } from '../spine-families';
import { alsoLevelsOf, levelsOf, regionWordsOf, type Condition } from './find-conditions';

/**
 * Where a condition is in one scheme: regions from its levels, or (softer) from region words; `also`,
 * the regions of a root's other segment (Condition.alsoLevels), which a code may name as well.
 */
export type Place = { regions: SchemeRegion[]; also: SchemeRegion[]; fromLevels: boolean; soft: boolean };

const CERVICAL_WORDS = new Set(['cervical', 'occipito-atlanto-axial']);

/**
 * Places per condition and scheme, read once: each code of a note places the same statements again
 * (the region check, the qualifiers' and Excludes1's areas), and a condition's levels and region
 * words never change once read. Kept on the condition itself (one field per scheme the families
 * use), not in a map per condition. A Place is read only, never modified.
 */
export function placeIn(scheme: RegionScheme, c: Condition): Place {
  if (scheme === DORSOPATHY_SCHEME) return (c.dorsopathyPlace ??= placeOnce(scheme, c));
  if (scheme === CERVICAL_DISC_SCHEME) return (c.cervicalDiscPlace ??= placeOnce(scheme, c));
  return placeOnce(scheme, c);
}

/**
 * Loops into array literals, not map/filter chains: an empty chain's result (no region words, the
 * most common case) has another elements kind than a full one's, and each kind placeIn met after
 * it was optimised threw the optimised code away ("wrong map"; 3 of its 4 TurboFan compiles in a
 * 16 MiB batch of notes). A region named twice keeps its first place and its last object, as the
 * id-keyed Map this replaced did.
 */
function placeOnce(scheme: RegionScheme, c: Condition): Place {
  const regions: SchemeRegion[] = [];
  const also: SchemeRegion[] = [];
  const levels = levelsOf(c);
  if (levels.length > 0) {
    for (const l of levels) addRegion(regions, regionOfLevelIn(scheme, l));
    for (const l of alsoLevelsOf(c)) addRegion(also, regionOfLevelIn(scheme, l));
    return { regions, also, fromLevels: true, soft: false };
  }
  for (const w of regionWordsOf(c)) {
    const id = scheme.id === 'cervical-disc' ? (w === 'cervicothoracic' ? 'cervicothoracic' : CERVICAL_WORDS.has(w) ? 'cervical-unspecified' : undefined) : w;
    if (id !== undefined) addRegion(regions, scheme.regions.find((r) => r.id === id));
  }
  return { regions, also, fromLevels: false, soft: true };
}

function addRegion(regions: SchemeRegion[], region: SchemeRegion | undefined): void {
  if (!region) return;
  for (let i = 0; i < regions.length; i++) {
    if ((regions[i] as SchemeRegion).id === region.id) {
      regions[i] = region;
      return;
    }
  }
  regions.push(region);
}

/** Broad area of a region id, to tell whether a qualifier (radiculopathy) belongs to the code's part of the spine. */
export function areaOf(regionId: string): 'neck' | 'thoracic' | 'low' | undefined {
  if (['occipito-atlanto-axial', 'cervical', 'cervicothoracic', 'high-cervical', 'mid-cervical', 'cervical-unspecified'].includes(regionId)) return 'neck';
  if (regionId === 'thoracic') return 'thoracic';
  if (['thoracolumbar', 'lumbar', 'lumbosacral', 'sacral'].includes(regionId)) return 'low';
  return undefined;
}
