import type { AnalyzeResult } from '../../core/types';
import { t } from '../shared/i18n/i18n';

/**
 * Which care setting the findings applied (the result says inpatient; absent, outpatient): the
 * same note gives other verdicts in the other one, so the panel says which it read it in.
 */
export function CareSettingLine({ result }: { result: AnalyzeResult }) {
  const setting = result.setting ?? 'outpatient';
  return (
    <p class="release-line care-setting-line muted" data-care-setting={setting}>
      {t(setting === 'inpatient' ? 'panelCareInpatient' : 'panelCareOutpatient')}
    </p>
  );
}
