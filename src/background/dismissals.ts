import type { DismissalMap, TabState } from '../protocol/messages';
import { loadDismissals, saveDismissals } from '../protocol/dismissal-store';
import { dismissalsKey, isTabStateKey, tabStateKey } from '../protocol/storage-keys';
import { getSessionAll, removeSession } from '../platform/storage';
import { MAX_DISMISSALS_PER_PAGE } from '../protocol/limits';
import { keyedQueue } from './keyed-queue';

export { loadDismissals };

/** One page's dismissal writes, one after another (see setDismissed). */
const pageQueue = keyedQueue<string>();

/**
 * Records a dismissal from the badge, or removes one. The badge has a single Dismiss button, so
 * its dismissals are recorded as "not applicable"; a reason given in the panel is kept.
 * One page's writes wait for each other: each reads the map, changes one key and writes it back,
 * and two clicks close together (two findings dismissed, or Dismiss then "Show dismissed") both
 * read the map before either wrote, so the second write lost the first click.
 */
export function setDismissed(pageUrl: string, key: string, dismissed: boolean): Promise<void> {
  return pageQueue(dismissalsKey(pageUrl), () => writeDismissed(pageUrl, key, dismissed));
}

async function writeDismissed(pageUrl: string, key: string, dismissed: boolean): Promise<void> {
  const current = await loadDismissals(pageUrl);
  if (dismissed && !(key in current) && Object.keys(current).length >= MAX_DISMISSALS_PER_PAGE) {
    throw new Error(`at most ${MAX_DISMISSALS_PER_PAGE} findings can be dismissed on one page`);
  }
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

/**
 * The tab closed: its state goes, and so do the page's dismissals unless another open tab shows
 * the same page (dismissals are per page, shared by that page's tabs).
 */
export async function forgetTab(tabId: number): Promise<void> {
  const all = await getSessionAll();
  const state = all[tabStateKey(tabId)] as TabState | undefined;
  const keys = [tabStateKey(tabId)];
  if (state?.url) {
    const key = dismissalsKey(state.url);
    const others = Object.entries(all).some(
      ([k, v]) => isTabStateKey(k) && k !== tabStateKey(tabId) && dismissalsKey((v as TabState).url) === key,
    );
    if (!others) keys.push(key);
  }
  await removeSession(keys);
}
