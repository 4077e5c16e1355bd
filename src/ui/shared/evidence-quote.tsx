import type { Span } from '../../core';
import { t } from './i18n/i18n';

/**
 * The words around a span, which field it is in, and the negation or hedge that decided the
 * mention ("No", "possible"), as the surface can tell from its snapshot.
 */
export type SpanContext = {
  before: string;
  after: string;
  label: string | undefined;
  kind: string | undefined;
  cue?: { text: string; status: string };
};

const MAX_LABEL = 40;

function fieldName(context: SpanContext): string {
  const label = context.label?.trim();
  // Pages glue hints and ids into labels; the first words are the field's name.
  if (label) return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL).replace(/\s+\S*$/, '')}…`;
  return context.kind === 'diagnosis' ? t('fieldDiagnosis') : t('fieldNote');
}

/** The text before the evidence, with the deciding cue marked when it sits there. */
function Before({ context }: { context: SpanContext }) {
  const cue = context.cue?.text;
  const at = cue ? context.before.toLowerCase().lastIndexOf(cue.toLowerCase()) : -1;
  if (!cue || at < 0) return <>{context.before}</>;
  return (
    <>
      {context.before.slice(0, at)}
      <mark class="cue">{context.before.slice(at, at + cue.length)}</mark>
      {context.before.slice(at + cue.length)}
    </>
  );
}

/**
 * One evidence span as a button: the field's name, then the quoted words with a little context
 * and the cue that decided them. Pressing it asks the page to show that text.
 */
export function EvidenceQuote({ span, context, onShow }: { span: Span; context: SpanContext; onShow: (span: Span) => void }) {
  const where = fieldName(context);
  return (
    <button type="button" class="evidence" onClick={() => onShow(span)} data-cue={context.cue?.status}>
      <span class="evidence-where">
        <span class="sr-only">{t('showInPagePrefix')} </span>
        {where}
        {context.cue && <span class="cue-tag">{t(`cue_${context.cue.status}`)}</span>}
      </span>
      <span class="evidence-text">
        <Before context={context} />
        <mark>{span.text}</mark>
        {context.after}
      </span>
    </button>
  );
}
