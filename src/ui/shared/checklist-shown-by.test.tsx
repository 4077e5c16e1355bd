import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChecklistItem, Span } from '../../core';
import { Checklist } from './checklist';
import { setLanguage } from './i18n/i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const part: Span = { fieldId: 'note', start: 0, end: 9, text: 'asymmetry' };
const film: Span = { fieldId: 'note', start: 20, end: 25, text: 'X-ray' };
const context = () => ({ before: '', after: '', label: 'Note', kind: 'note' });
const xray = (over: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'xray',
  label: 'X-ray',
  met: true,
  evidence: [part],
  ...over,
});

describe('Checklist: the chiropractic X-ray item met by P/A/R/T', () => {
  it('says the X-ray is not needed, and why, instead of "Met" over a P/A/R/T quote', () => {
    const { container } = render(
      <Checklist items={[xray({ shownBy: 'part' })]} context={context} onShowEvidence={vi.fn()} />,
    );
    const item = container.querySelector('[data-item="xray"]');
    expect(item?.getAttribute('data-state')).toBe('met');
    expect(item?.getAttribute('data-shown-by')).toBe('part');
    expect(item?.querySelector('.state')?.textContent).toBe('Not needed');
    expect(item?.textContent).toContain('Medicare accepts it in place of an X-ray');
  });

  it('says "Met" when an X-ray meets it, and "No hace falta" in Spanish', () => {
    const met = render(
      <Checklist items={[xray({ evidence: [film] })]} context={context} onShowEvidence={vi.fn()} />,
    );
    expect(met.container.querySelector('[data-item="xray"] .state')?.textContent).toBe('Met');
    expect(met.container.querySelector('[data-shown-by]')).toBeNull();
    cleanup();
    setLanguage('es');
    const es = render(
      <Checklist items={[xray({ shownBy: 'part' })]} context={context} onShowEvidence={vi.fn()} />,
    );
    expect(es.container.querySelector('[data-item="xray"] .state')?.textContent).toBe('No hace falta');
    expect(es.container.textContent).toContain('Medicare la acepta en lugar de una radiografía');
  });
});
