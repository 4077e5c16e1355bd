import type { ChiroM99Region, ChiroVisit } from './chiro-types';
import { manipulationCode } from './procedure-codes';
import { conventionOf, M99_REGION_ORDER } from './region-conventions';

/** Whether the visit is osteopathic (an OMT line): its lesion word is somatic dysfunction. */
export const isOsteopathic = (visit: ChiroVisit): boolean =>
  visit.procedures.some((p) => manipulationCode(p.code)?.scheme === 'omt');

/**
 * An osteopathic visit only: OMT lines and no chiropractic manipulation line (98940-98943). BPM
 * §240 (P/A/R/T or an X-ray, active care) is the chiropractic benefit's, so neither
 * subluxation-documentation nor the checklist holds such a visit to it. Other lines do not make it
 * chiropractic: an E/M with modifier 25 is billed beside OMT as a rule (brief §2.6), and therapy
 * codes are anyone's (QA stop 50: "98926, 99213-25" got the Medicare P/A/R/T info and checklist).
 */
export const isOsteopathicOnly = (visit: ChiroVisit): boolean =>
  isOsteopathic(visit) && !visit.procedures.some((p) => manipulationCode(p.code)?.scheme.startsWith('cmt') === true);

/**
 * The M99 code to suggest for a region: M99.0- (segmental and somatic dysfunction) for Medicare,
 * which wants M99.00-M99.05 first-listed, and for osteopathic visits or notes that say
 * "dysfunction"; otherwise M99.1- (subluxation complex) when the note says "subluxation".
 */
export function codeForRegion(visit: ChiroVisit, region: ChiroM99Region, subcategory?: '0' | '1'): string {
  const digit = M99_REGION_ORDER.indexOf(region);
  if (subcategory) return `M99.${subcategory}${digit}`;
  if (visit.payer.payer === 'medicare' || isOsteopathic(visit)) return `M99.0${digit}`;
  const kinds = visit.segments
    .filter((s) => s.status === 'affirmed' && conventionOf(s.kind).m99 === region)
    .map((s) => s.lesionKind);
  return kinds.includes('subluxation') || !kinds.includes('dysfunction') ? `M99.1${digit}` : `M99.0${digit}`;
}

/** Affirmed segments of a region the note treats or documents a lesion at. */
export function segmentsIn(visit: ChiroVisit, region: ChiroM99Region) {
  return visit.segments.filter(
    (s) => s.status === 'affirmed' && (s.treated || s.lesion) && conventionOf(s.kind).m99 === region,
  );
}

/** "C2, C5 and the occiput" from segment names, each once. */
export function listNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1) ?? ''}`;
}

export const OCCIPUT_NOTE =
  'Convention: the occiput (C0-C1) is the head region for the diagnosis (M99.x0) but counts as cervical for the manipulation code (CPT counts the atlanto-occipital joint with the cervical region).';

/**
 * The M99 regions no spinal CMT code (98940-98942) treats: BPM §240 covers manipulation of the
 * spine only (brief §2.1, §2.4), so PART, the X-ray and the exact level are not asked of them (the
 * head's occiput is cervical there).
 */
export const EXTRASPINAL_M99_REGIONS: readonly string[] = [
  'lower extremity',
  'upper extremity',
  'rib cage',
  'abdomen and other regions',
];
