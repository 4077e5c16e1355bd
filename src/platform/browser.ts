/**
 * The one import of webextension-polyfill. Everything else in src/platform wraps a piece of it, and
 * nothing outside src/platform imports it (an ESLint rule says so), so browser differences live here.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Storage, Tabs } from 'webextension-polyfill';
