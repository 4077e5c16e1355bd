/**
 * Finds the date of service a page shows: a visit, encounter or service date written next to its
 * label, in a date field the content script read ("Date of service: 11/03/2026") or in a banner or
 * note line ("DOS 2026-11-03"). Pure. Only labelled dates count: a note is full of other dates
 * (onset, imaging, birth) that must never pick the code set. The page's own date field outranks a
 * header's visit date, which outranks a note's label (DateTier); two different dates in the tier
 * read, or one that cannot be read for certain, are refused with a plain reason instead of a guess.
 */
import type { FieldText, Span } from '../types';
import { orderShownBy } from './date-order';
import { orderForLocale, parseDate, WEEKDAY_PREFIX, type DateOrder } from './parse-date';
import { HEADER_VISIT_LABEL, OTHER_VISIT, OTHER_VISIT_REACH, VISIT_DATE_LABEL } from './visit-date-labels';

/**
 * How a numeric date that could be read two ways was read: the page's language, the page's other
 * dates (one whose day is past 12), or a US payer on the page. The surfaces say it beside the date
 * (the release line), as `message` or its template.
 */
export type DateSettled = {
  by: 'locale' | 'page-dates' | 'payer';
  order: DateOrder;
  message: string;
  messageId: string;
  params: Record<string, string>;
};

export type DateOfService =
  | { found: true; iso: string; label: string; span: Span; settled?: DateSettled; tier: DateTier }
  | {
      found: false;
      /** `readings`: the two dates an ambiguous date could be, when it alone was refused. */
      refused?: { text: string; message: string; readings?: [string, string] };
    };

/** What settles a numeric date's order besides its own text: the page's language, and whether a US payer is on the page. */
export type DateOrderOptions = { order?: DateOrder; locale?: string; usPayer?: 'Medicare' | 'Medicaid' };

const ORDER_TERM: Record<DateOrder, string> = { mdy: 'month_first', dmy: 'day_first' };
const ORDER_WORDS: Record<DateOrder, string> = { mdy: 'month first', dmy: 'day first' };

/**
 * The order that settles the ambiguous `text`: the page's language, else the page's own dates with
 * the same separator, else a US payer named on the page (Medicare, Medicaid: US dates are month
 * first). Undefined when nothing does: the date is then refused, never guessed.
 */
function settle(text: string, iso: (order: DateOrder) => string, fields: readonly FieldText[], options: DateOrderOptions): DateSettled | undefined {
  const separator = /[/-]/.exec(text)?.[0] ?? '/';
  const byLocale = orderForLocale(options.locale);
  const shown = byLocale ? undefined : orderShownBy(fields.filter((f) => f.kind === 'date' || f.kind === 'note').map((f) => f.text), separator);
  const order = byLocale ?? shown?.order ?? (options.usPayer ? 'mdy' : undefined);
  if (!order) return undefined;
  const read = `The page's date ${text} was read ${ORDER_WORDS[order]} (${iso(order)})`;
  const common = { date_text: text, order_term: ORDER_TERM[order], service_date: iso(order) };
  if (byLocale)
    return { by: 'locale', order, message: `${read}, as the page's language (${options.locale}) writes dates.`, messageId: 'release_date_order_locale', params: { ...common, locale: options.locale ?? '' } };
  if (shown)
    return { by: 'page-dates', order, message: `${read}, as ${shown.example} on the same page shows.`, messageId: 'release_date_order_page', params: { ...common, example: shown.example } };
  return { by: 'payer', order, message: `${read}, as a US payer (${options.usPayer}) is named on the page.`, messageId: 'release_date_order_payer', params: { ...common, payer: options.usPayer ?? '' } };
}

// A weekday may stand before the date ("Tue, Sep 29, 2026"): parseDate reads it (QA stop 53 M1).
const DATE =
  '((?:' + WEEKDAY_PREFIX + ')?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|[A-Za-zÀ-ÿ]{3,10}\\.?\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}|\\d{1,2}(?:st|nd|rd|th|\\.|er)?(?:\\s+de)?[\\s-][A-Za-zÀ-ÿ]{3,10}\\.?(?:\\s+de)?[\\s,-]+\\d{4}))';
/**
 * A label, then at most two separators: a form whose label already ends in a colon shows
 * "Date of Service:" beside its value, and a reader that joins them adds its own (QA stop 47).
 * A required field's asterisk ("Date of service*", Angular Material and most form kits) may sit
 * between the label and its colon (QA stop 51, class C).
 */
const SEPARATORS = '(?:[:#=\\-–*]\\s*){0,3}';
const LABELLED = new RegExp(`\\b(${VISIT_DATE_LABEL})\\b\\s*${SEPARATORS}${DATE}`, 'gi');

/**
 * A date field that starts with a header's visit word and its date ("visit 09/20/2026"): what the
 * content script sends from a patient banner, whose items carry no colon. Read in date fields only,
 * from their start, so a note's "follow-up visit 12/01/2026" is never a date of service.
 */
const HEADED = new RegExp(`^\\s*(${HEADER_VISIT_LABEL})\\b\\s*${SEPARATORS}${DATE}`, 'i');

/**
 * Where a date of service was read, most trusted first (the lead's precedence, stop 52): a labelled
 * date field on the page (a form's "Date of service" input, a banner's "DOS:"), then a visit date
 * in the page's header region with no label of its own ("Encounter 11/24/2026 · Office visit",
 * "Reg Dt: 09/29/2026"), then a label inside a note's text (a copied-forward note keeps its old
 * visit's "Date of service: 09/12/2025"). A date the user set in the panel outranks them all
 * (chooseRelease in src/kb). Only the first tier that shows a date is read: a lower tier's other
 * date never makes the page's date conflict; two dates in the same tier still do.
 */
export type DateTier = 'field' | 'header' | 'note';
const TIERS: readonly DateTier[] = ['field', 'header', 'note'];

type Hit = { iso: string; label: string; span: Span; settled?: DateSettled; tier: DateTier };
type Refusal = { text: string; message: string; readings?: [string, string] };
type TierReading = { hits: Hit[]; ambiguous: { text: string; message: string; readings: [string, string] }[]; refused: Refusal | undefined };

/** The labelled dates of a field with their tier: every label in it, or a date field's header visit word at its start. */
function labelledDates(field: FieldText): { tier: DateTier; matches: RegExpExecArray[] } {
  const found = [...field.text.matchAll(LABELLED)];
  if (field.kind === 'note') return { tier: 'note', matches: found };
  if (found.length > 0) return { tier: 'field', matches: found };
  const headed = HEADED.exec(field.text);
  return { tier: 'header', matches: headed ? [headed] : [] };
}

export function findDateOfService(fields: readonly FieldText[], options: DateOrderOptions = {}): DateOfService {
  const tiers = new Map<DateTier, TierReading>(TIERS.map((t) => [t, { hits: [], ambiguous: [], refused: undefined }]));
  for (const field of fields) {
    if (field.kind !== 'date' && field.kind !== 'note') continue;
    const { tier, matches } = labelledDates(field);
    const reading = tiers.get(tier) as TierReading;
    for (const m of matches) {
      // "Next visit date: 12/01/2026" in a plan, "Last DOS" in a history: another visit's date.
      if (OTHER_VISIT.test(field.text.slice(Math.max(0, m.index - OTHER_VISIT_REACH), m.index))) continue;
      const text = m[2] ?? '';
      const start = m.index + m[0].length - text.length;
      const parsed = parseDate(text, options.order ? { order: options.order } : {});
      const label = (m[1] ?? '').replace(/\s+/g, ' ');
      const span = { fieldId: field.id, start, end: start + text.length, text };
      if (parsed.ok) reading.hits.push({ iso: parsed.iso, label, span, tier });
      else if (parsed.reason === 'ambiguous') {
        const [mdy, dmy] = parsed.readings;
        const settled = settle(text, (order) => (order === 'mdy' ? mdy : dmy), fields, options);
        if (settled) reading.hits.push({ iso: settled.order === 'mdy' ? mdy : dmy, label, span, settled, tier });
        else reading.ambiguous.push({ text, message: parsed.message, readings: parsed.readings });
      } else reading.refused ??= { text, message: parsed.message };
    }
  }
  for (const [i, tier] of TIERS.entries()) {
    const reading = tiers.get(tier) as TierReading;
    if (reading.hits.length === 0 && reading.ambiguous.length === 0 && !reading.refused) continue;
    const below = TIERS.slice(i + 1).flatMap((lower) => (tiers.get(lower) as TierReading).hits);
    return withinTier(reading, below);
  }
  return { found: false };
}

/**
 * The date of service one tier shows: its one date, or a refusal when it shows several or one it
 * cannot read for certain. A lower tier's dates (`below`) never conflict with it; they only settle
 * a date of the tier that reads two ways when the tier has no certain date of its own and they agree.
 */
function withinTier({ hits, ambiguous, refused: unreadable }: TierReading, below: readonly Hit[]): DateOfService {
  let refused = unreadable;
  const distinct = [...new Set(hits.map((h) => h.iso))];
  // "DOS 2026-10-03" and "Date of service: 10/03/2026" on one page: the certain date says which
  // reading the other is, and they agree. One whose readings miss the certain date, or with no
  // certain date beside it, is refused: the order of day and month is never guessed.
  const anchors = distinct.length > 0 ? hits : below;
  const anchorDates = [...new Set(anchors.map((h) => h.iso))];
  for (const a of ambiguous)
    if (!(anchorDates.length === 1 && a.readings.includes(anchorDates[0] as string))) refused ??= { text: a.text, message: a.message, readings: a.readings };
  if (distinct.length > 1) {
    return { found: false, refused: { text: distinct.join(', '), message: `The page shows more than one date of service (${distinct.join(', ')}); set the date in the panel.` } };
  }
  const first = hits[0] ?? (ambiguous.length > 0 ? anchors[0] : undefined);
  if (first && !refused) return { found: true, ...first };
  if (first && refused) return { found: false, refused: { text: refused.text, message: `${refused.message} The page also shows ${first.iso}; set the date in the panel.` } };
  return refused ? { found: false, refused } : { found: false };
}
