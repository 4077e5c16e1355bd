import type { CodeLookup } from '../core';
import { RELEASE_WINDOWS, historyFor, latestWindow, withHistory } from '../kb';
import { loadRawChanges } from './raw-catalog';
import { loadReleaseCatalog } from './release-catalog';

let current: { version: string; pending: Promise<CodeLookup | undefined> } | undefined;

/**
 * The official code data of one release that the rules need (exists? billable? title? and how the
 * code changed around that release), loaded once per worker life and release, and only when a page
 * actually holds a code. One release is held at a time (see release-catalog.ts). A failed load is not
 * cached, and analysis goes on without catalog checks rather than failing.
 */
export function loadCodeLookup(version: string = latestWindow().version): Promise<CodeLookup | undefined> {
  if (current?.version === version) return current.pending;
  const at = RELEASE_WINDOWS.findIndex((w) => w.version === version);
  const next = at >= 0 ? RELEASE_WINDOWS[at + 1] : undefined;
  const pending: Promise<CodeLookup | undefined> = Promise.all([loadReleaseCatalog(version), loadRawChanges(version), next ? loadRawChanges(next.version) : undefined])
    .then(([catalog, mine, later]) => withHistory(catalog.lookup, version, historyFor(mine, later)))
    .catch((error: unknown) => {
      console.warn('ChartLint: the code catalog could not be loaded', error);
      if (current?.pending === pending) current = undefined;
      return undefined;
    });
  current = { version, pending };
  return pending;
}
