import { AppHeader } from '../shared/app-header';
import { PrivacyLine } from '../shared/privacy-line';
import { SiteAccess } from '../shared/site-access';

export type PopupActions = { openPanel: () => void; openOptions: () => void; version: string };

export function Popup({ actions }: { actions: PopupActions }) {
  return (
    <>
      <AppHeader title="ChartLint">
        <span class="muted version">v{actions.version}</span>
      </AppHeader>
      <main class="popup">
        <p>Spine coding hints for the chart you have open. Findings appear next to the diagnosis field and in the panel.</p>
        <SiteAccess />
        <div class="actions">
          <button type="button" class="primary" onClick={actions.openPanel}>
            Open side panel
          </button>
          <button type="button" onClick={actions.openOptions}>
            Settings
          </button>
        </div>
      </main>
      <PrivacyLine />
    </>
  );
}
