import { describe, expect, it } from 'vitest';
import { careSettingOf, mergeSettings, sanitizeSettings } from './settings';

describe('the care setting', () => {
  it('keeps only a known care setting from storage', () => {
    expect(sanitizeSettings({ careSetting: 'inpatient' }).careSetting).toBe('inpatient');
    expect(sanitizeSettings({ careSetting: 'outpatient' }).careSetting).toBe('outpatient');
    expect(sanitizeSettings({ careSetting: 'ward' })).not.toHaveProperty('careSetting');
    expect(sanitizeSettings({ careSetting: 1 })).not.toHaveProperty('careSetting');
  });

  it('is outpatient when nobody set it, and adds nothing to the merged settings then', () => {
    const settings = mergeSettings({}, {});
    expect(settings).not.toHaveProperty('careSetting');
    expect(settings.locks).not.toHaveProperty('careSetting');
    expect(careSettingOf(settings)).toBe('outpatient');
  });

  it("takes the user's choice, and the administrator's over it, locked", () => {
    expect(careSettingOf(mergeSettings({ careSetting: 'inpatient' }, {}))).toBe('inpatient');
    const managed = mergeSettings({ careSetting: 'inpatient' }, { careSetting: 'outpatient' });
    expect(careSettingOf(managed)).toBe('outpatient');
    expect(managed.locks.careSetting).toBe(true);
  });
});
