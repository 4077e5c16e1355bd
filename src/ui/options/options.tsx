import { t } from '../shared/i18n/i18n';
import { useEffect } from 'preact/hooks';
import { AppHeader } from '../shared/app-header';
import { builtInSites } from './built-in-sites';
import { AboutSection } from './about-section';
import { AlertBudgetSection } from './alert-budget-section';
import { CareSettingSection } from './care-setting-section';
import { LanguageSection } from './language-section';
import { DisplaySection } from './display-section';
import type { OptionsPort } from './options-port';
import type { OptionsState } from './options-state';
import { PairedSection } from './paired-section';
import { PayerSection } from './payer-section';
import { PrivacySection } from './privacy-section';
import { RulesSection } from './rules-section';
import { SelectorsSection } from './selectors-section';
import { SitesSection } from './sites-section';

export function Options({ state, port }: { state: OptionsState; port: Pick<OptionsPort, 'version' | 'releases' | 'builtInMatches'> }) {
  const builtIn = builtInSites(port.builtInMatches);
  useEffect(() => {
    let stop: (() => void) | undefined;
    void state.start().then((s) => (stop = s));
    return () => stop?.();
  }, [state]);
  const locked = state.settings.value ? Object.values(state.settings.value.locks).some((v) => v === true || (Array.isArray(v) && v.length > 0)) : false;
  return (
    <>
      <AppHeader title={t('settingsTitle')} />
      <main class="options">
        {locked && <p class="managed-banner">{t('managedBanner')}</p>}
        <p class="status" role="status" aria-live="polite">
          {state.status.value}
        </p>
        <SitesSection state={state} builtIn={builtIn.shown} />
        <SelectorsSection state={state} />
        <PayerSection state={state} builtIn={builtIn.origins} />
        <CareSettingSection state={state} />
        <PairedSection state={state} />
        <RulesSection state={state} />
        <AlertBudgetSection onStatus={(message) => (state.status.value = message)} />
        <DisplaySection state={state} releases={port.releases} />
        <LanguageSection onSaved={(message) => (state.status.value = message)} />
        <PrivacySection />
        <AboutSection state={state} version={port.version} />
      </main>
    </>
  );
}
