import { parseDate } from '../../core';
import { analyzeWithSettings } from '../analyze-with-settings';
import { loadDismissals } from '../dismissals';
import { pushVerdicts } from '../push-verdicts';
import { loadTabState, saveTabState, withTabLock } from '../tab-state';

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
  const state = await withTabLock(tabId, async () => {
    const stored = await loadTabState(tabId);
    if (!stored) return undefined;
    const { userDate: _old, ...rest } = stored;
    const next = { ...rest, ...(userDate ? { userDate } : {}), updatedAt: Date.now(), result: await analyzeWithSettings(stored.frames, userDate) };
    await saveTabState(next);
    return next;
  });
  if (!state) return false;
  pushVerdicts(state, await loadDismissals(state.url));
  return true;
}
