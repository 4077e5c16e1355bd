/**
 * The service worker. Listeners are registered synchronously at the top level so that a message or
 * tab event that wakes the worker is delivered; the worker keeps nothing in memory it needs later.
 */
import type { BackgroundApi, DismissalMap, TabState } from '../protocol/messages';
import { isDismissalsKey, isTabStateKey } from '../protocol/storage-keys';
import { getSessionAll, onStorageChanged } from '../platform/storage';
import { extensionUrl } from '../platform/runtime';
import { forgetTab, loadDismissals, tabsShowing } from './dismissals';
import { pushVerdicts } from './push-verdicts';
import { handleMessages } from '../protocol/handle';
import {
  isAlertEvent,
  isDismissRequest,
  isExplainRequest,
  isVisitDateRequest,
  isEmptyRequest,
  isLeaveRequest,
  isPageSnapshot,
  isSiteRequest,
  isTabEvidenceRequest,
  isTitleRequest,
  isWindowRequest,
} from '../protocol/validate';
import { onCommand } from '../platform/commands';
import { openFindingsView } from '../platform/side-panel';
import { onTabRemoved } from '../platform/tabs';
import { handleCountAlert, handleResetAlertBudget } from './handlers/count-alert';
import { handleDismissFinding } from './handlers/dismiss-finding';
import { handleExplainCodes } from './handlers/explain-codes';
import { handlePageLeave, handlePageSnapshot } from './handlers/page-snapshot';
import { handleResolveTitles } from './handlers/resolve-titles';
import { handleSetVisitDate } from './handlers/set-visit-date';
import { handleShowEvidence } from './handlers/show-evidence';
import { handleSettingsForPage, handleSiteDisable, handleSiteEnable, handleSiteExpectGrant } from './handlers/site-settings';
import { currentSettings, watchSettings } from './current-settings';
import { forgetLiveTab, liveTab } from './live-tabs';
import { refreshTab } from './refresh-tab';
import { completePendingSites, syncSiteScripts } from './site-access';
import { onOriginsAdded, onOriginsChanged } from '../platform/permissions';
import { withTabLock } from './tab-state';

handleMessages<BackgroundApi>(
  {
    'page/snapshot': handlePageSnapshot,
    'page/leave': handlePageLeave,
    'panel/open': async ({ windowId }, sender) => {
      // A content script opens the panel of its own tab's window, whatever the payload says; only
      // ChartLint's own pages (no tab, or an extension URL) may name a window.
      const own = sender.tab === undefined || sender.url?.startsWith(extensionUrl(''));
      await openFindingsView(sender.tab?.windowId ?? (own ? windowId : undefined));
      return true;
    },
    'tab-evidence/show': handleShowEvidence,
    'codes/resolve-titles': handleResolveTitles,
    'settings/for-page': handleSettingsForPage,
    'site/enable': handleSiteEnable,
    'site/expect-grant': handleSiteExpectGrant,
    'site/disable': handleSiteDisable,
    'alert/count': handleCountAlert,
    'alert/reset': handleResetAlertBudget,
    'findings/dismiss': handleDismissFinding,
    'visit/set-date': handleSetVisitDate,
    'codes/explain': handleExplainCodes,
  },
  {
    'page/snapshot': isPageSnapshot,
    'page/leave': isLeaveRequest,
    'panel/open': isWindowRequest,
    'tab-evidence/show': isTabEvidenceRequest,
    'codes/resolve-titles': isTitleRequest,
    'settings/for-page': isEmptyRequest,
    'site/enable': isSiteRequest,
    'site/expect-grant': isSiteRequest,
    'site/disable': isSiteRequest,
    'alert/count': isAlertEvent,
    'alert/reset': isEmptyRequest,
    'findings/dismiss': isDismissRequest,
    'visit/set-date': isVisitDateRequest,
    'codes/explain': isExplainRequest,
  },
);

// Dismissals are shared by the badge and the side panel: whichever changed them, update the badges
// of every tab showing that page.
onStorageChanged('session', (changes) => {
  for (const [key, change] of Object.entries(changes)) {
    if (!isDismissalsKey(key)) continue;
    const dismissals = (change.newValue as DismissalMap | undefined) ?? {};
    void Promise.all([tabsShowing(key), currentSettings()]).then(([states, settings]) =>
      states.forEach((state) => pushVerdicts(state, dismissals, settings)),
    );
  }
});

/**
 * Settings are applied where findings are read: after a rule or severity change, every open tab's
 * badges are sent their verdicts again from the stored raw analysis (the panel applies the
 * settings itself), so the change shows at once, without an edit.
 */
async function repushAllTabs(): Promise<void> {
  const settings = await currentSettings();
  const all = await getSessionAll();
  for (const [key, value] of Object.entries(all)) {
    if (!isTabStateKey(key)) continue;
    const stored = value as TabState;
    const live = liveTab(stored.tabId);
    // Frames in memory are grouped again (origin pairs may have changed; unchanged groups keep
    // their cached analysis); otherwise the stored raw analysis is shown through the new settings.
    const state = live.frames.size > 0 ? await withTabLock(stored.tabId, () => refreshTab(stored.tabId, live, stored.url, stored.userDate)) : stored;
    pushVerdicts(state, await loadDismissals(state.url), settings);
  }
}

// Keep the dynamic content-script registration equal to (enabled sites ∩ granted origins): on every
// worker start, and whenever settings (sync, policy) or permissions (chrome://extensions) change.
const resyncSites = () => void syncSiteScripts().catch((error: unknown) => console.warn('ChartLint: site registration failed', error));
watchSettings(() => {
  resyncSites();
  void repushAllTabs().catch((error: unknown) => console.warn('ChartLint: updating badges after a settings change failed', error));
});
onOriginsChanged(resyncSites);
onOriginsAdded((patterns) => void completePendingSites(patterns).catch((error: unknown) => console.warn('ChartLint: enabling a site failed', error)));
resyncSites();

// The keyboard shortcut (manifest `commands`). Open straight away: the key press is the user gesture
// sidePanel.open() and sidebarAction.open() require, and it does not survive an await.
onCommand((command, windowId) => {
  if (command === 'open-findings') void openFindingsView(windowId).catch(() => undefined);
});

// A closed tab's state, texts and (unless another tab shows the page) dismissals go with it.
onTabRemoved((tabId) => {
  forgetLiveTab(tabId);
  void withTabLock(tabId, () => forgetTab(tabId));
});

// Navigations need no listener here: the top frame's pagehide ('page/leave') ends the old page, a
// new document's first snapshot replaces it (new docId), and same-document navigations (pushState,
// hash changes) keep the page, its state and its badge; the content script resends the new URL.
