import type { AnalyzeResult } from '../core';
import type { Settings } from '../protocol/settings';

/**
 * Applies the user's (or administrator's) rule choices to an analysis: findings of a rule that is
 * off are dropped, and a rule with its own severity gets it. The checklist and mentions stay: they
 * describe the note, not a rule's verdict.
 */
export function applySettings(result: AnalyzeResult, settings: Pick<Settings, 'rules'>): AnalyzeResult {
  const findings = result.findings
    .filter((f) => settings.rules[f.rule].enabled)
    .map((f) => {
      const severity = settings.rules[f.rule].severity;
      return severity === 'default' || severity === f.severity ? f : { ...f, severity };
    });
  return { ...result, findings };
}
