/**
 * The languages ChartLint speaks and the one way to fill a message template, without the message
 * catalogues (i18n.ts holds those): the content script, which runs in every frame of a page and
 * shows a handful of strings, fills its own few templates with this (src/content/badge-text.ts).
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first of the given language tags we have a catalogue for, else English. */
export function pickLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGUAGES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l === value);
}

/** A template with its `$name$` placeholders filled: numbers as `lang` writes them, an unknown name left as it is. */
export function fillMessage(
  lang: Language,
  message: string,
  params: Record<string, string | number>,
): string {
  return message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? numberText(lang, value) : value;
  });
}

/**
 * A number as `lang` writes it. A whole number under 1,000 is its digits in both languages (no
 * grouping), so it skips Intl: the first Intl object a content script makes costs tens of ms of
 * locale data, and a page's first badge paid it between the worker's reply and the badge (stop 55).
 */
function numberText(lang: Language, value: number): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  let format = NUMBER_FORMATS.get(lang);
  if (!format) NUMBER_FORMATS.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

const NUMBER_FORMATS = new Map<Language, Intl.NumberFormat>();
