import type { CodeLookup } from '../core';

/**
 * The official code data the rules need (exists? billable?). The knowledge-base issue supplies it;
 * until then codes are found but not judged against the catalog.
 */
export function loadCodeLookup(): Promise<CodeLookup | undefined> {
  return Promise.resolve(undefined);
}
