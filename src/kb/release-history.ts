/**
 * A code's history across the carried releases, from each release's official order addenda, in
 * the shape the core's release-change explanations take (`CodeLookup.history`). Pure: the callers
 * load the (small) change files; nothing here loads a catalog.
 */
import type { CodeHistory, CodeLookup } from '../core/types';
import type { RawChange, RawChanges } from './raw-types';

const byCode = (changes: RawChanges | undefined) => new Map<string, RawChange>((changes?.entries ?? []).map((c) => [c.code, c]));

/**
 * `changes`: the addenda of the release in use (what it deleted or made a header); `next`: the
 * addenda of the release after it (what did not exist yet).
 */
export function historyFor(changes: RawChanges | undefined, next: RawChanges | undefined): (code: string) => CodeHistory | undefined {
  const mine = byCode(changes);
  const later = byCode(next);
  return (code) => {
    const c = mine.get(code);
    if (changes && c && (c.change === 'deleted' || c.change === 'billable-to-header')) {
      return {
        change: c.change,
        release: changes.version,
        effectiveFrom: changes.effectiveFrom,
        ...(c.titleBefore ? { title: c.titleBefore } : {}),
        replacements: c.replacements ?? [],
      };
    }
    const n = later.get(code);
    if (next && n?.change === 'added') return { change: 'added-later', release: next.version, effectiveFrom: next.effectiveFrom, replacements: [] };
    return undefined;
  };
}

/** The catalog's lookup, told which release it is and how codes changed around it. */
export function withHistory(lookup: CodeLookup, release: string, history: (code: string) => CodeHistory | undefined): CodeLookup {
  return Object.assign((code: string) => lookup(code), { release, history });
}
