import type { Span } from '../../core';

/** The words around a span, and which field it is in, as the surface can tell from its snapshot. */
export type SpanContext = { before: string; after: string; label: string | undefined; kind: string | undefined };

const MAX_LABEL = 40;

function fieldName(context: SpanContext): string {
  const label = context.label?.trim();
  // Pages glue hints and ids into labels; the first words are the field's name.
  if (label) return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL).replace(/\s+\S*$/, '')}…`;
  return context.kind === 'diagnosis' ? 'Diagnosis field' : 'Note';
}

/**
 * One evidence span as a button: the field's name, then the quoted words with a little context.
 * Pressing it asks the page to show that text (the surface decides how).
 */
export function EvidenceQuote({
  span,
  context,
  onShow,
}: {
  span: Span;
  context: SpanContext;
  onShow: (span: Span) => void;
}) {
  const where = fieldName(context);
  return (
    <button type="button" class="evidence" onClick={() => onShow(span)}>
      <span class="evidence-where">
        <span class="sr-only">Show in the page, </span>
        {where}
      </span>
      <span class="evidence-text">
        {context.before}
        <mark>{span.text}</mark>
        {context.after}
      </span>
    </button>
  );
}
