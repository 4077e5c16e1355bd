import type { ChiroVisit, RegionRow } from './chiro-types';
import { conventionOf } from './region-conventions';

/**
 * The exact levels that name a region row's subluxation for the BPM level test (Medicare BPM
 * Ch.15 §240.1.4: name the bones, or an area that implies them: "occipito-atlantal", "sacro-iliac").
 * The row's own levels first; else the joints CPT counts in this region that the ICD-10-CM Index
 * codes in another (region-conventions.json: the sacro-iliac joint is pelvic for CPT, sacral for
 * the Index; the occiput cervical for CPT, head for the Index). "Left sacroiliac fixation with
 * pelvic unleveling" names the pelvic region's level, the SI joint (CPT Assistant 1997: pelvic is
 * the sacro-iliac joint; clinical brief §2.2, §2.3), though the Index files the joint's own
 * dysfunction under M99.04 (QA pages stop 51, M2). Only places the note affirms as a lesion or a
 * treatment count, as for the row's own levels (read-visit.ts regionRows).
 */
export function namedLevels(visit: ChiroVisit, row: RegionRow): readonly string[] {
  if (row.levels.length > 0) return row.levels;
  let out: string[] | undefined;
  for (const s of visit.segments) {
    if (s.status !== 'affirmed' || !s.levelStated || (!s.treated && !s.lesion)) continue;
    const convention = conventionOf(s.kind);
    if (convention.m99 === row.region || convention.cmt !== row.region) continue;
    if (!(out ??= []).includes(s.name)) out.push(s.name);
  }
  return out ?? row.levels;
}
