import { useEffect, useState } from 'preact/hooks';
import { RULE_INFO } from '../../core';
import { exportAlertBudget, shouldSuggestQuieting, type AlertBudget } from '../../protocol/alert-budget';
import { loadAlertBudget, resetAlertBudget, watchAlertBudget } from '../../protocol/alert-budget-count';
import { ruleTitle } from '../shared/i18n/finding-text';
import { formatDate, formatNumber, t } from '../shared/i18n/i18n';

/**
 * The alert budget in the user's hands: per rule, how often it was shown, copied and dismissed (and
 * how often as not applicable), a hint to quiet a rule mostly dismissed as not applicable, a reset
 * and a JSON export for a practice's compliance lead. Counts only, this computer only.
 */
export function AlertBudgetSection({ onStatus }: { onStatus: (message: string) => void }) {
  const [budget, setBudget] = useState<AlertBudget | undefined>(undefined);
  useEffect(() => {
    void loadAlertBudget().then(setBudget, () => undefined);
    return watchAlertBudget(setBudget);
  }, []);
  if (!budget) return null;
  const rows = RULE_INFO.flatMap((r) => {
    const counts = budget.rules[r.id];
    return counts ? [{ id: r.id, c: counts }] : [];
  });
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportAlertBudget(budget, new Date().toISOString())], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `chartlint-alert-budget-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <section aria-labelledby="budget-title" data-alert-budget>
      <h2 id="budget-title">{t('budgetTitle')}</h2>
      <p class="muted">{t('budgetIntro')}</p>
      {rows.length === 0 ? (
        <p class="muted">{t('budgetEmpty')}</p>
      ) : (
        <table class="rules budget">
          <thead>
            <tr>
              <th scope="col">{t('colRule')}</th>
              <th scope="col">{t('colShown')}</th>
              <th scope="col">{t('colCopied')}</th>
              <th scope="col">{t('colDismissed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ id, c }) => {
              const r = { id };
              return (
                <tr key={r.id} data-rule={r.id}>
                  <th scope="row">
                    {ruleTitle(r.id)}
                    {shouldSuggestQuieting(c) && (
                      <div class="budget-hint" data-quiet-hint>
                        {t('budgetHint')}
                      </div>
                    )}
                  </th>
                  <td>{formatNumber(c.shown)}</td>
                  <td>{formatNumber(c.accepted)}</td>
                  <td>
                    {formatNumber(c.dismissed)}
                    <div class="muted help">
                      {formatNumber(c.notApplicable)} {t('colNotApplicable')}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="muted">{t('budgetSince', { date: formatDate(budget.since) })}</p>
      <div class="row">
        <button type="button" onClick={download} disabled={rows.length === 0}>
          {t('budgetExport')}
        </button>
        <button type="button" onClick={() => void resetAlertBudget().then((cleared) => cleared && onStatus(t('budgetResetDone')))}>
          {t('budgetReset')}
        </button>
      </div>
    </section>
  );
}
