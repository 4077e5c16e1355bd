/**
 * The rule registry: every rule, in the order the side panel groups findings and the options page
 * lists them. Adding a rule = its file (with a colocated test), its id in RULE_IDS_IN_ORDER
 * (rule-ids.ts, which RuleId is read from) and one line here. The ids are a contract (data-rule
 * attributes, CLI JSON): add, never rename.
 */
import type { RuleId } from '../types';
import { classifiedElsewhere } from './classified-elsewhere';
import { excludes1Pair } from './excludes1-pair';
import { implausibleRegion } from './implausible-region';
import { invalidCode } from './invalid-code';
import { manipulationModifier } from './manipulation-modifier';
import { manipulationRegionCount } from './manipulation-region-count';
import { medicarePrimaryDiagnosis } from './medicare-primary-diagnosis';
import { mechanismMismatch } from './mechanism-mismatch';
import { mechanismUnclear } from './mechanism-unclear';
import { missingDocumentation } from './missing-documentation';
import { nonBillableCode } from './non-billable-code';
import { qualifierMismatch } from './qualifier-mismatch';
import { regionMismatch } from './region-mismatch';
import type { RuleDefinition, RuleInfo } from './rule';
import { siteMismatch } from './site-mismatch';
import { subluxationDocumentation } from './subluxation-documentation';
import { suggestedCode } from './suggested-code';
import { treatedRegionUncoded } from './treated-region-uncoded';
import { unknownProcedure } from './unknown-procedure';
import { unsupportedCode } from './unsupported-code';

export const RULES: readonly RuleDefinition[] = [
  invalidCode,
  nonBillableCode,
  siteMismatch,
  regionMismatch,
  mechanismMismatch,
  mechanismUnclear,
  qualifierMismatch,
  unsupportedCode,
  implausibleRegion,
  classifiedElsewhere,
  excludes1Pair,
  missingDocumentation,
  suggestedCode,
  medicarePrimaryDiagnosis,
  manipulationRegionCount,
  treatedRegionUncoded,
  manipulationModifier,
  subluxationDocumentation,
  unknownProcedure,
];

/**
 * Every rule id, in registry order.
 *
 * @example RULE_IDS.includes('site-mismatch') === true
 */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const duplicate = RULE_IDS.find((id, i) => RULE_IDS.indexOf(id) !== i);
if (duplicate) throw new Error(`rule registry: "${duplicate}" is registered twice`);

/** What surfaces list about each rule (no checks): id, title, help, default severity, whether it reads the note, families, sources. */
export const RULE_INFO: readonly RuleInfo[] = RULES.map(({ id, title, help, defaultSeverity, readsNote, families, sources }) => ({
  id,
  title,
  help,
  defaultSeverity,
  readsNote,
  families,
  sources,
}));

/** The rule's description; throws for an id that is not registered (a bug, not user input). */
export function ruleInfo(id: RuleId): RuleInfo {
  const info = RULE_INFO.find((r) => r.id === id);
  if (!info) throw new Error(`rule "${id}" is not registered`);
  return info;
}

/** Position in the registry, for sorting findings the same way on every surface. */
export const ruleOrder = (id: RuleId): number => RULE_IDS.indexOf(id);
