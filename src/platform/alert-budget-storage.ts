import { browser } from './browser';
import { onStorageChanged } from './storage';

/**
 * The alert budget's counts in storage.local (this computer only, never synced; counts only, never
 * page text). The shape is owned by src/ui/shared/alert-budget.ts; this only moves it.
 */
const KEY = 'chartlint.alertBudget';

export async function readAlertBudget(): Promise<unknown> {
  return (await browser.storage.local.get(KEY))[KEY];
}

export function writeAlertBudget(value: unknown): Promise<void> {
  return browser.storage.local.set({ [KEY]: value });
}

export function clearAlertBudget(): Promise<void> {
  return browser.storage.local.remove(KEY);
}

export function onAlertBudgetChanged(listener: (value: unknown) => void): () => void {
  return onStorageChanged('local', (changes) => {
    const change = changes[KEY];
    if (change) listener(change.newValue);
  });
}
