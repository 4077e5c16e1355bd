import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeSettings } from '../../protocol/settings';
import type { OptionsState } from './options-state';
import { SelectorsSection } from './selectors-section';

const SITE = 'https://ehr.example';

function stateWith(user: unknown, managed?: unknown) {
  const setSelectors = vi.fn<OptionsState['setSelectors']>(() => Promise.resolve());
  const state = {
    settings: signal(mergeSettings(user, managed)),
    status: signal(''),
    setSelectors,
    removeSelectors: vi.fn(() => Promise.resolve()),
  } as unknown as OptionsState;
  return { state, setSelectors };
}

describe('pinned selectors: reading mode per diagnosis selector', () => {
  afterEach(cleanup);

  it('offers one "read as" choice per diagnosis selector and saves the modes other than "field"', () => {
    const { state, setSelectors } = stateWith({
      selectors: { [SITE]: { diagnosis: ['#tags'], note: ['#n'] } },
    });
    render(<SelectorsSection state={state} />);
    const box = screen.getByLabelText('Diagnosis field (one CSS selector per line)');
    fireEvent.input(box, { target: { value: '#tags\n#problems\n#code' } });
    expect(screen.getAllByRole('combobox', { name: /^Read / })).toHaveLength(3);
    expect(screen.getByLabelText<HTMLSelectElement>('Read #tags as').value).toBe('field');
    fireEvent.change(screen.getByLabelText('Read #tags as'), { target: { value: 'chips' } });
    fireEvent.change(screen.getByLabelText('Read #problems as'), { target: { value: 'rows' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save selectors' }));
    expect(setSelectors).toHaveBeenCalledWith(SITE, {
      diagnosis: ['#tags', '#problems', '#code'],
      note: ['#n'],
      reading: { '#tags': 'chips', '#problems': 'rows' },
    });
  });

  it('shows a saved mode, forgets the mode of a selector removed before saving, and adds no key when none is set', () => {
    const { state, setSelectors } = stateWith({
      selectors: { [SITE]: { diagnosis: ['#tags', '#old'], reading: { '#tags': 'chips', '#old': 'rows' } } },
    });
    render(<SelectorsSection state={state} />);
    expect(screen.getByLabelText<HTMLSelectElement>('Read #tags as').value).toBe('chips');
    fireEvent.input(screen.getByLabelText('Diagnosis field (one CSS selector per line)'), {
      target: { value: '#tags' },
    });
    fireEvent.change(screen.getByLabelText('Read #tags as'), { target: { value: 'field' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save selectors' }));
    expect(setSelectors).toHaveBeenCalledWith(SITE, { diagnosis: ['#tags'], note: [] });
  });

  it('locks the modes an administrator set', () => {
    const { state } = stateWith(undefined, {
      selectors: { [SITE]: { diagnosis: ['#t'], reading: { '#t': 'rows' } } },
    });
    render(<SelectorsSection state={state} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Read #t as');
    expect(select.value).toBe('rows');
    expect(select.disabled).toBe(true);
  });
});
