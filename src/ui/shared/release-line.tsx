import type { ReleaseStamp } from '../../core';
import { releaseMessage } from './i18n/finding-text';
import { t } from './i18n/i18n';
import { WholeDates } from './whole-dates';

/**
 * The ICD-10-CM release codes are checked against, with the date of service that chose it, shown
 * in the popup and the panel header. When the release is pinned, expired or does not cover the
 * date, the message says so plainly (no silent expiry).
 */
export function ReleaseLine({ stamp }: { stamp: ReleaseStamp | undefined }) {
  if (!stamp) return null;
  const plain = stamp.status === 'in-force';
  return (
    <p class={`release-line${plain ? '' : ' release-warning'}`} data-release={stamp.version} data-release-status={stamp.status}>
      <span>
        {t('releaseName', { version: stamp.status === 'not-covered' ? t('notChecked') : stamp.version })}
        {stamp.dateOfService && (
          <span class="muted">
            {' '}
            <WholeDates text={t('dateOfServiceLine', { date: stamp.dateOfService })} />
            {stamp.dateSource ? ` (${t(`dateSource_${stamp.dateSource}`)})` : ''}
          </span>
        )}
      </span>
      {stamp.message && (
        <span class="release-message" role={plain ? undefined : 'note'}>
          <WholeDates text={releaseMessage(stamp) ?? ''} />
        </span>
      )}
    </p>
  );
}
