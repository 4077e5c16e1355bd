import type { AnalyzeInput } from '../types';
import type { PayerId } from './chiro-types';

/**
 * A chiropractic page for tests and examples: a diagnosis list, a note and a fee ticket (one
 * procedure per line), with the payer setting when given.
 *
 * @example visitPage('M99.01', 'Adjusted C5.', ['98940-AT'], 'medicare')
 */
export function visitPage(
  codes: string,
  note: string,
  procedures: string[] = [],
  payer?: PayerId,
): AnalyzeInput {
  const fields: AnalyzeInput['fields'] = [];
  if (codes) fields.push({ id: 'dx', kind: 'diagnosis', text: codes });
  fields.push({ id: 'note', kind: 'note', text: note });
  if (procedures.length > 0) fields.push({ id: 'fee', kind: 'procedure', text: procedures.join('\n') });
  return payer ? { fields, payer } : { fields };
}
