import type { ChecklistItem, FieldText, Finding, FoundCode } from '../types';
import { chiroChecklist } from './chiro-checklist';
import type { ChiroVisit, PayerId } from './chiro-types';
import { manipulationCode } from './procedure-codes';
import { chiroCodeRegion, readVisit } from './read-visit';
import type { ChiroContext, ChiroRule } from './rules/chiro-rule';
import { chiroRegionSupport } from './rules/chiro-region-support';
import { dedupe } from './rules/chiro-helpers';
import { manipulationModifier } from './rules/manipulation-modifier';
import { manipulationRegionCount } from './rules/manipulation-region-count';
import { medicarePrimaryDiagnosis } from './rules/medicare-primary-diagnosis';
import { subluxationDocumentation } from './rules/subluxation-documentation';
import { treatedRegionUncoded, uncodedRegions } from './rules/treated-region-uncoded';
import { unknownProcedure } from './rules/unknown-procedure';

/** The chiropractic rules, in the order their findings are listed. */
export const CHIRO_RULES: readonly ChiroRule[] = [
  medicarePrimaryDiagnosis,
  manipulationRegionCount,
  chiroRegionSupport,
  treatedRegionUncoded,
  manipulationModifier,
  subluxationDocumentation,
  unknownProcedure,
];

export type ChiroAnalysis = { visit: ChiroVisit; findings: Finding[]; checklist: ChecklistItem[] };

/**
 * Whether a page is a chiropractic/osteopathic visit: a procedure field, a manipulation line in the
 * note, or an M99.0-/M99.1- code. Other notes (a radiology report, a stenosis work-up) are left to
 * the stenosis rules alone, so nothing here changes what they show.
 */
export function isChiroVisit(fields: FieldText[], codes: FoundCode[]): boolean {
  if (fields.some((f) => f.kind === 'procedure')) return true;
  if (codes.some((c) => chiroCodeRegion(c.code))) return true;
  return fields.some(
    (f) =>
      f.kind === 'note' &&
      /\b989(?:2[5-9]|4[0-3])\b/.test(f.text) &&
      [...f.text.matchAll(/\b(989(?:2[5-9]|4[0-3]))\b/g)].some((m) => manipulationCode(m[1] ?? '')),
  );
}

/**
 * Reads the visit and runs the chiropractic rules. `codes` are the judged codes in their listed
 * order (the first one is the first-listed diagnosis).
 */
export function analyzeChiro(fields: FieldText[], codes: FoundCode[], payer?: PayerId): ChiroAnalysis {
  const { visit, unknownProcedures } = readVisit(payer ? { fields, codes, payer } : { fields, codes });
  const ctx: ChiroContext = { visit, codes, unknownProcedures };
  const findings: Finding[] = [];
  for (const rule of CHIRO_RULES) {
    if (rule === treatedRegionUncoded) {
      // A region a region-mismatch finding already suggests is not suggested twice.
      const suggested = new Set(
        findings.filter((f) => f.rule === 'region-mismatch').flatMap((f) => f.suggestions),
      );
      findings.push(...uncodedRegions(ctx, suggested));
    } else findings.push(...rule.check(ctx));
  }
  return { visit, findings: dedupe(findings), checklist: chiroChecklist(visit) };
}
