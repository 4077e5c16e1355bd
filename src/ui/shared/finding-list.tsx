import { Component } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Severity, Span } from '../../core';
import type { DismissReason } from '../../protocol/messages';
import { EvidenceQuote, type SpanContext } from './evidence-quote';
import { t } from './i18n/i18n';
import { findingHeadline, findingMessage, ruleHelp } from './i18n/finding-text';
import { WholeDates } from './whole-dates';

export const DISMISS_REASON_IDS: readonly DismissReason[] = ['not-applicable', 'already-addressed', 'disagree'];
/** The reasons with their labels in the current language (read at render time). */
export const dismissReasonLabel = (id: DismissReason): string => t(`dismiss_${id.replace(/-/g, '_')}`);

const SEVERITY_ICON: Record<Severity, string> = { error: '✕', warning: '!', info: 'i' };

export type FindingActions = {
  context: (span: Span) => SpanContext;
  onShowEvidence: (span: Span) => void;
  onCopy: (code: string) => void;
  onDismiss: (finding: Finding, reason: DismissReason) => void;
  /** Counts a copied suggestion for the alert budget (optional: not every surface counts). */
  onAccept?: (finding: Finding) => void;
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
        {t('dismissToggle')}
      </button>
      <div
        id={`${id}-reasons`}
        class="reasons"
        role="group"
        aria-label={t('dismissWhy', { code: finding.code })}
        hidden={!open}
      >
        {DISMISS_REASON_IDS.map((r) => (
          <button type="button" key={r} data-reason={r} onClick={() => onDismiss(finding, r)}>
            {dismissReasonLabel(r)}
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
      aria-label={t('copyCodeLabel', { code })}
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


type Quote = { span: Span; context: SpanContext };
type CardProps = {
  finding: Finding;
  actions: FindingActions;
  id: string;
  quotes: Quote[];
  /** The span "Show in note" shows (the first evidence, even when its quote is in a card above). */
  showSpan?: Span | undefined;
  /** For a typo card: the findings of the corrected code, shown under it. */
  checks?: { finding: Finding; id: string; quotes: Quote[]; showSpan?: Span | undefined }[] | undefined;
};

const sameQuotes = (a: Quote[], b: Quote[]) =>
  a.length === b.length &&
  a.every((q, i) => {
    const o = b[i];
    return (
      o?.span === q.span &&
      o.context.before === q.context.before &&
      o.context.after === q.context.after &&
      o.context.label === q.context.label &&
      o.context.cue?.text === q.context.cue?.text
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
      next.showSpan !== this.props.showSpan ||
      !sameQuotes(next.quotes, this.props.quotes) ||
      (next.checks?.length ?? 0) !== (this.props.checks?.length ?? 0) ||
      (next.checks ?? []).some((c, i) => c.finding !== this.props.checks?.[i]?.finding)
    );
  }
  override render() {
    return <FindingCard {...this.props} />;
  }
}

/**
 * One finding: a bold headline from the rule's plain title, the sentence, the evidence once (field
 * name and the cue that decided it), one action row (copy the suggestion, dismiss with a reason,
 * show in note) and the sources and rule help folded under "Why".
 */
export function FindingCard({ finding, actions, id, quotes, checks, showSpan }: CardProps) {
  const headingId = `${id}-title`;
  const quote = quotes[0];
  // Each piece of evidence once: the same words quoted again (another field) add nothing, nor does
  // the same sentence shown again around another of its words ("T6" and "L4" of one line showed
  // that line twice: QA stop 54, L2); at most two.
  const shown = (q: Quote) => `${q.context.before}${q.span.text}${q.context.after}`.toLowerCase();
  const distinct = quotes
    .filter((q, i) => quotes.findIndex((o) => o.span.text.toLowerCase() === q.span.text.toLowerCase() || shown(o) === shown(q)) === i)
    .slice(0, 2);
  const suggestions = finding.suggestions.filter((s) => s !== finding.code || finding.typed);
  return (
    <li class={`finding sev-${finding.severity}`} data-rule={finding.rule} data-code={finding.code} data-typed={finding.typed} aria-labelledby={headingId}>
      <div class="finding-head">
        <span class="sev" aria-hidden="true">
          {SEVERITY_ICON[finding.severity]}
        </span>
        <h3 id={headingId}>
          <span class="sr-only">{t(`severity_${finding.severity}`)}: </span>
          <WholeDates text={findingHeadline(finding)} />
        </h3>
      </div>
      <p class="message">
        <WholeDates text={findingMessage(finding)} />
      </p>
      {quote && (
        <div class="evidence-list" role="group" aria-label={t('evidence')}>
          {distinct.map((q) => (
            <EvidenceQuote key={`${q.span.fieldId}:${q.span.start}`} span={q.span} context={q.context} onShow={actions.onShowEvidence} />
          ))}
        </div>
      )}
      <div class="finding-actions">
        {suggestions.length > 0 && (
          <span class="suggest">
            <span class="muted">{t('suggested')}</span>
            {suggestions.map((code) => (
              <CopyButton
                key={code}
                code={code}
                onCopy={(c) => {
                  actions.onCopy(c);
                  actions.onAccept?.(finding);
                }}
              />
            ))}
          </span>
        )}
        <DismissMenu finding={finding} onDismiss={actions.onDismiss} id={id} />
        {(showSpan ?? quote?.span) && (
          <button type="button" class="quiet show-in-note" onClick={() => actions.onShowEvidence((showSpan ?? quote?.span) as Span)}>
            {t('showInNote')}
          </button>
        )}
      </div>
      <details class="why">
        <summary>{t('why')}</summary>
        <p class="rule-help">{ruleHelp(finding.rule)}</p>
        {finding.sources.length > 0 && (
          <p class="sources">
            {t('sourcesLabel')}{' '}
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
          </p>
        )}
        {finding.release && <p class="finding-release muted">{t('checkedAgainst', { release: finding.release })}</p>}
      </details>
      {checks && checks.length > 0 && (
        <section class="corrected-checks" aria-labelledby={`${id}-checks`}>
          <h4 id={`${id}-checks`}>{t('checksOfCorrected', { code: finding.code })}</h4>
          <ul class="findings nested">
            {checks.map((c) => (
              <MemoFindingCard key={c.id} id={c.id} finding={c.finding} actions={actions} quotes={c.quotes} showSpan={c.showSpan} />
            ))}
          </ul>
        </section>
      )}
    </li>
  );
}

/** A typo finding: invalid-code naming what the user typed (one card in the typed code's name). */
const isTypo = (f: Finding) => f.rule === 'invalid-code' && f.severity === 'warning' && f.typed !== undefined;

/**
 * Findings as a list, in the order given (the caller sorts: errors first). A mistyped code's
 * findings sit under its one typo card, labelled as checks of the corrected code.
 */
export function FindingList({ findings, actions, label }: { findings: Finding[]; actions: FindingActions; label: string }) {
  const seen = new Map<string, number>();
  const quoted = new Set<string>();
  const entry = (f: Finding) => {
    // Keyed by what the finding is about, not its position, so cards (and an open dismiss menu)
    // survive other findings coming and going above them.
    const n = (seen.get(`${f.rule}|${f.code}`) ?? 0) + 1;
    seen.set(`${f.rule}|${f.code}`, n);
    // The code as typed is the card's heading: quote the note's words, never the code itself.
    const quotes = f.evidence
      .map((span) => ({ span, context: actions.context(span) }))
      .filter((q) => q.context.kind !== 'diagnosis' && (isTypo(f) || q.span.text.toUpperCase().replace(/\s/g, '') !== f.code.replace('.', '').toUpperCase() && q.span.text.toUpperCase() !== f.code));
    // Words already quoted in a card above are not quoted again ("Show in note" still finds them).
    const fresh = quotes.filter((q) => !quoted.has(q.span.text.toLowerCase()));
    for (const q of fresh) quoted.add(q.span.text.toLowerCase());
    return { key: `${f.rule}|${f.code}|${n}`, id: `finding-${f.rule}-${f.code.replace('.', '')}-${n}`, finding: f, quotes: fresh, showSpan: quotes[0]?.span };
  };
  const typos = findings.filter(isTypo);
  const under = (f: Finding) => !isTypo(f) && typos.some((t) => t.typed === f.typed && t.code === f.code);
  return (
    <ul class="findings" aria-label={label}>
      {findings
        .filter((f) => !under(f))
        .map((f) => {
          const e = entry(f);
          const checks = isTypo(f) ? findings.filter((c) => under(c) && c.typed === f.typed && c.code === f.code).map(entry) : undefined;
          return <MemoFindingCard key={e.key} id={e.id} finding={f} actions={actions} quotes={e.quotes} showSpan={e.showSpan} checks={checks} />;
        })}
    </ul>
  );
}
