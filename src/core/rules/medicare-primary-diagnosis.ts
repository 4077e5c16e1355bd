import { listParam, term } from '../text/message-params';
import type { Finding } from '../types';
import { CMS_A56273, STEDI_PRIMARY } from '../chiro/chiro-sources';
import { payerLabel, payerReasonParams } from '../chiro/detect-payer';
import type { PageRule } from './rule';
import { onChiroVisit } from '../chiro/chiro-context';
import { codeForRegion } from '../chiro/chiro-helpers';
import { chiroCodeRefuted } from '../chiro/chiro-region-support';

const PRIMARY = /^M99\.0[0-5]$/;
const SPINAL_CMT = new Set(['98940', '98941', '98942']);

/**
 * medicare-primary-diagnosis (error): the payer is Medicare, a 98940-98942 line is billed and the
 * first-listed diagnosis is not M99.00-M99.05. Suggests moving a listed M99.00-M99.05 code first,
 * or the M99.0- code for the first region the note documents. A listed code whose region the same
 * run calls unsupported is never the one named (blind QA stop 54, M5: "List M99.04 first" beside
 * "M99.04 ... documents nothing at the sacral region"); when every listed one is, the documented
 * region's code is suggested, or the message says none of them fits.
 */
export const medicarePrimaryDiagnosis: PageRule = {
  id: 'medicare-primary-diagnosis',
  title: 'Medicare needs the subluxation code first',
  help: 'On a Medicare claim with 98940-98942, the first-listed diagnosis must be M99.00-M99.05 (segmental dysfunction of the head to pelvic region). Runs only when the payer is known to be Medicare.',
  defaultSeverity: 'error',
  readsNote: false,
  families: ['m99'],
  scope: 'page',
  sources: [STEDI_PRIMARY, CMS_A56273],
  check: onChiroVisit((ctx, page) => {
    if (ctx.visit.payer.payer !== 'medicare') return [];
    const line = ctx.visit.procedures.find((p) => SPINAL_CMT.has(p.code));
    const first = ctx.codes[0];
    if (!line || !first || PRIMARY.test(first.code)) return [];
    const primaries = ctx.codes.filter((c) => PRIMARY.test(c.code));
    const refuted = new Set(
      page.entered.filter((g) => PRIMARY.test(g.code) && chiroCodeRefuted(g, page)).map((g) => g.code),
    );
    const listed = primaries.find((c) => !refuted.has(c.code));
    const misfits = [...new Set(primaries.map((c) => c.code))];
    const spinal = ctx.visit.regions.find(
      (r) => (r.lesion || r.treated) && /^M99\.0[0-5]$/.test(codeForRegion(ctx.visit, r.region, '0')),
    );
    const suggestion = listed?.code ?? (spinal ? codeForRegion(ctx.visit, spinal.region, '0') : undefined);
    const finding: Finding = {
      rule: 'medicare-primary-diagnosis',
      severity: 'error',
      code: first.code,
      suggestions: suggestion ? [suggestion] : [],
      message: `Payer ${payerLabel('medicare')} (${ctx.visit.payer.reason}) and ${line.code} is billed, so the first-listed diagnosis must be M99.00-M99.05; it is ${first.code}.${
        listed
          ? ` List ${listed.code} first.`
          : suggestion
            ? ` Suggested: ${suggestion}, listed first (the ${spinal?.region} region the note documents).`
            : misfits.length > 0
              ? ` None of the listed M99.00-M99.05 codes (${misfits.join(', ')}) fits what the note documents.`
              : ''
      }`,
      messageId: 'finding_medicare_primary',
      params: {
        ...payerReasonParams(ctx.visit.payer),
        line_code: line.code,
        code: first.code,
        fix_msg: listed
          ? 'sentence_list_first'
          : suggestion
            ? 'sentence_consider_first'
            : misfits.length > 0
              ? 'sentence_no_listed_primary_fits'
              : '',
        misfits_list: listed || suggestion ? '' : listParam(misfits),
        first_code: listed?.code ?? suggestion ?? '',
        region_term: term('region', spinal?.region ?? 'unknown'),
      },
      evidence: [first.span, line.span],
      sources: [STEDI_PRIMARY, CMS_A56273],
    };
    return [finding];
  }),
};
