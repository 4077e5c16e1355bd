import { describe, expect, it, vi } from 'vitest';
import type { FieldText } from '../core';
import { analyzeFields, visitRelease } from './analyze-tab';

// The catalog's packaged assets are not needed: the family checks read the note without it.
vi.mock('./code-lookup', () => ({ loadCodeLookup: vi.fn(() => Promise.resolve(undefined)) }));

// Blind QA stop 51, H5: the worker passes the page's date of service to the core, which reads a
// cumulative note up to that visit's entry (core dates/visit-entries.ts).
describe('analyzeFields with a cumulative note', () => {
  const note: FieldText = {
    id: '0:note',
    kind: 'note',
    text: 'Visit 09/25/2026: L4-5 stenosis. No neurogenic claudication.\nVisit 11/20/2026: L4-5 lumbar spinal stenosis with neurogenic claudication.',
  };
  const verdictFor = async (date: FieldText[]) => {
    const visit = visitRelease(date, 'en', { today: '2026-12-01' });
    const { result } = await analyzeFields([...date, note], { ...visit, version: undefined });
    return result.verdicts?.find((v) => v.code === 'M48.062')?.verdict;
  };
  const dx: FieldText = { id: '0:dx', kind: 'diagnosis', text: 'M48.062' };

  it("reads the page date's visit only, and the whole note when the date is today's", async () => {
    expect(await verdictFor([{ id: '0:date', kind: 'date', text: 'Date of service: 09/25/2026' }, dx])).toBe('finding');
    expect(await verdictFor([{ id: '0:date', kind: 'date', text: 'Date of service: 11/20/2026' }, dx])).toBe('supported');
    expect(await verdictFor([dx])).toBe('supported');
  });
});
