import { payerReasonParams, type Span } from '../../core';
import type { ChiroVisit, PartLetter, RegionRow } from '../../core/chiro/chiro-types';
import './regions-table.css';
import { coreText } from '../shared/i18n/finding-text';
import { hasMessage, t } from '../shared/i18n/i18n';

const PART_LETTERS: PartLetter[] = ['P', 'A', 'R', 'T'];
/** A catalogue id from a name the core uses ("rib cage" → regionRow_rib_cage). */
const idOf = (prefix: string, name: string) => `${prefix}_${name.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}`;
/** A region's name as a row label ("Thoracic", "Torácica"); the core's name when the catalogue lacks it. */
const regionName = (region: string) => (hasMessage(idOf('regionRow', region)) ? t(idOf('regionRow', region)) : region);
const payerName = (payer: string) => (hasMessage(idOf('term_payer', payer)) ? t(idOf('term_payer', payer)) : payer);

/** "counted as cervical" when the manipulation count names the place differently (the occiput). */
function countedNote(row: RegionRow): string | undefined {
  const other = row.countedAs.filter((r) => r !== row.region);
  return other.length > 0 ? t('countedAsForManipulation', { regions: other.map((r) => regionName(r).toLocaleLowerCase()).join(', ') }) : undefined;
}

function Row({ row, onShowEvidence }: { row: RegionRow; onShowEvidence: (span: Span) => void }) {
  const first = row.evidence[0];
  const note = countedNote(row);
  const levels = row.levels.join(', ') || <span class="muted">{t('levelNotNamed')}</span>;
  return (
    <tr role="row" data-region={row.region} data-treated={String(row.treated)} data-coded={String(row.coded.length > 0)}>
      <th scope="row" role="rowheader">
        {regionName(row.region)}
        {note && <span class="counted muted"> ({note})</span>}
      </th>
      <td role="cell" data-cell="levels" data-label={t('colLevels')}>
        {/* The levels are the link to the note's words: a column of its own for a "Show" button made the table wider than a 420 px panel. */}
        {first ? (
          <button type="button" class="level-link" onClick={() => onShowEvidence(first)}>
            {levels}
            <span class="sr-only"> ({t('showRegionDoc', { region: regionName(row.region).toLocaleLowerCase() })})</span>
          </button>
        ) : (
          levels
        )}
      </td>
      <td role="cell" data-cell="treated" data-label={t('colToday')}>{row.treated ? t('treated') : '—'}</td>
      <td role="cell" data-cell="lesion" data-label={t('colSublux')}>{row.lesion ? t('yes') : '—'}</td>
      <td role="cell" data-cell="coded" data-label={t('colCoded')}>{row.coded.length > 0 ? row.coded.join(', ') : <strong class="missing">{t('none')}</strong>}</td>
      <td role="cell" data-cell="part" data-label={t('partAbbr')} class="part">
        {PART_LETTERS.map((letter) => (
          <abbr key={letter} title={t(row.part[letter] ? 'partDocumented' : 'partNotDocumented', { name: t(`partName_${letter}`) })} data-met={String(row.part[letter])}>
            {row.part[letter] ? letter : '·'}
          </abbr>
        ))}
        {row.xray && <span class="xray"> {t('xray')}</span>}
      </td>
    </tr>
  );
}

/**
 * The visit at a glance for a chiropractic or osteopathic visit: each region the note documents
 * (treated, subluxation/dysfunction, coded, P/A/R/T, X-ray), the payer the checks assumed and
 * why, and the procedure lines read. Evidence links to the note.
 */
export function RegionsTable({ visit, onShowEvidence }: { visit: ChiroVisit; onShowEvidence: (span: Span) => void }) {
  const payer = visit.payer;
  return (
    <section class="regions-section" aria-labelledby="regions-title" data-chartlint-regions>
      <h2 id="regions-title">
        {t('regionsTitle')} <span class="count">{visit.regions.length}</span>
      </h2>
      <p class="payer small" data-payer={payer.payer} data-payer-source={payer.source}>
        {t('payerAssumed')} <strong>{payerName(payer.payer)}</strong> <span class="muted">({coreText(payer.reason, 'payer_reason', payerReasonParams(payer))})</span>
        {payer.evidence && (
          <>
            {' '}
            <button type="button" class="quiet" onClick={() => payer.evidence && onShowEvidence(payer.evidence)}>
              {t('show')}
            </button>
          </>
        )}
      </p>
      <p class="procedures small">
        {t('proceduresLabel')} {visit.procedures.length > 0 ? visit.procedures.map((p) => [p.code, ...p.modifiers].join('-')).join(', ') : <span class="muted">{t('noneRead')}</span>}
      </p>
      {visit.regions.length === 0 ? (
        <p class="muted small">{t('noRegions')}</p>
      ) : (
        <div class="regions-scroll">
          <table class="regions" role="table">
            <caption class="sr-only">{t('regionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colRegion')}</th>
                <th scope="col">{t('colLevels')}</th>
                <th scope="col">{t('colToday')}</th>
                <th scope="col">{t('colSublux')}</th>
                <th scope="col">{t('colCoded')}</th>
                <th scope="col">
                  <abbr title={t('partTitle')}>{t('partAbbr')}</abbr>
                </th>
              </tr>
            </thead>
            <tbody>
              {visit.regions.map((row) => (
                <Row key={row.region} row={row} onShowEvidence={onShowEvidence} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
