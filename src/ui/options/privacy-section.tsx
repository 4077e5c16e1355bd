import { t } from '../shared/i18n/i18n';
/** The privacy model, in the same plain words as the README's "Privacy" section. */
export function PrivacySection() {
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('privacyTitle')}</h2>
      <ul class="privacy-model">
        <li>
          <strong>{t('privacyNothingLeaves')}</strong> {t('privacyNothingLeavesText')}
        </li>
        <li>
          <strong>{t('privacyOnlySites')}</strong> {t('privacyOnlySitesText')}
        </li>
        <li>
          <strong>{t('privacyMemory')}</strong> {t('privacyMemoryText')}
        </li>
        <li>
          <strong>{t('privacySynced')}</strong> {t('privacySyncedText')}
        </li>
        <li>
          <strong>{t('privacyNeverChanges')}</strong> {t('privacyNeverChangesText')}
        </li>
      </ul>
    </section>
  );
}
