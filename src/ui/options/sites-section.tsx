import { t } from '../shared/i18n/i18n';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';

/** `builtIn`: the sites the manifest always covers, for the demo EHR and the tests (built-in-sites.ts). */
export function SitesSection({ state, builtIn }: { state: OptionsState; builtIn: readonly string[] }) {
  const settings = state.settings.value;
  if (!settings) return null;
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesTitle')}</h2>
      <p class="muted">{t('sitesIntro')}</p>
      <ul class="site-list" aria-label={t('enabledSites')}>
        {builtIn.map((origin) => (
          <li key={origin}>
            <span class="code">{origin}</span> <span class="muted">{t('builtInDemo')}</span>
          </li>
        ))}
        {settings.enabledSites.map((origin) => (
          <li key={origin} data-site={origin}>
            <span class="code">{origin}</span>{' '}
            {settings.locks.enabledSites.includes(origin) ? (
              <LockedNote />
            ) : (
              <button type="button" onClick={() => void state.removeSite(origin)} aria-label={t('removeSite', { origin })}>
                {t('remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
