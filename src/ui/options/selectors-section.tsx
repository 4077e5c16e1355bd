import { t } from '../shared/i18n/i18n';
import { useState } from 'preact/hooks';
import { READING_MODES, toOrigin, type PinnedSelectors, type ReadingMode } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';

const lines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

const MODE_LABEL = { field: 'readingField', chips: 'readingChips', rows: 'readingRows' } as const;

/**
 * One "read as" choice per pinned diagnosis selector: a widget ChartLint does not know may be a
 * row of chips or a table rather than a field (see ReadingMode in protocol/settings.ts).
 */
function ReadingModes({ id, selectors, modes, locked, onChange }: {
  id: string;
  selectors: string[];
  modes: Record<string, ReadingMode>;
  locked: boolean;
  onChange: (selector: string, mode: ReadingMode) => void;
}) {
  if (selectors.length === 0) return null;
  return (
    <fieldset class="reading-modes">
      <legend>{t('readingLegend')}</legend>
      {selectors.map((selector, i) => (
        <div class="row" key={selector}>
          <label for={`read-${id}-${i}`}>{t('readingFor', { selector })}</label>
          <select
            id={`read-${id}-${i}`}
            value={modes[selector] ?? 'field'}
            disabled={locked}
            onChange={(e) => onChange(selector, e.currentTarget.value as ReadingMode)}
          >
            {READING_MODES.map((mode) => (
              <option value={mode} key={mode}>
                {t(MODE_LABEL[mode])}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}

/** What is saved for a site: its selectors, and the modes of the diagnosis selectors still listed. */
function toPinned(diagnosis: string[], note: string[], modes: Record<string, ReadingMode>): PinnedSelectors {
  const reading: Record<string, ReadingMode> = {};
  for (const selector of diagnosis) {
    const mode = modes[selector];
    if (mode && mode !== 'field') reading[selector] = mode;
  }
  return Object.keys(reading).length > 0 ? { diagnosis, note, reading } : { diagnosis, note };
}

function SiteSelectors({ state, origin, pinned, locked }: { state: OptionsState; origin: string; pinned: PinnedSelectors; locked: boolean }) {
  const [diagnosis, setDiagnosis] = useState(pinned.diagnosis.join('\n'));
  const [note, setNote] = useState(pinned.note.join('\n'));
  const [modes, setModes] = useState<Record<string, ReadingMode>>(pinned.reading ?? {});
  const id = origin.replace(/[^a-z0-9]/gi, '-');
  return (
    <fieldset class="selectors" data-selectors={origin}>
      <legend>
        <span class="code">{origin}</span> {locked && <LockedNote />}
      </legend>
      <label for={`dx-${id}`}>{t('selectorsDiagnosis')}</label>
      <textarea id={`dx-${id}`} rows={2} value={diagnosis} disabled={locked} onInput={(e) => setDiagnosis(e.currentTarget.value)} />
      <ReadingModes
        id={id}
        selectors={[...new Set(lines(diagnosis))]}
        modes={modes}
        locked={locked}
        onChange={(selector, mode) => setModes({ ...modes, [selector]: mode })}
      />
      <label for={`note-${id}`}>{t('selectorsNote')}</label>
      <textarea id={`note-${id}`} rows={2} value={note} disabled={locked} onInput={(e) => setNote(e.currentTarget.value)} />
      {!locked && (
        <div class="row">
          <button type="button" class="primary" onClick={() => void state.setSelectors(origin, toPinned(lines(diagnosis), lines(note), modes))}>
            {t('saveSelectors')}
          </button>
          <button type="button" onClick={() => void state.removeSelectors(origin)}>
            {t('clear')}
          </button>
        </div>
      )}
    </fieldset>
  );
}

export function SelectorsSection({ state }: { state: OptionsState }) {
  const [newOrigin, setNewOrigin] = useState('');
  const [added, setAdded] = useState<string[]>([]);
  const settings = state.settings.value;
  if (!settings) return null;
  const origins = [...new Set([...settings.enabledSites, ...Object.keys(settings.selectors), ...added])];
  const add = (event: Event) => {
    event.preventDefault();
    const origin = toOrigin(newOrigin);
    if (!origin) {
      state.status.value = t('notAnAddress', { address: newOrigin });
      return;
    }
    setAdded([...added, origin]);
    setNewOrigin('');
  };
  return (
    <section aria-labelledby="selectors-title">
      <h2 id="selectors-title">{t('pinnedTitle')}</h2>
      <p class="muted">{t('pinnedIntro')}</p>
      {origins.map((origin) => (
        <SiteSelectors
          key={`${origin}:${JSON.stringify(settings.selectors[origin] ?? null)}`}
          state={state}
          origin={origin}
          pinned={settings.selectors[origin] ?? { diagnosis: [], note: [] }}
          locked={settings.locks.selectors.includes(origin)}
        />
      ))}
      <form class="row" onSubmit={add}>
        <label for="new-origin">{t('pinAnother')}</label>
        <input id="new-origin" type="url" placeholder={t('originPlaceholder')} value={newOrigin} onInput={(e) => setNewOrigin(e.currentTarget.value)} />
        <button type="submit">{t('add')}</button>
      </form>
    </section>
  );
}
