import { t } from '../shared/i18n/i18n';
import { MODES, type Mode } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';
import { caveatOf } from '../../kb';
import { coreText } from '../shared/i18n/finding-text';
import { WholeDates } from '../shared/whole-dates';

/** A release's caveat (notes and index terms older than the release) in the user's language. */
export function releaseCaveatText(version: string, caveat: string): string {
  const c = caveatOf(version, caveat);
  return coreText(c.caveat, c.caveatId, c.caveatParams);
}

const MODE_TEXT: Record<Mode, { name: string; help: string }> = {
  quiet: { name: 'modeQuiet', help: 'modeQuietHelp' },
  interruptive: { name: 'modeInterruptive', help: 'modeInterruptiveHelp' },
};

type ReleaseRow = { version: string; effectiveFrom: string; effectiveTo: string; caveat?: string };

/** Today as the user's calendar reads it (ISO), to say which release is in force now. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Each carried release's validity window, which one is in force today, and plainly when none is. */
function ReleaseWindows({ releases }: { releases: readonly ReleaseRow[] }) {
  const now = today();
  const newest = releases.at(-1);
  return (
    <>
      <table class="release-windows" data-release-windows>
        <caption>{t('releasesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colRelease')}</th>
            <th scope="col">{t('colInForce')}</th>
            <th scope="col">{t('colToday')}</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.version} data-release={r.version}>
              <th scope="row">{r.version}</th>
              <td>
                <WholeDates text={t('fromTo', { from: r.effectiveFrom, to: r.effectiveTo })} />
                {r.caveat && (
                  <div class="muted help">
                    <WholeDates text={releaseCaveatText(r.version, r.caveat)} />
                  </div>
                )}
              </td>
              <td class="release-today">
                {now < r.effectiveFrom ? t('notYetInForce') : now > r.effectiveTo ? t('ended') : t('inForce')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {newest && now > newest.effectiveTo && (
        <p class="error-line" role="note">
          {t('newestEnded', { version: newest.version, date: newest.effectiveTo })}
        </p>
      )}
    </>
  );
}

export function DisplaySection({ state, releases }: { state: OptionsState; releases: readonly ReleaseRow[] }) {
  const settings = state.settings.value;
  if (!settings) return null;
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">{t('displayTitle')}</h2>
      <fieldset class="modes" disabled={settings.locks.mode}>
        <legend>
          {t('howFindingsAppear')} {settings.locks.mode && <LockedNote />}
        </legend>
        {MODES.map((mode) => (
          <label key={mode} class="choice">
            <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => void state.setMode(mode)} />
            <strong>{t(MODE_TEXT[mode].name)}</strong> <span class="muted">{t(MODE_TEXT[mode].help)}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="release">{t('releaseUsed')}</label>
        <select id="release" value={settings.release} disabled={settings.locks.release} onChange={(e) => void state.setRelease(e.currentTarget.value)}>
          <option value="latest">{t('releaseLatest')}</option>
          {releases.map((r) => (
            <option key={r.version} value={r.version}>
              {t('releaseAlways', { version: r.version, from: r.effectiveFrom, to: r.effectiveTo })}
            </option>
          ))}
        </select>
        {settings.locks.release && <LockedNote />}
      </div>
      <p class="muted">{t('dateOfServiceExplained')}</p>
      <ReleaseWindows releases={releases} />
      <div class="row">
        <button type="button" onClick={() => void state.resetDismissed()}>
          {t('resetDismissed')}
        </button>
        <span class="muted">{t('resetDismissedHelp')}</span>
      </div>
    </section>
  );
}
