import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeSettings } from '../../protocol/settings';
import { builtInSites } from './built-in-sites';
import type { OptionsState } from './options-state';
import { PayerSection } from './payer-section';
import { SitesSection } from './sites-section';

const BUILT_IN = builtInSites(['http://localhost:4317/*', 'http://*.chartlint.localhost/*']);

function stateWith(user: unknown) {
  const setPayer = vi.fn<OptionsState['setPayer']>(() => Promise.resolve());
  const state = {
    settings: signal(mergeSettings(user, undefined)),
    status: signal(''),
    setPayer,
  } as unknown as OptionsState;
  return { state, setPayer };
}

describe('the built-in sites on the options page', () => {
  afterEach(cleanup);

  it('lists what the manifest covers, port and all, never "any port"', () => {
    const { state } = stateWith({});
    render(<SitesSection state={state} builtIn={BUILT_IN.shown} />);
    const items = within(screen.getByRole('list', { name: 'Enabled sites' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'http://localhost:4317 (built in, for the demo EHR and the tests)',
      'http://*.chartlint.localhost (built in, for the demo EHR and the tests)',
    ]);
  });

  it("offers a payer for the demo's exact origin, the key its pages are looked up by, and none for a wildcard host", () => {
    const { state, setPayer } = stateWith({ enabledSites: ['https://ehr.example'] });
    render(<PayerSection state={state} builtIn={BUILT_IN.origins} />);
    const sites = within(screen.getByRole('list', { name: 'Payer per site' }))
      .getAllByRole('listitem')
      .map((item) => item.getAttribute('data-payer-site'));
    expect(sites).toEqual(['http://localhost:4317', 'https://ehr.example']);
    fireEvent.change(screen.getByLabelText('http://localhost:4317'), { target: { value: 'medicare' } });
    expect(setPayer).toHaveBeenCalledWith('http://localhost:4317', 'medicare');
  });
});
