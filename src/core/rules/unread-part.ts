/**
 * A note partly in a language ChartLint does not read (note-language.ts, holdsSpanishPart): a code
 * judged "not documented" there may be documented in the part nobody read ("Dx: estenosis espinal
 * lumbar L4-L5 con claudicación neurógena" beside M48.062 in an English note). A finding that rests
 * only on what the note lacks quotes nothing from the note; such findings are withdrawn, with the
 * code's comparisons, and the code is not checked, saying why (the reason in note-read.ts). A
 * finding that quotes the English part (a wrong region the note states) stands, as do the claim
 * rules' (an invalid code, an Excludes1 pair), which read no note.
 */
import { DISAGREE, type ComparedRecord } from '../families-read/code-verdicts';
import type { ChecklistItem, Finding, FieldText } from '../types';
import { NOTE_RULES } from './note-read';

/**
 * Rules whose every finding says the note does not show something, though it quotes the note's
 * region words, levels or pain scores beside the claim: subluxation-documentation ("shown neither by
 * an X-ray nor by two of P/A/R/T", "names the region but not the exact level"). Its quotes are what
 * was read, not what the claim rests on: in a Spanish chiropractic note, "dolor y espasmo … C1 y
 * L5-S1 … rotación derecha" went unread and M99.01 was said to lack P/A/R/T and a level (QA stop 49,
 * C4), while M99.05 in the same run was honestly not checked.
 */
const ABSENCE_RULES: ReadonlySet<string> = new Set(['subluxation-documentation']);

/** Whether a finding quotes a note field (its evidence has a span in one) for what it claims. */
function quotesNote(f: Finding, noteIds: ReadonlySet<string>): boolean {
  if (ABSENCE_RULES.has(f.rule)) return false;
  for (const s of f.evidence) if (noteIds.has(s.fieldId)) return true;
  return false;
}

/**
 * The codes (of `codes`) whose note findings all rest on absence, when the notes hold a part
 * ChartLint does not read (`unreadPart`, asked only when some code has such findings: it reads
 * the notes), with those findings and the codes' comparisons removed from `findings` and
 * `compared` (in place). Only the findings a verdict counts are weighed; info-level advice
 * (missing-documentation) judges no code.
 */
export function withdrawAbsenceFindings(
  codes: readonly string[],
  notes: readonly FieldText[],
  findings: Finding[],
  compared: ComparedRecord[],
  unreadPart: (notes: readonly FieldText[]) => boolean,
): Set<string> {
  const noteIds = new Set<string>();
  for (const n of notes) noteIds.add(n.id);
  const withdrawn = new Set<string>();
  /** Whether an absence rule made a finding (on a code that may keep others that quote the note). */
  let absenceRule = false;
  for (const f of findings) if (ABSENCE_RULES.has(f.rule)) absenceRule = true;
  for (const code of codes) {
    let absent = false;
    let quoted = false;
    for (const f of findings) {
      // The findings a verdict counts (code-verdicts.ts): a mismatch at any severity, other advice above info.
      if (
        f.code !== code ||
        !NOTE_RULES.has(f.rule) ||
        f.rule === 'suggested-code' ||
        !(DISAGREE.has(f.rule) || f.severity !== 'info')
      )
        continue;
      if (quotesNote(f, noteIds)) quoted = true;
      else absent = true;
    }
    if (absent && !quoted) withdrawn.add(code);
  }
  if (withdrawn.size === 0 && !absenceRule) return withdrawn;
  if (!unreadPart(notes)) {
    withdrawn.clear();
    return withdrawn;
  }
  // A code whose other findings quote what the note states keeps them; its absence rule's claim,
  // made on a note partly unread, goes.
  let kept = 0;
  for (const f of findings)
    if (!((withdrawn.has(f.code) && NOTE_RULES.has(f.rule)) || ABSENCE_RULES.has(f.rule)))
      findings[kept++] = f;
  findings.length = kept;
  kept = 0;
  for (const c of compared) if (!withdrawn.has(c.code)) compared[kept++] = c;
  compared.length = kept;
  return withdrawn;
}

/** The subluxation checklist's items (chiro-checklist.ts): the one checklist a Spanish part leaves unread. */
const CHIRO_ITEMS: ReadonlySet<string> = new Set([
  'segment-level',
  'part',
  'xray',
  'care-type',
  'treatment-plan',
]);

/**
 * The checklist as analyze() returns it: a chiropractic visit's items that the note does not meet
 * are not checked (`unread: 'es'`) rather than missing when the note holds a Spanish part the
 * readers read only in part (`unreadPart`): "Radiografía lumbar del 10/11/2026" or "cuidado
 * activo" may meet an item no English word did (the absence findings are withdrawn for the same
 * reason, withdrawAbsenceFindings). The stenosis checklist is left as read: its items and their
 * cost on every spine note are another change.
 */
export function checklistAsRead(
  items: readonly ChecklistItem[],
  notes: readonly FieldText[],
  unreadPart: (notes: readonly FieldText[]) => boolean,
): ChecklistItem[] {
  const first = items[0];
  if (first === undefined || !CHIRO_ITEMS.has(first.id) || items.every((i) => i.met) || !unreadPart(notes))
    return [...items];
  return items.map((i): ChecklistItem =>
    i.met ? i : { id: i.id, label: i.label, met: false, evidence: i.evidence, unread: 'es' },
  );
}
