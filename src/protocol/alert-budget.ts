/**
 * The alert budget: per rule, how often its findings were shown, copied (the suggestion accepted)
 * and dismissed, with the reason. Counts only (never page text, never codes), kept on this computer.
 * Pure functions over the stored shape; the surfaces count through `countAlert` (alert-budget-count.ts).
 */
// The ids without the rules (the content script counts through this file: see validate.ts).
import { RULE_IDS_IN_ORDER as RULE_IDS } from '../core/rules/rule-ids';
import type { RuleId } from '../core/types';
import type { AlertEvent } from './messages';

export type RuleCounts = { shown: number; accepted: number; dismissed: number; notApplicable: number };
export type AlertBudget = { since: string; rules: Partial<Record<RuleId, RuleCounts>> };

const ZERO: RuleCounts = { shown: 0, accepted: 0, dismissed: 0, notApplicable: 0 };
const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);

/** Today's date (UTC, YYYY-MM-DD): when a budget with no start of its own is taken to start. */
export const budgetToday = (): string => new Date().toISOString().slice(0, 10);

/** Reads whatever is stored into a valid budget (unknown rules and bad numbers are dropped). */
export function parseAlertBudget(value: unknown, today: string): AlertBudget {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as { since?: unknown; rules?: Record<string, Partial<RuleCounts>> };
  const rules: AlertBudget['rules'] = {};
  for (const id of RULE_IDS) {
    const r = raw.rules?.[id];
    if (r) rules[id] = { shown: count(r.shown), accepted: count(r.accepted), dismissed: count(r.dismissed), notApplicable: count(r.notApplicable) };
  }
  return { since: typeof raw.since === 'string' ? raw.since : today, rules };
}

/** The budget with one event counted. */
export function addAlertEvent(budget: AlertBudget, event: AlertEvent): AlertBudget {
  const before = budget.rules[event.rule] ?? ZERO;
  let after: RuleCounts;
  if (event.kind === 'dismissed') after = { ...before, dismissed: before.dismissed + 1, notApplicable: before.notApplicable + (event.reason === 'not-applicable' ? 1 : 0) };
  else if (event.kind === 'accepted') after = { ...before, accepted: before.accepted + 1 };
  else after = { ...before, shown: before.shown + 1 };
  return { ...budget, rules: { ...budget.rules, [event.rule]: after } };
}

/**
 * True when users mostly dismiss the rule as not applicable: at least 3 such dismissals, more than
 * every copy and other dismissal together, and at least a third of the times it was shown.
 */
export function shouldSuggestQuieting(c: RuleCounts): boolean {
  return c.notApplicable >= 3 && c.notApplicable > c.accepted + (c.dismissed - c.notApplicable) && c.notApplicable * 3 >= c.shown;
}

/** The JSON a practice's compliance lead gets: counts per rule, no page text. */
export function exportAlertBudget(budget: AlertBudget, exportedAt: string): string {
  return JSON.stringify({ format: 'chartlint-alert-budget', version: 1, since: budget.since, exportedAt, rules: budget.rules }, null, 2);
}
