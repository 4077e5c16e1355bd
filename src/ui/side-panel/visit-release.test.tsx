import { fireEvent, render, waitFor } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { ReleaseStamp } from '../../core';
import type { SidePanelState } from './side-panel-state';
import { VisitRelease } from './visit-release';

const stamp = { version: 'FY2027', status: 'in-force', dateOfService: '2026-12-03', source: 'today' } as unknown as ReleaseStamp;

/** The panel state the release line reads: a tab with a release, and a date setter that answers as told. */
function fakeState(answer: (date: string | null) => string | undefined) {
  const tab = signal<{ result: { release: ReleaseStamp }; userDate?: string }>({ result: { release: stamp } });
  const asked: (string | null)[] = [];
  const state = {
    tab,
    setVisitDate: (date: string | null) => {
      asked.push(date);
      const error = answer(date);
      if (!error && date) tab.value = { ...tab.value, userDate: date };
      return Promise.resolve(error);
    },
  } as unknown as SidePanelState;
  return { state, asked, tab };
}

describe('the date of service field', () => {
  it('keeps a refused date as typed beside its error, and shows the stored date once one is set', async () => {
    const { state, asked } = fakeState((date) => (date === '1800-01-01' ? 'not a real date' : undefined));
    const { container, findByText } = render(<VisitRelease state={state} />);
    const input = container.querySelector<HTMLInputElement>('#visit-date')!;
    const form = container.querySelector('form')!;

    fireEvent.input(input, { target: { value: '1800-01-01' } });
    fireEvent.submit(form);
    await findByText('not a real date');
    expect(asked).toEqual(['1800-01-01']);
    expect(container.querySelector<HTMLInputElement>('#visit-date')!.value).toBe('1800-01-01');

    fireEvent.input(container.querySelector<HTMLInputElement>('#visit-date')!, { target: { value: '2026-10-01' } });
    fireEvent.submit(form);
    await waitFor(() => expect(container.querySelector('.error-line')).toBeNull());
    expect(asked).toEqual(['1800-01-01', '2026-10-01']);
    expect(container.querySelector<HTMLInputElement>('#visit-date')!.value).toBe('2026-10-01');
  });
});
