import type { Finding } from './types';

/**
 * The one identity of a finding across edits: rule and code. Dismissals are stored under it, and
 * the badge announces a finding once per key.
 */
export const findingKey = (f: Pick<Finding, 'rule' | 'code'>): string => `${f.rule}|${f.code}`;
