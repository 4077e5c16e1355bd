import { isReferralLabel, mayReferTo } from '../families-read/referral-label';
import { sentenceBounds } from '../text/sentence-bounds';
import type { Mention } from '../types';

/**
 * A referral label for a stenosis ("Referral diagnosis: lumbar stenosis", "lumbar canal stenosis
 * per referral") that the treating provider's own statement in the same note denies ("MRI shows
 * no canal stenosis"): the label is someone else's reason for the visit, and outpatient coding
 * codes what the provider documents (Official Guidelines IV.A, IV.H; clinical brief §5.5). The
 * conditions reader does the same for radiculopathy and the other conditions it reads
 * (families-read/find-conditions.ts, deniedBeyondReferral; QA stop 51, H3); this is that rule for
 * the stenosis statements. A label nothing in the note contradicts still counts (see
 * referral-label.ts).
 *
 * The denial is a negated statement that is no referral label itself, at the label's site (or
 * either names none), at no level or one the label names, in no other region, and on no other
 * side. The label takes its status and trigger, in place (the mention keeps its shape). Most notes
 * hold no referral words: a plain search says so first.
 */
export function denyReferralLabels(text: string, mentions: Mention[]): void {
  if (!mayReferTo(text)) return;
  let denials: Mention[] | undefined;
  for (const m of mentions) if (m.status === 'negated' && !isLabel(text, m)) (denials ??= []).push(m);
  if (!denials) return;
  for (const m of mentions) {
    if (m.status !== 'affirmed' || !isLabel(text, m)) continue;
    const denial = denials.find((d) => denies(d, m));
    if (!denial) continue;
    m.status = 'negated';
    m.trigger = denial.trigger;
  }
}

function isLabel(text: string, m: Mention): boolean {
  return isReferralLabel(text, m.span.start, sentenceBounds(text, m.span.start, m.span.end).end);
}

function denies(d: Mention, m: Mention): boolean {
  if (d.site !== m.site && d.site !== 'unspecified' && m.site !== 'unspecified') return false;
  if (d.laterality !== null && m.laterality !== null && d.laterality !== m.laterality) return false;
  if (
    d.levels.length > 0 &&
    m.levels.length > 0 &&
    !d.levels.some((l) => m.levels.some((k) => k.normalized === l.normalized))
  )
    return false;
  return d.regions.length === 0 || m.regions.length === 0 || d.regions.some((r) => m.regions.includes(r));
}
