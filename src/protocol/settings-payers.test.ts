import { describe, expect, it } from 'vitest';
import { mergeSettings, payerFor, sanitizeSettings } from './settings';

describe('per-site payer settings', () => {
  it('keeps known payer ids for valid origins only', () => {
    expect(
      sanitizeSettings({
        payers: {
          'https://ehr.example/x': 'Medicare',
          'not a url': 'medicare',
          'https://b.example': 'medicair',
        },
      }).payers,
    ).toEqual({
      'https://ehr.example': 'medicare',
    });
  });

  it('lets the administrator set and lock a site payer over the user', () => {
    const settings = mergeSettings(
      { payers: { 'https://a.example': 'commercial', 'https://b.example': 'auto' } },
      { payers: { 'https://a.example': 'medicare' } },
    );
    expect(settings.payers).toEqual({ 'https://a.example': 'medicare', 'https://b.example': 'auto' });
    expect(settings.locks.payers).toEqual(['https://a.example']);
    expect(payerFor(settings, 'https://a.example/chart/1')).toBe('medicare');
    expect(payerFor(settings, 'https://c.example/')).toBeUndefined();
  });

  it('adds nothing when no payer is set', () => {
    expect(mergeSettings({}, {}).payers).toBeUndefined();
    expect(mergeSettings({}, {}).locks.payers).toBeUndefined();
  });
});
