import type { CodeGroup, RuleContext, RuleOutput } from '../rules/rule';
import { SPINE_FAMILIES } from '../spine-families';
import type { RuleId, SourceRef } from '../types';
import { checkSpineCode, completeBeforeChildren, noteConditions } from './check-families';
import { sourceRef } from './family-sources';
import { dropCodedSuggestions } from './entered-suggestions';
import { raiseEnteredPair, yieldToEnteredPair } from './excludes1-entered';
import { bothSidesEntered } from './sciatica-codes';
import { nonDegenerativeCause } from './non-degenerative-cause';
import { imagingIndicationReader } from './imaging-indication';
import { stenosisRegionWords } from './stenosis-region-words';
import { findLinkDenials } from './link-denials';
import { painFromInjury } from './pain-from-injury';
import { radicularSignsFinding } from './radicular-signs';
import { suggestionsOnDate } from './suggestions-on-date';
import { claudicationSymptomsFinding } from './claudication-symptoms';

/** Ids of the spine families beside M99, for the rules' `families` lists. */
export const SPINE_FAMILY_IDS: readonly string[] = SPINE_FAMILIES.map((f) => f.id);

/** Sources the family checks cite, for the rules' `sources` lists. */
export const FAMILY_RULE_SOURCES: readonly SourceRef[] = ['order-fy2026-dorsopathies', 'tabular-dorsopathies', 'index-dorsopathies'].map(sourceRef);

/**
 * The part of the spine-family check (check-family-code.ts) that belongs to one rule. The whole
 * check runs once per code and the note's conditions once per page (ctx.memo), whichever rule
 * asks first; each rule returns only its own findings and comparisons.
 */
export function familyCheck(rule: RuleId, code: CodeGroup, ctx: RuleContext): RuleOutput {
  if (code.m99 || code.exists === false || !code.family || code.family.family.id === 'm99') return [];
  const all = ctx.memo('spine-family', code.code, () => {
    const conditions = ctx.memo('spine-conditions', '', () => noteConditions(ctx.notes, ctx.inpatient));
    const stenosisWords = ctx.memo('stenosis-region-words', '', () => stenosisRegionWords(ctx.notes));
    const indication = ctx.memo('spine-imaging-indication', '', () => imagingIndicationReader(ctx.notes));
    const denials = ctx.memo('spine-link-denials', '', () => findLinkDenials(ctx.notes, conditions));
    const checked = checkSpineCode(code.code, code.evidence, conditions, ctx.mentions, stenosisWords, indication, denials, completeBeforeChildren(code.code, ctx.beforeReleases?.history));
    suggestionsOnDate(checked.findings, ctx.beforeReleases?.history);
    const entered = ctx.entered.map((e) => e.code);
    dropCodedSuggestions(checked.findings, code.code, entered);
    yieldToEnteredPair(checked, code.code, entered, ctx.lookup?.excludes1);
    raiseEnteredPair(checked, code.code, entered, ctx.lookup?.excludes1);
    bothSidesEntered(checked, code.code, entered);
    nonDegenerativeCause(code.code, code.evidence, checked, ctx.notes);
    painFromInjury(code.code, code.evidence, checked, ctx.notes, entered);
    radicularSignsFinding(code.code, code.evidence, checked, ctx.notes);
    claudicationSymptomsFinding(code.code, code.evidence, checked, ctx.notes);
    return checked;
  });
  return { findings: all.findings.filter((f) => f.rule === rule), compared: all.compared.filter((c) => c.rule === rule) };
}
