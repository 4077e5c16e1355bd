import type { CodeLookup } from '../core';
import { RELEASE_WINDOWS, excludes1Reader, historyFor, latestWindow, withHistory } from '../kb';
import { loadRawChanges, loadRawNotes } from './raw-catalog';
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
  // The official notes too (a few KB, read as the packaged file: a service worker may not import()),
  // for the excludes1-pair rule; without them the rule is left out.
  const notes = loadRawNotes(version).catch(() => undefined);
  const pending: Promise<CodeLookup | undefined> = Promise.all([loadReleaseCatalog(version), loadRawChanges(version), next ? loadRawChanges(next.version) : undefined, notes])
    .then(([catalog, mine, later, raw]) => {
      const lookup = withHistory(catalog.lookup, version, historyFor(mine, later));
      return raw ? Object.assign(lookup, { excludes1: excludes1Reader(raw) }) : lookup;
    })
    .catch((error: unknown) => {
      console.warn('ChartLint: the code catalog could not be loaded', error);
      if (current?.pending === pending) current = undefined;
      return undefined;
    });
  current = { version, pending };
  return pending;
}
