import type { CareSetting } from '../../core';
import { CARE_SETTINGS, isCareSetting } from '../../core/care-setting/counts-as-documented';

/**
 * The care setting from --setting or a JSONL "setting": the setting, nothing when not given
 * (outpatient, the default), or an error naming the settings (never a guess: "in-patient" is refused).
 */
export function readSetting(value: unknown): { setting?: CareSetting } | { error: string } {
  if (value === undefined || value === null) return {};
  return isCareSetting(value)
    ? { setting: value }
    : { error: `"setting" must be one of ${CARE_SETTINGS.join(', ')} (got ${JSON.stringify(value)})` };
}

/** The text report's line on the care setting: which rule for uncertain diagnoses applied. */
export function settingLine(setting: CareSetting | undefined): string {
  return setting === 'inpatient'
    ? 'setting: inpatient (an uncertain diagnosis documented at discharge is coded as if it existed: Official Guidelines II.H)'
    : 'setting: outpatient (a probable, suspected or rule-out diagnosis is not coded: Official Guidelines IV.H)';
}
