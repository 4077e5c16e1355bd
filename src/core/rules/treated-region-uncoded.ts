import { listParam, term } from '../text/message-params';
import type { Finding } from '../types';
import { BPM_LEVEL, M99_OCCIPUT, M99_TABULAR } from '../chiro/chiro-sources';
import { m99Region } from '../chiro/read-visit';
import type { PageRule } from './rule';
import { onChiroVisit, type ChiroContext } from '../chiro/chiro-context';
import { codeForRegion, listNames, OCCIPUT_NOTE, placeNames, segmentsIn, suggestable } from '../chiro/chiro-helpers';
import { shownForCoding } from '../chiro/subluxation-proof';

/**
 * treated-region-uncoded (warning): a region the note says was treated today, with a subluxation or
 * dysfunction documented there, has no M99 code for that region; suggests the code. Regions that a
 * region-mismatch finding already suggests are left to that finding.
 */
export const treatedRegionUncoded: PageRule = {
  id: 'treated-region-uncoded',
  title: 'Treated region has no diagnosis code',
  help: 'A region adjusted today with a documented subluxation or segmental dysfunction should have its own M99.0- or M99.1- code (the fifth character is the region).',
  defaultSeverity: 'warning',
  readsNote: true,
  families: ['m99'],
  scope: 'page',
  sources: [M99_TABULAR, BPM_LEVEL],
  // A region a region-mismatch finding (a code rule, run before page rules) already suggests is not suggested twice.
  check: onChiroVisit((chiro, ctx) =>
    uncodedRegions(
      chiro,
      new Set(ctx.prior.filter((f) => f.rule === 'region-mismatch').flatMap((f) => f.suggestions)),
    ),
  ),
};

/**
 * The M99 subcategory the coder uses (0 segmental and somatic dysfunction, 1 subluxation complex)
 * when every entered M99.0-/M99.1- code is of one: the added code keeps the family of the codes
 * beside it ("Add M99.02" next to M99.01, not M99.12). Undefined when none or both are entered.
 */
export function enteredFamily(codes: readonly string[]): '0' | '1' | undefined {
  const families = new Set(codes.map((c) => /^M99\.([01])\d$/.exec(c)?.[1]).filter((f) => f !== undefined));
  return families.size === 1 ? ([...families][0] as '0' | '1') : undefined;
}

/** The check, told which codes a region-mismatch finding already suggests (those regions are skipped). */
export function uncodedRegions(ctx: ChiroContext, alreadySuggested: ReadonlySet<string>): Finding[] {
  if (ctx.codes.length === 0 && ctx.visit.procedures.length === 0) return [];
  const codedRegions = new Set(ctx.codes.map((c) => m99Region(c.code)).filter(Boolean));
  // Medicare wants M99.0- (codeForRegion): its medicare-primary-diagnosis finding already asks for it.
  const family = ctx.visit.payer.payer === 'medicare' ? undefined : enteredFamily(ctx.codes.map((c) => c.code));
  const findings: Finding[] = [];
  for (const row of ctx.visit.regions) {
    if (!row.treated || !row.lesion || codedRegions.has(row.region)) continue;
    const code = codeForRegion(ctx.visit, row.region, family);
    if (alreadySuggested.has(code) || [...alreadySuggested].some((s) => m99Region(s) === row.region))
      continue;
    // Not a region the note negates, nor the sacro-iliac joint's sacral row beside a pelvic code,
    // which codes that lesion already (suggestable). Coded as sacral alone the joint is supported
    // (chiro-region-support.ts).
    if (!suggestable(ctx.visit, row.region, codedRegions)) continue;
    const segments = segmentsIn(ctx.visit, row.region);
    const places = placeNames(segments);
    const occiput = segments.some((s) => s.kind === 'occiput');
    // The code is suggested only when the run would not then say its lesion is unshown
    // (subluxation-documentation's test: an X-ray in the window, or P.A.R.T.); otherwise the
    // region is named and the documentation asked for first (blind QA stop 54, M6).
    const unshown = !shownForCoding(ctx.visit, row);
    findings.push({
      rule: 'treated-region-uncoded',
      severity: 'warning',
      code,
      suggestions: unshown ? [] : [code],
      message: `The note documents a ${segments.some((s) => s.lesionKind === 'dysfunction') ? 'segmental dysfunction' : 'subluxation'} treated today at ${listNames(places)} (${row.region} region), but no code names that region.${occiput ? ` ${OCCIPUT_NOTE}` : ''}${unshown ? ` Neither an X-ray nor two of P/A/R/T (one of them A or R) show the lesion there yet: document it before adding ${code}.` : ''}`,
      messageId: 'finding_treated_region_uncoded',
      params: {
        code,
        lesion_term: segments.some((s) => s.lesionKind === 'dysfunction') ? 'lesion_segmental_dysfunction' : 'lesion_subluxation',
        segments_list: listParam(places),
        region_term: term('region', row.region),
        occiput_msg: occiput ? 'sentence_occiput_convention' : '',
        unshown_msg: unshown ? 'sentence_region_unshown' : '',
      },
      evidence: segments.map((s) => s.span),
      sources: occiput ? [M99_TABULAR, M99_OCCIPUT] : [M99_TABULAR],
    });
  }
  return findings;
}

