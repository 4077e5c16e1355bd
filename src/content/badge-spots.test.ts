import { describe, expect, it } from 'vitest';
import { chooseSpot, overlaps, samplePoints, spotsFor } from './badge-spots';

describe('spotsFor', () => {
  it('tries a one-line field’s right end inside, then beside it, then above and below its right end', () => {
    expect(spotsFor({ tall: false, editor: false, room: true })).toEqual([
      { placement: 'right', inside: true },
      { placement: 'right', inside: false },
      { placement: 'top-end', inside: false },
      { placement: 'bottom-end', inside: false },
    ]);
    // No room after its text (a combo box's long title): never inside, over the text or its buttons.
    expect(spotsFor({ tall: false, editor: false, room: false })[0]).toEqual({
      placement: 'right',
      inside: false,
    });
  });

  it('puts a tall control’s badge in its top-right corner: an editor’s always, a list’s or panel’s when its top band is free', () => {
    expect(spotsFor({ tall: true, editor: true, room: false })[0]).toEqual({
      placement: 'right-start',
      inside: true,
    });
    expect(spotsFor({ tall: true, editor: false, room: true })[0]).toEqual({
      placement: 'right-start',
      inside: true,
    });
    expect(spotsFor({ tall: true, editor: false, room: false })[0]).toEqual({
      placement: 'right-start',
      inside: false,
    });
  });
});

describe('spotsFor a field written right to left', () => {
  it('mirrors every spot to the field’s inline end, its left end', () => {
    expect(spotsFor({ tall: false, editor: false, room: true }, true)).toEqual([
      { placement: 'left', inside: true },
      { placement: 'left', inside: false },
      { placement: 'top-start', inside: false },
      { placement: 'bottom-start', inside: false },
    ]);
    expect(spotsFor({ tall: true, editor: true, room: false }, true)[0]).toEqual({
      placement: 'left-start',
      inside: true,
    });
    expect(spotsFor({ tall: true, editor: false, room: false }, true)[0]).toEqual({
      placement: 'left-start',
      inside: false,
    });
  });
});

describe('chooseSpot', () => {
  it('takes the first spot in the viewport that covers nothing', () => {
    expect(
      chooseSpot([
        { fits: true, clear: false },
        { fits: false, clear: true },
        { fits: true, clear: true },
      ]),
    ).toBe(2);
  });

  it('on a crowded page, prefers a clear spot shifted into view, then one in view, then the first', () => {
    expect(
      chooseSpot([
        { fits: true, clear: false },
        { fits: false, clear: true },
      ]),
    ).toBe(1);
    expect(
      chooseSpot([
        { fits: false, clear: false },
        { fits: true, clear: false },
      ]),
    ).toBe(1);
    expect(
      chooseSpot([
        { fits: false, clear: false },
        { fits: false, clear: false },
      ]),
    ).toBe(0);
  });
});

describe('overlaps and samplePoints', () => {
  it('counts a shared hairline as no overlap', () => {
    const badge = { x: 100, y: 10, width: 37, height: 20 };
    expect(overlaps(badge, { x: 136, y: 10, width: 24, height: 24 })).toBe(false);
    expect(overlaps(badge, { x: 130, y: 10, width: 24, height: 24 })).toBe(true);
    expect(overlaps(badge, { x: 100, y: 29.5, width: 37, height: 20 })).toBe(false);
  });

  it('looks under the badge’s centre, just inside its four corners, and half a pixel inside each edge', () => {
    expect(samplePoints({ x: 0, y: 0, width: 40, height: 20 })).toEqual([
      [20, 10],
      [3, 3],
      [37, 3],
      [3, 17],
      [37, 17],
      [0.5, 10],
      [39.5, 10],
      [20, 0.5],
      [20, 19.5],
    ]);
  });
});
