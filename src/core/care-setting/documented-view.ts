import type { Mention, Span, Status } from '../types';
import {
  affirmedCopy,
  levelsOf,
  statusOf,
  triggerOf,
  type Condition,
} from '../families-read/find-conditions';
import { countsAsDocumented, type CountedUncertain } from './counts-as-documented';

/**
 * Whether a later statement's status settles an earlier uncertain one against it: ruled out or
 * denied ("the stenosis was ruled out on MRI"), or resolved ("radiculopathy resolved"). A later
 * affirmed or uncertain statement leaves it counted.
 */
function settlesAgainst(status: Status, trigger: Span | null): boolean {
  return status === 'negated' || (status === 'historical' && trigger !== null && RESOLVED.test(trigger.text));
}
const RESOLVED = /\bresol(?:ved|ution)\b/i;

/** Whether two lists of levels may name the same statement: the later names none, or one the earlier names. */
function sameLevels(earlier: readonly string[], later: readonly string[]): boolean {
  return later.length === 0 || later.some((l) => earlier.includes(l));
}

/** Whether a later mention may be the same statement as an earlier one: its kind; its site or none; a level it names, or none; not the other side. */
function sameMention(m: Mention, later: Mention): boolean {
  if (later.kind !== m.kind) return false;
  if (later.site !== 'unspecified' && later.site !== m.site) return false;
  if (later.laterality !== null && m.laterality !== null && later.laterality !== m.laterality) return false;
  return sameLevels(
    m.levels.map((l) => l.normalized),
    later.levels.map((l) => l.normalized),
  );
}

/** The side a condition statement names right before its word, in its sentence ("left L5 radiculopathy"). */
function sideOf(c: Condition): string | undefined {
  const text = c.note?.field.text;
  if (text === undefined) return undefined;
  const m = SIDE_BEFORE.exec(text.slice(Math.max(c.sentence.start, c.span.start - 24), c.span.start));
  return m?.[1]?.toLowerCase();
}
const SIDE_BEFORE = /\b(left|right|bilateral)\b[^.;,]*$/i;

/** sameMention for the spine families' condition statements: kind, levels and side. */
function sameCondition(c: Condition, later: Condition): boolean {
  if (later.kind !== c.kind || !sameLevels(levelsOf(c), levelsOf(later))) return false;
  const side = sideOf(c);
  const laterSide = sideOf(later);
  return side === undefined || laterSide === undefined || side === laterSide;
}

/**
 * Whether the note's last word on an uncertain statement (`statements[i]`) rules it out: the last
 * later statement of the same field that may be the same one (`kind.same`) says it is not there
 * (settlesAgainst). Guidelines II.H count an uncertain diagnosis documented at discharge; one the
 * stay ruled out or saw resolve is not.
 */
function ruledOutLater<T>(statements: readonly T[], i: number, kind: StatementKind<T>): boolean {
  const s = statements[i] as T;
  const span = kind.span(s);
  let settled = false;
  for (let k = 0; k < statements.length; k++) {
    const later = statements[k] as T;
    const at = kind.span(later);
    if (at.fieldId !== span.fieldId || at.start <= span.end || !kind.same(s, later)) continue;
    const status = kind.status(later);
    if (status === 'hypothetical' || status === 'family') continue;
    settled = settlesAgainst(status, kind.trigger(later));
  }
  return settled;
}

/** How the view reads one kind of statement, makes its affirmed copy, and asks whether the note later rules it out. */
type StatementKind<T> = {
  status: (s: T) => Status;
  span: (s: T) => Span;
  trigger: (s: T) => Span | null;
  affirmed: (s: T) => T;
  /** Whether a later statement may be the same one as an earlier (ruledOutLater). */
  same: (earlier: T, later: T) => boolean;
};

const MENTIONS: StatementKind<Mention> = {
  status: (m) => m.status,
  span: (m) => m.span,
  trigger: (m) => m.trigger,
  affirmed: (m) => ({ ...m, status: 'affirmed' }),
  same: sameMention,
};

const CONDITIONS: StatementKind<Condition> = {
  status: statusOf,
  span: (c) => c.span,
  trigger: triggerOf,
  affirmed: affirmedCopy,
  same: sameCondition,
};

/**
 * What the rules read in the inpatient setting: each statement that counts as documented only by
 * the inpatient rule (countsAsDocumented, the one test of what counts) as an affirmed copy, every
 * other one as it is. The result's own statements keep the status the note gave them ("probable"
 * stays uncertain): only the rules' reading changes. An uncertain statement the note later rules
 * out or calls resolved (ruledOutLater) is not counted. Outpatient (`inpatient` undefined), the
 * default: the same array, untouched, and no statement's status read.
 */
function documentedView<T>(
  statements: readonly T[],
  inpatient: CountedUncertain[] | undefined,
  kind: StatementKind<T>,
): T[] {
  if (!inpatient) return statements as T[];
  const out: T[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i] as T;
    const status = kind.status(s);
    out.push(
      status === 'uncertain' &&
        !ruledOutLater(statements, i, kind) &&
        countsAsDocumented(status, inpatient, kind.span(s), kind.trigger(s))
        ? kind.affirmed(s)
        : s,
    );
  }
  return out;
}

/**
 * documentedView for the note's mentions (rules/build-context.ts: RuleContext.mentions).
 *
 * @example documentedMentions(mentions, undefined) === mentions // outpatient
 */
export function documentedMentions(
  mentions: Mention[],
  inpatient: CountedUncertain[] | undefined,
): Mention[] {
  return documentedView(mentions, inpatient, MENTIONS);
}

/** documentedView for the spine families' condition statements (families-read/check-families.ts noteConditions). */
export function documentedConditions(
  conditions: readonly Condition[],
  inpatient: CountedUncertain[] | undefined,
): Condition[] {
  return documentedView(conditions, inpatient, CONDITIONS);
}
