import { parseDate } from '../../core';
import { liveTab } from '../live-tabs';
import { refreshTab, storeOrSay } from '../refresh-tab';
import { loadTabState, withTabLock } from '../tab-state';
import { answer, askMissingFrames } from './page-snapshot';

/**
 * The side panel set (or cleared, with null) the date of service of a tab: used when the page
 * shows none. The tab is re-analysed against the release in force on that date, and its frames get
 * their new verdicts. Returns false for a tab ChartLint has not analysed; throws a plain message for
 * a date that cannot be read for certain.
 */
export async function handleSetVisitDate({ tabId, date }: { tabId: number; date: string | null }): Promise<boolean> {
  let userDate: string | undefined;
  if (date) {
    const parsed = parseDate(date);
    if (!parsed.ok) throw new Error(parsed.message);
    userDate = parsed.iso;
  }
  const changed = await withTabLock(tabId, async () => {
    const stored = await loadTabState(tabId);
    if (!stored) return undefined;
    const live = liveTab(tabId);
    if (live.frames.size > 0) return { state: await refreshTab(tabId, live, stored.url, userDate), previous: stored };
    // The worker restarted and holds no texts: keep the date, and ask the frames to send again
    // (their snapshots are then analysed against it).
    const { userDate: _old, ...rest } = stored;
    askMissingFrames(tabId, stored, live);
    return { state: await storeOrSay({ ...rest, ...(userDate ? { userDate } : {}), updatedAt: Date.now() }), previous: stored };
  });
  if (!changed) return false;
  await answer(changed.state, changed.previous);
  return true;
}
