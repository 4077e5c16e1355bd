import { t } from '../i18n/i18n';
/**
 * The curated M99 reference sections of a code entry (our own words, each with its sources):
 * documentation tips, pitfalls, clinical context, FAQ (collapsed), related procedures (CPT numbers
 * with our own descriptions), alternatives classified elsewhere, siblings and neighbours, sources
 * with the date they were verified.
 */
import type { M99Reference } from '../../../kb';
import { CodeLink } from './code-link';
import { coreText } from '../i18n/finding-text';
import { English, MessageWithEnglish } from '../i18n/kb-text';

type Props = { reference: M99Reference; onSelectCode?: ((code: string) => void) | undefined };

function SourceNote({ reference, ids }: { reference: M99Reference; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  const titles = ids.map((id) => reference.sources.find((s) => s.id === id)?.title ?? id);
  return (
    <p class="source-note small muted">
      <MessageWithEnglish id="sourcesColon" name="list" english={titles.join('; ')} />
    </p>
  );
}

export function M99Sections({ reference: ref, onSelectCode }: Props) {
  const related = [...ref.siblings, ...ref.neighbours];
  return (
    <div class="m99-sections" data-m99={ref.code}>
      <section class="code-entry-section" aria-label={t('aboutThisCode')}>
        <h3>{t('aboutCode', { code: ref.subcategory.code })}</h3>
        {/* The curated prose exists in English only (lang="en": read as English on a Spanish page). */}
        <p lang="en">{ref.summary}</p>
        {ref.plausibility.level !== 'expected' && ref.plausibility.level !== 'not-applicable' && (
          <p class="plausibility" data-plausibility={ref.plausibility.level}>
            <strong>{ref.plausibility.level === 'unusual' ? t('anatomicallyUnusual') : t('anatomicallyImplausible')} </strong>
            <English>{ref.plausibility.text}</English>
          </p>
        )}
        {ref.region && (
          <p class="small">
            <strong>{t('regionLabel', { label: t(`term_region_${ref.region.id.replace(/-/g, '_')}`) })}</strong>{' '}
            <English>
              {ref.region.levels} {ref.region.convention}
            </English>
          </p>
        )}
        <p class="small muted" lang="en">
          {ref.categoryNote.text}
        </p>
      </section>

      <details class="disclosure" open data-section="documentation">
        <summary>{t('docTips', { count: ref.documentation.length })}</summary>
        <ul lang="en">
          {ref.documentation.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="pitfalls">
        <summary>{t('pitfalls', { count: ref.pitfalls.length })}</summary>
        <ul lang="en">
          {ref.pitfalls.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="context">
        <summary>{t('clinicalContext')}</summary>
        {ref.clinicalContext.map((p) => (
          <p key={p} lang="en">
            {p}
          </p>
        ))}
      </details>

      <details class="disclosure" data-section="faq">
        <summary>{t('faq', { count: ref.faq.length })}</summary>
        {ref.faq.map((f) => (
          <details key={f.question} class="disclosure faq-item">
            <summary lang="en">{f.question}</summary>
            <p lang="en">{f.answer}</p>
            <SourceNote reference={ref} ids={f.sources} />
          </details>
        ))}
      </details>

      <details class="disclosure" data-section="procedures">
        <summary>{t('relatedProcedures', { count: ref.procedures.items.length })}</summary>
        <p class="small muted">{coreText(ref.procedures.note, ref.procedures.noteId, ref.procedures.noteParams)}</p>
        <ul>
          {ref.procedures.items.map((p) => (
            <li key={`${p.cpt}-${p.group}`}>
              <span class="code">{p.cpt}</span>{' '}
              <span lang="en">
                {p.description} <span class="muted small">({p.group}) {p.why}</span>
              </span>
            </li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="alternatives">
        <summary>{t('alternativesElsewhere', { count: ref.alternatives.items.length })}</summary>
        <p class="small muted">{coreText(ref.alternatives.note, ref.alternatives.noteId, ref.alternatives.noteParams)}</p>
        <ul class="code-list">
          {ref.alternatives.items.map((a) => (
            <li key={`${a.group}-${a.code}`}>
              <CodeLink code={a.code} title={a.title} billable={a.billable} onSelectCode={onSelectCode} />
              <span class="muted small" lang="en">
                {' '}
                {a.group}: {a.when}
              </span>
            </li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="related">
        <summary>{t('siblingsNeighbours', { count: related.length })}</summary>
        <ul class="code-list">
          {related.map((r) => (
            <li key={r.code}>
              <CodeLink code={r.code} title={r.title} billable={r.billable} onSelectCode={onSelectCode} />
              <span class="muted small"> {coreText(r.relation, r.relationId, r.relationParams)}</span>
            </li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="sources">
        <summary>{t('sourcesVerified', { count: ref.sources.length, date: ref.verified })}</summary>
        <ul class="sources">
          {ref.sources.map((s) => (
            <li key={s.id}>
              <a href={s.url} target="_blank" rel="noreferrer" lang="en">
                {s.title}
              </a>{' '}
              <span class="muted small">
                <English>
                  {s.publisher} · {s.kind}
                </English>{' '}
                · {t('checkedOn', { date: s.checked })}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
