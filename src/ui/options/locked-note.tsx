import { t } from '../shared/i18n/i18n';
/** Marks a value the administrator set (storage.managed): shown, but not editable. */
export function LockedNote() {
  return (
    <span class="locked" title={t('lockedTitle')}>
      <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true">
        <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 1 0-4 0v2z" />
      </svg>{' '}
      {t('lockedNote')}
    </span>
  );
}
