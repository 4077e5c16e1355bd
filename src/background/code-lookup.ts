import type { CodeLookup } from '../core';
import { buildCatalog } from '../kb';
import { loadRawCatalog } from './raw-catalog';

let pending: Promise<CodeLookup | undefined> | undefined;

/**
 * The official code data the rules need (exists? billable? title?), loaded once per worker life and
 * only when a page actually holds a code. A failed load is not cached, and analysis goes on without
 * catalog checks rather than failing.
 */
export function loadCodeLookup(): Promise<CodeLookup | undefined> {
  pending ??= loadRawCatalog()
    .then((raw) => buildCatalog(raw).lookup)
    .catch((error: unknown) => {
      console.warn('ChartLint: the code catalog could not be loaded', error);
      pending = undefined;
      return undefined;
    });
  return pending;
}
