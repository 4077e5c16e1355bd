import { describe, expect, it } from 'vitest';
import type { SnapshotField } from '../protocol/messages';
import { isPageSnapshot } from '../protocol/validate';
import { capFields } from './cap-fields';

const field = (id: string, kind: SnapshotField['kind']): SnapshotField => ({ id, kind, text: id });
const notes = (n: number, from = 0) => Array.from({ length: n }, (_, i) => field(`n${from + i}`, 'note'));

describe('capFields: a page with more fields than a snapshot takes', () => {
  it('sends a page within the cap as it is', () => {
    const fields = [field('dx', 'diagnosis'), ...notes(3)];
    expect(capFields(fields, 5)).toEqual({ fields, omitted: 0 });
  });

  it('keeps every field that is not a note, even after the notes, then the first notes, in page order', () => {
    const fields = [
      ...notes(4),
      field('dx', 'diagnosis'),
      field('px', 'procedure'),
      ...notes(4, 4),
      field('dos', 'date'),
    ];
    const { fields: kept, omitted } = capFields(fields, 6);
    expect(kept.map((f) => f.id)).toEqual(['n0', 'n1', 'n2', 'dx', 'px', 'dos']);
    expect(omitted).toBe(5);
  });

  it('takes the first fields in page order when the fields that are not notes alone pass the cap', () => {
    const fields = Array.from({ length: 8 }, (_, i) => field(`dx${i}`, 'diagnosis'));
    expect(capFields(fields, 5)).toEqual({ fields: fields.slice(0, 5), omitted: 3 });
  });

  it('makes a snapshot of 2,000 fields one the worker accepts, with the count left out', () => {
    const fields = [...notes(1999), field('dx', 'diagnosis')];
    const { fields: kept, omitted } = capFields(fields);
    const snapshot = {
      docId: 'd',
      url: 'https://ehr.example/',
      isTop: true,
      fields: kept,
      omittedFields: omitted,
    };
    expect(isPageSnapshot(snapshot)).toBe(true);
    expect(kept.at(-1)?.id).toBe('dx');
    expect(omitted).toBe(1500);
    // Uncapped, the worker refuses it whole.
    expect(isPageSnapshot({ ...snapshot, fields, omittedFields: undefined })).toBe(false);
    expect(isPageSnapshot({ ...snapshot, omittedFields: -1 })).toBe(false);
  });
});
