import { payerReasonParams } from '../chiro/detect-payer';
import type { Finding } from '../types';
import type { ProcedureLine } from '../chiro/chiro-types';
import { BPM_MAINTENANCE, CFR_410_21, CMS_ABN, FIRST_COAST, NGS_MODIFIERS } from '../chiro/chiro-sources';
import { manipulationCode } from '../chiro/procedure-codes';
import type { PageRule } from './rule';
import { onChiroVisit } from '../chiro/chiro-context';

const SPINAL_CMT = new Set(['98940', '98941', '98942']);

/**
 * manipulation-modifier (warning): AT with GA on one line; AT on a visit the note calls
 * maintenance, wellness or preventive; for Medicare, a 98940-98942 line with none of AT, GA, GZ
 * (without AT Medicare reads the visit as maintenance and denies it); and for Medicare, a 98943
 * line (see extraspinalOnMedicare).
 */
export const manipulationModifier: PageRule = {
  id: 'manipulation-modifier',
  title: 'Manipulation modifier does not fit the visit',
  help: 'AT marks active/corrective chiropractic care; GA says an ABN was given because denial is expected; GZ says denial is expected without one. The modifier should agree with how the note describes the care.',
  defaultSeverity: 'warning',
  readsNote: false,
  families: ['m99'],
  scope: 'page',
  sources: [FIRST_COAST, BPM_MAINTENANCE, CMS_ABN, CFR_410_21, NGS_MODIFIERS],
  check: onChiroVisit((ctx) => {
    const findings: Finding[] = [];
    const care = ctx.visit.care;
    for (const line of ctx.visit.procedures) {
      if (!manipulationCode(line.code)) continue;
      const has = (m: string) => line.modifiers.includes(m);
      const base = { rule: 'manipulation-modifier' as const, severity: 'warning' as const, code: line.code };
      if (line.code === '98943' && ctx.visit.payer.payer === 'medicare') {
        findings.push(extraspinalOnMedicare(line, has('GY'), payerReasonParams(ctx.visit.payer), ctx.visit.payer.reason));
        continue;
      }
      if (has('AT') && has('GA')) {
        findings.push({
          ...base,
          suggestions: [],
          message: `${line.code} carries both AT and GA. AT says active/corrective care Medicare is expected to pay; GA says an ABN was given because denial is expected, which is usually maintenance care (GA without AT). Keep both only if the ABN covers active care beyond what the contractor allows.`,
          messageId: 'finding_modifier_at_and_ga',
          params: { line_code: line.code },
          evidence: [line.span],
          sources: [FIRST_COAST, CMS_ABN],
        });
      } else if (has('AT') && care.type === 'maintenance') {
        findings.push({
          ...base,
          suggestions: [],
          message: `${line.code} carries AT (active/corrective care), but the note calls this visit "${care.evidence?.text ?? 'maintenance'}". AT must not be used for maintenance care; Medicare expects GA (with an ABN) or GZ instead.`,
          messageId: 'finding_modifier_at_on_maintenance',
          params: { line_code: line.code, care_quote: care.evidence?.text ?? 'maintenance' },
          evidence: [line.span, ...(care.evidence ? [care.evidence] : [])],
          sources: [BPM_MAINTENANCE, FIRST_COAST],
        });
      } else if (
        ctx.visit.payer.payer === 'medicare' &&
        SPINAL_CMT.has(line.code) &&
        !has('AT') &&
        !has('GA') &&
        !has('GZ')
      ) {
        findings.push({
          ...base,
          suggestions: care.type === 'maintenance' ? [] : [`${line.code}-AT`],
          message: `${line.code} has none of AT, GA or GZ on a Medicare claim (${ctx.visit.payer.reason}); without AT it is read as maintenance and denied. ${
            care.type === 'maintenance'
              ? 'The note calls the care maintenance: use GA with an ABN, or GZ.'
              : 'Add AT if the care is active/corrective.'
          }`,
          messageId: 'finding_modifier_missing',
          params: { ...payerReasonParams(ctx.visit.payer), line_code: line.code, advice_msg: care.type === 'maintenance' ? 'sentence_use_ga_or_gz' : 'sentence_add_at' },
          evidence: [line.span],
          sources: [FIRST_COAST, BPM_MAINTENANCE],
        });
      }
    }
    return findings;
  }),
};

/**
 * 98943 on a Medicare claim: Medicare pays a chiropractor only for manual manipulation of the spine
 * to correct a subluxation (42 CFR 410.21(b); BPM 100-02 Ch.15 §240), so extraspinal manipulation is
 * statutorily excluded and the line is denied whatever the documentation. One finding per line:
 * a warning when the line lacks GY (the modifier for a statutorily excluded service, with GX when a
 * voluntary ABN was given; GA/GZ are for services expected to be denied as not medically necessary,
 * not this one), info when it carries GY (billed as excluded on purpose, usually at the patient's
 * request, so the patient is liable: said so the denial is expected).
 */
function extraspinalOnMedicare(
  line: ProcedureLine,
  gy: boolean,
  payerParams: Record<string, string>,
  payerReason: string,
): Finding {
  const sources = [CFR_410_21, NGS_MODIFIERS];
  if (gy)
    return {
      rule: 'manipulation-modifier',
      severity: 'info',
      code: line.code,
      suggestions: [],
      message: `${line.code} (extraspinal manipulation) is billed to Medicare with GY (${payerReason}): Medicare pays a chiropractor only for manual manipulation of the spine, so the line will be denied as a statutorily excluded service and the patient is liable. An ABN is not required; add GX if a voluntary one was given.`,
      messageId: 'finding_modifier_extraspinal_gy',
      params: { ...payerParams, line_code: line.code },
      evidence: [line.span],
      sources,
    };
  return {
    rule: 'manipulation-modifier',
    severity: 'warning',
    code: line.code,
    suggestions: [`${line.code}-GY`],
    message: `${line.code} (extraspinal manipulation) is billed to Medicare without GY (${payerReason}): Medicare pays a chiropractor only for manual manipulation of the spine, so the line will be denied as a statutorily excluded (non-covered) service and the patient is liable. Bill it with GY, and GX as well if a voluntary ABN was given; GA and GZ are for services denied as not medically necessary, not for this one.`,
    messageId: 'finding_modifier_extraspinal_no_gy',
    params: { ...payerParams, line_code: line.code },
    evidence: [line.span],
    sources,
  };
}
