import { browser } from './browser';

/**
 * Asks the user for access to these origins (match patterns). Browsers only show the prompt in
 * response to a user gesture, so call this first thing in a click handler, before any other await.
 */
export function requestOrigins(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns });
}

/** Gives access back; Chrome refuses to remove required (manifest) origins, so errors are swallowed. */
export async function removeOrigins(patterns: string[]): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: patterns });
  } catch {
    return false;
  }
}

export function hasOrigins(patterns: string[]): Promise<boolean> {
  return browser.permissions.contains({ origins: patterns });
}

/** Every origin pattern the extension holds right now (required and granted optional). */
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}

/** Calls back when the user grants or revokes host access outside ChartLint (e.g. chrome://extensions). */
export function onOriginsChanged(listener: () => void): () => void {
  const wrapped = () => listener();
  browser.permissions.onAdded.addListener(wrapped);
  browser.permissions.onRemoved.addListener(wrapped);
  return () => {
    browser.permissions.onAdded.removeListener(wrapped);
    browser.permissions.onRemoved.removeListener(wrapped);
  };
}

/** Calls back with the origin patterns just granted (the user answered a prompt with Allow). */
export function onOriginsAdded(listener: (patterns: string[]) => void): () => void {
  const wrapped = (permissions: { origins?: string[] }) => listener(permissions.origins ?? []);
  browser.permissions.onAdded.addListener(wrapped);
  return () => browser.permissions.onAdded.removeListener(wrapped);
}
