import { t } from '../i18n/i18n';
/**
 * The curated M99 reference sections of a code entry (our own words, each with its sources):
 * documentation tips, pitfalls, clinical context, FAQ (collapsed), related procedures (CPT numbers
 * with our own descriptions), alternatives classified elsewhere, siblings and neighbours, sources
 * with the date they were verified.
 */
import type { M99Reference } from '../../../kb';
import { CodeLink } from './code-link';

type Props = { reference: M99Reference; onSelectCode?: ((code: string) => void) | undefined };

function SourceNote({ reference, ids }: { reference: M99Reference; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  const titles = ids.map((id) => reference.sources.find((s) => s.id === id)?.title ?? id);
  return <p class="source-note small muted">{t('sourcesColon', { list: titles.join('; ') })}</p>;
}

export function M99Sections({ reference: ref, onSelectCode }: Props) {
  const related = [...ref.siblings, ...ref.neighbours];
  return (
    <div class="m99-sections" data-m99={ref.code}>
      <section class="code-entry-section" aria-label={t('aboutThisCode')}>
        <h3>{t('aboutCode', { code: ref.subcategory.code })}</h3>
        <p>{ref.summary}</p>
        {ref.plausibility.level !== 'expected' && ref.plausibility.level !== 'not-applicable' && (
          <p class="plausibility" data-plausibility={ref.plausibility.level}>
            <strong>{ref.plausibility.level === 'unusual' ? t('anatomicallyUnusual') : t('anatomicallyImplausible')} </strong>
            {ref.plausibility.text}
          </p>
        )}
        {ref.region && (
          <p class="small">
            <strong>{t('regionLabel', { label: ref.region.label })}</strong> {ref.region.levels} {ref.region.convention}
          </p>
        )}
        <p class="small muted">{ref.categoryNote.text}</p>
      </section>

      <details class="disclosure" open data-section="documentation">
        <summary>{t('docTips', { count: ref.documentation.length })}</summary>
        <ul>
          {ref.documentation.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="pitfalls">
        <summary>{t('pitfalls', { count: ref.pitfalls.length })}</summary>
        <ul>
          {ref.pitfalls.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="context">
        <summary>{t('clinicalContext')}</summary>
        {ref.clinicalContext.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </details>

      <details class="disclosure" data-section="faq">
        <summary>{t('faq', { count: ref.faq.length })}</summary>
        {ref.faq.map((f) => (
          <details key={f.question} class="disclosure faq-item">
            <summary>{f.question}</summary>
            <p>{f.answer}</p>
            <SourceNote reference={ref} ids={f.sources} />
          </details>
        ))}
      </details>

      <details class="disclosure" data-section="procedures">
        <summary>{t('relatedProcedures', { count: ref.procedures.items.length })}</summary>
        <p class="small muted">{ref.procedures.note}</p>
        <ul>
          {ref.procedures.items.map((p) => (
            <li key={`${p.cpt}-${p.group}`}>
              <span class="code">{p.cpt}</span> {p.description} <span class="muted small">({p.group}) {p.why}</span>
            </li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="alternatives">
        <summary>{t('alternativesElsewhere', { count: ref.alternatives.items.length })}</summary>
        <p class="small muted">{ref.alternatives.note}</p>
        <ul class="code-list">
          {ref.alternatives.items.map((a) => (
            <li key={`${a.group}-${a.code}`}>
              <CodeLink code={a.code} title={a.title} billable={a.billable} onSelectCode={onSelectCode} />
              <span class="muted small"> {a.group}: {a.when}</span>
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
              <span class="muted small"> {r.relation}</span>
            </li>
          ))}
        </ul>
      </details>

      <details class="disclosure" data-section="sources">
        <summary>{t('sourcesVerified', { count: ref.sources.length, date: ref.verified })}</summary>
        <ul class="sources">
          {ref.sources.map((s) => (
            <li key={s.id}>
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.title}
              </a>{' '}
              <span class="muted small">
                {s.publisher} · {s.kind} · {t('checkedOn', { date: s.checked })}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
