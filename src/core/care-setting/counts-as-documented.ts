/**
 * The care setting's one difference to the rules: what an uncertain diagnosis counts as. Outpatient
 * (ICD-10-CM Official Guidelines IV.H): "probable", "suspected", "questionable", "rule out", a
 * working or differential diagnosis is not coded as if established. Inpatient (II.H, and III.C for
 * secondary diagnoses): such a diagnosis documented at discharge is coded as if it existed, and so
 * are "consistent with" and "compatible with" (clinical brief §1.6, item 9). Negated, historical,
 * hypothetical and family-history statements stay set aside in both settings.
 */
import type { CareSetting, SourceRef, Span, Status } from '../types';

/** The settings, in the order the surfaces offer them (the first is the default). */
export const CARE_SETTINGS: readonly CareSetting[] = ['outpatient', 'inpatient'];

/** Whether a value (a CLI flag, a JSONL field, stored settings) names a care setting. */
export function isCareSetting(value: unknown): value is CareSetting {
  return value === 'outpatient' || value === 'inpatient';
}

/** An uncertain statement the inpatient rule counted as documented, and the words that made it uncertain. */
export type CountedUncertain = { span: Span; trigger: Span | null };

/**
 * Whether a statement of this status counts as documented for the code checks. `inpatient` is the
 * analysis's record of the inpatient rule (undefined in the outpatient setting): an uncertain
 * statement it counts is added to it (with `span` and `trigger`), so the findings that quote the
 * statement can say the inpatient rule applied (inpatient-note.ts).
 *
 * @example countsAsDocumented('uncertain', undefined) === false // outpatient
 * @example countsAsDocumented('uncertain', []) === true // inpatient
 */
export function countsAsDocumented(
  status: Status,
  inpatient: CountedUncertain[] | undefined,
  span?: Span,
  trigger: Span | null = null,
): boolean {
  if (status === 'affirmed') return true;
  if (status !== 'uncertain' || inpatient === undefined) return false;
  if (span) inpatient.push({ span, trigger });
  return true;
}

/** The guideline the inpatient rule rests on, quoted on the findings it changed. */
export const GUIDELINE_INPATIENT_UNCERTAIN: SourceRef = {
  title:
    'ICD-10-CM Official Guidelines II.H and III.C: an uncertain diagnosis (probable, suspected, likely, questionable, possible, still to be ruled out, compatible with, consistent with) documented at discharge is coded as if it existed (inpatient admissions)',
  url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
};
