import type { ChecklistItem, Span } from '../types';
import type { ChiroVisit } from './chiro-types';
import { partMet, xrayInWindow } from './subluxation-proof';
import { EXTRASPINAL_M99_REGIONS, isOsteopathicOnly } from './chiro-helpers';
import { namedLevels } from './named-levels';

/** The items Medicare asks of a chiropractic visit alone (BPM §240): see isOsteopathicOnly. */
// The exact level too (BPM §240.1.4, the spinal CMT benefit): an OMT note is not asked for it (QA stop 45, H).
const CHIROPRACTIC_ONLY: readonly ChecklistItem['id'][] = ['segment-level', 'part', 'xray', 'care-type'];

/**
 * The documentation checklist for a subluxation/segmental dysfunction visit (M99.0-/M99.1-), in
 * place of the stenosis checklist: exact level, P/A/R/T, X-ray with its date, active care stated,
 * treatment plan. Each item carries the note text that meets it. An osteopathic visit only is not
 * asked for P/A/R/T, an X-ray or active care: those are the chiropractic benefit's.
 */
export function chiroChecklist(visit: ChiroVisit): ChecklistItem[] {
  const items = allItems(visit);
  return isOsteopathicOnly(visit) ? items.filter((i) => !CHIROPRACTIC_ONLY.includes(i.id)) : items;
}

function allItems(visit: ChiroVisit): ChecklistItem[] {
  const all = visit.regions.filter((r) => r.treated || r.lesion);
  // Spinal regions only, when there are some: an extraspinal one (ankle, 98943) beside them is not
  // asked for PART, an X-ray or a spinal level (QA stop 45, H); a visit of extraspinal regions alone
  // is read as before.
  const spinal = all.filter((r) => !EXTRASPINAL_M99_REGIONS.includes(r.region));
  const rows = spinal.length > 0 ? spinal : all;
  const levelSpans = visit.segments
    .filter((s) => s.status === 'affirmed' && s.levelStated && (s.treated || s.lesion))
    .map((s) => s.span);
  const partRows = rows.filter(partMet);
  const partSpans = visit.part
    .filter((p) => p.regions.some((r) => partRows.some((row) => row.region === r)))
    .map((p) => p.span);
  const xraySpans: Span[] = rows.some((r) => xrayInWindow(visit, r).ok) ? visit.xrays.map((x) => x.span) : [];
  // Either route shows a subluxation (BPM §240.1.2; no X-ray needed since 2000): the X-ray item is
  // met when every region is shown by its X-ray or by P/A/R/T (QA stop 45, H: "xray MISSING" beside
  // a met PART).
  const shown = rows.length > 0 && rows.every((r) => partMet(r) || xrayInWindow(visit, r).ok);
  const item = (id: ChecklistItem['id'], label: string, met: boolean, evidence: Span[]): ChecklistItem => ({
    id,
    label,
    met,
    evidence: met ? evidence.slice(0, 3) : [],
  });
  // Met by P/A/R/T alone: said so, so the item is not read as an X-ray found (CLI "xray yes") or asked for.
  const xray = item(
    'xray',
    'X-ray with its date (12 months before to 3 months after the start of care), if used',
    xraySpans.length > 0 || shown,
    xraySpans.length > 0 ? xraySpans : partSpans,
  );
  if (xray.met && xraySpans.length === 0) xray.shownBy = 'part';
  return [
    item(
      'segment-level',
      'Exact level of each subluxation (e.g. C5, L4-L5, right SI joint)',
      rows.length > 0 && rows.every((r) => namedLevels(visit, r).length > 0),
      levelSpans,
    ),
    item(
      'part',
      'P/A/R/T: two findings per region, one of them asymmetry or range of motion',
      rows.length > 0 && partRows.length === rows.length,
      partSpans,
    ),
    xray,
    item(
      'care-type',
      'Active/corrective care stated (not maintenance)',
      visit.care.type === 'active',
      visit.care.evidence ? [visit.care.evidence] : [],
    ),
    item(
      'treatment-plan',
      'Treatment plan: frequency, duration, goals',
      visit.plan !== undefined,
      visit.plan ? [visit.plan] : [],
    ),
  ];
}
