import type { FoundCode } from '../../core';
import { AppHeader } from '../shared/app-header';
import { PrivacyLine } from '../shared/privacy-line';
import type { SidePanelState } from './side-panel-state';

function where(code: FoundCode): string {
  return code.fieldKind === 'diagnosis' ? 'diagnosis field' : 'note';
}

function CodeList({ codes }: { codes: FoundCode[] }) {
  return (
    <ul class="codes" aria-label="Codes on this page">
      {codes.map((code) => (
        <li key={`${code.span.fieldId}:${code.span.start}`} data-code={code.code}>
          <span class="code">{code.code}</span>
          <span class="muted"> in the {where(code)}</span>
          {code.span.text !== code.code && <span class="muted"> (typed “{code.span.text}”)</span>}
          {code.note && <p class="note">{code.note}</p>}
        </li>
      ))}
    </ul>
  );
}

function EmptyState() {
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">No codes on this page yet</h2>
      <p>
        ChartLint reads the diagnosis field and the clinical note of the page you are charting in. Type or pick an
        ICD-10-CM code, such as <code>M99.61</code>, and it appears here with what the note supports.
      </p>
    </section>
  );
}

export function SidePanel({ state }: { state: SidePanelState }) {
  const codes = state.codes.value;
  return (
    <>
      <AppHeader title="ChartLint" />
      <main class="panel" aria-busy={state.status.value === 'loading'}>
        {codes.length === 0 ? (
          state.status.value === 'ready' && <EmptyState />
        ) : (
          <section aria-labelledby="codes-title">
            <h2 id="codes-title">Codes on this page</h2>
            <CodeList codes={codes} />
          </section>
        )}
      </main>
      <PrivacyLine />
    </>
  );
}
