import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeSettings } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { PairedSection } from './paired-section';

const EHR = 'https://ehr.example';
const NOTES = 'https://notes.example';
const LAB = 'https://lab.example';

function stateWith(user: unknown, managed?: unknown) {
  const unpairOrigins = vi.fn<OptionsState['unpairOrigins']>(() => Promise.resolve());
  const state = {
    settings: signal(mergeSettings(user, managed)),
    status: signal(''),
    pairOrigins: vi.fn(() => Promise.resolve(true)),
    unpairOrigins,
  } as unknown as OptionsState;
  return { state, unpairOrigins };
}

describe("frames checked together: the administrator's pairs", () => {
  afterEach(cleanup);

  it("shows a pair the administrator set as locked, with no Remove button, and the user's own as removable", () => {
    const { state, unpairOrigins } = stateWith(
      { pairedOrigins: [[EHR, LAB]] },
      { pairedOrigins: [[EHR, NOTES]] },
    );
    render(<PairedSection state={state} />);
    const list = screen.getByRole('list', { name: 'Frames checked together' });
    const [admin, own] = within(list).getAllByRole('listitem');
    expect(admin?.getAttribute('data-pair')).toBe(`${EHR} ${NOTES}`);
    expect(within(admin as HTMLElement).queryByRole('button')).toBeNull();
    expect(admin?.textContent).toContain('Locked by your administrator');
    fireEvent.click(within(own as HTMLElement).getByRole('button', { name: `Unpair ${EHR} and ${LAB}` }));
    expect(unpairOrigins).toHaveBeenCalledWith(EHR, LAB);
  });

  it("lists a pair both set once, as the administrator's, in either order", () => {
    const { state } = stateWith({ pairedOrigins: [[NOTES, EHR]] }, { pairedOrigins: [[EHR, NOTES]] });
    render(<PairedSection state={state} />);
    const items = within(screen.getByRole('list', { name: 'Frames checked together' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(1);
    expect(within(items[0] as HTMLElement).queryByRole('button')).toBeNull();
  });

  it('pairs the two sites typed in the form and empties it once saved', async () => {
    const { state } = stateWith({});
    render(<PairedSection state={state} />);
    const pageSite = screen.getByLabelText<HTMLInputElement>('Page site');
    const frameSite = screen.getByLabelText<HTMLInputElement>('Frame site');
    fireEvent.input(pageSite, { target: { value: EHR } });
    fireEvent.input(frameSite, { target: { value: NOTES } });
    fireEvent.click(screen.getByRole('button', { name: 'Pair' }));
    expect(state.pairOrigins).toHaveBeenCalledWith(EHR, NOTES);
    await vi.waitFor(() => expect(pageSite.value).toBe(''));
    expect(frameSite.value).toBe('');
  });
});
