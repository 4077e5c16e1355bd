/**
 * The findings frame's messages: the catalogue of the language the view asks for, loaded when
 * first asked, and English only when that catalogue lacks a message the card needed. Each page
 * that shows a badge holds one such frame; with both catalogues bundled it parsed about 147 KB
 * of messages to say one language's few lines (QA stop 55).
 */
import { hasCatalogue, useCatalogue, type Catalogue } from '../../platform/message-text';
import type { Language } from '../../platform/languages';

// One import per language, so the build makes each catalogue a chunk of its own.
const LOADERS: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./catalogues/en'),
  es: () => import('./catalogues/es'),
};

const loading = new Map<Language, Promise<void>>();

/** Resolves once `lang`'s catalogue is in use (at once when it already is). */
export function loadCatalogue(lang: Language): Promise<void> {
  if (hasCatalogue(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then((module) => useCatalogue(lang, module.default));
    loading.set(lang, pending);
  }
  return pending;
}
