/**
 * Words pages use to name what is around the visit's own diagnoses, as data (English and Spanish).
 * Sources: Epic's encounter sidebar ("Visit Diagnoses", "Problem List", "Medical History"), Cerner
 * PowerChart's components ("Diagnoses (This Visit)", "Problems", "Past Medical History", "Family
 * History"), athenaOne's ("Problems", "Past Medical History", "Surgical History"), and Spanish
 * EHRs' ("Antecedentes personales", "Antecedentes familiares", "Lista de problemas", "Diagnósticos
 * de la consulta"). A phrase is matched as whole words, case and accents as written.
 */

/** Chart history: never the codes entered for this visit, whatever else the page holds. */
export const HISTORY_PHRASES: readonly string[] = [
  'history',
  'medical history',
  'past medical history',
  'pmh',
  'past history',
  'family history',
  'surgical history',
  'social history',
  'prior diagnoses',
  'prior diagnosis',
  'previous diagnoses',
  'past diagnoses',
  'historical diagnoses',
  'chronic problems',
  'chronic conditions',
  'inactive problems',
  'resolved problems',
  'antecedentes',
  'antecedentes personales',
  'antecedentes familiares',
  'historia clínica',
  'historial',
  'diagnósticos previos',
  'diagnósticos anteriores',
  'problemas crónicos',
  'problemas resueltos',
];

/**
 * The chart's problem list: chart context when the page also has a field of this visit's
 * diagnoses (chart-context.ts); on a page with no other diagnosis field it is the list the user
 * codes in (a small EHR's "Problems" with an Add row).
 */
export const PROBLEM_LIST_PHRASES: readonly string[] = [
  'problem list',
  'problems',
  'active problems',
  'lista de problemas',
  'problemas',
  'problemas activos',
];

/** This visit's own list: a name with one of these is never chart context ("Diagnoses (Problems) for this visit"). */
export const VISIT_PHRASES: readonly string[] = [
  'visit',
  'this visit',
  'encounter',
  'today',
  "today's",
  'visita',
  'consulta',
  'encuentro',
  'de hoy',
];

/** Verbs a box to add a diagnosis starts its name with ("Add a visit diagnosis", "Añadir diagnóstico"). */
export const ADD_VERBS: readonly string[] = ['add', 'añadir', 'agregar'];

/**
 * Words that name a code search or its results ("Search ICD-10", "ICD-10 search", "Code lookup",
 * "Find a diagnosis", "Buscar diagnóstico"): what is typed there is a query and what it lists are
 * offers, never the visit's diagnoses (QA stop 50, class E: an ICD-10 search drawer).
 */
export const SEARCH_PHRASES: readonly string[] = ['search', 'search results', 'lookup', 'look up', 'look-up', 'find', 'buscar', 'búsqueda', 'busqueda'];

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** A regular expression matching any phrase as whole words (no letter or digit right before or after). */
export function phrasesPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

export const HISTORY_NAME = phrasesPattern(HISTORY_PHRASES);
export const PROBLEM_LIST_NAME = phrasesPattern(PROBLEM_LIST_PHRASES);
export const VISIT_NAME = phrasesPattern(VISIT_PHRASES);
export const SEARCH_NAME = phrasesPattern(SEARCH_PHRASES);
/** A name that starts with an add verb. */
export const ADD_NAME = new RegExp(`^\\s*(?:${ADD_VERBS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
