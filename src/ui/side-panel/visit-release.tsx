import { useState } from 'preact/hooks';
import { ReleaseLine } from '../shared/release-line';
import { CareSettingLine } from './care-setting-line';
import { LaterEntriesLine } from './later-entries-line';
import { t } from '../shared/i18n/i18n';
import type { SidePanelState } from './side-panel-state';

/**
 * The panel header's release line: which ICD-10-CM release the codes were checked against and the
 * date of service that chose it, the care setting the findings applied, plus a field to set that date when the page does not show one.
 */
export function VisitRelease({ state }: { state: SidePanelState }) {
  const result = state.tab.value?.result;
  const stamp = result?.release;
  const userDate = state.tab.value?.userDate;
  const [error, setError] = useState<string | undefined>(undefined);
  if (!stamp) return null;
  const set = async (date: string | null) => setError(await state.setVisitDate(date));
  return (
    <div class="visit-release">
      <ReleaseLine stamp={stamp} />
      <CareSettingLine result={result} />
      <LaterEntriesLine result={result} />
      <details class="disclosure visit-date">
        <summary>{t('dateOfService')}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get('visit-date');
            void set(typeof value === 'string' && value ? value : null);
          }}
        >
          <label for="visit-date">{t('dateOfServiceHint')}</label>
          {/* Uncontrolled, reset only when the stored date changes (key): a refused date stays as typed beside its error. */}
          <input id="visit-date" name="visit-date" type="date" key={userDate ?? ''} defaultValue={userDate ?? ''} />
          <button type="submit">{t('set')}</button>
          {userDate && (
            <button type="button" class="quiet" onClick={() => void set(null)}>
              {t('clear')}
            </button>
          )}
        </form>
        {error && <p class="error-line">{error}</p>}
      </details>
    </div>
  );
}
