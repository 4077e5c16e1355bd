import { t } from '../shared/i18n/i18n';
import { useState } from 'preact/hooks';
import { toOrigin, type PinnedSelectors } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';

const lines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);

function SiteSelectors({ state, origin, pinned, locked }: { state: OptionsState; origin: string; pinned: PinnedSelectors; locked: boolean }) {
  const [diagnosis, setDiagnosis] = useState(pinned.diagnosis.join('\n'));
  const [note, setNote] = useState(pinned.note.join('\n'));
  const id = origin.replace(/[^a-z0-9]/gi, '-');
  return (
    <fieldset class="selectors" data-selectors={origin}>
      <legend>
        <span class="code">{origin}</span> {locked && <LockedNote />}
      </legend>
      <label for={`dx-${id}`}>{t('selectorsDiagnosis')}</label>
      <textarea id={`dx-${id}`} rows={2} value={diagnosis} disabled={locked} onInput={(e) => setDiagnosis(e.currentTarget.value)} />
      <label for={`note-${id}`}>{t('selectorsNote')}</label>
      <textarea id={`note-${id}`} rows={2} value={note} disabled={locked} onInput={(e) => setNote(e.currentTarget.value)} />
      {!locked && (
        <div class="row">
          <button type="button" class="primary" onClick={() => void state.setSelectors(origin, { diagnosis: lines(diagnosis), note: lines(note) })}>
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
