/**
 * Which number comes first in a page's numeric dates, as the page itself shows it: "09/15/2026"
 * can only be month first, "15/09/2026" only day first. An EHR writes every date of a screen the
 * same way, so such a date settles "10/02/2025" beside it (QA stop 49: a header's ambiguous date of
 * service was refused while the referral and last-visit dates next to it were 09/15/2026 and
 * 09/28/2026, and the release fell back to today's). Only dates written with the same separator
 * count; a page that shows both orders settles nothing. Pure.
 */
import type { DateOrder } from './parse-date';

export type OrderEvidence = { order: DateOrder; /** The date that shows it, as written. */ example: string };

/** A numeric date with a four-digit year, not part of a longer number or date. */
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/g;

/** The order the texts' numeric dates written with `separator` show, when they show one order only. */
export function orderShownBy(texts: readonly string[], separator: string): OrderEvidence | undefined {
  let mdy: string | undefined;
  let dmy: string | undefined;
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC)) {
      if (m[2] !== separator) continue;
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a >= 1 && a <= 12 && b > 12 && b <= 31) mdy ??= m[0];
      else if (b >= 1 && b <= 12 && a > 12 && a <= 31) dmy ??= m[0];
      if (mdy && dmy) return undefined;
    }
  }
  if (mdy) return { order: 'mdy', example: mdy };
  return dmy ? { order: 'dmy', example: dmy } : undefined;
}
