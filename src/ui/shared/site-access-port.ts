/**
 * What the "Enable on this site" control needs from the browser, in one place: the active tab,
 * the stored settings, host permissions and the worker. The component talks only to this port.
 */
import { hasOrigins, requestOrigins } from '../../platform/permissions';
import { browserSettingsSource } from '../../platform/settings-storage';
import { activeTab, type TabInfo } from '../../platform/tabs';
import { sendToBackground } from '../../protocol/send';
import type { EffectiveSettings } from '../../protocol/settings';
import { loadSettings } from '../../protocol/settings-store';

export type SiteAccessPort = {
  activeTab: () => Promise<TabInfo | undefined>;
  loadSettings: () => Promise<EffectiveSettings>;
  hasOrigins: (patterns: string[]) => Promise<boolean>;
  /** Shows the browser's permission prompt: call inside the click, with no await before it. */
  requestOrigins: (patterns: string[]) => Promise<boolean>;
  expectGrant: (origin: string, tabId: number) => Promise<unknown>;
  enable: (origin: string, tabId: number) => Promise<unknown>;
  disable: (origin: string) => Promise<unknown>;
};

export const browserSiteAccessPort: SiteAccessPort = {
  activeTab,
  loadSettings: () => loadSettings(browserSettingsSource()),
  hasOrigins,
  requestOrigins,
  expectGrant: (origin, tabId) => sendToBackground('site/expect-grant', { origin, tabId }),
  enable: (origin, tabId) => sendToBackground('site/enable', { origin, tabId }),
  disable: (origin) => sendToBackground('site/disable', { origin }),
};
