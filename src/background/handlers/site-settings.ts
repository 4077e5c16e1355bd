import { extensionUrl, type MessageSender } from '../../platform/runtime';
import { pageSettings, type PageSettings } from '../../protocol/settings';
import { currentSettings } from '../current-settings';
import { disableSite, enableSite, expectSiteGrant } from '../site-access';

/** Only ChartLint's own pages (popup, options) may change where it runs, never a content script. */
function assertExtensionPage(sender: MessageSender): void {
  if (!sender.url?.startsWith(extensionUrl('/'))) throw new Error('only ChartLint pages can change site access');
}

/** A content script asks for its page's pinned selectors and mode; answered for the sender's own URL. */
export async function handleSettingsForPage(_payload: Record<string, never>, sender: MessageSender): Promise<PageSettings> {
  const url = sender.url ?? sender.tab?.url;
  if (!url) throw new Error('settings/for-page must come from a page');
  return pageSettings(await currentSettings(), url);
}

export function handleSiteEnable(payload: { origin: string; tabId?: number }, sender: MessageSender): Promise<string[]> {
  assertExtensionPage(sender);
  return enableSite(payload.origin, payload.tabId);
}

export function handleSiteDisable(payload: { origin: string }, sender: MessageSender): Promise<string[]> {
  assertExtensionPage(sender);
  return disableSite(payload.origin);
}

export function handleSiteExpectGrant(payload: { origin: string; tabId?: number }, sender: MessageSender): Promise<boolean> {
  assertExtensionPage(sender);
  return expectSiteGrant(payload.origin, payload.tabId);
}
