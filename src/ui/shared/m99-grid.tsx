import { useState } from 'preact/hooks';
import { t } from './i18n/i18n';
import { M99_REGIONS, M99_SUBCATEGORIES, plausibilityOf, type Plausibility } from '../../core';

/** The six stenosis subcategories, grouped by site; short mechanism names fit a 320 px panel. */
const COLUMNS = ['2', '3', '4', '5', '6', '7'].map((digit) => ({ digit, short: `grid_col${digit}`, long: `grid_long${digit}` }));

/** The region's short name from the catalogue ("region_lower_extremity"). */
const regionShort = (id: string) => t(`region_${id.replace(/-/g, '_')}`);

const PLAUSIBILITY_WORDS: Partial<Record<Plausibility, string>> = {
  unusual: 'gridUnusual',
  implausible: 'gridImplausible',
};

/**
 * The M99 stenosis codes as a grid: site and mechanism (M99.2-M99.7) across, region down. The
 * entered codes and the codes the note supports are marked; cells that make no anatomical sense are
 * greyed. Every mark is also in words for screen readers.
 */
export function M99Grid({ entered, supported }: { entered: readonly string[]; supported: readonly string[] }) {
  // The regions without a spinal canal (pelvis, limbs, rib cage, abdomen) are folded unless a code there was entered.
  const [all, setAll] = useState(false);
  const folded = M99_REGIONS.filter((r) => !r.spinal && !entered.some((c) => c.endsWith(r.digit) && c.startsWith('M99.')));
  const hide = (id: string) => !all && folded.some((r) => r.id === id);
  return (
    <div class="grid-wrap">
      <table class="m99-grid">
        <caption>{t('gridCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={4}>
              {t('gridCanal')}
            </th>
            <th scope="colgroup" colSpan={2}>
              {t('gridForamen')}
            </th>
          </tr>
          <tr>
            <td />
            {COLUMNS.map((c) => (
              <th scope="col" key={c.digit}>
                <span class="code">M99.{c.digit}</span>
                <abbr title={t(c.long)}>{t(c.short)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {M99_REGIONS.map((region) => (
            <tr key={region.id} hidden={hide(region.id)}>
              <th scope="row">
                <span class="digit">{region.digit}</span> {regionShort(region.id)}
              </th>
              {COLUMNS.map((c) => {
                const sub = M99_SUBCATEGORIES.find((s) => s.digit === c.digit);
                const plausibility = sub ? plausibilityOf(sub, region) : 'expected';
                const code = `M99.${c.digit}${region.digit}`;
                const isEntered = entered.includes(code);
                const isSupported = supported.includes(code);
                const words = [
                  isEntered && t('gridEntered'),
                  isSupported && t('gridSupported'),
                  PLAUSIBILITY_WORDS[plausibility] && t(PLAUSIBILITY_WORDS[plausibility]),
                ].filter(Boolean);
                return (
                  <td
                    key={code}
                    data-cell={code}
                    data-plausibility={plausibility}
                    data-entered={isEntered || undefined}
                    data-supported={isSupported || undefined}
                    title={`${code}${words.length ? `: ${words.join(', ')}` : ''}`}
                  >
                    <span class="sr-only">M99.</span>
                    {c.digit}
                    {region.digit}
                    {words.length > 0 && <span class="sr-only"> ({words.join(', ')})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {folded.length > 0 && (
        <button type="button" class="quiet grid-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('gridFewerRegions') : t('gridMoreRegions', { count: folded.length })}
        </button>
      )}
      <p class="grid-legend" aria-hidden="true">
        {/* Each swatch with its word, so a narrow panel never wraps a swatch away from its label. */}
        <span class="legend-item"><span class="swatch entered" /> {t('legendEntered')}</span>{' '}
        <span class="legend-item"><span class="swatch supported" /> {t('legendSupported')}</span>{' '}
        <span class="legend-item"><span class="swatch unusual" /> {t('legendUnusual')}</span>{' '}
        <span class="legend-item"><span class="swatch implausible" /> {t('legendImplausible')}</span>
      </p>
    </div>
  );
}
