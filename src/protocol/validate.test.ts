import { describe, expect, it } from 'vitest';
import { MAX_EXPLAIN_CODES } from './limits';
import { isExplainRequest, isPageSnapshot, isSpan, MAX_FIELD_CHARS } from './validate';

const good = { docId: 'abc', url: 'http://localhost/', isTop: true, fields: [{ id: 'field-0', kind: 'note', text: 'x' }] };

describe('isPageSnapshot', () => {
  it('accepts a well-formed snapshot', () => {
    expect(isPageSnapshot(good)).toBe(true);
    expect(isPageSnapshot({ ...good, fields: [{ id: 'f', kind: 'note', text: 'x', partial: true }] })).toBe(true);
  });

  it.each([
    ['a missing field list', { ...good, fields: undefined }],
    ['an unknown field kind', { ...good, fields: [{ id: 'f', kind: 'script', text: '' }] }],
    ['a non-string text', { ...good, fields: [{ id: 'f', kind: 'note', text: 42 }] }],
    ['a field over the size limit', { ...good, fields: [{ id: 'f', kind: 'note', text: 'x'.repeat(MAX_FIELD_CHARS + 1) }] }],
    ['too many fields', { ...good, fields: Array.from({ length: 501 }, (_, i) => ({ id: `f${i}`, kind: 'note', text: '' })) }],
    ['a partial flag that is not true', { ...good, fields: [{ id: 'f', kind: 'note', text: 'x', partial: 'yes' }] }],
    ['null', null],
  ])('rejects %s', (_name, value) => {
    expect(isPageSnapshot(value)).toBe(false);
  });
});

describe('isExplainRequest', () => {
  it('takes codes, and a release when the tab has one', () => {
    expect(isExplainRequest({ codes: ['M99.61', 'm9961'] })).toBe(true);
    expect(isExplainRequest({ codes: ['M99.61'], release: 'FY2027' })).toBe(true);
  });

  it.each([
    ['no code list', { release: 'FY2026' }],
    ['a code that is not a string', { codes: [42] }],
    ['an overlong code', { codes: ['M'.repeat(41)] }],
    ['more codes than one message carries', { codes: Array.from({ length: MAX_EXPLAIN_CODES + 1 }, () => 'M99.61') }],
    ['a release that is not a string', { codes: ['M99.61'], release: 2026 }],
    ['null', null],
  ])('rejects %s', (_name, value) => {
    expect(isExplainRequest(value)).toBe(false);
  });
});

describe('isSpan', () => {
  it('accepts integer offsets and rejects fractional ones', () => {
    expect(isSpan({ fieldId: '0:f', start: 1, end: 4, text: 'abc' })).toBe(true);
    expect(isSpan({ fieldId: '0:f', start: 1.5, end: 4, text: 'abc' })).toBe(false);
  });
});

describe('isDismissRequest', () => {
  it('takes a known rule and a code-shaped key only', async () => {
    const { isDismissRequest } = await import('./validate');
    expect(isDismissRequest({ rule: 'region-mismatch', code: 'M99.60', dismissed: true })).toBe(true);
    expect(isDismissRequest({ rule: 'made-up', code: 'M99.60', dismissed: true })).toBe(false);
    expect(isDismissRequest({ rule: 'region-mismatch', code: 'x'.repeat(20), dismissed: true })).toBe(false);
    expect(isDismissRequest({ rule: 'region-mismatch', code: 'M99.60|evil', dismissed: true })).toBe(false);
  });
});

describe('isAlertEvent', () => {
  it('takes a known rule, one of the three kinds, and a dismissal with a known reason', async () => {
    const { isAlertEvent } = await import('./validate');
    expect(isAlertEvent({ rule: 'region-mismatch', kind: 'shown' })).toBe(true);
    expect(isAlertEvent({ rule: 'region-mismatch', kind: 'accepted' })).toBe(true);
    expect(isAlertEvent({ rule: 'region-mismatch', kind: 'dismissed', reason: 'disagree' })).toBe(true);
    expect(isAlertEvent({ rule: 'made-up', kind: 'shown' })).toBe(false);
    expect(isAlertEvent({ rule: 'region-mismatch', kind: 'deleted' })).toBe(false);
    expect(isAlertEvent({ rule: 'region-mismatch', kind: 'dismissed' })).toBe(false);
    expect(isAlertEvent({ rule: 'region-mismatch', kind: 'dismissed', reason: 'bored' })).toBe(false);
    expect(isAlertEvent('region-mismatch')).toBe(false);
  });
});
