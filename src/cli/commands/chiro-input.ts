import type { AnalyzeResult, FieldText } from '../../core';
import type { PayerId } from '../../core/chiro/chiro-types';
import { parsePayer } from '../../core/chiro/detect-payer';
import { procedureFieldText } from '../../core/chiro/read-procedures';

export const PAYER_IDS = [
  'medicare',
  'medicaid',
  'commercial',
  'self-pay',
  'workers-comp',
  'auto',
  'unknown',
] as const;

/** A payer from --payer or a JSONL "payer": the id, or an error naming the known ids (never a guess). */
export function readPayer(value: unknown): { payer?: PayerId } | { error: string } {
  if (value === undefined || value === null) return {};
  const payer = typeof value === 'string' ? parsePayer(value) : undefined;
  return payer ? { payer } : { error: `"payer" must be one of ${PAYER_IDS.join(', ')} (got ${JSON.stringify(value)})` };
}

/**
 * A procedure as given: a CPT/HCPCS-shaped code first (five digits, or a letter and four digits),
 * then its modifiers if any. An unknown code of that shape is reported by the unknown-procedure
 * rule; anything else ("9894", "supported") was dropped without a word (QA stop 46, K).
 */
const PROCEDURE_ITEM = /^\s*(?:\d{5}|[A-Va-v]\d{4})(?![\w.])/;

/** Procedures from --procedure or a JSONL "procedures": strings such as "98941", "98941-AT", "98941 AT GP". */
export function readProcedureList(value: unknown): string[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((p) => typeof p === 'string'))
    return '"procedures" must be an array of strings like "98941-AT"';
  const bad = value.find((p) => !PROCEDURE_ITEM.test(p));
  if (bad !== undefined)
    return `"procedures" takes procedure codes like "98941" or "98941-AT" (a CPT or HCPCS code first); got ${JSON.stringify(bad)}`;
  return value;
}

/** The fee-ticket field the procedures stand for (none when there are no procedures). */
export function procedureFields(procedures: readonly string[]): FieldText[] {
  return procedures.length > 0
    ? [{ id: 'procedures', kind: 'procedure', text: procedureFieldText(procedures) }]
    : [];
}

/** The chiropractic part of the text output: payer assumed and why, procedures, the Regions table. */
export function formatChiro(result: AnalyzeResult): string[] {
  const visit = result.chiro;
  if (!visit) return [];
  const lines = ['', `payer: ${visit.payer.payer} (${visit.payer.reason})`];
  lines.push(
    `procedures: ${visit.procedures.map((p) => [p.code, ...p.modifiers].join('-')).join(', ') || 'none'}`,
  );
  lines.push(
    `regions (${visit.regions.length}): region, counted as, levels, treated, lesion, coded, P/A/R/T, X-ray`,
  );
  for (const r of visit.regions) {
    const part = (['P', 'A', 'R', 'T'] as const).map((l) => (r.part[l] ? l : '-')).join('');
    lines.push(
      `  ${r.region.padEnd(16)} ${(r.countedAs.join('/') || '-').padEnd(10)} ${(r.levels.join(',') || '-').padEnd(14)} ${r.treated ? 'treated' : '-      '} ${r.lesion ? 'lesion' : '-     '} ${(r.coded.join(',') || '-').padEnd(8)} ${part} ${r.xray ? 'x-ray' : '-'}`,
    );
  }
  return lines;
}
