import type { AnalyzeResult } from '../../core/types';
import { t } from '../shared/i18n/i18n';

/**
 * Says the findings applied the inpatient setting (the result says so): the same note gives other
 * verdicts there, so the panel names it. The default, outpatient, is the rule most users code by
 * and gets no line: the panel stays as short as before for them (panel-layout.spec.ts's height
 * budget), and the options page shows the setting.
 */
export function CareSettingLine({ result }: { result: AnalyzeResult }) {
  if (result.setting !== 'inpatient') return null;
  return (
    <p class="care-setting-line muted" data-care-setting="inpatient">
      {t('panelCareInpatient')}
    </p>
  );
}
