import { describe, expect, it } from 'vitest';
import type { PageSnapshot } from '../protocol/messages';
import { checkedInPart, FIELD_CHAR_CAP } from '../protocol/limits';
import { withinBudget } from './check-budget';

const snap = (fields: PageSnapshot['fields']): PageSnapshot => ({ docId: 'd', url: 'http://x.chartlint.localhost/', isTop: true, fields });

describe('withinBudget', () => {
  it('checks everything of normal pages and says nothing was left out', () => {
    const input = withinBudget([['0', snap([{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'n', kind: 'note', text: 'Foraminal stenosis.' }])]], 300_000);
    expect(input.fields.map((f) => [f.id, f.text])).toEqual([
      ['0:dx', 'M99.61'],
      ['0:n', 'Foraminal stenosis.'],
    ]);
    expect(input.limits).toEqual({ checkedChars: 25, totalChars: 25 });
  });

  it('checks diagnosis fields first, then notes from their start up to the allowance, and counts what was cut', () => {
    const big = 'a'.repeat(FIELD_CHAR_CAP);
    const input = withinBudget(
      [
        ['0', snap([{ id: 'n1', kind: 'note', text: big, chars: 1_000_000 }, { id: 'n2', kind: 'note', text: big }])],
        ['4', snap([{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }])],
      ],
      150_006,
    );
    expect(input.checked.get('4:dx')).toBe(6);
    expect(input.checked.get('0:n1')).toBe(FIELD_CHAR_CAP);
    expect(input.checked.get('0:n2')).toBe(50_000);
    expect(input.fields.map((f) => f.id)).toEqual(['0:n1', '0:n2', '4:dx']);
    expect(input.limits).toEqual({ checkedChars: 150_006, totalChars: 1_000_000 + FIELD_CHAR_CAP + 6 });
  });

  it('counts the fields read only as far as they show (an editor that draws the lines in view)', () => {
    const input = withinBudget([['0', snap([{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'n', kind: 'note', text: 'Foraminal stenosis.', partial: true }])]], 300_000);
    expect(input.limits).toEqual({ checkedChars: 25, totalChars: 25, partialFields: 1 });
    expect(checkedInPart(input.limits)).toBe(true);
  });

  it('counts the fields a frame left out of its snapshot (a page with more fields than one takes), over all frames', () => {
    const input = withinBudget(
      [
        ['0', { ...snap([{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'n', kind: 'note', text: 'Foraminal stenosis.' }]), omittedFields: 120 }],
        ['3', { ...snap([{ id: 'n', kind: 'note', text: 'Neck pain.' }]), omittedFields: 5 }],
      ],
      300_000,
    );
    expect(input.limits).toEqual({ checkedChars: 35, totalChars: 35, omittedFields: 125 });
    expect(checkedInPart(input.limits)).toBe(true);
  });
});
