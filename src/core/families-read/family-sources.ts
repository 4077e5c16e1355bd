import type { SourceRef } from '../types';
import { SPINE_SOURCES } from '../spine-families';

/**
 * Each source made once: every family finding cites one to three, and a batch makes thousands of
 * findings. The objects are shared between findings, as the M99 rules share theirs (rules/sources.ts).
 */
const made = new Map<string, SourceRef>();

/** A finding's source, by the id the family data uses (sources.ts in spine-families). */
export function sourceRef(id: string): SourceRef {
  let ref = made.get(id);
  if (!ref) {
    const s = SPINE_SOURCES.find((x) => x.id === id);
    if (!s) throw new Error(`ChartLint spine families: unknown source "${id}"`);
    ref = s.url ? { title: s.title, url: s.url } : { title: s.title };
    made.set(id, ref);
  }
  return ref;
}
