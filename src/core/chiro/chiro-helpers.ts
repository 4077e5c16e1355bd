import type { ChiroM99Region, ChiroVisit, SegmentMention } from './chiro-types';
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

/**
 * Whether the note negates `region` as a whole: a place there that names the whole region (a
 * region word, "Thoracic: no subluxation found today, not adjusted", or the sacrum, "Sacrum: no
 * listing, not adjusted") is negated, and no place the note affirms there is of the same kind. The
 * sacro-iliac joint is sacral only by the Index's convention ("Dysfunction, somatic, sacroiliac
 * M99.04"; CPT counts it as pelvic, brief §2.2): under a denied sacrum it does not make the sacral
 * region documented for a suggestion (blind QA stop 50, M1). "T4 not adjusted, T6 PR adjusted"
 * names a vertebra, not the region, and negates nothing here.
 */
export function regionNegated(visit: ChiroVisit, region: ChiroM99Region): boolean {
  const negated = visit.segments.filter(
    (s) =>
      s.status === 'negated' &&
      (s.treated || s.lesion) &&
      (!s.levelStated || s.kind === 'sacrum') &&
      conventionOf(s.kind).m99 === region,
  );
  if (negated.length === 0) return false;
  return !segmentsIn(visit, region).some((a) => negated.some((n) => n.kind === a.kind));
}

/**
 * Whether a suggestion (region-mismatch's replacement, treated-region-uncoded's addition) may name
 * the code of `region`: never one the note negates (regionNegated) or leaves uncertain, nor the sacral region when its
 * places are only the sacro-iliac joint and a pelvic code is entered: the joint joins the sacrum and
 * the ilium, and the pelvic code already codes that one lesion ("R SIJ fixation, R ilium PI" with
 * M99.05; asking for M99.04 too would code it twice, QA stop 46, K); nor, the mirror, the pelvic
 * region named only by its word beside a sacral code for the joint (below).
 */
export function suggestable(visit: ChiroVisit, region: ChiroM99Region, codedRegions: ReadonlySet<string | undefined>): boolean {
  if (regionNegated(visit, region)) return false;
  // Nor a region whose diagnosis the note leaves uncertain (doubtedDiagnosis): "add M99.03" for
  // "Possible lumbar segmental dysfunction L5, r/o" would code what the provider did not diagnose.
  if (doubtedDiagnosis(visit.segments, region).length > 0) return false;
  if (region === 'sacral' && codedRegions.has('pelvic') && segmentsIn(visit, region).every((s) => s.kind === 'sacroiliac')) return false;
  // The mirror: a pelvic region named only by its word ("sacrum / pelvis", "CMT to lumbar and
  // pelvic regions") beside a sacral code whose places include the sacro-iliac joint. The word is
  // CPT's name for that joint's region (brief §2.2: pelvic (sacroiliac joint)), and the Index codes
  // the joint's lesion as sacral (Dysfunction, somatic, sacroiliac M99.04): with no pelvic bone
  // named (ilium, innominate, pubis), M99.05 would code the one lesion twice (QA stop 57).
  return !(
    region === 'pelvic' &&
    codedRegions.has('sacral') &&
    segmentsIn(visit, 'sacral').some((s) => s.kind === 'sacroiliac') &&
    segmentsIn(visit, region).every((s) => !s.levelStated)
  );
}

/**
 * The provider's diagnosis at `region` when every statement of it is uncertain ("Possible lumbar
 * segmental dysfunction L5, r/o", "Lumbar segmental dysfunction, possible."): the places the
 * diagnosis words name with an uncertain status, or none when an affirmed one stands beside them.
 * Outpatient, an uncertain diagnosis is not coded (Official Guidelines IV.H; clinical brief §1.6),
 * and the region's P/A/R/T findings or its adjustment do not make it one: they are the evidence the
 * provider weighed and left uncertain (QA stop 53, H6: M99.03 was supported, Medicare too, by the
 * L5 exam line and "CMT T6, L5"). A region with no diagnosis word at all is judged as before.
 */
export function doubtedDiagnosis(segments: readonly SegmentMention[], region: string): SegmentMention[] {
  const doubted: SegmentMention[] = [];
  for (const s of segments) {
    if (s.lesionKind === undefined || conventionOf(s.kind).m99 !== region) continue;
    if (s.status === 'affirmed') return [];
    if (s.status === 'uncertain') doubted.push(s);
  }
  return doubted;
}

/**
 * The places to name for a region's segments: the bones and joints the note names ("L5", "right
 * SI joint"), else one of its region words. Two region words of one region ("pelvis", "pelvic")
 * are one place; listed, they read as two ("at pelvis and pelvic").
 */
export function placeNames(segments: readonly SegmentMention[]): string[] {
  const stated = [...new Set(segments.filter((s) => s.levelStated).map((s) => s.name))];
  return stated.length > 0 ? stated : segments.slice(0, 1).map((s) => s.name);
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
