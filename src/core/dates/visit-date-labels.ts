/**
 * The labels that name a visit's date, and the words that make such a label another visit's. One
 * list for the core's reader (find-date-of-service.ts) and for the content script, which sends
 * only the dates these labels name (src/content/find-date-fields.ts): the extension and the CLI
 * read the same labels, and the content script never rewrites one into another.
 */

/**
 * The labels, as a regular expression's source (no flags, no groups that capture), in English,
 * German, French and Spanish, with the short forms EHR banners print ("Enc Dt", "Svc Dt", "Date
 * of Svc", QA stop 47). A bare "Visit" or "Encounter" counts only with its colon ("Visit: 09/14/2026"):
 * without it, "visit 09/14" is a sentence about some visit.
 *
 * @example new RegExp(`\\b(?:${VISIT_DATE_LABEL})\\b`, 'i').test('Enc Dt: 09/14/2026') === true
 */
export const VISIT_DATE_LABEL = [
  'date\\s+of\\s+(?:service|visit|encounter|svc)',
  'dos',
  'service\\s+date',
  'visit\\s+date',
  'enc(?:ounter)?\\.?\\s*(?:date|dt)',
  '(?:visit|svc|service)\\s+dt',
  'appointment\\s+date',
  'date\\s+seen',
  'behandlungsdatum',
  'datum\\s+der\\s+behandlung',
  'besuchsdatum',
  'date\\s+de\\s+(?:la\\s+)?(?:consultation|visite)',
  // Spanish: "Fecha de atención" is the common Latin-American label (QA stop 53 H6), "F. atención"
  // its short form; "Fecha del encuentro" Epic's and Cerner's Spanish screens.
  'fecha\\s+de\\s+(?:servicio|atenci[oó]n|(?:la\\s+)?(?:consulta|visita|atenci[oó]n)|(?:el\\s+)?encuentro)',
  'fecha\\s+del\\s+(?:servicio|encuentro)',
  'f\\.\\s*(?:de\\s+)?atenci[oó]n',
  '(?:encounter|visit)(?=\\s?:)',
].join('|');

/**
 * The words a patient banner or page header prints right before the visit's date, with no colon:
 * "visit 09/20/2026", "Office visit 11/30/2026", "Enc 11/02/2026", "Appt 10/05/2026" (QA stop 50,
 * M1), and the registration date a Cerner-like banner gives the encounter ("Reg Dt: 09/29/2026",
 * QA stop 51, M1: an encounter is registered on the day of its visit). In prose ("a follow-up visit 12/01") they name some visit, so they count only where the
 * content script found them in a page's header region and sent them as a date field that starts
 * with them (src/content/find-date-fields.ts): never in a note.
 *
 * @example new RegExp(`^(?:${HEADER_VISIT_LABEL})\\b`, 'i').test('Office visit 11/30/2026') === true
 */
export const HEADER_VISIT_LABEL =
  "(?:(?:office|clinic|current|this|today's)\\s+)?(?:visit|encounter|enc|appt|appointment|seen)|reg(?:istration)?\\.?\\s*(?:dt|date)";

/**
 * Words just before a visit-date label that make it another visit's date ("Next visit date",
 * "Last DOS", "Follow-up visit:"), tested on the text that ends where the label begins.
 *
 * @example OTHER_VISIT.test('Next ') === true
 */
export const OTHER_VISIT = /\b(?:last|next|previous|prior|follow[- ]?up|return|upcoming|scheduled)\s*$/i;

/** How far before a label OTHER_VISIT looks: the words right before it, never the line before. */
export const OTHER_VISIT_REACH = 24;
