import { browser } from './browser';
import { onStorageChanged } from './storage';

/**
 * The user's language choice for ChartLint's pages ('auto' follows the browser). Kept in
 * storage.local under its own key: a display preference of this computer, not a synced setting.
 */
const KEY = 'chartlint.language';

export async function loadLanguageChoice(): Promise<string> {
  const items = await browser.storage.local.get(KEY);
  const value = items[KEY];
  return typeof value === 'string' ? value : 'auto';
}

export function saveLanguageChoice(choice: string): Promise<void> {
  return browser.storage.local.set({ [KEY]: choice });
}

export function onLanguageChoiceChanged(listener: (choice: string) => void): () => void {
  return onStorageChanged('local', (changes) => {
    const change = changes[KEY];
    if (change) listener(typeof change.newValue === 'string' ? change.newValue : 'auto');
  });
}

/** The browser's UI language tag ("es-MX"), which chrome.i18n uses too. */
export function browserUiLanguage(): string {
  return browser.i18n.getUILanguage();
}
