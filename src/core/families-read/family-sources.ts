import type { SourceRef } from '../types';
import { SPINE_SOURCES } from '../spine-families';

/** A finding's source, by the id the family data uses (sources.ts in spine-families). */
export function sourceRef(id: string): SourceRef {
  const s = SPINE_SOURCES.find((x) => x.id === id);
  if (!s) throw new Error(`ChartLint spine families: unknown source "${id}"`);
  return s.url ? { title: s.title, url: s.url } : { title: s.title };
}
