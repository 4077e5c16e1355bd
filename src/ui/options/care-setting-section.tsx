import type { CareSetting } from '../../core/types';
import { CARE_SETTINGS } from '../../core/care-setting/counts-as-documented';
import { careSettingOf } from '../../protocol/settings';
import { LockedNote } from './locked-note';
import type { OptionsState } from './options-state';
import { t } from '../shared/i18n/i18n';

/** Each setting's name and help, as catalogue ids (read at render time, in the page's language). */
const SETTING_TEXT: Record<CareSetting, { name: string; help: string }> = {
  outpatient: { name: 'careSettingOutpatient', help: 'careSettingOutpatientHelp' },
  inpatient: { name: 'careSettingInpatient', help: 'careSettingInpatientHelp' },
};

/**
 * The care setting: whether an uncertain diagnosis ("probable", "rule out") counts as documented
 * (inpatient, Official Guidelines II.H) or not (outpatient, IV.H). It changes the analysis itself,
 * not how findings are shown, so the worker analyses open pages again when it changes; the side
 * panel says which setting its findings applied.
 */
export function CareSettingSection({ state }: { state: OptionsState }) {
  const settings = state.settings.value;
  if (!settings) return null;
  const locked = settings.locks.careSetting === true;
  const current = careSettingOf(settings);
  return (
    <section aria-labelledby="care-setting-title" data-care-setting-section>
      <h2 id="care-setting-title">{t('careSettingTitle')}</h2>
      <fieldset class="modes" disabled={locked}>
        <legend>
          {t('careSettingLegend')} {locked && <LockedNote />}
        </legend>
        {CARE_SETTINGS.map((setting) => (
          <label key={setting} class="choice">
            <input
              type="radio"
              name="care-setting"
              value={setting}
              checked={current === setting}
              onChange={() => void state.setCareSetting(setting)}
            />
            <strong>{t(SETTING_TEXT[setting].name)}</strong>{' '}
            <span class="muted">{t(SETTING_TEXT[setting].help)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
