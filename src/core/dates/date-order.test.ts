import { describe, expect, it } from 'vitest';
import type { FieldText } from '../types';
import { orderShownBy } from './date-order';
import { findDateOfService } from './find-date-of-service';

const date = (text: string, id = 'd'): FieldText => ({ id, kind: 'date', text });
const note = (text: string, id = 'n'): FieldText => ({ id, kind: 'note', text });

describe('orderShownBy', () => {
  it('reads the order from a date whose day is past 12, with the same separator only', () => {
    expect(orderShownBy(['Referral 09/15/2026, last visit 09/28/2026'], '/')).toEqual({
      order: 'mdy',
      example: '09/15/2026',
    });
    expect(orderShownBy(['Überweisung 15/09/2026'], '/')).toEqual({ order: 'dmy', example: '15/09/2026' });
    expect(orderShownBy(['Referral 09-15-2026'], '/')).toBeUndefined();
    expect(orderShownBy(['Referral 09-15-2026'], '-')).toMatchObject({ order: 'mdy' });
  });

  it('settles nothing from dates that read both ways, from a page showing both orders, or from other numbers', () => {
    expect(orderShownBy(['DOB 01/02/1945, seen 03/04/2026'], '/')).toBeUndefined();
    expect(orderShownBy(['09/15/2026', '15/09/2026'], '/')).toBeUndefined();
    expect(orderShownBy(['BP 138/84, ratio 1/15', 'version 2.13/01/2026'], '/')).toBeUndefined();
  });
});

describe('an ambiguous date of service settled by the page', () => {
  it("reads 10/02/2025 month first when the page's other dates are month first, and says so", () => {
    const found = findDateOfService([
      date('Date of service: 10/02/2025'),
      date('09/15/2026 09/28/2026', 'examples'),
    ]);
    expect(found).toMatchObject({
      found: true,
      iso: '2025-10-02',
      settled: {
        by: 'page-dates',
        order: 'mdy',
        messageId: 'release_date_order_page',
        params: { example: '09/15/2026', date_text: '10/02/2025' },
      },
    });
    if (found.found)
      expect(found.settled?.message).toBe(
        "The page's date 10/02/2025 was read month first (2025-10-02), as 09/15/2026 on the same page shows.",
      );
    // A note's own dates count too, day first as well.
    expect(findDateOfService([date('DOS: 10/02/2025'), note('X-ray taken 23/09/2025.')])).toMatchObject({
      found: true,
      iso: '2025-02-10',
      settled: { order: 'dmy' },
    });
  });

  it("reads it by the page's language, else a US payer on the page", () => {
    expect(findDateOfService([date('DOS: 10/02/2025')], { locale: 'en-US' })).toMatchObject({
      found: true,
      iso: '2025-10-02',
      settled: { by: 'locale' },
    });
    expect(findDateOfService([date('DOS: 10/02/2025')], { usPayer: 'Medicare' })).toMatchObject({
      found: true,
      iso: '2025-10-02',
      settled: { by: 'payer', params: { payer: 'Medicare' } },
    });
  });

  it('still refuses when nothing settles it: no other date, or dates with another separator, or both orders', () => {
    expect(findDateOfService([date('DOS: 10/02/2025')])).toMatchObject({
      found: false,
      refused: { text: '10/02/2025' },
    });
    expect(findDateOfService([date('DOS: 10/02/2025'), date('2026-09-15 09-15-2026', 'x')])).toMatchObject({
      found: false,
    });
    expect(findDateOfService([date('DOS: 10/02/2025'), date('09/15/2026 23/09/2026', 'x')])).toMatchObject({
      found: false,
    });
  });

  it('leaves a date that reads one way only as it was, with nothing to say', () => {
    const found = findDateOfService([date('DOS: 09/28/2026'), date('15/09/2026', 'x')]);
    expect(found).toMatchObject({ found: true, iso: '2026-09-28' });
    if (found.found) expect(found.settled).toBeUndefined();
  });
});
