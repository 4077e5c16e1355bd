import { signal } from '@preact/signals';
import type { CareSetting, RuleId } from '../../core';
import type { PayerId } from '../../core/chiro/chiro-types';
import { samePair, toOrigin, type EffectiveSettings, type Mode, type PartialSettings, type PinnedSelectors, type RuleSetting } from '../../protocol/settings';
import type { DataSource, OptionsPort } from './options-port';
import { t, tn } from '../shared/i18n/i18n';

/**
 * The options page's state: the merged settings (managed wins, see protocol/settings.ts) and the
 * actions that change the user's own part. Locked values are refused here as well as disabled in
 * the UI, so a stale page cannot write over an administrator's choice.
 */
export function createOptionsState(port: OptionsPort) {
  const settings = signal<EffectiveSettings | undefined>(undefined);
  const sources = signal<DataSource[]>([]);
  /** The last thing that happened, read out by a live region ("Saved.", an error). */
  const status = signal('');

  const refresh = async () => {
    settings.value = await port.loadSettings();
  };
  const run = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
      if (what) status.value = what;
    } catch (error) {
      status.value = t('couldNotSave', { error: error instanceof Error ? error.message : String(error) });
    }
  };
  const save = (what: string, change: (user: PartialSettings) => PartialSettings) =>
    run(what, async () => {
      settings.value = await port.updateUser(change);
    });

  async function start(): Promise<() => void> {
    const stop = port.onSettingsChanged(() => void refresh());
    await refresh();
    port.loadDataSources().then(
      (list) => (sources.value = list),
      () => (sources.value = []),
    );
    return stop;
  }

  function setRule(id: RuleId, change: Partial<RuleSetting>) {
    if (settings.value?.locks.rules.includes(id)) return Promise.resolve();
    return save(t('saved'), (user) => ({ ...user, rules: { ...user.rules, [id]: { ...user.rules?.[id], ...change } } }));
  }

  function setMode(mode: Mode) {
    if (settings.value?.locks.mode) return Promise.resolve();
    return save(t('saved'), (user) => ({ ...user, mode }));
  }

  function setRelease(release: string) {
    if (settings.value?.locks.release) return Promise.resolve();
    return save(t('saved'), (user) => ({ ...user, release }));
  }

  /** The care setting every analysis applies (open pages are analysed again at the change: background/main.ts). */
  function setCareSetting(careSetting: CareSetting) {
    if (settings.value?.locks.careSetting) return Promise.resolve();
    return save(t('careSettingSaved'), (user) => ({ ...user, careSetting }));
  }

  /** The payer assumed on a site when its pages name none; 'unknown' removes the setting. */
  function setPayer(origin: string, payer: PayerId) {
    if (settings.value?.locks.payers?.includes(origin)) return Promise.resolve();
    return save('Payer saved. It applies from the next change on the page.', (user) => {
      const payers = Object.fromEntries(Object.entries(user.payers ?? {}).filter(([site]) => site !== origin));
      return { ...user, payers: payer === 'unknown' ? payers : { ...payers, [origin]: payer } };
    });
  }

  function setSelectors(origin: string, pinned: PinnedSelectors) {
    if (settings.value?.locks.selectors.includes(origin)) return Promise.resolve();
    return save(t('selectorsSaved'), (user) => ({ ...user, selectors: { ...user.selectors, [origin]: pinned } }));
  }

  function removeSelectors(origin: string) {
    if (settings.value?.locks.selectors.includes(origin)) return Promise.resolve();
    return save(t('selectorsRemoved'), (user) => ({
      ...user,
      selectors: Object.fromEntries(Object.entries(user.selectors ?? {}).filter(([site]) => site !== origin)),
    }));
  }

  function removeSite(origin: string) {
    if (settings.value?.locks.enabledSites.includes(origin)) return Promise.resolve();
    return run(t('siteRemoved', { origin }), async () => {
      await port.disableSite(origin);
      await refresh();
    });
  }

  /**
   * Pairs two sites whose frames are checked together (the page's and its note frame's). Refused,
   * and said, unless both are http(s) sites and differ; a pair already there is not added twice.
   */
  function pairOrigins(first: string, second: string) {
    const a = toOrigin(first);
    const b = toOrigin(second);
    if (!a || !b || a === b) {
      status.value = t('pairedInvalid');
      return Promise.resolve(false);
    }
    return save(t('pairedSaved'), (user) => {
      const pairs = user.pairedOrigins ?? [];
      return { ...user, pairedOrigins: pairs.some((p) => samePair(p, [a, b])) ? pairs : [...pairs, [a, b]] };
    }).then(() => true);
  }

  /** Removes a pair from the user's own settings (an administrator's pair stays). */
  function unpairOrigins(first: string, second: string) {
    return save(t('pairedRemoved'), (user) => ({ ...user, pairedOrigins: (user.pairedOrigins ?? []).filter((p) => !samePair(p, [first, second])) }));
  }

  function resetDismissed() {
    return run('', async () => {
      const pages = await port.resetDismissed();
      status.value = pages === 0 ? t('noDismissedFindings') : tn('dismissedReset', pages);
    }).then(() => undefined);
  }

  return { settings, sources, status, start, setRule, setMode, setRelease, setSelectors, removeSelectors, removeSite, resetDismissed, setPayer, setCareSetting, pairOrigins, unpairOrigins };
}

export type OptionsState = ReturnType<typeof createOptionsState>;
