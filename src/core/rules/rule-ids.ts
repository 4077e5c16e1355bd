/**
 * Every rule id in registry order, without the rules: the one list the RuleId type is read from,
 * and what the settings and the extension pages import, which need the ids (a setting per rule)
 * but not the checks, their data and the code-family knowledge that importing the registry brings
 * along. rule-ids.test.ts holds it to the registry. The ids are a contract (data-rule attributes,
 * CLI JSON): add, never rename.
 */
export const RULE_IDS_IN_ORDER = [
  'invalid-code',
  'non-billable-code',
  'site-mismatch',
  'region-mismatch',
  'mechanism-mismatch',
  'mechanism-unclear',
  'qualifier-mismatch',
  'unsupported-code',
  'implausible-region',
  'classified-elsewhere',
  'excludes1-pair',
  'missing-documentation',
  'suggested-code',
  'medicare-primary-diagnosis',
  'manipulation-region-count',
  'treated-region-uncoded',
  'manipulation-modifier',
  'subluxation-documentation',
  'unknown-procedure',
] as const;

export type RuleId = (typeof RULE_IDS_IN_ORDER)[number];
