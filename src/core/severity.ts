import type { Finding, Severity } from './types';

/** Severities from most to least serious: the one order every surface sorts and ranks by. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for error, 1 for warning, 2 for info. */
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** The most serious severity among the findings, or undefined when there are none. */
export function worstSeverity(findings: readonly Pick<Finding, 'severity'>[]): Severity | undefined {
  return SEVERITIES.find((s) => findings.some((f) => f.severity === s));
}

