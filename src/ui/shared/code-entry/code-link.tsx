import { t } from '../i18n/i18n';
/** A code with its title; a button when the host page can open codes, plain text otherwise. */
export function CodeLink({ code, title, billable, onSelectCode }: { code: string; title?: string; billable?: boolean; onSelectCode?: ((code: string) => void) | undefined }) {
  const label = (
    <>
      <span class="code">{code}</span>
      {title && (
        <span class="code-link-title" lang="en">
          {' '}
          {title}
        </span>
      )}
      {billable === false && <span class="muted"> {t('headerMark')}</span>}
    </>
  );
  return onSelectCode ? (
    <button type="button" class="code-link" onClick={() => onSelectCode(code)}>
      {label}
    </button>
  ) : (
    <span class="code-ref">{label}</span>
  );
}
