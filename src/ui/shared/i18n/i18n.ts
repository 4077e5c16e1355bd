/**
 * The surfaces' words: every user-visible string comes from the message catalogue
 * (public/_locales/<lang>/messages.json, the browser's own i18n format) through `t`. The catalogues
 * are bundled rather than read with chrome.i18n because chrome.i18n cannot switch language, and the
 * user may pick one in the options (`setLanguage`). Numbers and dates go through Intl.
 */
import { signal } from '@preact/signals';
import { CATALOGUES, LANGUAGES, pickLanguage, translate, type Catalogue, type Language } from '../../../platform/i18n';

export { CATALOGUES, LANGUAGES, type Catalogue, type Language };
/** 'auto' follows the browser's language. */
export type LanguageChoice = Language | 'auto';
export type MessageId = keyof typeof CATALOGUES.en;

/** The language the surfaces speak now; `t` reads it, so components re-render when it changes. */
export const language = signal<Language>(browserLanguage());

/** The browser's UI language when we have a catalogue for it, else English. */
export function browserLanguage(tags: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  return pickLanguage(tags);
}

export function setLanguage(choice: LanguageChoice): void {
  language.value = choice === 'auto' ? browserLanguage() : choice;
  if (typeof document !== 'undefined') document.documentElement.lang = language.value;
}

/** True when the catalogue has the id (finding templates are optional per language). */
export function hasMessage(id: string, lang: Language = language.value): boolean {
  return id in CATALOGUES[lang];
}

/**
 * The message in the current language with its `$name$` placeholders filled; English when the
 * language lacks it; the id itself when no catalogue has it (a test keeps that from shipping).
 *
 * @example t('dismissedOnPage', {count: 3}) // 'Dismissed on this page (3)'
 */
export function t(id: MessageId | (string & {}), params: Record<string, string | number> = {}): string {
  return translate(language.value, id, params);
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(language.value).format(n);
}

/** An ISO date ("2026-10-01") as the user's language writes it. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language.value, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * A message with a plural form chosen by Intl.PluralRules: `<id>_one`, `<id>_other` (and any other
 * category the language uses), falling back to `<id>_other`.
 *
 * @example tn('severityCount_error', 2) // '2 errors'
 */
export function tn(id: string, count: number, params: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(language.value).select(count);
  const exact = `${id}_${category}`;
  return t(hasMessage(exact) || hasMessage(exact, 'en') ? exact : `${id}_other`, { count, ...params });
}
