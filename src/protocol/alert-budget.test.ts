import { describe, expect, it } from 'vitest';
import { addAlertEvent, exportAlertBudget, parseAlertBudget, shouldSuggestQuieting } from './alert-budget';

describe('alert budget', () => {
  it('counts shown, accepted and dismissed-with-reason per rule', () => {
    let b = parseAlertBudget(undefined, '2026-12-03');
    b = addAlertEvent(b, { rule: 'region-mismatch', kind: 'shown' });
    b = addAlertEvent(b, { rule: 'region-mismatch', kind: 'accepted' });
    b = addAlertEvent(b, { rule: 'region-mismatch', kind: 'dismissed', reason: 'not-applicable' });
    b = addAlertEvent(b, { rule: 'region-mismatch', kind: 'dismissed', reason: 'disagree' });
    expect(b.rules['region-mismatch']).toEqual({ shown: 1, accepted: 1, dismissed: 2, notApplicable: 1 });
    expect(b.since).toBe('2026-12-03');
  });

  it('drops unknown rules and bad numbers from what is stored', () => {
    const b = parseAlertBudget({ since: '2026-01-01', rules: { 'no-such-rule': { shown: 3 }, 'invalid-code': { shown: -2, accepted: 'x', dismissed: 2.7 } } }, '2026-12-03');
    expect(b).toEqual({ since: '2026-01-01', rules: { 'invalid-code': { shown: 0, accepted: 0, dismissed: 2, notApplicable: 0 } } });
  });

  it('suggests quieting a rule mostly dismissed as not applicable, not one users act on', () => {
    expect(shouldSuggestQuieting({ shown: 6, accepted: 0, dismissed: 4, notApplicable: 4 })).toBe(true);
    expect(shouldSuggestQuieting({ shown: 6, accepted: 4, dismissed: 3, notApplicable: 3 })).toBe(false);
    expect(shouldSuggestQuieting({ shown: 2, accepted: 0, dismissed: 2, notApplicable: 2 })).toBe(false);
    expect(shouldSuggestQuieting({ shown: 40, accepted: 0, dismissed: 3, notApplicable: 3 })).toBe(false);
  });

  it('exports counts only', () => {
    const json = JSON.parse(exportAlertBudget(addAlertEvent(parseAlertBudget(undefined, '2026-12-03'), { rule: 'invalid-code', kind: 'shown' }), '2026-12-04T00:00:00Z')) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(['exportedAt', 'format', 'rules', 'since', 'version']);
    expect(json.rules).toEqual({ 'invalid-code': { shown: 1, accepted: 0, dismissed: 0, notApplicable: 0 } });
  });
});
