import type { Mention } from '../types';
import { affirmedCopy, statusOf, triggerOf, type Condition } from '../families-read/find-conditions';
import { countsAsDocumented, type CountedUncertain } from './counts-as-documented';

/**
 * What the rules read in the inpatient setting: each statement that counts as documented only by
 * the inpatient rule (countsAsDocumented) as an affirmed copy, every other one as it is. The
 * result's own mentions keep the status the note gave them ("probable" stays uncertain): only the
 * rules' reading changes. Outpatient (`inpatient` undefined): the same array, untouched.
 */
export function documentedMentions(
  mentions: Mention[],
  inpatient: CountedUncertain[] | undefined,
): Mention[] {
  if (!inpatient) return mentions;
  const out: Mention[] = [];
  for (const m of mentions)
    out.push(
      m.status === 'uncertain' && countsAsDocumented(m.status, inpatient, m.span, m.trigger)
        ? { ...m, status: 'affirmed' }
        : m,
    );
  return out;
}

/** documentedMentions for the spine families' condition statements (families-read/find-conditions.ts). */
export function documentedConditions(
  conditions: readonly Condition[],
  inpatient: CountedUncertain[] | undefined,
): Condition[] {
  if (!inpatient) return conditions as Condition[];
  const out: Condition[] = [];
  for (const c of conditions) {
    const status = statusOf(c);
    out.push(status === 'uncertain' && countsAsDocumented(status, inpatient, c.span, triggerOf(c)) ? affirmedCopy(c) : c);
  }
  return out;
}
