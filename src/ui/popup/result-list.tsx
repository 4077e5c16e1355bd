import { useEffect, useRef } from 'preact/hooks';
import type { PopupState } from './popup-state';
import { t } from '../shared/i18n/i18n';

/** The ranked hits as a listbox the search box controls (aria-activedescendant), one row per code. */
export function ResultList({ state, listId }: { state: PopupState; listId: string }) {
  const list = useRef<HTMLUListElement>(null);
  const hits = state.hits.value;
  const active = state.active.value;
  useEffect(() => {
    list.current?.querySelector(`#hit-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);
  return (
    <ul id={listId} ref={list} class="results" role="listbox" aria-label={t('matchingCodes')}>
      {hits.map((hit, i) => (
        <li
          key={hit.entry.code}
          id={`hit-${i}`}
          role="option"
          aria-selected={i === active}
          class={i === active ? 'hit active' : 'hit'}
          data-code={hit.entry.code}
          // mousedown would move focus off the search box; keep typing possible after a click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            state.moveTo(i);
            void state.openCode(hit.entry.code);
          }}
        >
          <span class="hit-line">
            <span class="code">{hit.entry.code}</span>
            <span class={hit.entry.billable ? 'badge billable' : 'badge header'}>{hit.entry.billable ? t('billable') : t('header')}</span>
            <span class="hit-chapter muted small" title={hit.entry.chapter.title}>
              {t('chapterShort', { number: String(hit.entry.chapter.number) })}
            </span>
          </span>
          <span class="hit-title" lang="en">
            {hit.entry.title}
          </span>
        </li>
      ))}
    </ul>
  );
}
