/**
 * The service worker. Listeners are registered synchronously at the top level so that a message or
 * tab event that wakes the worker is delivered; the worker keeps nothing in memory it needs later.
 */
import { analyze } from '../core';
import type { BackgroundApi, DismissalMap } from '../protocol/messages';
import { isDismissalsKey } from '../protocol/storage-keys';
import { onStorageChanged } from '../platform/storage';
import { tabsShowing } from './dismissals';
import { pushVerdicts } from './push-verdicts';
import { handleMessages } from '../protocol/handle';
import {
  isDismissRequest,
  isVisitDateRequest,
  isEmptyRequest,
  isPageSnapshot,
  isSiteRequest,
  isTabEvidenceRequest,
  isTitleRequest,
  isWindowRequest,
} from '../protocol/validate';
import { onCommand } from '../platform/commands';
import { openFindingsView } from '../platform/side-panel';
import { onTabNavigating, onTabRemoved } from '../platform/tabs';
import { handleDismissFinding } from './handlers/dismiss-finding';
import { handlePageSnapshot } from './handlers/page-snapshot';
import { handleResolveTitles } from './handlers/resolve-titles';
import { handleSetVisitDate } from './handlers/set-visit-date';
import { handleShowEvidence } from './handlers/show-evidence';
import { handleSettingsForPage, handleSiteDisable, handleSiteEnable, handleSiteExpectGrant } from './handlers/site-settings';
import { watchSettings } from './current-settings';
import { completePendingSites, syncSiteScripts } from './site-access';
import { onOriginsAdded, onOriginsChanged } from '../platform/permissions';
import { clearTabState, loadTabState, saveTabState, withTabLock } from './tab-state';

handleMessages<BackgroundApi>(
  {
    'page/snapshot': handlePageSnapshot,
    'panel/open': async ({ windowId }, sender) => {
      await openFindingsView(windowId ?? sender.tab?.windowId);
      return true;
    },
    'tab-evidence/show': handleShowEvidence,
    'codes/resolve-titles': handleResolveTitles,
    'settings/for-page': handleSettingsForPage,
    'site/enable': handleSiteEnable,
    'site/expect-grant': handleSiteExpectGrant,
    'site/disable': handleSiteDisable,
    'findings/dismiss': handleDismissFinding,
    'visit/set-date': handleSetVisitDate,
  },
  {
    'page/snapshot': isPageSnapshot,
    'panel/open': isWindowRequest,
    'tab-evidence/show': isTabEvidenceRequest,
    'codes/resolve-titles': isTitleRequest,
    'settings/for-page': isEmptyRequest,
    'site/enable': isSiteRequest,
    'site/expect-grant': isSiteRequest,
    'site/disable': isSiteRequest,
    'findings/dismiss': isDismissRequest,
    'visit/set-date': isVisitDateRequest,
  },
);

// Dismissals are shared by the badge and the side panel: whichever changed them, update the badges
// of every tab showing that page.
onStorageChanged('session', (changes) => {
  for (const [key, change] of Object.entries(changes)) {
    if (!isDismissalsKey(key)) continue;
    const dismissals = (change.newValue as DismissalMap | undefined) ?? {};
    void tabsShowing(key).then((states) => states.forEach((state) => pushVerdicts(state, dismissals)));
  }
});

// Keep the dynamic content-script registration equal to (enabled sites ∩ granted origins): on every
// worker start, and whenever settings (sync, policy) or permissions (chrome://extensions) change.
const resyncSites = () => void syncSiteScripts().catch((error: unknown) => console.warn('ChartLint: site registration failed', error));
watchSettings(resyncSites);
onOriginsChanged(resyncSites);
onOriginsAdded((patterns) => void completePendingSites(patterns).catch((error: unknown) => console.warn('ChartLint: enabling a site failed', error)));
resyncSites();

// The keyboard shortcut (manifest `commands`). Open straight away: the key press is the user gesture
// sidePanel.open() and sidebarAction.open() require, and it does not survive an await.
onCommand((command, windowId) => {
  if (command === 'open-findings') void openFindingsView(windowId).catch(() => undefined);
});

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
