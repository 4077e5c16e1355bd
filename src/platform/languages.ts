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
    return value === undefined
      ? whole
      : typeof value === 'number'
        ? new Intl.NumberFormat(lang).format(value)
        : value;
  });
}
