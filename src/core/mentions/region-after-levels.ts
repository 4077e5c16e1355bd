import { findRegionHits, type LevelHit } from '../levels/find-levels';

/**
 * Whether the text between a look-back's levels and the sentence that would take them names
 * another region: a heading such as "Cervical MRI:" after "... at L4-5 and L5-S1." starts the
 * cervical study, so its next sentence ("not significant for stenosis") is not at the lumbar
 * levels (QA stop 53, H4: the lumbar levels were carried into the cervical study's sentence).
 * A region word of the levels' own region ("Lumbar:" after "L4-5 ...") leaves them.
 *
 * @example regionMovedAfter('Bulge at L4-5. Cervical MRI: stenosis.', hitsAtL45, 29) // true
 */
export function regionMovedAfter(text: string, hits: readonly LevelHit[], to: number): boolean {
  let from = -1;
  for (const h of hits) if (h.end > from) from = h.end;
  if (from < 0 || from >= to) return false;
  for (const r of findRegionHits(text.slice(from, to), from)) {
    if (!hits.some((h) => h.regions.includes(r.region))) return true;
  }
  return false;
}
