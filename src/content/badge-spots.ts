/**
 * Where the badge may stand beside its field, in the order tried, and which of them to take: the
 * first that is inside the viewport and covers nothing of the page the user acts on or reads (a
 * combo box's clear button, the next field, a label's words). Pure: the DOM side (what a spot
 * covers) is badge-placement.ts; Floating UI computes each spot's position.
 */
import type { Placement } from '@floating-ui/dom';

/** A place for the badge: a Floating UI placement, and whether it sits inside the control's box. */
export type Spot = { placement: Placement; inside: boolean };

/** The shape of the field's control, as far as placing the badge goes. */
export type ControlShape = {
  /** Taller than one line (a text editor, a list, a grid read whole). */
  tall: boolean;
  /** A multi-line text editor: its own text never counts against its top-right corner. */
  editor: boolean;
  /** The control leaves room for the badge inside its inline end (or, when tall, its top band). */
  room: boolean;
};

/**
 * The spots for a control, best first, at its inline end (the right end; the left end of a field
 * written right to left, `rtl`: an Arabic or Hebrew EHR, where the right end is where its text
 * starts). One line: inside that end when its text and indicators leave room, else just outside
 * it, else above or below that end. Tall: its top corner at that end (a text editor's always; a
 * list's or grid's when its top band is free), else beside or above it. Placements are physical
 * (left, right): the badge's own direction never mirrors them (inline-badge.ts).
 */
export function spotsFor(shape: ControlShape, rtl = false): Spot[] {
  const side = rtl ? 'left' : 'right';
  const end = rtl ? 'start' : 'end';
  const spots: Spot[] = [];
  if (shape.tall) {
    if (shape.editor || shape.room) spots.push({ placement: `${side}-start`, inside: true });
    spots.push({ placement: `${side}-start`, inside: false });
  } else {
    if (shape.room) spots.push({ placement: side, inside: true });
    spots.push({ placement: side, inside: false });
  }
  spots.push({ placement: `top-${end}`, inside: false }, { placement: `bottom-${end}`, inside: false });
  return spots;
}

/** What was found at one spot once Floating UI placed the badge there. */
export type SpotCheck = { fits: boolean; clear: boolean };

/**
 * The spot to take once every spot was checked: the first that fits the viewport and is clear,
 * else the first clear one (shifted into view afterwards), else the first that fits, else the
 * first. A crowded page still gets its badge, in the least bad place.
 */
export function chooseSpot(checks: readonly SpotCheck[]): number {
  const first = (test: (c: SpotCheck) => boolean) => checks.findIndex(test);
  for (const index of [first((c) => c.fits && c.clear), first((c) => c.clear), first((c) => c.fits)])
    if (index >= 0) return index;
  return 0;
}

type Rect = { x: number; y: number; width: number; height: number };

/** True when two rectangles share more than a hairline (1 px). */
export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height
  );
}

/**
 * Points of the badge's box to look under: its centre, four points just inside its corners, and
 * the middle of each edge half a pixel inside it. The corners' inset keeps the badge's rounded ends
 * off what they do not cover; the edges' points see a neighbour that starts under the badge's last
 * pixel (QA stop 49: a badge 1 px over the next textarea's border, which the corner points missed).
 */
export function samplePoints(rect: Rect): [number, number][] {
  const inset = Math.min(3, rect.width / 4, rect.height / 4);
  const edge = Math.min(0.5, rect.width / 4, rect.height / 4);
  const left = rect.x + inset;
  const right = rect.x + rect.width - inset;
  const top = rect.y + inset;
  const bottom = rect.y + rect.height - inset;
  const midX = rect.x + rect.width / 2;
  const midY = rect.y + rect.height / 2;
  return [
    [midX, midY],
    [left, top],
    [right, top],
    [left, bottom],
    [right, bottom],
    [rect.x + edge, midY],
    [rect.x + rect.width - edge, midY],
    [midX, rect.y + edge],
    [midX, rect.y + rect.height - edge],
  ];
}
