import type { CountedUncertain } from '../care-setting/counts-as-documented';
import { documentedConditions } from '../care-setting/documented-view';
import { parseSpineCode } from '../spine-families';
import type { FieldText, Finding, Mention, Span } from '../types';
import { checkFamilyCode, type FamilyComparison } from './check-family-code';
import { conditionsIn, type Condition } from './find-conditions';
import type { IndicationReader } from './imaging-indication';
import type { LinkDenial } from './link-denials';

/**
 * Conditions of all note fields, found once per analysis; each one's status and place are read on
 * first need (see Condition). Inpatient, as the rules read them (documentedConditions: an uncertain
 * statement counts as documented).
 */
export function noteConditions(notes: readonly FieldText[], inpatient?: CountedUncertain[]): Condition[] {
  let out: Condition[];
  if (notes.length === 1) out = conditionsIn(notes[0] as FieldText);
  else {
    out = [];
    for (const n of notes) for (const c of conditionsIn(n)) out.push(c);
  }
  return inpatient ? documentedConditions(out, inpatient) : out;
}

/**
 * Runs the spine-family checks for one entered code; empty when the code is not in those families
 * or is incomplete (the header rule speaks for it).
 */
export function checkSpineCode(
  code: string,
  codeEvidence: Span[],
  conditions: readonly Condition[],
  mentions: readonly Mention[],
  stenosisWords?: (m: Mention) => string[] | undefined,
  indication?: IndicationReader,
  denials?: readonly LinkDenial[],
  completeOnDate = false,
): { findings: Finding[]; compared: FamilyComparison[] } {
  const parsed = parseSpineCode(code);
  if (!parsed || (!parsed.complete && !completeOnDate)) return { findings: [], compared: [] };
  // A header that was itself the code on the date of service is read by the characters it has.
  const read = parsed.complete ? parsed : { ...parsed, complete: true };
  return checkFamilyCode(read, codeEvidence, stenosisWords ? { conditions, mentions, stenosisWords, indication, denials } : { conditions, mentions, indication, denials });
}

/**
 * Whether an incomplete family code (M51.36, M48.06) was a complete code on a date of service
 * before the releases ChartLint ships: every code one character longer came in later (FY2025 added
 * M51.360-M51.369, FY2018 M48.061/M48.062; code-history.ts). Before them the header was the
 * billable code, and a coder auditing an old claim meets it (blind QA stop 54, M8: M51.36 on
 * 2024-08-14 read "nothing in the note to compare" beside a note that documents it). Its own
 * characters are checked against the note; the later characters' axes (the pain) are not.
 */
export function completeBeforeChildren(code: string, history: ((code: string) => { change: string } | undefined) | undefined): boolean {
  if (!history) return false;
  const parsed = parseSpineCode(code);
  if (!parsed || parsed.complete) return false;
  let children = 0;
  for (const c of '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ') {
    const child = parseSpineCode(code + c);
    if (!child?.complete) continue;
    if (history(code + c)?.change !== 'added-later') return false;
    children++;
  }
  return children > 0;
}

/**
 * Whether a code the families do not parse is one of their headers: a code one character longer
 * is theirs (M54.5, a header since FY2022 and billable before it, has M54.50). M47.0- and M51.A-
 * are complete codes of the same categories that no family reads: not headers. Saying a header
 * was outside the families, whose list names M54.5, contradicted itself (blind QA, stop 46).
 */
function isFamilyHeader(code: string): boolean {
  if (!/^M\d\d(?:\.\w{0,3})?$/.test(code)) return false;
  const base = code.includes('.') ? code : `${code}.`;
  for (const c of '0123456789') if (parseSpineCode(base + c)) return true;
  return false;
}

/** Why a code got no comparison, in a coder's words. */
export function notCheckedReason(code: string, m99Stenosis: boolean): string {
  if (/^M99\.[0189]/.test(code)) return `no ChartLint rule compares ${code} (a segmental dysfunction, subluxation complex or other biomechanical lesion code) with the note`;
  if (m99Stenosis) return `the note documents no stenosis ChartLint could compare with ${code}`;
  const parsed = parseSpineCode(code);
  if (/^M47\.[89]19$|^M47\.899$|^M53\.2X9$/.test(code)) return `${code} names no region (site unspecified); ChartLint compares region-specific codes only`;
  if (parsed) return `ChartLint has nothing in the note to compare with ${code}`;
  if (isFamilyHeader(code)) return `ChartLint compares the complete codes of ${code}'s family, not ${code} itself (a category header, or a code of another release)`;
  if (/^M(4[0-9]|5[0-4])/.test(code)) return `${code} is a spine code outside the families ChartLint reads (M43.1, M47, M48.0, M50, M51, M53.2X, M54.1/M54.2/M54.3/M54.4/M54.5, M99)`;
  return `${code} is outside the spine families ChartLint reads`;
}

/** notCheckedReason as a catalogue template and its placeholders (the surfaces' other languages). */
export function notCheckedTemplate(code: string, m99Stenosis: boolean): { messageId: string; params: Record<string, string> } {
  const id = (messageId: string) => ({ messageId, params: { code } });
  if (/^M99\.[0189]/.test(code)) return id('reason_not_checked_m99_biomechanical');
  if (m99Stenosis) return id('reason_not_checked_no_stenosis');
  if (/^M47\.[89]19$|^M47\.899$|^M53\.2X9$/.test(code)) return id('reason_not_checked_no_region');
  if (parseSpineCode(code)) return id('reason_not_checked_nothing_to_compare');
  if (isFamilyHeader(code)) return id('reason_not_checked_family_header');
  if (/^M(4[0-9]|5[0-4])/.test(code)) return id('reason_not_checked_other_spine_code');
  return id('reason_not_checked_outside_families');
}
