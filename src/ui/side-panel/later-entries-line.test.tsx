import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyzeResult } from '../../core';
import { analyze } from '../../core';
import { setLanguage } from '../shared/i18n/i18n';
import { LaterEntriesLine } from './later-entries-line';

// QA pages stop 54: the CLI said a cumulative note was read only up to the visit's entry; the panel did not.
const base = { codes: [], mentions: [], findings: [], checklist: [] } as unknown as AnalyzeResult;

describe('the later entries line', () => {
  afterEach(() => setLanguage('en'));

  it('says up to which entry the note was read and how many later entries were not', () => {
    const { container } = render(
      <LaterEntriesLine
        result={{
          ...base,
          laterEntriesUnread: { dateOfService: '2026-11-20', entries: 2, fieldIds: ['0:n'] },
        }}
      />,
    );
    const line = container.querySelector('[data-later-entries]');
    expect(line?.textContent).toBe('Note read up to the entry of 2026-11-20; 2 later entries were not read.');
  });

  it('says one entry in the singular, and in Spanish', () => {
    const one = {
      ...base,
      laterEntriesUnread: { dateOfService: '2026-11-20', entries: 1, fieldIds: ['0:n'] },
    };
    expect(render(<LaterEntriesLine result={one} />).container.textContent).toBe(
      'Note read up to the entry of 2026-11-20; 1 later entry was not read.',
    );
    setLanguage('es');
    expect(render(<LaterEntriesLine result={one} />).container.textContent).toBe(
      'Nota leída hasta la entrada del 2026-11-20; 1 entrada posterior no se leyó.',
    );
  });

  it('shows nothing for a note read whole', () => {
    expect(
      render(<LaterEntriesLine result={base} />).container.querySelector('[data-later-entries]'),
    ).toBeNull();
  });

  it('shows what the core reports for a cumulative note read for an earlier visit', () => {
    const note = [
      'Visit 10/02/2026: Low back pain after moving boxes.',
      'Visit 10/16/2026: Better, sitting tolerance up.',
      'Visit 10/30/2026: Discharged to home program.',
    ].join('\n');
    const result = analyze({
      fields: [
        { id: 'n', kind: 'note', text: note },
        { id: 'dx', kind: 'diagnosis', text: 'S39.012A' },
      ],
      dateOfService: '2026-10-02',
    });
    const line = render(<LaterEntriesLine result={result} />).container.querySelector('[data-later-entries]');
    expect(result.laterEntriesUnread?.entries, JSON.stringify(result.laterEntriesUnread)).toBe(2);
    expect(line?.getAttribute('data-later-entries')).toBe('2');
  });
});
