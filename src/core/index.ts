export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { findCodes } from './find-codes';
export { findMentions } from './mentions/find-mentions';
export { findProcedureEvidence } from './mentions/find-procedures';
export { assessContext } from './context/assess-context';
export type { ContextResult, AssessOptions } from './context/assess-context';
export { contextRules } from './context/context-rules';
export type { ContextRule, ContextCategory, ContextDirection, RuleOrigin } from './context/context-rules';
export { findLevels, findRegionWords } from './levels/find-levels';
export type { LevelHit } from './levels/find-levels';
export {
  parseM99Code,
  buildM99Code,
  isSpinalRegion,
  m99Structure,
  m99Axes,
  m99Code,
  m99RegionLabel,
  plausibilityOf,
  M99_REGIONS,
  M99_SUBCATEGORIES,
} from './m99/m99-axes';
export type {
  M99Axes,
  M99Family,
  M99Mechanism,
  M99Region,
  M99RegionId,
  M99Site,
  M99StenosisAxes,
  M99StenosisSite,
  M99Subcategory,
  Plausibility,
} from './m99/m99-axes';
export { FAMILIES, familyOf, parseFamilyCode, REGION_SCHEMES, regionOfLevel, regionByDigit, schemeById, KNOWLEDGE_SOURCES, KnowledgeDataError } from './families';
export type { CodeFamily, RegionScheme, RegionSchemeId, SchemeRegion, ParsedFamilyCode, AxisValues, QualifierId, KnowledgeSource } from './families';
export { buildChecklist } from './rules/build-checklist';
export { documentedCodes } from './rules/stenosis/documented-codes';
export { RULES, RULE_IDS, RULE_INFO, ruleInfo, ruleOrder } from './rules/registry';
export type { RuleDefinition, RuleInfo, RuleContext, RuleOutput, CodeGroup, CodeRule, PageRule } from './rules/rule';
export { SEVERITIES, severityRank, worstSeverity } from './severity';
export { sortFindings } from './finding-order';
export { findingKey } from './finding-key';
export { judgedCodesOf } from './judged-codes';
export { CARE_SETTINGS, countsAsDocumented, isCareSetting } from './care-setting/counts-as-documented';
export { allClear, codeVerdicts } from './families-read/code-verdicts';
export { CLAIM_ONLY_ID } from './families-read/claim-only-verdict';
export { detectPayer, payerReasonParams } from './chiro/detect-payer';
export { AFTER_TAG, allClearWords, verdictWords, verdictWordsAfterTag, VERDICT_LABEL } from './families-read/verdict-words';
export { checksWords } from './families-read/checks-words';
export { checksTemplate } from './families-read/checks-template';
export type * from './types';
export { explainReleaseChange, sourcesInRelease, stampRelease } from './release-changes';
export { findDateOfService, parseDate, orderForLocale } from './dates';
export type { DateOfService, DateOrder, DateSettled, ParsedDate } from './dates';
