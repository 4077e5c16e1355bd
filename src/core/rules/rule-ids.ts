import type { RuleId } from '../types';

/**
 * Every rule id in registry order, without the rules: for the settings and the extension pages,
 * which need the ids (a setting per rule) but not the checks, their data and the code-family
 * knowledge that importing the registry brings along. rule-ids.test.ts holds it to the registry.
 */
export const RULE_IDS_IN_ORDER: readonly RuleId[] = [
  'invalid-code',
  'non-billable-code',
  'site-mismatch',
  'region-mismatch',
  'mechanism-mismatch',
  'qualifier-mismatch',
  'unsupported-code',
  'implausible-region',
  'classified-elsewhere',
  'missing-documentation',
  'suggested-code',
  'medicare-primary-diagnosis',
  'manipulation-region-count',
  'treated-region-uncoded',
  'manipulation-modifier',
  'subluxation-documentation',
  'unknown-procedure',
];
