import type { Span } from '../../core';
import type { DismissalMap } from '../../protocol/messages';
import { sendToBackground } from '../../protocol/send';
import { loadDismissals, saveDismissals } from '../../protocol/dismissal-store';
import { LOOKUP_PANEL_CODE_KEY } from '../../protocol/storage-keys';
import { getSession, onStorageChanged } from '../../platform/storage';
import { activeTab, activeTabIn, currentWindowId, onTabActivated } from '../../platform/tabs';
import { createTabStatePort, type TabStatePort } from '../shared/tab-state-port';
import { describeCodes, type CodeDetails } from './code-details';
import { browserSettingsSource } from '../../platform/settings-storage';
import type { Settings } from '../../protocol/settings';
import { loadSettings } from '../../protocol/settings-store';

/**
 * Everything the side panel needs from the outside world. Components never call the browser; the
 * state factory calls this port, and tests pass a fake with the same shape.
 */
export type SidePanelPort = TabStatePort & {
  getDismissals: (pageUrl: string) => Promise<DismissalMap>;
  saveDismissals: (pageUrl: string, dismissals: DismissalMap) => Promise<void>;
  /** Another panel (another window) changed the dismissals of a page. */
  onDismissalsChanged: (listener: (key: string, dismissals: DismissalMap) => void) => () => void;
  /** Asks the page to show a tab-wide evidence span; false when the text is gone. */
  showEvidence: (tabId: number, span: Span) => Promise<boolean>;
  /** Puts text on the clipboard. ChartLint never types into the EHR: copying is all it does. */
  copyText: (text: string) => Promise<void>;
  /** Official data (and the M99 reference) for codes, asked of the service worker, which holds the release's catalog. */
  describeCodes: (codes: string[], release?: string) => Promise<Record<string, CodeDetails>>;
  /** The code the popup's "Open in side panel" asked for, now and as it changes. */
  onLookedUpCode: (listener: (code: string | undefined) => void) => () => void;
  /** Sets (or clears, with null) the tab's date of service; the worker re-checks the codes. */
  setVisitDate?: (tabId: number, date: string | null) => Promise<boolean>;
  /**
   * The rule choices, now and whenever they change (options page, another device, a policy): the
   * panel applies them where it reads findings. Absent: every rule on at its own severity.
   */
  onRuleSettings?: (listener: (settings: Pick<Settings, 'rules'>) => void) => () => void;
};

/** Clipboard writes need the click's user activation, which the panel's copy buttons give. */
async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    throw new Error('The browser did not allow copying: select the code and copy it by hand.');
  }
}

/** The real port: storage.session, the worker (evidence routing, code explanations) and the clipboard. */
export function createSidePanelPort(): SidePanelPort {
  // A side panel (Chrome) or sidebar (Firefox) lives in one window: follow that window's active
  // tab, not tab switches in other windows.
  const myWindow = currentWindowId();
  return {
    ...createTabStatePort(),
    activeTabId: async () => {
      const windowId = await myWindow;
      return (windowId === undefined ? await activeTab() : await activeTabIn(windowId))?.id;
    },
    onActiveTabChanged: (listener) =>
      onTabActivated((tabId, windowId) => {
        void myWindow.then((mine) => {
          if (mine === undefined || mine === windowId) listener(tabId);
        });
      }),
    getDismissals: loadDismissals,
    saveDismissals,
    onDismissalsChanged: (listener) =>
      onStorageChanged('session', (changes) => {
        for (const [key, change] of Object.entries(changes)) {
          if (key.startsWith('dismissed/')) listener(key, (change.newValue as DismissalMap | undefined) ?? {});
        }
      }),
    showEvidence: (tabId, span) => sendToBackground('tab-evidence/show', { tabId, span }),
    setVisitDate: (tabId, date) => sendToBackground('visit/set-date', { tabId, date }),
    copyText: writeClipboard,
    describeCodes,
    onRuleSettings: (listener) => {
      const source = browserSettingsSource();
      const read = () => void loadSettings(source).then(listener, () => undefined);
      read();
      return source.onChange(read);
    },
    onLookedUpCode: (listener) => {
      void getSession<string>(LOOKUP_PANEL_CODE_KEY).then(listener);
      return onStorageChanged('session', (changes) => {
        const change = changes[LOOKUP_PANEL_CODE_KEY];
        if (change) listener(change.newValue as string | undefined);
      });
    },
  };
}
