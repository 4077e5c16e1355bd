import type { TabState } from '../protocol/messages';
import { tabStateKey } from '../protocol/storage-keys';
import { getSession, setSession } from '../platform/storage';
import { keyedQueue } from './keyed-queue';

/**
 * Per-tab state lives in storage.session, not in worker memory: Chrome stops an idle service worker
 * after ~30 s, and the panel must still show the tab's findings when it wakes up again.
 */
export function loadTabState(tabId: number): Promise<TabState | undefined> {
  return getSession<TabState>(tabStateKey(tabId));
}

export function saveTabState(state: TabState): Promise<void> {
  return setSession({ [tabStateKey(state.tabId)]: state });
}

const tabQueue = keyedQueue<number>();

/**
 * Runs read-modify-write steps on one tab's state one after another. Frames of a tab report
 * concurrently; without this, two frames' updates would overwrite each other.
 */
export function withTabLock<T>(tabId: number, step: () => Promise<T>): Promise<T> {
  return tabQueue(tabId, step);
}
