import type { TabState } from '../../protocol/messages';
import { isTabStateKey, tabIdOfKey, tabStateKey } from '../../protocol/storage-keys';
import { getSession, onStorageChanged } from '../../platform/storage';
import { activeTab, onTabActivated } from '../../platform/tabs';

/** What a UI surface needs from the extension; tests pass a fake with the same shape. */
export type TabStatePort = {
  activeTabId: () => Promise<number | undefined>;
  onActiveTabChanged: (listener: (tabId: number) => void) => () => void;
  getTabState: (tabId: number) => Promise<TabState | undefined>;
  onTabStateChanged: (listener: (tabId: number, state: TabState | undefined) => void) => () => void;
};

/** The real port: storage.session (written by the service worker) and the tabs API. */
export function createTabStatePort(): TabStatePort {
  return {
    activeTabId: async () => (await activeTab())?.id,
    onActiveTabChanged: (listener) => onTabActivated((tabId) => listener(tabId)),
    getTabState: (tabId) => getSession<TabState>(tabStateKey(tabId)),
    onTabStateChanged: (listener) =>
      onStorageChanged('session', (changes) => {
        for (const [key, change] of Object.entries(changes)) {
          if (isTabStateKey(key)) listener(tabIdOfKey(key), change.newValue as TabState | undefined);
        }
      }),
  };
}
