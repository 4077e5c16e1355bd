import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding, Span } from '../../core';
import type { HintPanel, HintView } from '../../protocol/messages';
import { isHintFromFrame, isHintToFrame } from '../../protocol/validate-hint';
import { loadCatalogue } from './load-catalogue';
import { renderPanel, type HintActions } from './render-hint';

const noteSpan: Span = { fieldId: '0:n', start: 20, end: 38, text: 'foraminal stenosis' };
const finding: Finding & { key: string } = {
  rule: 'region-mismatch',
  severity: 'error',
  code: 'M99.60',
  suggestions: ['M99.61'],
  message: 'M99.60 is for the head region, but the note documents C5-C6.',
  evidence: [noteSpan],
  sources: [],
  key: 'region-mismatch|M99.60',
};
const card: HintPanel = { field: 'field-0', codes: ['M99.60'], findings: [finding], dismissedCount: 1, verdicts: [] };
const view = (open?: string): HintView => ({ lang: 'en', scheme: 'light', panels: [card], ...(open ? { open } : {}) });

function actions(): HintActions {
  return { close: vi.fn(), copy: vi.fn(() => Promise.resolve()), dismiss: vi.fn(), restore: vi.fn(), openPanel: vi.fn() };
}

describe('renderPanel', () => {
  // The frame loads the view's catalogue before it renders (main.ts); so does this test, which
  // passed before only when another file in its worker had put the catalogues in use first.
  beforeAll(() => Promise.all([loadCatalogue('en'), loadCatalogue('es')]));

  it('keeps the QA contract: a dialog per badge with .finding[data-rule][data-code], hidden unless open', () => {
    const closed = renderPanel(document, view(), card, actions());
    expect(closed.hidden).toBe(true);
    const open = renderPanel(document, view('field-0'), card, actions());
    expect(open.hidden).toBe(false);
    expect(open.getAttribute('role')).toBe('dialog');
    expect(open.getAttribute('aria-label')).toBe('ChartLint findings for M99.60');
    const item = open.querySelector('.finding[data-rule="region-mismatch"][data-code="M99.60"]');
    expect(item?.querySelector('.evidence')?.textContent).toBe('“foraminal stenosis”');
    expect(open.textContent).toContain('Show 1 dismissed');
  });

  it('quotes the note, never only the code the user typed (QA stop 54, L7)', () => {
    const typed: Span = { fieldId: '0:dx', start: 0, end: 6, text: 'M99.60' };
    const both = renderPanel(document, view('field-0'), { ...card, findings: [{ ...finding, evidence: [typed, noteSpan] }] }, actions());
    expect(both.querySelector('.evidence')?.textContent).toBe('“foraminal stenosis”');
    const codeOnly = renderPanel(document, view('field-0'), { ...card, findings: [{ ...finding, evidence: [typed] }] }, actions());
    expect(codeOnly.querySelector('.evidence')).toBeNull();
    // A note line that names the code among its words is still the note's.
    const noteLine: Span = { fieldId: '0:n', start: 0, end: 26, text: 'Assessment: M99.60 C5-C6.' };
    const withCode = renderPanel(document, view('field-0'), { ...card, findings: [{ ...finding, evidence: [typed, noteLine] }] }, actions());
    expect(withCode.querySelector('.evidence')?.textContent).toBe('“Assessment: M99.60 C5-C6.”');
  });

  it('acts only on trusted clicks: a scripted click dismisses nothing', () => {
    const a = actions();
    const panel = renderPanel(document, view('field-0'), card, a);
    panel.querySelector<HTMLButtonElement>('[data-action="dismiss"]')?.click();
    expect(a.dismiss).not.toHaveBeenCalled();
  });

  it('keeps each date of a message and of the release line whole (a span.date that does not wrap), with the text unchanged', () => {
    const deleted = { ...finding, message: 'T52.8X1A was deleted in ICD-10-CM FY2027, effective 2026-10-01, the release in force.' };
    const release: HintView['release'] = { version: 'FY2026', effectiveFrom: '2025-10-01', effectiveTo: '2026-09-30', status: 'expired', message: 'FY2026 ended on 2026-09-30, before the date of service 2026-11-12.' };
    const panel = renderPanel(document, { ...view('field-0'), release }, { ...card, findings: [deleted] }, actions());
    expect([...panel.querySelectorAll('.message .date')].map((d) => d.textContent)).toEqual(['2026-10-01']);
    expect([...panel.querySelectorAll('.release .date')].map((d) => d.textContent)).toEqual(['2026-09-30', '2026-11-12']);
    expect(panel.querySelector('.message')?.textContent).toContain(deleted.message);
  });

  it('says when the worker refused a dismissal (the finding is shown again) or a "Show N dismissed" (they stay dismissed)', () => {
    const plain = renderPanel(document, view('field-0'), card, actions());
    expect(plain.querySelector('.refused')).toBeNull();
    const dismissRefused = renderPanel(
      document,
      view('field-0'),
      { ...card, refused: [finding.key] },
      actions(),
    );
    expect(dismissRefused.querySelector('.finding .refused')?.textContent).toBe(
      'ChartLint could not dismiss this finding on this page: it is shown again.',
    );
    expect(dismissRefused.querySelectorAll('.refused')).toHaveLength(1);
    const restoreRefused = renderPanel(
      document,
      view('field-0'),
      { ...card, refused: ['classified-elsewhere|M99.60'] },
      actions(),
    );
    expect(restoreRefused.querySelector('.finding .refused')).toBeNull();
    expect(restoreRefused.querySelector('.refused')?.textContent).toBe(
      'ChartLint could not show 1 dismissed again: still dismissed.',
    );
    const spanish = renderPanel(
      document,
      { ...view('field-0'), lang: 'es' },
      { ...card, refused: [finding.key] },
      actions(),
    );
    expect(spanish.querySelector('.finding .refused')?.textContent).toBe(
      'ChartLint no pudo descartar este hallazgo en esta página: se vuelve a mostrar.',
    );
  });

  it('speaks the language of the view', () => {
    const panel = renderPanel(document, { ...view('field-0'), lang: 'es' }, card, actions());
    expect(panel.getAttribute('aria-label')).not.toBe('ChartLint findings for M99.60');
    expect(panel.querySelector('[data-action="open-panel"]')?.textContent).not.toBe('Open panel');
    // The note's words in the language's quotation marks, as the panel and the messages quote them.
    expect(panel.querySelector('.evidence')?.textContent).toBe('«foraminal stenosis»');
  });
});

describe('the hint port messages', () => {
  it('accepts the shapes the frame and the content script send, and nothing else', () => {
    expect(isHintToFrame({ type: 'view', view: view('field-0') })).toBe(true);
    expect(isHintToFrame({ type: 'view', view: { ...view(), lang: 'fr' } })).toBe(false);
    expect(isHintToFrame({ type: 'view', view: { ...view(), panels: [{ field: 1 }] } })).toBe(false);
    expect(isHintToFrame({ type: 'view', view: { ...view(), panels: [{ ...card, refused: [finding.key] }] } })).toBe(true);
    expect(isHintToFrame({ type: 'view', view: { ...view(), panels: [{ ...card, refused: [1] }] } })).toBe(false);
    expect(isHintToFrame({ type: 'view', view: { ...view(), panels: [{ ...card, refused: finding.key }] } })).toBe(false);
    expect(isHintFromFrame({ type: 'dismiss', field: 'field-0', key: 'region-mismatch|M99.60', hadFocus: true })).toBe(true);
    expect(isHintFromFrame({ type: 'dismiss', key: 'region-mismatch|M99.60' })).toBe(false);
    expect(isHintFromFrame({ type: 'size', field: 'field-0', height: Number.NaN })).toBe(false);
    expect(isHintFromFrame({ type: 'findings/dismiss' })).toBe(false);
  });
});
