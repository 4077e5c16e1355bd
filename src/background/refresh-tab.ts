import { analyze } from '../core';
import type { TabState } from '../protocol/messages';
import { checkedInPart, MIN_TAB_CHARS, SNAPSHOT_TIME_BUDGET_MS, TAB_CHAR_BUDGET } from '../protocol/limits';
import { analyzeFields, visitRelease } from './analyze-tab';
import { withinBudget } from './check-budget';
import { careSettingOf, payerFor } from '../protocol/settings';
import { currentSettings } from './current-settings';
import { frameGroups } from './frame-groups';
import type { LiveTab } from './live-tabs';
import { splitTabFieldId } from './merge-frames';
import { withNoteWhereabouts } from './note-whereabouts';
import { fitState, mergeGroups, storedFrames, type GroupResult } from './stored-state';
import { saveTabState } from './tab-state';

/** A tab with nothing to check (a new page before its frames report). */
export function emptyTabState(tabId: number, url: string): TabState {
  return { tabId, url, updatedAt: Date.now(), frames: {}, result: analyze({ fields: [] }) };
}

/**
 * Re-analyses a tab from the frames' texts in memory and stores what the panel needs. Only the
 * analysis groups (frames of one origin) whose frames changed are analysed again; the others keep
 * their last result. The tab's character allowance adapts to the snapshot time budget.
 */
export async function refreshTab(tabId: number, live: LiveTab, url: string, userDate?: string): Promise<TabState> {
  const settings = await currentSettings();
  const frames = Object.fromEntries(live.frames);
  const order = Object.entries(frames).sort(([a], [b]) => Number(a) - Number(b));
  const budget = withinBudget(order, live.allowance);
  // One release for the whole visit: the date of service may sit in another frame than the codes.
  // The site's payer setting; a coverage line on the page still wins over it.
  const payer = payerFor(settings, url);
  const visit = visitRelease(budget.fields, frames['0']?.lang, {
    setting: settings.release,
    pinnedByPolicy: settings.locks.release,
    ...(userDate ? { userDate } : {}),
    ...(payer ? { payer } : {}),
  });
  if (payer) visit.payer = payer;
  // The care setting (options page, or policy): a change re-analyses every group (the key below).
  visit.setting = careSettingOf(settings);
  const groups: GroupResult[] = [];
  const cache: LiveTab['cache'] = new Map();
  let spent = 0;
  for (const ids of frameGroups(frames, settings.pairedOrigins)) {
    const inGroup = new Set(ids);
    const fields = budget.fields.filter((f) => inGroup.has(String(splitTabFieldId(f.id).frameId)));
    const name = ids.join(',');
    const key = `${visit.version ?? '-'}|${visit.payer ?? '-'}|${visit.setting}|${visit.stamp.dateOfService ?? '-'}|${ids.map((id) => `${id}@${live.versions.get(id)}`).join(',')}|${fields.map((f) => f.text.length).join(',')}`;
    const cached = live.cache.get(name);
    let result = cached?.key === key ? cached.result : undefined;
    if (!result) {
      const analysed = await analyzeFields(fields, visit);
      result = analysed.result;
      spent += analysed.ms;
    }
    cache.set(name, { key, result });
    groups.push({ frames: ids, result });
  }
  live.cache = cache;
  // Over the time budget: check less of this tab next time, so other tabs are not kept waiting.
  // Well under it: give back what was taken, up to the full budget.
  if (spent > SNAPSHOT_TIME_BUDGET_MS) {
    live.allowance = Math.max(MIN_TAB_CHARS, Math.floor((budget.limits.checkedChars * SNAPSHOT_TIME_BUDGET_MS) / spent));
  } else if (spent < SNAPSHOT_TIME_BUDGET_MS / 4 && live.allowance < TAB_CHAR_BUDGET) {
    live.allowance = Math.min(TAB_CHAR_BUDGET, live.allowance * 2);
  }

  // A group that read no note text: its verdicts say whether another site's frame has the note.
  const merged = mergeGroups(withNoteWhereabouts(groups, frames));
  const state = fitState(
    {
      tabId,
      url,
      updatedAt: Date.now(),
      frames: storedFrames(frames, merged.result, budget.checked),
      result: merged.result,
      groups: merged.groups,
      // The date of service set in the panel belongs to the page it was set on.
      ...(userDate ? { userDate } : {}),
      ...(checkedInPart(budget.limits) ? { limits: budget.limits } : {}),
    },
    frames,
    budget.checked,
  );
  return storeOrSay(state);
}

/**
 * Stores a tab state. When storage.session is full (other extensions' pages, or a browser with
 * many tabs), the failure is said, not swallowed: the state keeps `problem: 'storage-full'` for the
 * badge, and a small marker is stored so the panel can say it too.
 */
export async function storeOrSay(state: TabState): Promise<TabState> {
  try {
    await saveTabState(state);
    return state;
  } catch (error) {
    console.warn('ChartLint: the tab state could not be stored', error instanceof Error ? error.message : error);
    const marked: TabState = { ...state, problem: 'storage-full' };
    await saveTabState({ ...emptyTabState(state.tabId, state.url), problem: 'storage-full' }).catch(() => undefined);
    return marked;
  }
}
