import type { RuleId } from './types';

/**
 * Every rule id, in the order the side panel groups them. The ids are a contract (data-rule
 * attributes, CLI JSON, tests): add, never rename.
 *
 * @example RULE_IDS.includes('site-mismatch') === true
 */
export const RULE_IDS: readonly RuleId[] = [
  'invalid-code',
  'non-billable-code',
  'site-mismatch',
  'region-mismatch',
  'mechanism-mismatch',
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
