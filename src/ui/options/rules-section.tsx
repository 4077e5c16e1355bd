import { t } from '../shared/i18n/i18n';
import { ruleHelp, ruleTitle } from '../shared/i18n/finding-text';
import { RULE_INFO, type Severity } from '../../core';
import { SEVERITIES } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';
import { WholeDates } from '../shared/whole-dates';

/** One row per registered rule (core's registry): plain title, id, help, on/off and severity. */
export function RulesSection({ state }: { state: OptionsState }) {
  const settings = state.settings.value;
  if (!settings) return null;
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">{t('rulesTitle')}</h2>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">{t('colRule')}</th>
            <th scope="col">{t('colOn')}</th>
            <th scope="col">{t('colSeverity')}</th>
          </tr>
        </thead>
        <tbody>
          {RULE_INFO.map(({ id, defaultSeverity }) => {
            const title = ruleTitle(id);
            const help = ruleHelp(id);
            const rule = settings.rules[id];
            const locked = settings.locks.rules.includes(id);
            return (
              <tr key={id} data-rule={id}>
                <th scope="row">
                  {title} <span class="muted code">{id}</span>
                  <div class="muted help">
                    <WholeDates text={help} />
                  </div>
                  {locked && <LockedNote />}
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('ruleOnLabel', { title })}
                    checked={rule.enabled}
                    disabled={locked}
                    onChange={(e) => void state.setRule(id, { enabled: e.currentTarget.checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('ruleSeverityLabel', { title })}
                    value={rule.severity}
                    disabled={locked || !rule.enabled}
                    onChange={(e) => void state.setRule(id, { severity: e.currentTarget.value as Severity | 'default' })}
                  >
                    <option value="default">{t('ruleDefault', { severity: t(`severity_${defaultSeverity}`) })}</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t(`severity_${s}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
