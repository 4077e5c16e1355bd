import { t } from '../shared/i18n/i18n';
import { WholeDates } from '../shared/whole-dates';
import type { OptionsState } from './options-state';

export function AboutSection({ state, version }: { state: OptionsState; version: string }) {
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">{t('aboutTitle')}</h2>
      <p>
        {t('aboutVersion')} <strong data-version>{version}</strong>.
      </p>
      <table class="sources" aria-label={t('dataSources')}>
        <thead>
          <tr>
            <th scope="col">{t('colData')}</th>
            <th scope="col">{t('colRelease')}</th>
            <th scope="col">{t('colPublisher')}</th>
          </tr>
        </thead>
        <tbody>
          {state.sources.value.map((s) => (
            <tr key={s.kind}>
              <td>
                {t(`dataSource_${s.kind}`)}
                {/* The data files' own provenance records, in English. */}
                <div class="muted help source-url" lang="en">
                  {s.source}
                </div>
              </td>
              <td>
                {s.release}
                <div class="muted help">
                  <WholeDates text={t('dataSourceEffective', { from: s.effectiveFrom, to: s.effectiveTo })} />
                </div>
              </td>
              <td lang="en">
                {s.publisher}
                <div class="muted help">{s.license}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
