/**
 * What the popup needs from the outside world. The state (popup-state.ts) only talks to this
 * port, so tests pass a fake and the browser wiring lives in main.tsx.
 */
import type { ReleaseStamp } from '../../core';
import type { CodeExplanation } from '../../kb';
import type { SearchResult } from '../../kb/search';

export type SearchFn = (query: string, limit: number) => SearchResult;

export type PopupPort = {
  /** Loads the catalog and builds the lookup index (the slow part: run after first paint). */
  loadSearch: () => Promise<SearchFn>;
  /** The release the lookup uses (the settings' choice for today's date), shown in the header. */
  release?: () => Promise<ReleaseStamp>;
  explain: (code: string) => Promise<CodeExplanation>;
  /** The last query of this browser session (storage.session), if any. */
  readLastQuery: () => Promise<string | undefined>;
  saveLastQuery: (query: string) => Promise<void>;
  copyText: (text: string) => Promise<void>;
  /** Opens the side panel; with a code, the panel is asked to show that code's entry. Call from a click. */
  openPanel: (code?: string) => void;
  openOptions: () => void;
  version: string;
};
