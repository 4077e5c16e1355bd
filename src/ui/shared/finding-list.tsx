import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Severity, Span } from '../../core';
import type { DismissReason } from '../../protocol/messages';
import { EvidenceQuote, type SpanContext } from './evidence-quote';

export const DISMISS_REASONS: { id: DismissReason; label: string }[] = [
  { id: 'not-applicable', label: 'Not applicable' },
  { id: 'already-addressed', label: 'Already addressed' },
  { id: 'disagree', label: 'Disagree' },
];

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };
const SEVERITY_ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

export type FindingActions = {
  context: (span: Span) => SpanContext;
  onShowEvidence: (span: Span) => void;
  onCopy: (code: string) => void;
  onDismiss: (finding: Finding, reason: DismissReason) => void;
};

/** "Dismiss" opens three reasons; Esc or a second press closes them and gives focus back. */
function DismissMenu({
  finding,
  onDismiss,
  id,
}: {
  finding: Finding;
  onDismiss: FindingActions['onDismiss'];
  id: string;
}) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div
      class="dismiss"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        ref={toggle}
        class="quiet"
        aria-expanded={open}
        aria-controls={`${id}-reasons`}
        onClick={() => setOpen(!open)}
      >
        Dismiss…
      </button>
      <div
        id={`${id}-reasons`}
        class="reasons"
        role="group"
        aria-label={`Why dismiss this ${finding.code} finding?`}
        hidden={!open}
      >
        {DISMISS_REASONS.map((r) => (
          <button type="button" key={r.id} data-reason={r.id} onClick={() => onDismiss(finding, r.id)}>
            {r.label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Two overlapping sheets: the usual "copy" picture, drawn so it needs no icon font. */
export function CopyIcon() {
  return (
    <svg class="copy-icon" aria-hidden="true" viewBox="0 0 16 16" width="13" height="13">
      <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path
        d="M3 11H2.5A1.5 1.5 0 0 1 1 9.5v-7A1.5 1.5 0 0 1 2.5 1h7A1.5 1.5 0 0 1 11 2.5V3"
        fill="none"
        stroke="currentColor"
        stroke-width="1.5"
      />
    </svg>
  );
}

/**
 * A code with a copy button. After a click the icon turns into a check mark for a moment (same
 * width, so nothing moves); the surface's own status line says it in words.
 */
export function CopyButton({ code, onCopy }: { code: string; onCopy: (code: string) => void }) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <button
      type="button"
      class="copy"
      data-copy={code}
      data-copied={copied || undefined}
      onClick={() => {
        onCopy(code);
        setCopied(true);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setCopied(false), 1500);
      }}
      aria-label={`Copy ${code} to the clipboard`}
    >
      <span class="code">{code}</span>
      {copied ? (
        <svg class="copy-icon" aria-hidden="true" viewBox="0 0 16 16" width="13" height="13">
          <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      ) : (
        <CopyIcon />
      )}
    </button>
  );
}


type CardProps = {
  finding: Finding;
  actions: FindingActions;
  id: string;
  quotes: { span: Span; context: SpanContext }[];
};

const sameQuotes = (a: CardProps['quotes'], b: CardProps['quotes']) =>
  a.length === b.length &&
  a.every((q, i) => {
    const o = b[i];
    return (
      o?.span === q.span &&
      o.context.before === q.context.before &&
      o.context.after === q.context.after &&
      o.context.label === q.context.label
    );
  });

/**
 * A finding card re-renders only when its finding (kept as the same object while unchanged, see
 * side-panel-state.ts) or the words around its evidence change: 50 cards stay cheap while typing.
 */
class MemoFindingCard extends Component<CardProps> {
  override shouldComponentUpdate(next: CardProps) {
    return (
      next.finding !== this.props.finding ||
      next.id !== this.props.id ||
      !sameQuotes(next.quotes, this.props.quotes)
    );
  }
  override render() {
    return <FindingCard {...this.props} />;
  }
}

/** One finding: severity, message, evidence, suggested codes (copy only) and dismiss. */
export function FindingCard({ finding, actions, id, quotes }: CardProps) {
  const headingId = `${id}-title`;
  return (
    <li
      class={`finding sev-${finding.severity}`}
      data-rule={finding.rule}
      data-code={finding.code}
      aria-labelledby={headingId}
    >
      <div class="finding-head">
        <span class="sev" aria-hidden="true">
          {SEVERITY_ICON[finding.severity]}
        </span>
        <h3 id={headingId}>
          <span class="sr-only">{SEVERITY_LABEL[finding.severity]}: </span>
          <span class="code">{finding.code}</span> <span class="rule">{finding.rule.replace(/-/g, ' ')}</span>
        </h3>
      </div>
      <p class="message">{finding.message}</p>
      {quotes.length > 0 && (
        <div class="evidence-list" role="group" aria-label="Evidence">
          {quotes.map(({ span, context }) => (
            <EvidenceQuote
              key={`${span.fieldId}:${span.start}`}
              span={span}
              context={context}
              onShow={actions.onShowEvidence}
            />
          ))}
        </div>
      )}
      <div class="finding-actions">
        {finding.suggestions.length > 0 && (
          <span class="suggest">
            <span class="muted">{finding.rule === 'classified-elsewhere' ? 'Consider' : 'Suggested'}</span>
            {finding.suggestions.map((code) => (
              <CopyButton key={code} code={code} onCopy={actions.onCopy} />
            ))}
          </span>
        )}
        <DismissMenu finding={finding} onDismiss={actions.onDismiss} id={id} />
      </div>
      {finding.sources.length > 0 && (
        <p class="sources">
          Source:{' '}
          {finding.sources.map((s, i) => (
            <span key={s.title}>
              {i > 0 && '; '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </span>
          ))}
          {finding.release && <span class="finding-release"> · checked against ICD-10-CM {finding.release}</span>}
        </p>
      )}
    </li>
  );
}

/** Findings as a list, in the order given (the caller sorts: errors first). */
export function FindingList({
  findings,
  actions,
  label,
}: {
  findings: Finding[];
  actions: FindingActions;
  label: string;
}) {
  const seen = new Map<string, number>();
  return (
    <ul class="findings" aria-label={label}>
      {findings.map((f) => {
        // Keyed by what the finding is about, not its position, so cards (and an open dismiss menu)
        // survive other findings coming and going above them.
        const n = (seen.get(`${f.rule}|${f.code}`) ?? 0) + 1;
        seen.set(`${f.rule}|${f.code}`, n);
        return (
          <MemoFindingCard
            key={`${f.rule}|${f.code}|${n}`}
            id={`finding-${f.rule}-${f.code.replace('.', '')}-${n}`}
            finding={f}
            actions={actions}
            // The code as typed in the diagnosis field is already the card's heading; quote the note's words.
            quotes={f.evidence
              .map((span) => ({ span, context: actions.context(span) }))
              .filter((q) => q.context.kind !== 'diagnosis')}
          />
        );
      })}
    </ul>
  );
}
