import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChecklistItem, Span } from '../../core';
import { Checklist } from './checklist';
import { setLanguage } from './i18n/i18n';

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const span: Span = { fieldId: 'note', start: 0, end: 9, text: 'asimetría' };
// A chiropractic visit partly in Spanish (core/rules/unread-part.ts): P/A/R/T was read, the care type was not.
const items: ChecklistItem[] = [
  { id: 'part', label: 'P/A/R/T', met: true, evidence: [span] },
  { id: 'care-type', label: 'Active care', met: false, evidence: [], unread: 'es' },
  { id: 'treatment-plan', label: 'Plan', met: false, evidence: [] },
];
const context = () => ({ before: '', after: '', label: 'Note', kind: 'note' });

describe('Checklist: an item a Spanish part left unread', () => {
  it('says not checked, and why, rather than missing', () => {
    const { container } = render(<Checklist items={items} context={context} onShowEvidence={vi.fn()} />);
    const unread = container.querySelector('[data-item="care-type"]');
    expect(unread?.getAttribute('data-state')).toBe('not-read');
    expect(unread?.querySelector('.state')?.textContent).toBe('Not checked');
    expect(unread?.textContent).toContain('Part of the note is in Spanish');
    expect(unread?.textContent).not.toMatch(/missing/i);
    // An item of the same note that nothing excuses stays missing.
    expect(container.querySelector('[data-item="treatment-plan"]')?.getAttribute('data-state')).toBe(
      'missing',
    );
  });

  it('says the same in Spanish', () => {
    setLanguage('es');
    const { container } = render(<Checklist items={items} context={context} onShowEvidence={vi.fn()} />);
    const unread = container.querySelector('[data-item="care-type"]');
    expect(unread?.querySelector('.state')?.textContent).toBe('Sin comprobar');
    expect(unread?.textContent).toContain('Parte de la nota está en español');
    expect(unread?.textContent).not.toContain('Falta');
  });
});
