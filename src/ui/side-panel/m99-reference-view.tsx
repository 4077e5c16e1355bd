import type { M99Reference } from '../../kb';

/** Source ids → short titles, so each statement can name where it comes from. */
function sourceTitles(ref: M99Reference, ids: readonly string[]): string {
  return ids
    .map((id) => ref.sources.find((s) => s.id === id)?.title ?? id)
    .join('; ');
}

function Sources({ ref, ids }: { ref: M99Reference; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return <p class="ref-sources">Sources: {sourceTitles(ref, ids)}</p>;
}

/**
 * The curated M99 reference for one code (our own words, each statement with its sources):
 * procedures, pitfalls, FAQ, clinical context, contested claims and sources with the date they were
 * verified. Everything is a disclosure, so the checklist and grid stay in view.
 */
export function M99ReferenceView({ reference: ref }: { reference: M99Reference }) {
  const plausibility = ref.plausibility;
  return (
    <div class="reference" data-reference={ref.code}>
      <p class="ref-summary">{ref.summary}</p>
      {plausibility.level !== 'expected' && plausibility.level !== 'not-applicable' && (
        <div class={`plausibility ${plausibility.level}`} data-plausibility={plausibility.level}>
          <strong>{plausibility.level === 'unusual' ? 'Anatomically unusual. ' : 'Anatomically implausible. '}</strong>
          {plausibility.text}
          <Sources ref={ref} ids={plausibility.sources} />
        </div>
      )}
      {ref.region && (
        <details class="disclosure">
          <summary>Region: {ref.region.label}</summary>
          <p>{ref.region.levels}</p>
          <p>{ref.region.convention}</p>
          {ref.region.contested && (
            <p>
              <strong>Contested.</strong> {ref.region.contested.known} {ref.region.contested.unknown}
            </p>
          )}
          <Sources ref={ref} ids={ref.region.sources} />
        </details>
      )}
      <details class="disclosure">
        <summary>Documentation tips ({ref.documentation.length})</summary>
        <ul>
          {ref.documentation.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
      <details class="disclosure" data-section="procedures">
        <summary>Related procedures ({ref.procedures.items.length})</summary>
        <p class="small muted">{ref.procedures.note}</p>
        <ul class="procedures">
          {ref.procedures.items.map((p) => (
            <li key={p.cpt}>
              <span class="code">{p.cpt}</span> {p.description}
              <span class="muted"> · {p.why}</span>
            </li>
          ))}
        </ul>
      </details>
      <details class="disclosure" data-section="pitfalls">
        <summary>Pitfalls ({ref.pitfalls.length})</summary>
        <ul>
          {ref.pitfalls.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </details>
      <details class="disclosure" data-section="faq">
        <summary>FAQ ({ref.faq.length})</summary>
        <div class="faq">
          {ref.faq.map((q) => (
            <details key={q.question} class="disclosure faq-item">
              <summary>{q.question}</summary>
              <p>{q.answer}</p>
              <Sources ref={ref} ids={q.sources} />
            </details>
          ))}
        </div>
      </details>
      <details class="disclosure" data-section="context">
        <summary>Clinical context</summary>
        {ref.clinicalContext.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </details>
      <details class="disclosure" data-section="related">
        <summary>Related codes ({ref.siblings.length + ref.neighbours.length})</summary>
        <ul class="related">
          {[...ref.neighbours, ...ref.siblings].map((r) => (
            <li key={r.code}>
              <span class="code">{r.code}</span> {r.title} <span class="muted">· {r.relation}</span>
            </li>
          ))}
        </ul>
      </details>
      {ref.contested.length > 0 && (
        <details class="disclosure" data-section="contested">
          <summary>Claims on public pages, checked ({ref.contested.length})</summary>
          {ref.contested.map((c) => (
            <div key={c.id} class="contested">
              <p>
                <strong>Claim:</strong> {c.claim}
              </p>
              <p>
                <strong>Known:</strong> {c.known}
              </p>
              <p>
                <strong>ChartLint:</strong> {c.chartlintPosition}
              </p>
              <Sources ref={ref} ids={c.sources} />
            </div>
          ))}
        </details>
      )}
      <details class="disclosure" data-section="sources">
        <summary>
          Sources ({ref.sources.length}) · verified {ref.verified}
        </summary>
        <ol class="source-list">
          {ref.sources.map((s) => (
            <li key={s.id} id={`src-${s.id}`}>
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.title}
              </a>{' '}
              <span class="muted">
                {s.publisher} · {s.kind} · checked {s.checked}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
