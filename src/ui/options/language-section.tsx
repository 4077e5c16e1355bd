import { useEffect, useState } from 'preact/hooks';
import { loadLanguageChoice, saveLanguageChoice } from '../../platform/ui-language';
import { LANGUAGES, t } from '../shared/i18n/i18n';

/**
 * The language of ChartLint's pages and badge: the browser's by default, or one the user picks
 * (kept on this computer; chrome.i18n cannot switch, so the pages load their own catalogue).
 */
export function LanguageSection({ onSaved }: { onSaved: (message: string) => void }) {
  const [choice, setChoice] = useState('auto');
  useEffect(() => {
    void loadLanguageChoice().then(setChoice, () => undefined);
  }, []);
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('languageLabel')}</h2>
      <div class="row">
        <label for="language">{t('languageLabel')}</label>
        <select
          id="language"
          value={choice}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setChoice(value);
            void saveLanguageChoice(value).then(() => onSaved(t('languageSaved')));
          }}
        >
          <option value="auto">{t('languageAuto')}</option>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {t(`language_${l}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
