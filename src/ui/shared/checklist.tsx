import type { ChecklistItem, Span } from '../../core';
import { EvidenceQuote, type SpanContext } from './evidence-quote';
import { hasMessage, t } from './i18n/i18n';

/** The catalogue id of an item's label (ids are words and underscores, as chrome.i18n requires). */
const labelId = (id: ChecklistItem['id']) => `checklist_${id.replace(/-/g, '_')}`;

/**
 * The documentation checklist, from the note as it is now: each item met (with the words that meet
 * it) or missing. State is in text and data-state, never in colour alone.
 */
export function Checklist({
  items,
  context,
  onShowEvidence,
}: {
  items: ChecklistItem[];
  context: (span: Span) => SpanContext;
  onShowEvidence: (span: Span) => void;
}) {
  // A quote already shown for an item above (site and level often rest on the same words) is not repeated.
  const shown = new Set<string>();
  const firstNew = (item: ChecklistItem) => {
    const span = item.evidence[0];
    if (!span) return [];
    const key = `${span.fieldId}:${span.start}:${span.end}`;
    if (shown.has(key)) return [];
    shown.add(key);
    return [span];
  };
  return (
    <ul class="checklist" aria-label={t('checklistTitle')}>
      {items.map((item) => (
        <li key={item.id} data-item={item.id} data-state={item.met ? 'met' : 'missing'}>
          <span class="check" aria-hidden="true">
            {item.met ? '✓' : '○'}
          </span>
          <div>
            <span class="label">{hasMessage(labelId(item.id)) ? t(labelId(item.id)) : item.label}</span>
            <span class="state">{item.met ? t('met') : t('missing')}</span>
            {item.met && (
              <div class="evidence-list">
                {/* The first place is enough to check; more would bury the items under quotes. */}
                {firstNew(item).map((span) => (
                  <EvidenceQuote key={`${span.fieldId}:${span.start}`} span={span} context={context(span)} onShow={onShowEvidence} />
                ))}
              </div>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
