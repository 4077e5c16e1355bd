import { t } from './i18n/i18n';

/** The quiet privacy promise every surface shows. */
export function PrivacyLine() {
  return (
    <p class="privacy">
      {t('privacyLine')}
    </p>
  );
}
