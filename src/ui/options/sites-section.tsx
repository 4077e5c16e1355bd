import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';

/** The hosts the manifest always covers, for the demo EHR and the tests. */
const BUILT_IN = ['http://localhost', 'http://127.0.0.1'];

export function SitesSection({ state }: { state: OptionsState }) {
  const settings = state.settings.value;
  if (!settings) return null;
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">Sites</h2>
      <p class="muted">
        ChartLint reads only the sites listed here. To add one, open it and choose <strong>Enable on this site</strong> in
        the ChartLint toolbar popup; the browser asks you to allow it.
      </p>
      <ul class="site-list" aria-label="Enabled sites">
        {BUILT_IN.map((origin) => (
          <li key={origin}>
            <span class="code">{origin}</span> <span class="muted">(any port, built in for the demo)</span>
          </li>
        ))}
        {settings.enabledSites.map((origin) => (
          <li key={origin} data-site={origin}>
            <span class="code">{origin}</span>{' '}
            {settings.locks.enabledSites.includes(origin) ? (
              <LockedNote />
            ) : (
              <button type="button" onClick={() => void state.removeSite(origin)} aria-label={`Remove ${origin}`}>
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
