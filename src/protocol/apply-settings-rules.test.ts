import { describe, expect, it } from 'vitest';
import type { AnalyzeResult, Finding } from '../core';
import { defaultSettings } from './settings';
import { applySettings } from './apply-settings';

const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule,
  severity,
  code: 'M99.33',
  suggestions: [],
  message: `${rule} finding`,
  evidence: [],
  sources: [],
});
const result: AnalyzeResult = {
  codes: [],
  mentions: [],
  checklist: [],
  findings: [finding('site-mismatch', 'error'), finding('classified-elsewhere', 'info'), finding('suggested-code', 'info')],
};

describe('applySettings', () => {
  it('leaves findings as they are with default settings', () => {
    expect(applySettings(result, defaultSettings())).toEqual(result);
  });

  it('drops the findings of a rule that is off and re-grades a rule with its own severity', () => {
    const settings = defaultSettings();
    settings.rules['classified-elsewhere'] = { enabled: false, severity: 'default' };
    settings.rules['site-mismatch'] = { enabled: true, severity: 'warning' };
    const applied = applySettings(result, settings);
    expect(applied.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['site-mismatch', 'warning'],
      ['suggested-code', 'info'],
    ]);
    // The analysis the worker stored is not changed in place.
    expect(result.findings[0]?.severity).toBe('error');
  });
});
