/**
 * The toolbar popup: offline ICD-10-CM lookup (type, arrow keys, Enter for the entry), with the
 * side panel and settings a click away. Reads state signals and calls actions; no browser APIs.
 */
import { useEffect, useRef } from 'preact/hooks';
import { AppHeader } from '../shared/app-header';
import { ReleaseLine } from '../shared/release-line';
import { PrivacyLine } from '../shared/privacy-line';
import { SiteAccess } from '../shared/site-access';
import type { PopupState } from './popup-state';
import { LazyCodeEntry } from './lazy-code-entry';
import { ResultList } from './result-list';
import { formatNumber, t } from '../shared/i18n/i18n';

const INPUT_ID = 'lookup-input';
const LIST_ID = 'lookup-results';

function LookupBox({ state }: { state: PopupState }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const restored = state.restored.value;
  // Selected only while the box still holds it: a key typed meanwhile is the user's, and stays.
  useEffect(() => {
    const box = input.current;
    if (restored !== undefined && box && box.value === restored && document.activeElement === box) box.select();
  }, [restored]);
  const hits = state.hits.value;
  const expanded = state.result.value?.query.expanded ?? [];
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => state.move(1),
      ArrowUp: () => state.move(-1),
      PageDown: () => state.move(5),
      PageUp: () => state.move(-5),
      Enter: () => state.openActive(),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <div class="lookup-box">
      <label for={INPUT_ID} class="lookup-label">
        {t('lookupLabel')}
      </label>
      <input
        id={INPUT_ID}
        ref={input}
        type="text"
        role="combobox"
        aria-expanded={hits.length > 0 && !state.detail.value}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 && !state.detail.value ? `hit-${state.active.value}` : undefined}
        aria-describedby="lookup-hint"
        placeholder={t('lookupPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        value={state.query.value}
        onInput={(e) => state.setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="lookup-hint" class="muted small lookup-hint">
        {expanded.length > 0 ? expanded.map((s) => `${s.term.toUpperCase()} = ${s.means}`).join('; ') : t('lookupHint')}
      </p>
    </div>
  );
}

function Status({ state }: { state: PopupState }) {
  const q = state.query.value.trim();
  const codes = state.result.value?.codes;
  let text = '';
  if (state.status.value === 'loading') text = t('loadingCodeList');
  else if (state.status.value === 'failed') text = state.loadError.value;
  else if (q && state.hits.value.length === 0) text = t('noCodesMatch', { query: q });
  else if (q && state.result.value?.unknownCode) text = t('lookupUnknownCode', { code: state.result.value.unknownCode });
  // A code typed: how many codes the release has under it ("M99.6: 11 codes, 10 billable"), not
  // "Top 50 results" for its few codes followed by word matches.
  else if (q && codes && codes.count > 1) text = t('codesUnderCode', { code: codes.prefix, count: formatNumber(codes.count), billable: formatNumber(codes.billable) });
  else if (q) text = state.hits.value.length === 50 ? t('top50Results') : t('resultsCount', { count: formatNumber(state.hits.value.length) });
  return (
    <p class={`lookup-status small ${state.status.value === 'failed' ? 'error' : 'muted'}`} role="status" aria-live="polite">
      {text}
    </p>
  );
}

function DetailView({ state }: { state: PopupState }) {
  const detail = state.detail.value;
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), [detail?.code]);
  if (!detail) return null;
  const back = () => {
    state.closeDetail();
    document.getElementById(INPUT_ID)?.focus();
  };
  return (
    <section
      class="detail"
      ref={box}
      tabIndex={-1}
      aria-label={t('entryFor', { code: detail.code })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          back();
        }
      }}
    >
      <div class="detail-actions">
        <button type="button" onClick={back}>
          {t('backToResults')}
        </button>
        <button type="button" onClick={() => void state.copyCode(detail.code)}>
          {t('copyCode', { code: detail.code })}
        </button>
        <button type="button" onClick={() => state.openPanel(detail.code)}>
          {t('openInSidePanel')}
        </button>
      </div>
      {detail.status === 'loading' && <p class="muted">{t('loadingCode', { code: detail.code })}</p>}
      {detail.status === 'failed' && <p class="error">{detail.error}</p>}
      {detail.status === 'ready' && <LazyCodeEntry entry={detail.entry} onSelectCode={(code) => void state.openCode(code)} />}
    </section>
  );
}

/** A no-break space gives the empty line a text line's height; it is layout, not words. */
const NBSP = '\u00a0';

/**
 * The release line's place while the release is read (the shell in index.html holds the same):
 * the line arriving later must not push the search box down under the user's eyes.
 */
function ReleasePlaceholder() {
  return (
    <p class="release-line" aria-hidden="true">
      <span>{NBSP}</span>
    </p>
  );
}

export function Popup({ state }: { state: PopupState }) {
  return (
    <>
      <AppHeader title={t('appName')}>
        <span class="muted version">v{state.version}</span>
      </AppHeader>
      {state.release.value ? <ReleaseLine stamp={state.release.value} /> : <ReleasePlaceholder />}
      <main class="popup">
        <LookupBox state={state} />
        <Status state={state} />
        <div class={state.holdsResults.value ? 'lookup-body reserved' : 'lookup-body'}>
          {state.detail.value ? <DetailView state={state} /> : <ResultList state={state} listId={LIST_ID} />}
        </div>
        <p class="sr-only" role="status" aria-live="polite">
          {state.notice.value}
        </p>
      </main>
      <footer class="popup-footer">
        <div class="actions">
          <button type="button" class="primary" onClick={() => state.openPanel()}>
            {t('openSidePanel')}
          </button>
          <button type="button" onClick={() => state.openOptions()}>
            {t('settings')}
          </button>
        </div>
        <SiteAccess />
      </footer>
      <PrivacyLine />
    </>
  );
}
