/** Every storage key ChartLint uses, in one place (style guide §6). */

/** storage.session: the analysis state of one tab (TabState). */
export const tabStateKey = (tabId: number) => `tab/${tabId}`;
export const isTabStateKey = (key: string) => key.startsWith('tab/');
export const tabIdOfKey = (key: string) => Number(key.slice('tab/'.length));
