import type { CodeInfo, CodeLookup } from '../../core';
import { normalizeCode, resolveRelease, type LoadOptions } from '../../kb';

/**
 * The code lookup analyze() needs (code -> official title and billable flag), made straight from
 * the release's raw catalog. Answers exactly as `loadCatalog().lookup` does, without building the
 * full Catalog (hierarchy, chapters, child lists), which a batch worker never reads: each worker
 * of `analyze --jsonl --jobs N` pays this at start-up, so it is kept to one Map.
 */
export async function loadCodeLookup(options: LoadOptions = {}): Promise<CodeLookup> {
  const raw = await resolveRelease(options).loadCatalog();
  const byCode = new Map<string, CodeInfo>();
  for (const [code, billable, title] of raw.entries) byCode.set(code, { code, title, billable: billable === 1 });
  return (code) => {
    const info = byCode.get(normalizeCode(code));
    return info && { ...info };
  };
}
