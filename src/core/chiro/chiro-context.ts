import type { RuleContext } from '../rules/rule';
import type { FieldText, Finding, FoundCode, RuleId } from '../types';
import type { ChiroVisit } from './chiro-types';
import { isKnownProcedure, manipulationCode } from './procedure-codes';
import { chiroCodeRegion } from './read-visit';
import { procedureTokensIn, type UnknownProcedureToken } from './read-procedures';
import type { StatedRegionCount } from './read-region-count';

/** What every chiropractic rule reads: the visit as read from the page and the codes entered, in order. */
export type ChiroContext = {
  visit: ChiroVisit;
  /** Codes judged for this visit (diagnosis fields, or the note when there are none), first-listed first. */
  codes: FoundCode[];
  unknownProcedures: UnknownProcedureToken[];
  /** Region counts the fee ticket or the note states for today's manipulation (read-region-count.ts). */
  regionCounts: StatedRegionCount[];
};

/** A manipulation code (CMT 98940-98942, OMT 98925-98929) written in a note. */
const MANIPULATION_SHAPE = /\b(989(?:2[5-9]|4[0-3]))\b/g;

/**
 * Whether a procedure field belongs to a chiropractic/osteopathic visit: it is empty (yet to be
 * filled), or holds a code the visit reader knows (manipulation, adjunct, E/M) or one starting
 * "989" (a mistyped manipulation code, which unknown-procedure should show). A field of codes the
 * reader does not know (a pain clinic's 64635 radiofrequency ablation, a surgeon's 22633) is another
 * specialty's visit: the chiropractic checklist and "not a procedure code ChartLint knows" for each
 * line were noise there (QA stop 56).
 */
function procedureFieldOfVisit(field: FieldText): boolean {
  const tokens = procedureTokensIn(field.text);
  return tokens.length === 0 || tokens.some((code) => isKnownProcedure(code) || code.startsWith('989'));
}

/**
 * Whether a page is a chiropractic/osteopathic visit: a procedure field of one (above), a
 * manipulation code in the note, or an M99.0-/M99.1- code. Other notes (a radiology report, a
 * stenosis work-up, a pain procedure) are left to the stenosis rules alone, so nothing here changes
 * what they show.
 */
export function isChiroVisit(fields: readonly FieldText[], codes: readonly FoundCode[]): boolean {
  if (fields.some((f) => f.kind === 'procedure' && procedureFieldOfVisit(f))) return true;
  if (codes.some((c) => chiroCodeRegion(c.code))) return true;
  // Every manipulation code starts "989": a note without it has none (no sweep needed).
  return fields.some((f) => {
    if (f.kind !== 'note' || !f.text.includes('989')) return false;
    MANIPULATION_SHAPE.lastIndex = 0;
    for (let m = MANIPULATION_SHAPE.exec(f.text); m !== null; m = MANIPULATION_SHAPE.exec(f.text)) if (manipulationCode(m[1] ?? '')) return true;
    return false;
  });
}

/** The chiropractic reading of the page, or undefined when the page is not such a visit. */
export const chiroContextOf = (ctx: RuleContext): ChiroContext | undefined => ctx.chiro;

/** A page rule's check that runs only on a chiropractic/osteopathic visit. */
export function onChiroVisit(
  check: (chiro: ChiroContext, ctx: RuleContext) => Finding[],
): (ctx: RuleContext) => Finding[] {
  return (ctx) => {
    const chiro = chiroContextOf(ctx);
    return chiro ? check(chiro, ctx) : [];
  };
}

/**
 * Rules whose findings are about the visit (procedure lines, treated regions), not about one
 * entered code: surfaces show them with the diagnosis list.
 */
export const VISIT_RULE_IDS: ReadonlySet<RuleId> = new Set<RuleId>(['manipulation-region-count', 'treated-region-uncoded', 'manipulation-modifier', 'unknown-procedure']);
