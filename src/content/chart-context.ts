/**
 * The chart around the visit is not the visit. An EHR shows the patient's Problem List, Medical
 * History and the like beside the list of this visit's diagnoses (Epic's sidebar: "Visit
 * Diagnoses" above "Problem List"); read as entered, the chart's hypertension and an old neck
 * pain were judged against today's lumbar note. Names are data (chart-words.ts):
 * - a list or field named as history (past medical, family, surgical history, prior diagnoses,
 *   chronic problems; antecedentes…) is never a diagnosis field;
 * - a read-only list named as the problem list is chart context: left out of what is sent when the
 *   page has another diagnosis field (the visit's list, an entry field), read alone otherwise:
 *   on a page with no other place to enter codes the problem list is where the user codes (a small
 *   EHR's "Problems" grid with an Add row), and showing nothing there would hide every code;
 * - a name that says visit or encounter ("Diagnoses (Problems) for this visit") is the visit's.
 * Page: /tmp/qapages49 q6 (Epic-like); e2e page-chart-context.spec.ts.
 */
import { HISTORY_NAME, PROBLEM_LIST_NAME, VISIT_NAME } from './chart-words';

export type ChartContext = 'history' | 'problems' | undefined;

/** What a diagnosis field's name says it is: chart history, the problem list, or (undefined) neither. */
export function chartContextOf(name: string): ChartContext {
  if (!name || VISIT_NAME.test(name)) return undefined;
  if (HISTORY_NAME.test(name)) return 'history';
  return PROBLEM_LIST_NAME.test(name) ? 'problems' : undefined;
}

type Field = { element: Element; kind: string; chartContext?: 'problems'; query?: true };

/**
 * The fields whose codes are this visit's: a problem list is left out when another diagnosis field
 * of the page (not chart context, not a box to add or search, not inside that list) is there.
 */
export function enteredFields<T extends Field>(fields: readonly T[]): T[] {
  const lists = fields.filter((f) => f.chartContext === 'problems');
  if (lists.length === 0) return [...fields];
  const visit = fields.some(
    (f) =>
      f.kind === 'diagnosis' &&
      f.chartContext === undefined &&
      f.query === undefined &&
      !lists.some((list) => list.element.contains(f.element)),
  );
  return visit ? fields.filter((f) => f.chartContext !== 'problems') : [...fields];
}
