/**
 * How a message is said: a catalogue's template filled (`$name$` placeholders, the core's param
 * kinds), in the language asked, English where that language's catalogue lacks it. Holds no
 * catalogue itself: a page gives it the ones it loaded (`useCatalogue`).
 */
import { fillMessage, type Language } from './languages';

export type Entry = {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
};
export type Catalogue = Record<string, Entry>;

/**
 * The catalogues this page has loaded. The extension pages take both with i18n.ts; the findings
 * frame loads the UI language's alone (hint/load-catalogue.ts), since each frame that shows a
 * badge parsed both (about 147 KB) for one language's words.
 */
const LOADED: Partial<Record<Language, Catalogue>> = {};
/** Set when a message was asked of a language whose catalogue lacks it or is not loaded. */
let lookedBeyond = false;

export function useCatalogue(lang: Language, catalogue: Catalogue): void {
  LOADED[lang] = catalogue;
}

export const hasCatalogue = (lang: Language): boolean => LOADED[lang] !== undefined;

/** True once a message was looked for in English because `lang`'s catalogue lacked it (cleared on read). */
export function fellBackSinceAsked(): boolean {
  const was = lookedBeyond;
  lookedBeyond = false;
  return was;
}

/** The entry of `id` in `lang`, else in English. */
function entryOf(lang: Language, id: string): Entry | undefined {
  const own = LOADED[lang]?.[id];
  if (own) return own;
  if (lang !== 'en') lookedBeyond = true;
  return LOADED.en?.[id];
}

const known = (lang: Language, id: string): boolean => entryOf(lang, id) !== undefined;

/** The message in `lang` with its `$name$` placeholders filled; English when `lang` lacks it; else the id. */
export function translate(lang: Language, id: string, params: Record<string, string | number> = {}): string {
  const entry = entryOf(lang, id);
  return entry ? fillMessage(lang, entry.message, params) : id;
}

/**
 * How a text the core made (a finding, a verdict, a release note) names its parts: `params` are
 * strings, and a placeholder's name says how to say its value in the user's language:
 * - `…_term`: a word of ChartLint's vocabulary (`cervical`, `osseous`), said as `term_<value>`;
 * - `…_terms` / `…_or_terms`: several such words (`|`-separated), said as a list with "and" / "or";
 * - `…_list` / `…_or`: several literal items (codes, levels, quotes), said as a list with "and" / "or";
 * - `…_date`: an ISO date, said as the language writes dates;
 * - `…_desc`: descriptions (`|`-separated, said with "; "), each of parts (`;`, said with ", ")
 *   that are literal or vocabulary words (`@word`, several joined by `+`);
 * - `…_quotes`: words quoted from the note (`|`-separated), each in the language's quotation marks;
 * - `…_labels`: catalogue ids (`|`-separated) of labels, said in lower case with "; ";
 * - `…_msg`: the id of a further sentence (or empty), filled from the same params;
 * - `…_msgs`: several texts, each with its own params (JSON `[{id, params}]`, or `{text}` for
 *   one the core gave no template), said one after another with "; ";
 * - anything else (codes, levels, quotes from the note) as it is.
 */
export const CORE_PARAM_KINDS = [
  '_or_terms',
  '_terms',
  '_term',
  '_list',
  '_or',
  '_date',
  '_desc',
  '_quotes',
  '_labels',
  '_msgs',
  '_msg',
] as const;

const termId = (value: string) => `term_${value.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}`;
const listOf = (lang: Language, items: string[], type: 'conjunction' | 'disjunction') =>
  new Intl.ListFormat(lang, { style: 'long', type }).format(items);

function sayParam(
  lang: Language,
  name: string,
  value: string,
  params: Record<string, string>,
  depth: number,
): string {
  const split = () => value.split('|').filter((v) => v !== '');
  const term = (v: string) => (known(lang, termId(v)) ? translate(lang, termId(v)) : v);
  if (name.endsWith('_or_terms')) return listOf(lang, split().map(term), 'disjunction');
  if (name.endsWith('_terms')) return listOf(lang, split().map(term), 'conjunction');
  if (name.endsWith('_term')) return term(value);
  if (name.endsWith('_list')) return listOf(lang, split(), 'conjunction');
  if (name.endsWith('_or')) return listOf(lang, split(), 'disjunction');
  if (name.endsWith('_date')) {
    const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  if (name.endsWith('_desc')) {
    const words = (p: string, joiner: string) =>
      p
        .split('+')
        .map((w) => term(w.replace(/^@/, '')))
        .join(joiner);
    const part = (p: string) =>
      p.startsWith('(@') && p.endsWith(')')
        ? `(${words(p.slice(1, -1), ', ')})`
        : p.startsWith('@')
          ? words(p, ' + ')
          : p;
    // A part in parentheses follows the one before it with a space: "cervical (C2, C5)".
    const joinParts = (parts: string[]) =>
      parts.reduce((out, p, i) => (i === 0 ? p : `${out}${p.startsWith('(') ? ' ' : ', '}${p}`), '');
    return split()
      .map((item) => joinParts(item.split(';').map(part)))
      .join('; ');
  }
  if (name.endsWith('_quotes'))
    return split()
      .map((q) => translate(lang, 'quoted', { text: q }))
      .join(', ');
  if (name.endsWith('_labels'))
    return split()
      .map((id) => lowerFirst(translate(lang, id)))
      .join('; ');
  if (name.endsWith('_msgs')) {
    if (depth > 3) return '';
    let items: unknown;
    try {
      items = JSON.parse(value);
    } catch {
      return '';
    }
    if (!Array.isArray(items)) return '';
    return items
      .map((item: { id?: unknown; params?: unknown; text?: unknown }) =>
        typeof item.id === 'string'
          ? fill(lang, item.id, stringRecord(item.params), depth + 1)
          : typeof item.text === 'string'
            ? item.text
            : '',
      )
      .filter(Boolean)
      .join('; ');
  }
  if (name.endsWith('_msg')) return value === '' || depth > 3 ? '' : fill(lang, value, params, depth + 1);
  return value;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);
const stringRecord = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

function fill(lang: Language, id: string, params: Record<string, string>, depth: number): string {
  const entry = entryOf(lang, id);
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : sayParam(lang, name, value, params, depth);
  });
}

/**
 * A text the core made, in `lang`, from its template and params (see CORE_PARAM_KINDS); the
 * core's English sentence when the catalogue lacks the template.
 *
 * @example sayCoreText('es', 'finding_region_mismatch', {code: 'M99.60', suggestions: 'M99.61'}, '…')
 */
export function sayCoreText(
  lang: Language,
  id: string,
  params: Record<string, string>,
  english: string,
): string {
  if (!known(lang, id)) return english;
  return fill(lang, id, params, 0);
}
