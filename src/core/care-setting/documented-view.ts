import type { Mention, Span, Status } from '../types';
import { affirmedCopy, statusOf, triggerOf, type Condition } from '../families-read/find-conditions';
import { countsAsDocumented, type CountedUncertain } from './counts-as-documented';

/** How the view reads one kind of statement, and makes its affirmed copy. */
type StatementKind<T> = {
  status: (s: T) => Status;
  span: (s: T) => Span;
  trigger: (s: T) => Span | null;
  affirmed: (s: T) => T;
};

const MENTIONS: StatementKind<Mention> = {
  status: (m) => m.status,
  span: (m) => m.span,
  trigger: (m) => m.trigger,
  affirmed: (m) => ({ ...m, status: 'affirmed' }),
};

const CONDITIONS: StatementKind<Condition> = {
  status: statusOf,
  span: (c) => c.span,
  trigger: triggerOf,
  affirmed: affirmedCopy,
};

/**
 * What the rules read in the inpatient setting: each statement that counts as documented only by
 * the inpatient rule (countsAsDocumented, the one test of what counts) as an affirmed copy, every
 * other one as it is. The result's own statements keep the status the note gave them ("probable"
 * stays uncertain): only the rules' reading changes. Outpatient (`inpatient` undefined), the
 * default: the same array, untouched, and no statement's status read.
 */
function documentedView<T>(statements: readonly T[], inpatient: CountedUncertain[] | undefined, kind: StatementKind<T>): T[] {
  if (!inpatient) return statements as T[];
  const out: T[] = [];
  for (const s of statements) {
    const status = kind.status(s);
    out.push(status === 'uncertain' && countsAsDocumented(status, inpatient, kind.span(s), kind.trigger(s)) ? kind.affirmed(s) : s);
  }
  return out;
}

/**
 * documentedView for the note's mentions (rules/build-context.ts: RuleContext.mentions).
 *
 * @example documentedMentions(mentions, undefined) === mentions // outpatient
 */
export function documentedMentions(mentions: Mention[], inpatient: CountedUncertain[] | undefined): Mention[] {
  return documentedView(mentions, inpatient, MENTIONS);
}

/** documentedView for the spine families' condition statements (families-read/check-families.ts noteConditions). */
export function documentedConditions(conditions: readonly Condition[], inpatient: CountedUncertain[] | undefined): Condition[] {
  return documentedView(conditions, inpatient, CONDITIONS);
}
