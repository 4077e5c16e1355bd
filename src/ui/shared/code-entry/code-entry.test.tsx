import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { explainCode } from '../../../kb';
import { CodeEntry } from './code-entry';

// The first explainCode() loads the 12 MB catalog: seconds on a busy machine, within the
// configured timeout (vitest.config.ts), which only catches a hang.
describe('CodeEntry', () => {
  it('shows a header with its official title, status, hierarchy and the codes under it', async () => {
    const entry = await explainCode('M48.06');
    const onSelectCode = vi.fn();
    const { container } = render(<CodeEntry entry={entry} onSelectCode={onSelectCode} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('M48.06 Spinal stenosis, lumbar region');
    expect(container.querySelector('[data-billable]')?.textContent).toBe('Header');
    // The status line follows the pill without saying its word again ("Header header: …" read twice).
    expect(container.querySelector('.code-entry-status')?.textContent).toBe('Header not reportable; choose one of the codes below it');
    expect(container.querySelector('.hierarchy')?.textContent).toContain('Chapter 13');
    expect(container.querySelector('[data-section="children"]')?.hasAttribute('open')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /M48\.062/ }));
    expect(onSelectCode).toHaveBeenCalledWith('M48.062');
    expect(container.querySelector('.m99-sections')).toBeNull();
  });

  it('adds the curated reference for a billable M99 code, FAQ collapsed, sources with their date', async () => {
    const entry = await explainCode('M99.60');
    const { container } = render(<CodeEntry entry={entry} />);
    expect(container.querySelector('[data-billable]')?.textContent).toBe('Billable');
    expect(container.querySelector('.code-entry-status')?.textContent).toBe('Billable valid for HIPAA transactions');
    for (const section of ['documentation', 'pitfalls', 'context', 'faq', 'procedures', 'alternatives', 'related', 'sources']) {
      expect(container.querySelector(`[data-section="${section}"]`), section).not.toBeNull();
    }
    expect(container.querySelector('[data-section="faq"]')?.hasAttribute('open')).toBe(false);
    expect(container.querySelector('[data-section="sources"] summary')?.textContent).toContain(`verified ${entry.m99?.verified ?? 'missing'}`);
    // Without onSelectCode the related codes are plain text, not buttons.
    expect(container.querySelectorAll('.code-link')).toHaveLength(0);
  });
});
