/** Every storage key ChartLint uses, in one place (style guide §6). */

/** storage.session: the analysis state of one tab (TabState). */
export const tabStateKey = (tabId: number) => `tab/${tabId}`;
export const isTabStateKey = (key: string) => key.startsWith('tab/');
export const tabIdOfKey = (key: string) => Number(key.slice('tab/'.length));

/**
 * storage.session: the findings a user dismissed on one page (DismissalMap), keyed by the page URL
 * without its #fragment. Page-derived, so session only: gone when the browser closes.
 */
export const dismissalsKey = (pageUrl: string) => `dismissed/${pageUrl.split('#')[0] ?? pageUrl}`;
export const isDismissalsKey = (key: string) => key.startsWith('dismissed/');
/** The key of one finding in a DismissalMap (core's findingKey): dismissals outlive edits to the finding's wording. */
export { findingKey as dismissalKeyOf } from '../core/finding-key';

/** storage.session: the popup's last lookup query, kept for the browser session only. */
export const LOOKUP_LAST_QUERY_KEY = 'lookup/lastQuery';
/** storage.session: a code the popup asked the side panel to show ("Open in side panel"). */
export const LOOKUP_PANEL_CODE_KEY = 'lookup/panelCode';

/** storage.sync 'settings' holds the user's PartialSettings (src/platform/settings-storage.ts). */

/**
 * storage.session: a site the user asked to enable whose permission prompt is still open. The
 * popup closes when the prompt takes focus, so the worker finishes the job when the grant arrives.
 */
export const pendingSiteKey = (origin: string) => `pending-site/${origin}`;
export const isPendingSiteKey = (key: string) => key.startsWith('pending-site/');
