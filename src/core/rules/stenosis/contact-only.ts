import type { Mention } from '../../types';
// The contact and narrowing words of the mention reader, which settles a contact denied in its own
// sentence; this rule settles one the note denies elsewhere (a statement with a narrowing word is a
// stenosis statement, whatever else it says).
import { CONTACT, NARROWING } from '../../mentions/contact-without-stenosis';

/** Compression of the sac (not the cord): a contact too when the note denies the narrowing. */
const SAC_COMPRESSION =
  /\bcompress\w*\b[\s\S]*\b(?:thecal|dural)\s+sac\b|\b(?:thecal|dural)\s+sac\b[\s\S]*\bcompress/i;

/** What `contactOnly` found: the contact statements the note's own denial of stenosis outweighs, and that denial. */
export type ContactOnly = { contacts: Mention[]; denials: Mention[] };

/** A canal statement made only of contact words (or compression of the sac): no narrowing named. */
export const isContact = (m: Mention) =>
  m.site === 'canal' &&
  !NARROWING.test(m.span.text) &&
  (CONTACT.test(m.span.text) || SAC_COMPRESSION.test(m.span.text));

/** Two statements at a common level, or the denial at none (an impression's unsited "without stenosis"). */
export function denialReaches(denial: Mention, contact: Mention): boolean {
  if (denial.levels.length === 0) return true;
  for (const d of denial.levels)
    for (const c of contact.levels) if (d.normalized === c.normalized) return true;
  return false;
}

/**
 * "At T7-T8 a small disc protrusion mildly indents the ventral thecal sac … Impression: small
 * protrusion without stenosis": the only affirmed canal statements are contact with the sac, and
 * the note denies canal stenosis at their level (or unsited), so nothing it affirms is a stenosis
 * an M99.2-M99.7 code can report (QA stop 44, A3). Undefined when any affirmed statement is a
 * narrowing (or a contact the note does not deny); first statement that is not such a contact
 * ends the walk, so a note with stenosis costs one test.
 */
export function contactOnly(
  affirmed: readonly Mention[],
  mentions: readonly Mention[],
): ContactOnly | undefined {
  if (affirmed.length === 0) return undefined;
  for (const m of affirmed) if (!isContact(m)) return undefined;
  const denials = narrowingDenials(mentions);
  if (denials.length === 0) return undefined;
  for (const c of affirmed) if (!denials.some((d) => denialReaches(d, c))) return undefined;
  return { contacts: affirmed.slice(), denials };
}

/** The note's denials of a canal (or unsited) narrowing: "No canal stenosis", "without stenosis". */
export function narrowingDenials(mentions: readonly Mention[]): Mention[] {
  const denials: Mention[] = [];
  for (const m of mentions)
    if (m.status === 'negated' && (m.site === 'canal' || m.site === 'unspecified') && NARROWING.test(m.span.text)) denials.push(m);
  return denials;
}
