import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Span } from '../../core';
import { Checklist } from './checklist';
import { FindingList, type FindingActions } from './finding-list';
import { M99Grid } from './m99-grid';

const dxSpan: Span = { fieldId: '0:dx', start: 0, end: 6, text: 'M99.60' };
const noteSpan: Span = { fieldId: '0:n', start: 20, end: 38, text: 'foraminal stenosis' };
const finding: Finding = {
  rule: 'region-mismatch',
  severity: 'error',
  code: 'M99.60',
  suggestions: ['M99.61'],
  message: 'M99.60 is for the head region, but the note documents C5-C6.',
  evidence: [dxSpan, noteSpan],
  sources: [{ title: 'ICD-10-CM Alphabetic Index', url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html' }],
};

function actions() {
  return {
    context: (span: Span) =>
      span.fieldId === '0:dx'
        ? { before: '', after: '', label: 'Diagnosis', kind: 'diagnosis' }
        : { before: 'moderate left C5-C6 ', after: ' due to osteophytes', label: 'Impression', kind: 'note' },
    onShowEvidence: vi.fn<FindingActions['onShowEvidence']>(),
    onCopy: vi.fn<FindingActions['onCopy']>(),
    onDismiss: vi.fn<FindingActions['onDismiss']>(),
  } satisfies FindingActions;
}

afterEach(cleanup);

describe('FindingList', () => {
  it('marks each finding with data-rule and data-code and quotes the note, not the typed code', () => {
    const a = actions();
    const { container } = render(<FindingList findings={[finding]} actions={a} label="Findings" />);
    const card = container.querySelector('[data-rule="region-mismatch"][data-code="M99.60"]');
    expect(card).not.toBeNull();
    const quotes = container.querySelectorAll('button.evidence');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.textContent).toContain('Impression');
    fireEvent.click(quotes[0]!);
    expect(a.onShowEvidence).toHaveBeenCalledWith(noteSpan);
    fireEvent.click(screen.getByRole('button', { name: 'Copy M99.61 to the clipboard' }));
    expect(a.onCopy).toHaveBeenCalledWith('M99.61');
  });

  it('shows one sentence once, though the finding quotes two of its words (QA stop 54, L2)', () => {
    const line = 'Subluxation T6 and L4 with segmental dysfunction.';
    const t6: Span = { fieldId: '0:a', start: 12, end: 14, text: 'T6' };
    const l4: Span = { fieldId: '0:a', start: 19, end: 21, text: 'L4' };
    const a = {
      ...actions(),
      context: (span: Span) => ({ before: line.slice(0, span.start), after: line.slice(span.end), label: 'A', kind: 'note' }),
    };
    const { container } = render(<FindingList findings={[{ ...finding, evidence: [t6, l4] }]} actions={a} label="Findings" />);
    expect(container.querySelectorAll('button.evidence')).toHaveLength(1);
  });

  it('dismisses with a reason; Esc closes the reasons and returns focus to the toggle', () => {
    const a = actions();
    render(<FindingList findings={[finding]} actions={a} label="Findings" />);
    const toggle = screen.getByRole('button', { name: 'Dismiss…' });
    expect(screen.queryByRole('button', { name: 'Disagree' })).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const disagree = screen.getByRole('button', { name: 'Disagree' });
    disagree.focus();
    fireEvent.keyDown(disagree, { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
    fireEvent.click(toggle);
    fireEvent.click(screen.getByRole('button', { name: 'Already addressed' }));
    expect(a.onDismiss).toHaveBeenCalledWith(finding, 'already-addressed');
  });
});

describe('Checklist', () => {
  it('says met or missing in words and quotes the first evidence of met items', () => {
    const { container } = render(
      <Checklist
        items={[
          { id: 'site', label: 'Site', met: true, evidence: [noteSpan, noteSpan] },
          { id: 'imaging', label: 'Imaging', met: false, evidence: [] },
        ]}
        context={actions().context}
        onShowEvidence={vi.fn()}
      />,
    );
    expect(container.querySelector('[data-item="site"]')?.getAttribute('data-state')).toBe('met');
    expect(container.querySelector('[data-item="site"] .state')?.textContent).toBe('Met');
    expect(container.querySelectorAll('[data-item="site"] button.evidence')).toHaveLength(1);
    expect(container.querySelector('[data-item="imaging"]')?.getAttribute('data-state')).toBe('missing');
    expect(container.querySelector('[data-item="imaging"] .state')?.textContent).toBe('Missing');
  });

  it('lists no item as missing when no note text was read (an empty checklist), and says so', () => {
    const { container } = render(<Checklist items={[]} context={actions().context} onShowEvidence={vi.fn()} />);
    expect(container.querySelector('ul.checklist')).toBeNull();
    expect(container.textContent).toBe('Not checked: no note text was read, so nothing was compared with this list.');
    expect(container.textContent).not.toMatch(/missing/i);
  });
});

describe('M99Grid', () => {
  it('marks the entered and supported codes and greys what anatomy rules out, in words too', () => {
    const { container } = render(<M99Grid entered={['M99.60']} supported={['M99.61']} />);
    const cell = (code: string) => container.querySelector(`td[data-cell="${code}"]`)!;
    expect(container.querySelectorAll('td[data-cell]')).toHaveLength(60);
    expect(cell('M99.60').getAttribute('data-entered')).toBe('true');
    expect(cell('M99.60').getAttribute('data-plausibility')).toBe('unusual');
    expect(cell('M99.61').getAttribute('data-supported')).toBe('true');
    expect(cell('M99.61').hasAttribute('data-entered')).toBe(false);
    expect(cell('M99.66').getAttribute('data-plausibility')).toBe('implausible');
    expect(cell('M99.31').getAttribute('data-plausibility')).toBe('expected');
    expect(cell('M99.60').textContent).toBe('M99.60 (entered, anatomically unusual)');
    expect(cell('M99.61').textContent).toBe('M99.61 (supported by the note)');
  });
});
