/**
 * A tooltip or hover popup is what the page says about something on hover, never what the user
 * entered or wrote: a chip's popup ("Billed last visit with M54.12", "Excludes1: M50.0-") and a
 * popup inside a note's text are no chip text, no code and no note text (QA pages stop 54). Told by
 * role (`role=tooltip`) or by a class word a tooltip library gives its box (Bootstrap's `.tooltip`
 * and `.popover`, Tippy's `.tippy-box`, a `hover-card`); a class that only contains the word
 * ("has-tooltip", "popover-trigger": the element the popup is about) is no tooltip.
 */
export const TOOLTIP = [
  '[role="tooltip"]',
  '[class~="tooltip" i], [class~="popover" i], [class~="hovercard" i], [class~="hover-card" i], [class~="tippy-box" i]',
  '[class~="tooltip-content" i], [class~="tooltip-inner" i], [class~="popover-content" i], [class~="popover-body" i]',
  '[class$="-tooltip" i], [class*="-tooltip " i], [class$="__tooltip" i], [class$="-hovercard" i], [class$="-hover-card" i]',
].join(', ');
