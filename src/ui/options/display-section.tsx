import { MODES, type Mode } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';

const MODE_TEXT: Record<Mode, { name: string; help: string }> = {
  quiet: { name: 'Quiet', help: 'A badge next to the diagnosis field; findings open when you click it.' },
  interruptive: { name: 'Interruptive', help: 'The badge opens its findings by itself when a new problem appears.' },
};

type ReleaseRow = { version: string; effectiveFrom: string; effectiveTo: string; caveat?: string };

/** Today as the user's calendar reads it (ISO), to say which release is in force now. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Each carried release's validity window, which one is in force today, and plainly when none is. */
function ReleaseWindows({ releases }: { releases: readonly ReleaseRow[] }) {
  const now = today();
  const newest = releases.at(-1);
  return (
    <>
      <table class="release-windows" data-release-windows>
        <caption>ICD-10-CM releases ChartLint ships</caption>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">In force</th>
            <th scope="col">Today</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.version} data-release={r.version}>
              <th scope="row">{r.version}</th>
              <td>
                {r.effectiveFrom} to {r.effectiveTo}
                {r.caveat && <div class="muted">{r.caveat}</div>}
              </td>
              <td>{now < r.effectiveFrom ? 'not yet in force' : now > r.effectiveTo ? 'ended' : 'in force'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {newest && now > newest.effectiveTo && (
        <p class="error-line" role="note">
          The newest release ChartLint ships, {newest.version}, ended on {newest.effectiveTo}. Codes on visits after that date are checked against it and may be out of date: update ChartLint.
        </p>
      )}
    </>
  );
}

export function DisplaySection({ state, releases }: { state: OptionsState; releases: readonly ReleaseRow[] }) {
  const settings = state.settings.value;
  if (!settings) return null;
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">Display</h2>
      <fieldset class="modes" disabled={settings.locks.mode}>
        <legend>
          How findings appear {settings.locks.mode && <LockedNote />}
        </legend>
        {MODES.map((mode) => (
          <label key={mode} class="choice">
            <input type="radio" name="mode" value={mode} checked={settings.mode === mode} onChange={() => void state.setMode(mode)} />
            <strong>{MODE_TEXT[mode].name}</strong> <span class="muted">{MODE_TEXT[mode].help}</span>
          </label>
        ))}
      </fieldset>
      <div class="row">
        <label for="release">ICD-10-CM release used</label>
        <select id="release" value={settings.release} disabled={settings.locks.release} onChange={(e) => void state.setRelease(e.currentTarget.value)}>
          <option value="latest">The release in force on the date of service (recommended)</option>
          {releases.map((r) => (
            <option key={r.version} value={r.version}>
              Always {r.version} (effective {r.effectiveFrom} to {r.effectiveTo})
            </option>
          ))}
        </select>
        {settings.locks.release && <LockedNote />}
      </div>
      <p class="muted">
        The date of service is read from the page (visit, encounter or service date), else the date you set in the side panel, else
        today.
      </p>
      <ReleaseWindows releases={releases} />
      <div class="row">
        <button type="button" onClick={() => void state.resetDismissed()}>
          Reset dismissed findings
        </button>
        <span class="muted">Shows again every finding you dismissed in open tabs.</span>
      </div>
    </section>
  );
}
