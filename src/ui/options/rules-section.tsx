import { RULE_IDS, type Severity } from '../../core';
import { SEVERITIES } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';
import { RULE_LABELS } from './rule-labels';

export function RulesSection({ state }: { state: OptionsState }) {
  const settings = state.settings.value;
  if (!settings) return null;
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      <table class="rules">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">On</th>
            <th scope="col">Severity</th>
          </tr>
        </thead>
        <tbody>
          {RULE_IDS.map((id) => {
            const rule = settings.rules[id];
            const locked = settings.locks.rules.includes(id);
            return (
              <tr key={id} data-rule={id}>
                <th scope="row">
                  {RULE_LABELS[id].name} <span class="muted code">{id}</span>
                  <div class="muted help">{RULE_LABELS[id].help}</div>
                  {locked && <LockedNote />}
                </th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${RULE_LABELS[id].name} on`}
                    checked={rule.enabled}
                    disabled={locked}
                    onChange={(e) => void state.setRule(id, { enabled: e.currentTarget.checked })}
                  />
                </td>
                <td>
                  <select
                    aria-label={`${RULE_LABELS[id].name} severity`}
                    value={rule.severity}
                    disabled={locked || !rule.enabled}
                    onChange={(e) => void state.setRule(id, { severity: e.currentTarget.value as Severity | 'default' })}
                  >
                    <option value="default">Rule default</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {s[0]?.toUpperCase()}
                        {s.slice(1)}
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
