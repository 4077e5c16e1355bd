import type { PayerId } from '../../core/chiro/chiro-types';
import { LockedNote } from './locked-note';
import type { OptionsState } from './options-state';
import { t } from '../shared/i18n/i18n';

/** Each payer with its catalogue message (read at render time, in the page's language). */
const CHOICES: { id: PayerId; label: string }[] = [
  { id: 'unknown', label: 'payerChoiceUnknown' },
  { id: 'medicare', label: 'payerChoiceMedicare' },
  { id: 'medicaid', label: 'payerChoiceMedicaid' },
  { id: 'commercial', label: 'payerChoiceCommercial' },
  { id: 'self-pay', label: 'payerChoiceSelfPay' },
  { id: 'workers-comp', label: 'payerChoiceWorkersComp' },
  { id: 'auto', label: 'payerChoiceAuto' },
];

/**
 * The payer ChartLint assumes on a site when the page shows no coverage line. Medicare's
 * chiropractic rules (first-listed diagnosis, AT/GA/GZ) run only when the payer is Medicare; the
 * side panel always says which payer it assumed and why.
 */
export function PayerSection({ state, builtIn }: { state: OptionsState; builtIn: readonly string[] }) {
  const settings = state.settings.value;
  if (!settings) return null;
  // The built-in origins (the demo EHR's, port and all: the key a page's payer is looked up by) and every enabled site.
  const sites = [...new Set([...builtIn, ...settings.enabledSites, ...Object.keys(settings.payers ?? {})])];
  return (
    <section aria-labelledby="payer-title">
      <h2 id="payer-title">{t('payerTitle')}</h2>
      <p class="muted">{t('payerIntro')}</p>
      <ul class="site-list" aria-label={t('payerTitle')}>
        {sites.map((origin) => {
          const locked = settings.locks.payers?.includes(origin) ?? false;
          const id = `payer-${origin.replace(/\W+/g, '-')}`;
          return (
            <li key={origin} data-payer-site={origin}>
              <label for={id}>
                <span class="code">{origin}</span>
              </label>{' '}
              <select
                id={id}
                value={settings.payers?.[origin] ?? 'unknown'}
                disabled={locked}
                onChange={(e) => void state.setPayer(origin, e.currentTarget.value as PayerId)}
              >
                {CHOICES.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t(c.label)}
                  </option>
                ))}
              </select>{' '}
              {locked && <LockedNote />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
