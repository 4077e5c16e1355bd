import type { CodeLookup } from '../core';
import { buildCatalog } from '../kb/catalog';
import type { RawCatalog } from '../kb/raw-types';
// The catalog ships as a plain file in the package. Service workers may not use import() (HTML
// spec), so the worker reads the file with fetch() from its own origin: a local
// chrome-extension:// read, never the network. Extension pages use src/kb's loadCatalog instead.
import catalogUrl from '../kb/data/icd10cm-fy2026.catalog.json?url';

let pending: Promise<CodeLookup | undefined> | undefined;

/**
 * The official code data the rules need (exists? billable? title?), loaded once per worker life and
 * only when a page actually holds a code. A failed load is not cached, and analysis goes on without
 * catalog checks rather than failing.
 */
export function loadCodeLookup(): Promise<CodeLookup | undefined> {
  pending ??= fetch(catalogUrl)
    .then((response) => response.json() as Promise<RawCatalog>)
    .then((raw) => buildCatalog(raw).lookup)
    .catch((error: unknown) => {
      console.warn('ChartLint: the code catalog could not be loaded', error);
      pending = undefined;
      return undefined;
    });
  return pending;
}
