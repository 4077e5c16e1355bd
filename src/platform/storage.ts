import { browser } from './browser';

/**
 * storage.session holds page-derived state (codes, findings, evidence): it lives in memory, survives
 * a service-worker restart and is gone when the browser closes. Page text never goes to local/sync.
 */
export async function getSession<T>(key: string): Promise<T | undefined> {
  const items = await browser.storage.session.get(key);
  return items[key] as T | undefined;
}

export async function getSessionAll(): Promise<Record<string, unknown>> {
  return browser.storage.session.get(null);
}

export function setSession(items: Record<string, unknown>): Promise<void> {
  return browser.storage.session.set(items);
}

export function removeSession(keys: string | string[]): Promise<void> {
  return browser.storage.session.remove(keys);
}

export type StorageChange = { oldValue?: unknown; newValue?: unknown };

/** Calls back with the changed keys of one storage area; returns the unsubscribe function. */
export function onStorageChanged(
  area: 'session' | 'local' | 'sync' | 'managed',
  listener: (changes: Record<string, StorageChange>) => void,
): () => void {
  const wrapped = (changes: Record<string, StorageChange>, areaName: string) => {
    if (areaName === area) listener(changes);
  };
  browser.storage.onChanged.addListener(wrapped);
  return () => browser.storage.onChanged.removeListener(wrapped);
}
