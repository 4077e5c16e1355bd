import { browser, type Tabs } from './browser';

export type TabInfo = { id: number; windowId: number; url?: string; title?: string };

function toInfo(tab: Tabs.Tab): TabInfo | undefined {
  if (tab.id === undefined) return undefined;
  const info: TabInfo = { id: tab.id, windowId: tab.windowId ?? -1 };
  if (tab.url !== undefined) info.url = tab.url;
  if (tab.title !== undefined) info.title = tab.title;
  return info;
}

/** The active tab of the current (or last focused) window. */
export async function activeTab(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab ? toInfo(tab) : undefined;
}

export function onTabActivated(listener: (tabId: number, windowId: number) => void): () => void {
  const wrapped = (info: Tabs.OnActivatedActiveInfoType) => listener(info.tabId, info.windowId);
  browser.tabs.onActivated.addListener(wrapped);
  return () => browser.tabs.onActivated.removeListener(wrapped);
}

export function onTabRemoved(listener: (tabId: number) => void): () => void {
  const wrapped = (tabId: number) => listener(tabId);
  browser.tabs.onRemoved.addListener(wrapped);
  return () => browser.tabs.onRemoved.removeListener(wrapped);
}

/** The window this extension page is shown in (a side panel or sidebar belongs to one window). */
export async function currentWindowId(): Promise<number | undefined> {
  try {
    return (await browser.windows.getCurrent()).id;
  } catch {
    return undefined;
  }
}

/** The active tab of one window. */
export async function activeTabIn(windowId: number): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab ? toInfo(tab) : undefined;
}
