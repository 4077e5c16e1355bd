/**
 * What an M99 stenosis axis rule (site, region, mechanism) found when the note agrees with the
 * code, as data: the axis, what the code says on it, what the note says (or the procedure that
 * implies it) and the evidence. The comparison's sentence, its template and the verdict's merged
 * reason (merge-axis-reasons.ts) are all worded from this, so no sentence is read back into parts
 * and the merge is the same in every language.
 */
import type { Comparison, RuleId, Span } from '../types';
import { andList } from '../text/english-list';
import { listParam, quoteItem } from '../text/message-params';

export type AxisName = 'site' | 'region' | 'mechanism';

/** A procedure that implies the code's site and region: its words in the note and the levels it names ('' for none). */
export type ImplyingProcedure = { quote: string; levels: string };

export type AxisAgreement = {
  axis: AxisName;
  /** The code's value on the axis, as vocabulary values (`foramen`; `cervical`; `osseous`, `subluxation`). */
  codeSays: readonly string[];
  evidence: Span[];
} & (
  | {
      by: 'note';
      /** The note's mentions in English words ("foraminal stenosis, C5-C6, osseous"), distinct, at most two. */
      noteSays: readonly string[];
      /** The same mentions as items of a `_desc` placeholder (message-params.ts `mentionItems`). */
      noteDesc: readonly string[];
    }
  | { by: 'procedure'; procedures: readonly ImplyingProcedure[] }
);

/** The comparison a rule reports, with its agreement kept for the verdict (analyze drops it from the result). */
export type AgreeingComparison = Comparison & { agreement: AxisAgreement };

/** `"foraminotomy" at L5-S1`: one procedure as the English reasons name it. */
const procedureWords = (p: ImplyingProcedure) => `"${p.quote}"${p.levels ? ` at ${p.levels}` : ''}`;

/** The procedures as a `_msgs` placeholder: each its own template (quoted words, then the levels). */
export const proceduresParam = (procedures: readonly ImplyingProcedure[]): string =>
  JSON.stringify(
    procedures.map((p) => (p.levels ? { id: 'part_procedure_at', params: { procedure_quotes: quoteItem(p.quote), levels: p.levels } } : { id: 'part_procedure', params: { procedure_quotes: quoteItem(p.quote) } })),
  );

/**
 * The English words of an agreement on one or more axes (`axes` joined as English lists them):
 * "the note documents X, which matches the code's site, region, and mechanism", or "the procedure
 * "foraminotomy" at L5-S1 implies the code's site and region". `single` is the one-axis wording a
 * comparison has always had ("X matches the code's site").
 */
export function agreementWords(a: AxisAgreement, axes: readonly AxisName[], single = false): string {
  const which = andList(axes);
  if (a.by === 'procedure') return `the procedure ${a.procedures.map(procedureWords).join('; ')} implies the code's ${which}`;
  return single ? `${a.noteSays.join('; ')} matches the code's ${which}` : `the note documents ${a.noteSays.join('; ')}, which matches the code's ${which}`;
}

/** The template of `agreementWords` (not `single`): its catalogue id and placeholders. */
export function agreementTemplate(a: AxisAgreement, axes: readonly AxisName[]): { messageId: string; params: Record<string, string> } {
  const axesTerms = listParam(axes.map((x) => `axis_${x}`));
  if (a.by === 'procedure') return { messageId: 'reason_procedure_axes', params: { procedures_msgs: proceduresParam(a.procedures), axes_terms: axesTerms } };
  return { messageId: 'reason_axes', params: { documented_desc: listParam(a.noteDesc), axes_terms: axesTerms } };
}

const AXIS_REASON: Record<AxisName, string> = { site: 'reason_axis_site', region: 'reason_axis_region', mechanism: 'reason_axis_mechanism' };

/**
 * One axis rule's comparison for an agreement: its one-axis sentence and template, and the
 * agreement itself for the verdict's merge.
 */
export function agreeingComparison(rule: RuleId, code: string, agreement: AxisAgreement): AgreeingComparison {
  const axes = [agreement.axis];
  const { messageId, params } =
    agreement.by === 'procedure' ? agreementTemplate(agreement, axes) : { messageId: AXIS_REASON[agreement.axis], params: { documented_desc: listParam(agreement.noteDesc) } };
  return { rule, code, outcome: 'supported', evidence: agreement.evidence, reason: agreementWords(agreement, axes, true), messageId, params, agreement };
}

/**
 * The comparisons as the result gives them: an agreement is the verdict's working data (its
 * words are in `reason` and the template), so it is left out of the result, the CLI's JSON and
 * what the extension stores. The list itself when no comparison has one.
 */
export function withoutAgreements(comparisons: Comparison[]): Comparison[] {
  if (!comparisons.some((c) => 'agreement' in c)) return comparisons;
  return comparisons.map((c) => {
    if (!('agreement' in c)) return c;
    const { agreement: _, ...rest } = c as AgreeingComparison;
    return rest;
  });
}
