import type { CodeInfo, CodeLookup } from '../../core';
import { excludes1Reader, historyFor, loadCatalog, loadNotes, nextRelease, normalizeCode, resolveRelease, withHistory, type LoadOptions } from '../../kb';
import { catalogTablesInstalled } from '../catalog-tables';

/**
 * The code lookup analyze() needs (code -> official title and billable flag), made straight from
 * the release's raw catalog. Answers exactly as `loadCatalog().lookup` does, without building the
 * full Catalog (hierarchy, chapters, child lists), which a batch worker never reads: each worker
 * of `analyze --jsonl --jobs N` pays this at start-up, so it is kept to one Map.
 */
export async function loadCodeLookup(options: LoadOptions = {}): Promise<CodeLookup> {
  // The built CLI's per-category table answers from the few categories the notes name: cheaper still.
  if (catalogTablesInstalled()) return (await loadCatalog(options)).lookup;
  const raw = await resolveRelease(options).loadCatalog();
  const byCode = new Map<string, CodeInfo>();
  for (const [code, billable, title] of raw.entries) byCode.set(code, { code, title, billable: billable === 1 });
  return (code) => {
    const info = byCode.get(normalizeCode(code));
    return info && { ...info };
  };
}

/**
 * The same light lookup for one release, told which release it is and how codes changed around it
 * (what that release deleted or made a header, what the next one adds), as `loadReleaseLookup`
 * gives it, so the release-change findings read the same from the batch as from the single note.
 */
export async function loadReleaseCodeLookup(version: string): Promise<CodeLookup> {
  const release = resolveRelease({ release: version });
  const next = nextRelease(release.version);
  // The official notes too, for the excludes1-pair rule; a release without notes leaves it out.
  const [lookup, mine, later, notes] = await Promise.all([
    loadCodeLookup({ release: release.version }),
    release.loadChanges?.(),
    next?.loadChanges?.(),
    loadNotes({ release: release.version }).catch(() => undefined),
  ]);
  const full = withHistory(lookup, release.version, historyFor(mine, later));
  return notes ? Object.assign(full, { excludes1: excludes1Reader(notes) }) : full;
}
