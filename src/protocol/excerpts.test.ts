import { describe, expect, it } from 'vitest';
import { excerptsAround, storedTextAround } from './excerpts';
import { quoteContext } from '../ui/side-panel/quote-context';

describe('excerptsAround', () => {
  it('keeps the text around spans, merging windows that touch', () => {
    const text = `${'x'.repeat(500)}stenosis${'y'.repeat(20)}osteophyte${'z'.repeat(500)}`;
    const spans = [
      { start: 500, end: 508 },
      { start: 528, end: 538 },
    ];
    const pieces = excerptsAround(text, spans, 10);
    expect(pieces).toEqual([{ start: 490, text: text.slice(490, 548) }]);
  });

  it('gives the panel the same quote as the whole text would', () => {
    const text = `${'Visit words. '.repeat(40)}C5-C6: moderate foraminal stenosis from osteophyte. ${'Plan words. '.repeat(40)}`;
    const start = text.indexOf('foraminal');
    const end = start + 'foraminal stenosis'.length;
    const field = { id: 'n', kind: 'note' as const, excerpts: excerptsAround(text, [{ start, end }]) };
    const piece = storedTextAround(field, start, end)!;
    expect(quoteContext(piece.text, start - piece.offset, end - piece.offset)).toEqual(quoteContext(text, start, end));
  });
});
