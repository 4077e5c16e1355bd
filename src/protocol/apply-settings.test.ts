import { describe, expect, it } from 'vitest';
import type { Finding } from '../core';
import { applySettings, settledFinding } from './apply-settings';
import { defaultSettings } from './settings';

const finding: Finding = { rule: 'region-mismatch', severity: 'error', code: 'M99.60', suggestions: [], message: 'm', evidence: [], sources: [] };

describe('settings applied where findings are read', () => {
  it('hides a rule that is off and shows it again when it is on, from the same stored analysis', () => {
    const stored = { codes: [], mentions: [], checklist: [], findings: [finding] };
    const off = defaultSettings();
    off.rules['region-mismatch'] = { enabled: false, severity: 'default' };
    expect(applySettings(stored, off).findings).toEqual([]);
    expect(applySettings(stored, defaultSettings()).findings).toEqual([finding]);
  });

  it('re-grades a finding without changing the stored one', () => {
    const settings = defaultSettings();
    settings.rules['region-mismatch'] = { enabled: true, severity: 'info' };
    expect(settledFinding(finding, settings)?.severity).toBe('info');
    expect(finding.severity).toBe('error');
  });
});
