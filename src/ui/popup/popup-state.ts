/**
 * The popup's state: the query, its ranked hits, the highlighted row and the open detail.
 * Components read these signals and call the actions; everything outside goes through the port.
 */
import { batch, computed, signal } from '@preact/signals';
import type { ReleaseStamp } from '../../core';
import type { CodeExplanation } from '../../kb';
import type { SearchHit, SearchResult } from '../../kb/search';
import type { PopupPort, SearchFn } from './popup-port';
import { t } from '../shared/i18n/i18n';
import { codeInputErrorText } from '../shared/i18n/kb-text';

export const RESULT_LIMIT = 50;
/** Saving the query on every keystroke would be wasted writes; the last one after a pause is enough. */
const SAVE_DELAY_MS = 250;

export type Detail =
  | { code: string; status: 'loading' }
  | { code: string; status: 'ready'; entry: CodeExplanation }
  | { code: string; status: 'failed'; error: string };

export function createPopupState(port: PopupPort) {
  const query = signal('');
  const status = signal<'loading' | 'ready' | 'failed'>('loading');
  const loadError = signal('');
  const result = signal<SearchResult | undefined>(undefined);
  const active = signal(0);
  const detail = signal<Detail | undefined>(undefined);
  /** A short message for the live region ("Copied M99.60"). */
  const notice = signal('');
  /** The ICD-10-CM release the lookup searches (shown in the header). */
  const release = signal<ReleaseStamp | undefined>(undefined);
  /**
   * The session's last query when it was put back in the box: the box selects it, so the next key
   * starts a new query (as an address bar does) instead of running on after the old one.
   */
  const restored = signal<string | undefined>(undefined);
  const hits = computed<SearchHit[]>(() => result.value?.hits ?? []);
  const activeHit = computed(() => hits.value[active.value]);

  /**
   * Whether the results' place is held open (popup.tsx): a query waiting for the code list (typed
   * at once, or the session's last one put back) gets its results without the footer jumping down
   * when they come. A loaded query with no match lets it go, so the popup stays short.
   */
  const holdsResults = computed(
    () => query.value.trim() !== '' && (status.value === 'loading' || hits.value.length > 0 || detail.value !== undefined),
  );

  let search: SearchFn | undefined;
  let restoring: Promise<void> | undefined;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  function run() {
    const q = query.value;
    batch(() => {
      result.value = search && q.trim() ? search(q, RESULT_LIMIT) : undefined;
      active.value = 0;
    });
  }

  function setQuery(text: string) {
    query.value = text;
    detail.value = undefined;
    run();
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void port.saveLastQuery(text).catch(() => undefined), SAVE_DELAY_MS);
  }

  /**
   * Puts the session's last query back in the box (once). main.tsx awaits it before the first
   * render, so the query and its held place are on screen from the start, not moved in later.
   */
  function restoreLastQuery(): Promise<void> {
    restoring ??= port
      .readLastQuery()
      .catch(() => undefined)
      .then((last) => {
        // The user may have typed while storage answered: what they typed wins.
        if (last && !query.value) {
          query.value = last;
          restored.value = last;
        }
      });
    return restoring;
  }

  /** Restores the session's last query, then loads the index and runs it. Call once after first paint. */
  async function start() {
    void port.release?.().then((r) => (release.value = r)).catch(() => undefined);
    await restoreLastQuery();
    try {
      search = await port.loadSearch();
      status.value = 'ready';
      run();
    } catch (error) {
      loadError.value = t('codeListNotLoaded', { error: (error as Error).message });
      status.value = 'failed';
    }
  }

  function move(delta: number) {
    const n = hits.value.length;
    if (n === 0) return;
    active.value = Math.max(0, Math.min(n - 1, active.value + delta));
  }

  function moveTo(index: number) {
    const n = hits.value.length;
    if (n > 0) active.value = index < 0 ? n - 1 : Math.min(index, n - 1);
  }

  async function openCode(code: string) {
    detail.value = { code, status: 'loading' };
    // A slower answer for a code the user has already left must not replace the newer one.
    const stillOpen = () => detail.peek()?.code === code;
    try {
      const entry = await port.explain(code);
      if (stillOpen()) detail.value = { code, status: 'ready', entry };
    } catch (error) {
      if (stillOpen()) detail.value = { code, status: 'failed', error: codeInputErrorText(error) };
    }
  }

  function openActive() {
    const hit = activeHit.value;
    if (hit) void openCode(hit.entry.code);
  }

  function closeDetail() {
    detail.value = undefined;
  }

  async function copyCode(code: string) {
    try {
      await port.copyText(code);
      notice.value = t('copiedShort', { code });
    } catch (error) {
      notice.value = t('couldNotCopy', { code, error: (error as Error).message });
    }
  }

  return {
    query,
    status,
    loadError,
    result,
    hits,
    active,
    activeHit,
    detail,
    notice,
    release,
    restored,
    holdsResults,
    version: port.version,
    restoreLastQuery,
    start,
    setQuery,
    move,
    moveTo,
    openCode,
    openActive,
    closeDetail,
    copyCode,
    openPanel: (code?: string) => port.openPanel(code),
    openOptions: () => port.openOptions(),
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
