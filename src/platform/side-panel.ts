import { browser } from './browser';

type SidebarAction = { open: () => Promise<void> };

/**
 * Opens ChartLint's findings view: Chrome's side panel, or Firefox's sidebar. Both only open in
 * response to a user gesture, so call this straight from a click or command handler.
 */
export async function openFindingsView(windowId?: number): Promise<void> {
  if (!__FIREFOX__ && typeof chrome !== 'undefined' && 'sidePanel' in chrome) {
    // chrome.sidePanel is not in webextension-polyfill; Chrome 116+ has open().
    const id = windowId ?? (await browser.windows.getCurrent()).id;
    if (id === undefined) return;
    await chrome.sidePanel.open({ windowId: id });
    return;
  }
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) await sidebar.open();
}
