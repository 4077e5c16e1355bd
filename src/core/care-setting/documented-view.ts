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

/**
 * Whether the note's last word on an uncertain mention (`mentions[i]`) rules it out: the last later
 * mention of the same statement (kind; its site or none; a level it names, or none; not the other
 * side) says it is not there (settlesAgainst). Guidelines II.H count an uncertain diagnosis
 * documented at discharge; one the stay ruled out or saw resolve is not.
 */
function ruledOutLater(mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  const levels = m.levels.map((l) => l.normalized);
  let settled = false;
  for (let k = 0; k < mentions.length; k++) {
    const later = mentions[k] as Mention;
    if (later.span.fieldId !== m.span.fieldId || later.span.start <= m.span.end || later.kind !== m.kind)
      continue;
    if (later.site !== 'unspecified' && later.site !== m.site) continue;
    if (later.laterality !== null && m.laterality !== null && later.laterality !== m.laterality) continue;
    if (
      !sameLevels(
        levels,
        later.levels.map((l) => l.normalized),
      )
    )
      continue;
    if (later.status === 'hypothetical' || later.status === 'family') continue;
    settled = settlesAgainst(later.status, later.trigger);
  }
  return settled;
}

/** The side a condition statement names right before its word, in its sentence ("left L5 radiculopathy"). */
function sideOf(c: Condition): string | undefined {
  const text = c.note?.field.text;
  if (text === undefined) return undefined;
  const m = SIDE_BEFORE.exec(text.slice(Math.max(c.sentence.start, c.span.start - 24), c.span.start));
  return m?.[1]?.toLowerCase();
}
const SIDE_BEFORE = /\b(left|right|bilateral)\b[^.;,]*$/i;

/** ruledOutLater for the spine families' condition statements (kind, levels and side). */
function conditionRuledOutLater(conditions: readonly Condition[], i: number): boolean {
  const c = conditions[i] as Condition;
  let settled = false;
  let side: string | undefined | null = null;
  for (let k = 0; k < conditions.length; k++) {
    const later = conditions[k] as Condition;
    if (later.span.fieldId !== c.span.fieldId || later.span.start <= c.span.end || later.kind !== c.kind)
      continue;
    if (!sameLevels(levelsOf(c), levelsOf(later))) continue;
    if (side === null) side = sideOf(c);
    const laterSide = sideOf(later);
    if (side !== undefined && laterSide !== undefined && side !== laterSide) continue;
    const status = statusOf(later);
    if (status === 'hypothetical' || status === 'family') continue;
    settled = settlesAgainst(status, triggerOf(later));
  }
  return settled;
}

/** How the view reads one kind of statement, makes its affirmed copy, and asks whether the note later rules it out. */
type StatementKind<T> = {
  status: (s: T) => Status;
  span: (s: T) => Span;
  trigger: (s: T) => Span | null;
  affirmed: (s: T) => T;
  ruledOutLater: (statements: readonly T[], i: number) => boolean;
};

const MENTIONS: StatementKind<Mention> = {
  status: (m) => m.status,
  span: (m) => m.span,
  trigger: (m) => m.trigger,
  affirmed: (m) => ({ ...m, status: 'affirmed' }),
  ruledOutLater,
};

const CONDITIONS: StatementKind<Condition> = {
  status: statusOf,
  span: (c) => c.span,
  trigger: triggerOf,
  affirmed: affirmedCopy,
  ruledOutLater: conditionRuledOutLater,
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
        !kind.ruledOutLater(statements, i) &&
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
