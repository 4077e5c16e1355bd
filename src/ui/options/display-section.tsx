import { MODES, type Mode } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { LockedNote } from './locked-note';

const MODE_TEXT: Record<Mode, { name: string; help: string }> = {
  quiet: { name: 'Quiet', help: 'A badge next to the diagnosis field; findings open when you click it.' },
  interruptive: { name: 'Interruptive', help: 'The badge opens its findings by itself when a new problem appears.' },
};

export function DisplaySection({ state, releases }: { state: OptionsState; releases: readonly { version: string; effectiveFrom: string; effectiveTo: string }[] }) {
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
        <label for="release">ICD-10-CM release shown</label>
        <select id="release" value={settings.release} disabled={settings.locks.release} onChange={(e) => void state.setRelease(e.currentTarget.value)}>
          <option value="latest">Newest carried ({releases.at(-1)?.version ?? 'none'})</option>
          {releases.map((r) => (
            <option key={r.version} value={r.version}>
              {r.version} (effective {r.effectiveFrom} to {r.effectiveTo})
            </option>
          ))}
        </select>
        {settings.locks.release && <LockedNote />}
      </div>
      <div class="row">
        <button type="button" onClick={() => void state.resetDismissed()}>
          Reset dismissed findings
        </button>
        <span class="muted">Shows again every finding you dismissed in open tabs.</span>
      </div>
    </section>
  );
}
