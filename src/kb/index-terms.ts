/**
 * Alphabetic-index terms that lead to M99 and to spinal stenosis (M48.0-): synonyms for the
 * popup search and the explain view. "Stenosis, stenotic (cicatricial) › intervertebral
 * foramina › osseous › cervical region" -> M99.61.
 */
import { resolveRelease, type LoadOptions } from './load-catalog';
import type { RawIndexTerms } from './raw-types';

export type IndexTerm = {
  /** The path from main term to subterm, as printed in the index. */
  path: readonly string[];
  /** The path joined with " › ", ready to show or search. */
  term: string;
  /** The code the term leads to; absent for cross-references. */
  code?: string;
  /** "see" / "see also" cross-reference, as printed. */
  see?: string;
  seeAlso?: string;
  /** Set when the term was changed by an index addendum after FY2017 (e.g. "FY2018"). */
  addendum?: string;
};

const loaded = new Map<string, Promise<IndexTerm[]>>();

export function toIndexTerms(raw: RawIndexTerms): IndexTerm[] {
  return raw.entries.map((e) => ({
    path: e.path,
    term: e.path.join(' › '),
    ...(e.code ? { code: e.code } : {}),
    ...(e.see ? { see: e.see } : {}),
    ...(e.seeAlso ? { seeAlso: e.seeAlso } : {}),
    ...(e.addendum ? { addendum: e.addendum } : {}),
  }));
}

/** Loads (once) the index terms of a release. */
export function loadIndexTerms(options: LoadOptions = {}): Promise<IndexTerm[]> {
  const release = resolveRelease(options);
  let pending = loaded.get(release.version);
  if (!pending) {
    pending = release.loadIndexTerms().then(toIndexTerms);
    void pending.catch(() => loaded.delete(release.version));
    loaded.set(release.version, pending);
  }
  return pending;
}

/** The terms that lead exactly to a code. */
export function indexTermsFor(code: string, terms: readonly IndexTerm[]): IndexTerm[] {
  return terms.filter((t) => t.code === code);
}
