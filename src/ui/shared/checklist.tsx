import type { ChecklistItem, Span } from '../../core';
import { EvidenceQuote, type SpanContext } from './evidence-quote';
import { hasMessage, t } from './i18n/i18n';

/** Characters of context kept before a checklist quote's evidence (about half a line at 320 px). */
const LEAD = 24;

/**
 * The checklist shows each quote on at most two lines (side-panel.css): with a sentence's worth of
 * words before it, the evidence itself fell past the cut ("…moderate left neural foramin…"). Keep
 * only the last few words before it, so the marked words are what shows. A deciding cue in those
 * words (a negation, a hedge) is kept whole with them.
 */
export function shortLead(context: SpanContext): SpanContext {
  const { before, cue } = context;
  if (before.length <= LEAD) return context;
  const cueAt = cue ? before.toLowerCase().lastIndexOf(cue.text.toLowerCase()) : -1;
  const from = cueAt >= 0 ? Math.min(cueAt, before.length - LEAD) : before.length - LEAD;
  // From the next word's start, so no word is cut in half.
  const cut = before.slice(from);
  const word = from === 0 || /\s/.test(before[from - 1] ?? '') ? cut : cut.replace(/^\S*\s+/, '');
  return { ...context, before: `…${word}` };
}

/** The catalogue id of an item's label (ids are words and underscores, as chrome.i18n requires). */
const labelId = (id: ChecklistItem['id']) => `checklist_${id.replace(/-/g, '_')}`;

/**
 * The documentation checklist, from the note as it is now: each item met (with the words that meet
 * it), missing, or not checked when part of the note is in Spanish and nothing read meets it
 * (`unread`); the chiropractic X-ray item met by P/A/R/T instead is "not needed" (`shownBy`). State is in text and data-state, never in colour alone.
 */
export function Checklist({
  items,
  context,
  onShowEvidence,
  noteInSpanish = false,
  noteSite,
}: {
  items: ChecklistItem[];
  context: (span: Span) => SpanContext;
  onShowEvidence: (span: Span) => void;
  /** The note was read as Spanish, which the readers do not read: said so, not "no note text". */
  noteInSpanish?: boolean;
  /** The page's note is in a frame of this other, unpaired site: said so, as the code's verdict says. */
  noteSite?: string | undefined;
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
  // No items: the analysis read no note text (core/analyze.ts), so nothing is missing from it either.
  // A note in Spanish, or in another site's frame, was there and was not read with these codes (QA
  // stop 55): "no note text was read" said otherwise, beside a verdict naming where the note is.
  if (items.length === 0)
    return (
      <p class="muted checklist-none">
        {noteSite !== undefined
          ? t('checklistNoteOtherSite', { site: noteSite })
          : t(noteInSpanish ? 'checklistNoteSpanish' : 'checklistNoNote')}
      </p>
    );
  return (
    <ul class="checklist" aria-label={t('checklistTitle')}>
      {items.map((item) => {
        const byPart = item.met && item.shownBy === 'part';
        return (
        <li key={item.id} data-item={item.id} data-state={item.met ? 'met' : item.unread ? 'not-read' : 'missing'} data-shown-by={byPart ? 'part' : undefined}>
          <span class="check" aria-hidden="true">
            {item.met ? '✓' : item.unread ? '–' : '○'}
          </span>
          <div>
            <span class="label">{hasMessage(labelId(item.id)) ? t(labelId(item.id)) : item.label}</span>
            <span class="state">{item.met ? t(byPart ? 'checklistNotNeeded' : 'met') : item.unread ? t('checklistNotRead') : t('missing')}</span>
            {/* Not missing: part of the note is in Spanish and was not read for this item (core/rules/unread-part.ts). */}
            {!item.met && item.unread && <p class="muted checklist-unread">{t('checklistNotReadSpanish')}</p>}
            {/* The X-ray item met by P/A/R/T: a check mark and "Met" read as an X-ray found, over a P/A/R/T quote. */}
            {byPart && <p class="muted checklist-shown-by">{t('checklistShownByPart')}</p>}
            {item.met && (
              <div class="evidence-list">
                {/* The first place is enough to check; more would bury the items under quotes. */}
                {firstNew(item).map((span) => (
                  <EvidenceQuote key={`${span.fieldId}:${span.start}`} span={span} context={shortLead(context(span))} onShow={onShowEvidence} />
                ))}
              </div>
            )}
          </div>
        </li>
        );
      })}
    </ul>
  );
}
