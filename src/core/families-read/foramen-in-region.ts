import { regionOfLevelIn, type RegionScheme, type SchemeRegion } from '../spine-families';
import type { Mention } from '../types';

/**
 * The affirmed foraminal stenosis mentions in a code's region: by their levels in the code's
 * scheme, else (no level) by their region words. A canal stenosis code (M48.0-) whose region the
 * note documents only with foraminal stenosis is a wrong site there, not a wrong region, even when
 * the note documents canal stenosis elsewhere ("C5-6 foraminal stenosis ... L3-4 central canal
 * stenosis", M48.02 entered: QA stop 47, class 2). Sending it to the other region's code would
 * drop the condition the note documents in the code's own region.
 */
export function foramenInRegion(
  scheme: RegionScheme,
  region: SchemeRegion,
  mentions: readonly Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.status !== 'affirmed' || m.site !== 'foramen') continue;
    if (
      m.levels.length > 0
        ? m.levels.some((l) => regionOfLevelIn(scheme, l.normalized)?.id === region.id)
        : m.regions.some((r) => r === region.id)
    )
      out.push(m);
  }
  return out;
}
