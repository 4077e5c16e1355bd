/**
 * The lookup's own extract of the Index (data/index-words.json, scripts/build-lookup-index.ts):
 * the terms that lead to chapter 6 and 13 codes, whose words find codes their titles do not name
 * ("sacroiliac pain": Pain > sacroiliac M53.3, titled Sacrococcygeal disorders). The release's
 * index-terms file keeps only the spine subtrees the analysis explains; this one is searched only.
 */
import type { RawHeader, RawIndexTerm } from '../raw-types';

export type LookupIndexWords = RawHeader & { entries: RawIndexTerm[] };

let pending: Promise<readonly RawIndexTerm[]> | undefined;

/** Loads (once, as its own chunk) the extract; only an index built here needs it, the prebuilt one has its words. */
export function loadLookupIndexTerms(): Promise<readonly RawIndexTerm[]> {
  pending ??= import('./data/index-words.json').then((m) => m.default.entries);
  void pending.catch(() => (pending = undefined));
  return pending;
}
