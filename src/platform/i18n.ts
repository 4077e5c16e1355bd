/**
 * The message catalogues (public/_locales/<lang>/messages.json, the browser's i18n format), both
 * bundled, for the extension pages (src/ui/shared/i18n), with the way to fill a message
 * (message-text.ts). Bundled rather than read with chrome.i18n, which cannot switch language.
 * The badge's findings frame (src/ui/hint) loads only its language's (hint/load-catalogue.ts);
 * the content script takes only its own few messages (src/content/badge-text.ts).
 */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import type { Language } from './languages';
import { useCatalogue, type Catalogue } from './message-text';

export { isLanguage, LANGUAGES, pickLanguage, type Language } from './languages';
export { CORE_PARAM_KINDS, sayCoreText, translate, type Catalogue } from './message-text';

export const CATALOGUES: Record<Language, Catalogue> = { en, es };
useCatalogue('en', en);
useCatalogue('es', es);
