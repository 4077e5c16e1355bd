import { describe, expect, it } from 'vitest';
import { limitNotices } from './limit-notices';

const say = (id: string, params: Record<string, string | number> = {}) =>
  `${id}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`;

describe('limitNotices: what the inline card and the side panel say went unchecked', () => {
  it('says nothing for a page checked whole', () => {
    expect(limitNotices(undefined, say)).toEqual([]);
    expect(limitNotices({ checkedChars: 900, totalChars: 900 }, say)).toEqual([]);
  });

  it('says each limit once, in order, with its figures', () => {
    expect(
      limitNotices(
        { checkedChars: 300_000, totalChars: 9_000_000, partialFields: 2, omittedFields: 201 },
        say,
      ),
    ).toEqual([
      'notesTooLarge {"checked":293,"total":8789}',
      'notesShownOnly',
      'fieldsOmitted {"count":201}',
    ]);
    expect(limitNotices({ checkedChars: 10, totalChars: 20 }, say)).toEqual([
      'notesTooLarge {"checked":1,"total":1}',
    ]);
  });
});
