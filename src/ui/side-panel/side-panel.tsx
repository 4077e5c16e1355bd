import { useEffect } from 'preact/hooks';
import { findingKey, type Finding } from '../../core';
import { countAlert } from '../../protocol/alert-budget-count';
import { AppHeader } from '../shared/app-header';
import { dismissReasonLabel, FindingList, type FindingActions } from '../shared/finding-list';
import { ruleTitle } from '../shared/i18n/finding-text';
import { t } from '../shared/i18n/i18n';
import { PrivacyLine } from '../shared/privacy-line';
import { CodeTabs } from './code-tabs';
import { RegionsTable } from './regions-table';
import type { SidePanelState } from './side-panel-state';
import { Verdicts } from './verdicts';
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
      <h2 id="empty-title">{t('emptyTitle')}</h2>
      <p>{t('emptyIntro')}</p>
      <ul>
        <li>{t('emptyCheckExists')}</li>
        <li>{t('emptyCheckMatches')}</li>
        <li>{t('emptyCheckNeeds')}</li>
      </ul>
      <p>
        {t('emptyTryBefore')}{' '}
        <a href={DEMO_URL} target="_blank" rel="noreferrer">
          {t('emptyDemoLink')}
        </a>{' '}
        {t('emptyTryAfter')}
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
    return id ? dismissReasonLabel(id) : t('dismissed');
  };
  return (
    <details class="disclosure dismissed">
      <summary>{t('dismissedOnPage', { count: list.length })}</summary>
      <ul class="dismissed-list">
        {list.map((f) => (
          <li key={`${f.rule}|${f.code}`} data-rule={f.rule} data-code={f.code} data-dismissed>
            <span class="code">{f.code}</span> {ruleTitle(f.rule)} <span class="muted">· {reasonOf(f)}</span>{' '}
            <button type="button" class="quiet" onClick={() => void state.restore(f)}>
              {t('restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Findings already counted as shown in this panel, so a re-render or a keystroke counts nothing. */
const counted = new Set<string>();

function Findings({ state }: { state: SidePanelState }) {
  const findings = state.visibleFindings.value;
  const page = state.tab.value?.url ?? '';
  useEffect(() => {
    for (const f of findings) {
      const key = `${page}|${findingKey(f)}`;
      if (counted.has(key)) continue;
      counted.add(key);
      void countAlert({ rule: f.rule, kind: 'shown' });
    }
  }, [findings, page]);
  const actions: FindingActions = {
    onAccept: (finding) => void countAlert({ rule: finding.rule, kind: 'accepted' }),
    context: state.context,
    onShowEvidence: (span) => void state.showEvidence(span),
    onCopy: (code) => void state.copy(code),
    onDismiss: (finding, reason) => {
      void state.dismiss(finding, reason);
      void countAlert({ rule: finding.rule, kind: 'dismissed', reason });
      // The card goes: keep keyboard users in the list instead of dropping focus to <body>. Now,
      // not at the next frame, which on a busy machine can come after the user has moved on.
      document.getElementById('findings-title')?.focus();
    },
  };
  return (
    <section class="findings-section" aria-labelledby="findings-title">
      <h2 id="findings-title" tabIndex={-1}>
        {t('findingsTitle')} <span class="count">{findings.length}</span>
      </h2>
      {findings.length > 0 && <FindingList findings={findings} actions={actions} label={t('findingsListLabel')} />}
      <Verdicts verdicts={state.verdicts.value} listed={findings} dismissed={state.dismissedFindings.value} />
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
      <AppHeader title={t('appName')}>{page && <span class="page-host muted">{page}</span>}</AppHeader>
      <VisitRelease state={state} />
      {/* Polite, and only written once typing pauses (side-panel-state.ts): never a chatter. */}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true" data-announcer>
        {state.announcement.value}
      </div>
      <main class="panel" aria-busy={!ready}>
        {ready && state.limitNotice.value && (
          <p class="limit-notice" role="status" data-limit>
            {state.limitNotice.value}
          </p>
        )}
        {ready && empty && !lookedUp && <EmptyState />}
        {ready && (!empty || lookedUp) && (
          <>
            {!empty && <Findings state={state} />}
            {state.tab.value?.result.chiro && <RegionsTable visit={state.tab.value.result.chiro} onShowEvidence={(span) => void state.showEvidence(span)} />}
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
