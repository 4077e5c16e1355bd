/**
 * The message catalogues (public/_locales/<lang>/messages.json, the browser's i18n format) and the
 * one way to fill a message, shared by the extension pages (src/ui/shared/i18n) and the content
 * script's badge. Bundled rather than read with chrome.i18n, which cannot switch language.
 */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string }> };
export type Catalogue = Record<string, Entry>;

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const CATALOGUES: Record<Language, Catalogue> = { en, es };

/** The first of the given language tags we have a catalogue for, else English. */
export function pickLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGUAGES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}

/** The message in `lang` with its `$name$` placeholders filled; English when `lang` lacks it; else the id. */
export function translate(lang: Language, id: string, params: Record<string, string | number> = {}): string {
  const entry = CATALOGUES[lang][id] ?? CATALOGUES.en[id];
  if (!entry) return id;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
  });
}
