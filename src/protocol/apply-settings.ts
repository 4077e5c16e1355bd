import type { AnalyzeResult, Finding, RuleId } from '../core';
import type { RuleSetting, Settings } from './settings';

/**
 * The user's (or administrator's) choice for one rule. The one place that maps a finding's rule
 * to its setting, so a rule registry in core changes this function only.
 */
export function ruleSetting(settings: Pick<Settings, 'rules'>, rule: RuleId): RuleSetting {
  // A rule the settings do not know yet (newer than the stored settings) is on, as shipped.
  return Object.hasOwn(settings.rules, rule) ? settings.rules[rule] : { enabled: true, severity: 'default' };
}

/** A finding as the settings show it: undefined when its rule is off, re-graded when it has its own severity. */
export function settledFinding(finding: Finding, settings: Pick<Settings, 'rules'>): Finding | undefined {
  const { enabled, severity } = ruleSetting(settings, finding.rule);
  if (!enabled) return undefined;
  return severity === 'default' || severity === finding.severity ? finding : { ...finding, severity };
}

/**
 * Applies the rule choices to an analysis where it is read (badge, panel), never where it is
 * stored: the tab state keeps the raw analysis, so a rule switched off and on again brings its
 * findings straight back, without an edit. The checklist and mentions stay: they describe the
 * note, not a rule's verdict. The analysis passed in is not changed.
 */
export function applySettings(result: AnalyzeResult, settings: Pick<Settings, 'rules'>): AnalyzeResult {
  const findings = result.findings.map((f) => settledFinding(f, settings)).filter((f): f is Finding => f !== undefined);
  return { ...result, findings };
}
