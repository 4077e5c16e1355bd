import type { DismissalMap, TabState } from '../protocol/messages';
import { loadDismissals, saveDismissals } from '../protocol/dismissal-store';
import { dismissalsKey, isTabStateKey } from '../protocol/storage-keys';
import { getSessionAll } from '../platform/storage';

export { loadDismissals };

/**
 * Records a dismissal from the badge, or removes one. The badge has a single Dismiss button, so
 * its dismissals are recorded as "not applicable"; a reason given in the panel is kept.
 */
export async function setDismissed(pageUrl: string, key: string, dismissed: boolean): Promise<void> {
  const current = await loadDismissals(pageUrl);
  const map: DismissalMap = dismissed
    ? { ...current, [key]: current[key] ?? { reason: 'not-applicable', at: Date.now() } }
    : Object.fromEntries(Object.entries(current).filter(([k]) => k !== key));
  await saveDismissals(pageUrl, map);
}

/** Every open tab's state whose page the given dismissals key belongs to. */
export async function tabsShowing(key: string): Promise<TabState[]> {
  const all = await getSessionAll();
  return Object.entries(all)
    .filter(([k]) => isTabStateKey(k))
    .map(([, v]) => v as TabState)
    .filter((state) => dismissalsKey(state.url) === key);
}
