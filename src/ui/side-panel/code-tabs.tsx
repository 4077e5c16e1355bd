import { useRef } from 'preact/hooks';
import { Checklist } from '../shared/checklist';
import { CopyButton } from '../shared/finding-list';
import { M99Grid } from '../shared/m99-grid';
import type { CodeDetails } from './code-details';
import { t } from '../shared/i18n/i18n';
import { WholeDates } from '../shared/whole-dates';
import { coreText } from '../shared/i18n/finding-text';
import { CodeEntry } from '../shared/code-entry/code-entry';
import type { FocusCode, SidePanelState } from './side-panel-state';

/** The core's reason for a code not checked because the note is in Spanish (core/rules/note-read.ts, NOTE_LANGUAGE_REASON). */
const NOTE_SPANISH_REASON = 'reason_not_checked_note_spanish';
/** The reason for a code not checked because the page's note is in an unpaired frame of another site (core/rules/note-read.ts, noNoteOnPage). */
const NOTE_OTHER_SITE_REASON = 'reason_not_checked_note_other_site';

const tabDomId = (code: string) => `code-tab-${code.replace('.', '')}`;
const panelDomId = (code: string) => `code-panel-${code.replace('.', '')}`;

function Status({ details }: { details: CodeDetails | undefined }) {
  if (!details) {
    // Same height as the loaded title and status, so nothing below jumps when they arrive.
    return (
      <>
        <p class="title placeholder" aria-hidden="true" />
        <p class="status muted">{t('loadingTitle')}</p>
      </>
    );
  }
  if (!details.known) {
    return (
      <p class="status" data-unknown>
        <span class="pill bad">{t('notACode')}</span> <WholeDates text={coreText(details.message, details.messageId, details.params)} />
      </p>
    );
  }
  const { info } = details;
  return (
    <>
      <p class="title" data-official-title lang="en">
        {info.title}
      </p>
      <p class="status">
        {info.billable ? (
          <span class="pill ok">{t('billable')}</span>
        ) : (
          <span class="pill warn">{t('headerNotBillable')}</span>
        )}{' '}
        <span class="muted">
          <WholeDates
            text={t('releaseEffective', {
              version: info.release.version,
              from: info.release.effectiveFrom,
              to: info.release.effectiveTo,
            })}
          />
        </span>
      </p>
    </>
  );
}

/**
 * "Classifiable elsewhere": the codes the note fits outside M99 (from the classified-elsewhere
 * finding) first, then the reference's other candidates with when each applies.
 */
function Alternatives({ state, code }: { state: SidePanelState; code: string }) {
  const fromNote = state.alternatives.value[code] ?? [];
  if (fromNote.length === 0) return null;
  const titleOf = (alt: string) => {
    const d = state.details.value[alt];
    return d?.known ? d.info.title : '';
  };
  return (
    <section class="block" aria-labelledby={`alt-${panelDomId(code)}`}>
      {/* Folded: the classified-elsewhere card above already offers these codes to copy. */}
      <details class="disclosure">
        <summary>
          <h3 id={`alt-${panelDomId(code)}`} class="inline-heading">
            {t('classifiableElsewhere')} ({fromNote.length})
          </h3>
        </summary>
        <p class="muted small">{t('classifiableElsewhereIntro')}</p>
        <ul class="alternatives" aria-label={t('alternativesLabel')}>
          {fromNote.map((alt) => (
            <li key={alt} data-code={alt} data-from-note>
              <CopyButton code={alt} onCopy={(code) => void state.copy(code)} /> <span lang="en">{titleOf(alt)}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function CodePanel({ state, focus }: { state: SidePanelState; focus: FocusCode }) {
  const details = state.details.value[focus.code];
  const stenosis = state.isM99Stenosis(focus.code);
  const entered = focus.where === 'note' ? t('roleWrittenInNote') : t('roleEntered');
  const role = [
    focus.entered && entered,
    focus.suggested && t('roleSuggested'),
    focus.lookedUp && t('roleLookedUp'),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div
      class="code-panel"
      role="tabpanel"
      id={panelDomId(focus.code)}
      aria-labelledby={tabDomId(focus.code)}
      tabIndex={0}
      data-code={focus.code}
    >
      <h3 class="code-heading">
        <span class="code">{focus.code}</span> <span class="muted small">{role}</span>
      </h3>
      <Status details={details} />
      {stenosis && (
        <>
          <section class="block" aria-labelledby={`cl-${panelDomId(focus.code)}`}>
            <h3 id={`cl-${panelDomId(focus.code)}`}>{t('checklistTitle')}</h3>
            <Checklist
              noteInSpanish={state.verdicts.value.some((v) => v.verdict === 'not-checked' && v.params?.reason_msg === NOTE_SPANISH_REASON)}
              noteSite={state.verdicts.value.find((v) => v.verdict === 'not-checked' && v.params?.reason_msg === NOTE_OTHER_SITE_REASON)?.params?.site}
              items={state.checklist.value}
              context={state.context}
              onShowEvidence={(span) => void state.showEvidence(span)}
            />
          </section>
          <section class="block" aria-label={t('m99GridLabel')}>
            <M99Grid entered={state.enteredCodes.value} supported={state.supportedCodes.value} />
          </section>
          <Alternatives state={state} code={focus.code} />
        </>
      )}
      {details?.known && (
        <section class="block reference" aria-label={t('referenceFor', { code: focus.code })}>
          {/* Folded: the reference is long and the same for every note; the findings come first. */}
          <details class="disclosure reference-fold">
            <summary class="reference-title">
              {details.info.m99 ? t('referenceTitleM99') : t('referenceTitle')}
            </summary>
            <CodeEntry entry={details.info} headingLevel={3} compact />
          </details>
        </section>
      )}
    </div>
  );
}

/** One tab per code the page has or ChartLint suggests; arrow keys move between tabs (ARIA tabs pattern). */
export function CodeTabs({ state }: { state: SidePanelState }) {
  const list = state.focusCodes.value;
  const current = state.currentCode.value;
  const tabs = useRef<HTMLDivElement>(null);
  if (list.length === 0 || !current) return null;

  function move(delta: number | 'first' | 'last') {
    const index = list.findIndex((c) => c.code === current?.code);
    const next =
      delta === 'first'
        ? 0
        : delta === 'last'
          ? list.length - 1
          : (index + delta + list.length) % list.length;
    const code = list[next]?.code;
    if (!code) return;
    // Focus moves now, with the key press, not at the next frame: on a busy machine a frame can come
    // after the user has already moved on (Tab, Enter on a card's menu) and the late focus pulled
    // them back to the tab. Every tab is in the DOM already; the roving tabindex follows on render.
    tabs.current?.querySelector<HTMLElement>(`#${tabDomId(code)}`)?.focus();
    state.selectedCode.value = code;
  }

  return (
    <section class="codes-section" aria-labelledby="codes-title">
      <h2 id="codes-title">{t('codesTitle')}</h2>
      <div
        class="tabs"
        role="tablist"
        aria-label={t('codeTabsLabel')}
        ref={tabs}
        onKeyDown={(e) => {
          const keys: Record<string, number | 'first' | 'last'> = {
            ArrowRight: 1,
            ArrowLeft: -1,
            Home: 'first',
            End: 'last',
          };
          const delta = keys[e.key];
          if (delta === undefined) return;
          e.preventDefault();
          move(delta);
        }}
      >
        {list.map((c) => {
          const selected = c.code === current.code;
          return (
            <button
              type="button"
              role="tab"
              key={c.code}
              id={tabDomId(c.code)}
              aria-selected={selected}
              aria-controls={panelDomId(c.code)}
              tabIndex={selected ? 0 : -1}
              data-code={c.code}
              class={c.entered ? 'entered' : c.suggested ? 'suggested' : 'looked-up'}
              onClick={() => (state.selectedCode.value = c.code)}
            >
              <span class="code">{c.code}</span>
              <span class="tab-kind">
                {c.entered ? t('tabEntered') : c.suggested ? t('tabSuggested') : t('tabLookedUp')}
              </span>
            </button>
          );
        })}
      </div>
      <CodePanel state={state} focus={current} />
    </section>
  );
}
