import { browserUiLanguage, loadLanguageChoice, onLanguageChoiceChanged } from '../../../platform/ui-language';
import { browserLanguage, LANGUAGES, language, setLanguage, type LanguageChoice } from './i18n';

const asChoice = (value: string | null | undefined): LanguageChoice | undefined =>
  value === 'auto' || LANGUAGES.some((l) => l === value) ? (value as LanguageChoice) : undefined;

/**
 * Sets the page's language: `?lang=` (previews, screenshots), else the choice in the options, else
 * the browser's; follows later changes of the choice. Returns the unsubscribe function.
 */
export async function startLanguage(search = location.search): Promise<() => void> {
  const fromUrl = asChoice(new URLSearchParams(search).get('lang'));
  const follow = (choice: string) => {
    const c = asChoice(choice) ?? 'auto';
    if (c === 'auto') language.value = browserLanguage([browserUiLanguage(), ...navigator.languages]);
    else setLanguage(c);
    document.documentElement.lang = language.value;
  };
  if (fromUrl) {
    follow(fromUrl);
    return () => undefined;
  }
  follow(await loadLanguageChoice().catch(() => 'auto'));
  return onLanguageChoiceChanged(follow);
}
