import { allClearWords, verdictWords, VERDICT_LABEL, type Finding } from '../../core';
import { AppHeader } from '../shared/app-header';
import { DISMISS_REASONS, FindingList, type FindingActions } from '../shared/finding-list';
import { PrivacyLine } from '../shared/privacy-line';
import { CodeTabs } from './code-tabs';
import type { SidePanelState } from './side-panel-state';
import { VisitRelease } from './visit-release';

/** Where `npm start` serves the demo EHR (scripts/start.ts, CHARTLINT_PORT). */
export const DEMO_URL = 'http://localhost:4317/';

function host(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-title" data-state="empty">
      <h2 id="empty-title">Nothing to check on this page yet</h2>
      <p>ChartLint reads the diagnosis field and the clinical note of the page you chart in, and checks:</p>
      <ul>
        <li>
          that each ICD-10-CM code exists and is billable, e.g. <code>M99.61</code>;
        </li>
        <li>
          that an M99 stenosis code matches what the note says: <strong>site</strong> (foramen or canal),{' '}
          <strong>level</strong> (C5-C6 is cervical) and <strong>mechanism</strong> (bone or disc);
        </li>
        <li>what the note still needs (imaging, neurological findings) before the code holds up.</li>
      </ul>
      <p>
        Try it on the{' '}
        <a href={DEMO_URL} target="_blank" rel="noreferrer">
          demo EHR
        </a>{' '}
        (started with <code>npm start</code>): type <code>M99.60</code> in its diagnosis field.
      </p>
    </section>
  );
}

function Dismissed({ state }: { state: SidePanelState }) {
  const list = state.dismissedFindings.value;
  if (list.length === 0) return null;
  const reasonOf = (f: Finding) => {
    const key = `${f.rule}|${f.code}`;
    const id = state.dismissals.value[key]?.reason;
    return DISMISS_REASONS.find((r) => r.id === id)?.label ?? 'Dismissed';
  };
  return (
    <details class="disclosure dismissed">
      <summary>Dismissed on this page ({list.length})</summary>
      <ul class="dismissed-list">
        {list.map((f) => (
          <li key={`${f.rule}|${f.code}`} data-rule={f.rule} data-code={f.code} data-dismissed>
            <span class="code">{f.code}</span> {f.rule.replace(/-/g, ' ')} <span class="muted">· {reasonOf(f)}</span>{' '}
            <button type="button" class="quiet" onClick={() => void state.restore(f)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * Each code's verdict in words, and the all-clear only when every code was checked and supported
 * (naming what was checked). A code nothing compared is said to be not checked, never supported.
 */
function Verdicts({ state, open }: { state: SidePanelState; open: number }) {
  const verdicts = state.verdicts.value;
  const clear = open === 0 ? allClearWords(verdicts) : undefined;
  const unchecked = verdicts.filter((v) => v.verdict === 'not-checked');
  return (
    <>
      {clear && <p class="all-clear">{clear}</p>}
      {open === 0 && !clear && (
        <p class="not-all-clear" data-state="not-all-clear">
          {unchecked.length > 0
            ? `No open findings, but ChartLint did not check ${unchecked.map((v) => v.code).join(', ')}: no all-clear.`
            : 'No open findings.'}
        </p>
      )}
      {verdicts.length > 0 && (
        <ul class="verdicts" aria-label="What ChartLint checked, per code">
          {verdicts.map((v) => (
            <li key={v.code} data-verdict={v.verdict} data-code={v.code}>
              <span class={`verdict-tag ${v.verdict}`}>{VERDICT_LABEL[v.verdict]}</span> {verdictWords(v)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Findings({ state }: { state: SidePanelState }) {
  const findings = state.visibleFindings.value;
  const actions: FindingActions = {
    context: state.context,
    onShowEvidence: (span) => void state.showEvidence(span),
    onCopy: (code) => void state.copy(code),
    onDismiss: (finding, reason) => {
      void state.dismiss(finding, reason);
      // The card is gone: keep keyboard users in the list instead of dropping focus to <body>.
      requestAnimationFrame(() => document.getElementById('findings-title')?.focus());
    },
  };
  return (
    <section class="findings-section" aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1}>
        Findings <span class="count">{findings.length}</span>
      </h2>
      {findings.length > 0 && <FindingList findings={findings} actions={actions} label="Findings, errors first" />}
      <Verdicts state={state} open={findings.length} />
      <Dismissed state={state} />
    </section>
  );
}

export function SidePanel({ state }: { state: SidePanelState }) {
  const ready = state.status.value === 'ready';
  const empty = state.codes.value.length === 0 && state.findings.value.length === 0;
  // A code opened from the popup is shown even on a page with nothing to check.
  const lookedUp = state.focusCodes.value.some((c) => c.lookedUp);
  const page = host(state.tab.value?.url);
  return (
    <>
      <AppHeader title="ChartLint">{page && <span class="page-host muted">{page}</span>}</AppHeader>
      <VisitRelease state={state} />
      {/* Polite, and only written once typing pauses (side-panel-state.ts): never a chatter. */}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-announcer>
        {state.announcement.value}
      </div>
      <main class="panel" aria-busy={!ready}>
        {ready && empty && !lookedUp && <EmptyState />}
        {ready && (!empty || lookedUp) && (
          <>
            {!empty && <Findings state={state} />}
            <p class="notice" role="status" aria-live="polite">
              {state.notice.value}
            </p>
            {state.detailsError.value && <p class="error-line">{state.detailsError.value}</p>}
            <CodeTabs state={state} />
          </>
        )}
      </main>
      <PrivacyLine />
    </>
  );
}
