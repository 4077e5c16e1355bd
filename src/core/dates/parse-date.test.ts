import { describe, expect, it } from 'vitest';
import { orderForLocale, parseDate } from './parse-date';

const iso = (text: string, options = {}) => {
  const r = parseDate(text, options);
  return r.ok ? r.iso : r.reason;
};

describe('parseDate', () => {
  it('reads ISO and compact dates', () => {
    expect(iso('2026-11-03')).toBe('2026-11-03');
    expect(iso('2026/11/3')).toBe('2026-11-03');
    expect(iso('20261103')).toBe('2026-11-03');
  });

  it('reads month names in English, German, French and Spanish', () => {
    expect(iso('Nov 3, 2026')).toBe('2026-11-03');
    expect(iso('November 3rd 2026')).toBe('2026-11-03');
    expect(iso('3 November 2026')).toBe('2026-11-03');
    expect(iso('03-Nov-2026')).toBe('2026-11-03');
    expect(iso('3. November 2026')).toBe('2026-11-03');
    expect(iso('15. März 2026')).toBe('2026-03-15');
    expect(iso('3 novembre 2026')).toBe('2026-11-03');
    expect(iso('1er octobre 2026')).toBe('2026-10-01');
    expect(iso('3 de noviembre de 2026')).toBe('2026-11-03');
  });

  it('reads a numeric date when only one reading is a real date', () => {
    expect(iso('11/23/2026')).toBe('2026-11-23');
    expect(iso('23/11/2026')).toBe('2026-11-23');
    expect(iso('11/11/2026')).toBe('2026-11-11');
  });

  it('refuses an ambiguous numeric date, and reads it once the locale fixes the order', () => {
    const r = parseDate('03/11/2026');
    expect(r).toMatchObject({ ok: false, reason: 'ambiguous', readings: ['2026-03-11', '2026-11-03'] });
    expect(r.ok ? '' : r.message).toMatch(/2026-03-11 or 2026-11-03/);
    expect(iso('03/11/2026', { locale: 'en-US' })).toBe('2026-03-11');
    expect(iso('03/11/2026', { locale: 'en-GB' })).toBe('2026-11-03');
    expect(iso('03/11/2026', { locale: 'fr-FR' })).toBe('2026-11-03');
    expect(iso('03/11/2026', { locale: 'en' })).toBe('ambiguous');
    expect(iso('3-11-26', { order: 'mdy' })).toBe('2026-03-11');
  });

  it('reads dotted dates day first, as they are written', () => {
    expect(iso('03.11.2026')).toBe('2026-11-03');
    expect(iso('03.11.2026', { locale: 'en-US' })).toBe('2026-11-03');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    expect(iso('2026-02-30')).toBe('invalid');
    expect(iso('31/04/2026')).toBe('invalid');
    expect(iso('13/13/2026')).toBe('invalid');
    expect(iso('next Tuesday')).toBe('not-a-date');
    expect(iso('')).toBe('not-a-date');
  });

  it('maps locales to a numeric order only when the locale says it', () => {
    expect(orderForLocale('en-US')).toBe('mdy');
    expect(orderForLocale('de-DE')).toBe('dmy');
    expect(orderForLocale('en')).toBeUndefined();
    expect(orderForLocale(undefined)).toBeUndefined();
    expect(orderForLocale('not a locale!')).toBeUndefined();
  });
});

// QA stop 53 M1: date pickers and banners print the weekday with the date.
describe('a date with its weekday', () => {
  it.each([
    ['Wed, Nov 4, 2026', '2026-11-04'],
    ['Wednesday, November 4, 2026', '2026-11-04'],
    ['Wed. 11/4/2026', '2026-11-04'],
    ['miércoles, 4 de noviembre de 2026', '2026-11-04'],
    ['mercredi 4 novembre 2026', '2026-11-04'],
    ['Mittwoch, 4. November 2026', '2026-11-04'],
    ['11/04/2026 (Wed)', '2026-11-04'],
  ])('reads "%s"', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('refuses a date that is not its weekday’s', () => {
    expect(iso('Thu, Nov 4, 2026')).toBe('invalid');
    expect(iso('lunes, 4 de noviembre de 2026')).toBe('invalid');
  });

  it('settles a date that reads two ways by its weekday when only one reading falls on it', () => {
    // 2026-02-05 is a Thursday, 2026-05-02 a Saturday.
    expect(iso('Thu 02/05/2026')).toBe('2026-02-05');
    expect(iso('Sat 02/05/2026')).toBe('2026-05-02');
    expect(iso('Mon 02/05/2026')).toBe('ambiguous');
  });

  it('reads a month name that is also a weekday’s short form as the month', () => {
    expect(iso('Mar 10, 2026')).toBe('2026-03-10');
    expect(iso('Sun')).toBe('not-a-date');
  });
});
