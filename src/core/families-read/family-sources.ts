import type { SourceRef } from '../types';
import { KNOWLEDGE_SOURCES } from '../families/sources';

/**
 * Each source made once: every family finding cites one to three, and a batch makes thousands of
 * findings. The objects are shared between findings, as the M99 rules share theirs (rules/sources.ts).
 */
const made = new Map<string, SourceRef>();

/**
 * A finding's source, by the id the family data uses (sources.ts in spine-families, or one the
 * M99 family cites too, such as the anatomy of the roots: families/sources.ts, which lists both).
 */
export function sourceRef(id: string): SourceRef {
  let ref = made.get(id);
  if (!ref) {
    const s = KNOWLEDGE_SOURCES.find((x) => x.id === id);
    if (!s) throw new Error(`ChartLint spine families: unknown source "${id}"`);
    ref = s.url ? { title: s.title, url: s.url } : { title: s.title };
    made.set(id, ref);
  }
  return ref;
}
