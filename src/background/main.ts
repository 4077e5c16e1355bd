/**
 * The service worker. Listeners are registered synchronously at the top level so that a message or
 * tab event that wakes the worker is delivered; the worker keeps nothing in memory it needs later.
 */
import { analyze } from '../core';
import type { BackgroundApi } from '../protocol/messages';
import { handleMessages } from '../protocol/handle';
import { isPageSnapshot, isWindowRequest } from '../protocol/validate';
import { openFindingsView } from '../platform/side-panel';
import { onTabNavigating, onTabRemoved } from '../platform/tabs';
import { handlePageSnapshot } from './handlers/page-snapshot';
import { clearTabState, loadTabState, saveTabState, withTabLock } from './tab-state';

handleMessages<BackgroundApi>(
  {
    'page/snapshot': handlePageSnapshot,
    'panel/open': async ({ windowId }, sender) => {
      await openFindingsView(windowId ?? sender.tab?.windowId);
      return true;
    },
  },
  { 'page/snapshot': isPageSnapshot, 'panel/open': isWindowRequest },
);

onTabRemoved((tabId) => void withTabLock(tabId, () => clearTabState(tabId)));

// A reload or navigation starts a new document: drop the old page's text and findings at once.
// (The new page's content script reports again as soon as it has read its fields.)
onTabNavigating(
  (tabId) =>
    void withTabLock(tabId, async () => {
      const state = await loadTabState(tabId);
      if (state) await saveTabState({ ...state, frames: {}, result: analyze({ fields: [] }), updatedAt: Date.now() });
    }),
);
