/**
 * A tab of the same chart is still the chart. An EHR splits one encounter over tabs (Diagnoses,
 * Progress Note, Orders): the tab in front is drawn, the others are hidden (display:none, `hidden`,
 * aria-hidden). Read as absent, the code on the Diagnoses tab was never checked against the note
 * on the Progress Note tab, and switching tabs made the entered code vanish from the panel or
 * turn into a "suggestion" (QA stop 54, H2 and M1).
 *
 * A hidden prior encounter is not the chart (QA stop 52, H1), so a hidden box counts only when it
 * is plainly an inactive panel of a tab set: a `role=tabpanel`, the box a `role=tab` controls, or
 * one of the boxes beside a `role=tablist`, with a sibling panel drawn (the set is on show); and
 * never when its tab or the box itself names another visit or an archive ("Prior", "Previous
 * visit", "History", a date). The caller adds the kind rule: a hidden tab's field is read only
 * when the drawn page has no field of its kind (a second note or diagnosis list in a hidden tab is
 * another encounter's).
 */
import type { FieldKind } from '../core/types';
import { isRendered } from './rendered';
import { columnKind, EDITABLE_SELECTOR } from './find-fields';
import { CONTENT_EDITABLE } from './editable-shapes';

/** Words of a tab, or a hidden box's id or class, that name something other than this visit. */
const OTHER_ENCOUNTER =
  /\b(?:prior|previous|prev|past|earlier|older|old|last|history|historical|archived?|versions?|audit|template|snippets?|anteriore?s?|previa?s?|historial|histórico)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\b(?:19|20)\d{2}\b/i;

/** Ancestors walked up from a hidden field to the box that hides it. */
const MAX_DEPTH = 40;

/** What one snapshot learns of the panels in front: the kinds of field each draws, asked once per panel. */
export type FrontPanels = Map<Element, Set<FieldKind>>;

/**
 * True when the element is not drawn only because it sits in an inactive tab panel of the chart on
 * show (in this frame, or, for a same-origin frame, the panel that holds the frame).
 */
export function inInactiveChartTab(
  element: Element,
  kind?: FieldKind,
  front: FrontPanels = new Map(),
): boolean {
  let at: Element | null = element;
  for (let frames = 0; at && frames < 4; frames++) {
    const panel = hidingBox(at);
    // The kind rule (a hidden tab's field counts only while the drawn page has no field of its
    // kind) is the caller's within one document; a frame's script sees no field of the page that
    // holds the frame, nor the page's script the fields of a frame in the panel in front, so the
    // panel in front is asked here whether it draws a field of that kind of its own: a diagnosis
    // or procedure module in a frame was read beside the visit's own (QA stop 56).
    if (panel)
      return isChartTabPanel(panel) && (kind === undefined || !frontDraws(panel, kind, frames > 0, front));
    // Nothing in this document hides it: the frame it is in may be (a tab's editor in an iframe).
    at = frameOf(at);
  }
  return false;
}

/** The outermost box above the element (itself included) that the page does not draw; else the aria-hidden box parking it. */
function hidingBox(element: Element): Element | undefined {
  let hidden: Element | undefined;
  let at: Element | null = element;
  for (let i = 0; at && i < MAX_DEPTH; i++) {
    const drawn =
      typeof at.checkVisibility !== 'function' || at.checkVisibility({ visibilityProperty: true });
    if (drawn && hidden) return hidden;
    if (!drawn) hidden = at;
    const parent: Element | null = at.parentElement ?? hostOf(at);
    at = parent;
  }
  if (hidden && hidden !== element.ownerDocument.documentElement && hidden !== element.ownerDocument.body)
    return hidden;
  // Drawn but kept off screen and aria-hidden (rendered.ts's parked box), or nothing drawn in this document.
  return hidden ? undefined : (element.closest('[aria-hidden="true"]') ?? undefined);
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The frame element holding the element's document, when the page lets this frame see it. */
function frameOf(element: Element): Element | null {
  try {
    return element.ownerDocument.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** A hidden box that is an inactive panel of a tab set on show, for this visit. */
function isChartTabPanel(panel: Element): boolean {
  if (
    namesOther(`${panel.id} ${panel.getAttribute('class') ?? ''} ${panel.getAttribute('aria-label') ?? ''}`)
  )
    return false;
  const tab = tabOf(panel);
  if (tab === undefined) return false;
  if (tab && namesOther(tab.textContent)) return false;
  // The set is on show: another panel beside this one is drawn. When that panel is another
  // visit's (a "Previous visit" tab in front), the chart on show is that visit, and this panel's
  // fields are not its own (QA stop 55: a frame's note in a hidden tab was read beside it).
  const front = [...(panel.parentElement?.children ?? [])].filter(
    (s) => s !== panel && !isTabList(s) && isRendered(s),
  );
  return front.length > 0 && !front.some(namesOtherVisit);
}

/** True when a drawn panel is another visit's: by its id, class or label, or by its tab's words. */
function namesOtherVisit(panel: Element): boolean {
  if (
    namesOther(`${panel.id} ${panel.getAttribute('class') ?? ''} ${panel.getAttribute('aria-label') ?? ''}`)
  )
    return true;
  const tab = tabOf(panel);
  return tab ? namesOther(tab.textContent) : false;
}

/** What a note is drawn in: an editable, a frame (an editor's), a block of preformatted text. */
const NOTE_SHAPES = `textarea, ${CONTENT_EDITABLE}, [role="textbox"][aria-multiline="true"], iframe, pre`;

/** Controls a panel's fields are asked among, per panel and frame: enough for a form, bounded on a flowsheet. */
const MAX_CONTROLS = 300;
/** Frames inside a panel in front looked into (same-origin ones only). */
const MAX_FRAMES = 8;

/**
 * True when a panel beside a hidden one draws a field of the kind of its own (the encounter in
 * front has one). `crossDocument`: the hidden field is in a frame, so the panel's own document is
 * asked as well as its frames; else the caller has already counted that document's fields, and
 * only the same-origin frames in the panel are asked.
 */
function frontDraws(panel: Element, kind: FieldKind, crossDocument: boolean, front: FrontPanels): boolean {
  if (kind === 'note') return crossDocument && frontDrawsNote(panel);
  if (kind !== 'diagnosis' && kind !== 'procedure') return false;
  let kinds = front.get(panel);
  if (!kinds) {
    kinds = frontKinds(panel, crossDocument);
    front.set(panel, kinds);
  }
  return kinds.has(kind);
}

/** True when a panel beside a hidden one draws a note of its own (the encounter in front has one). */
function frontDrawsNote(panel: Element): boolean {
  for (const sibling of panel.parentElement?.children ?? []) {
    if (sibling === panel || isTabList(sibling) || !isRendered(sibling)) continue;
    for (const shape of sibling.querySelectorAll(NOTE_SHAPES)) if (isRendered(shape)) return true;
  }
  return false;
}

/** The kinds of the drawn controls in the panels beside a hidden one (and in their same-origin frames). */
function frontKinds(panel: Element, ownDocument: boolean): Set<FieldKind> {
  const kinds = new Set<FieldKind>();
  const ask = (root: ParentNode) => {
    let n = 0;
    for (const control of root.querySelectorAll(EDITABLE_SELECTOR)) {
      if (++n > MAX_CONTROLS) break;
      if (!isRendered(control)) continue;
      const kind = kindByName(control);
      if (kind) kinds.add(kind);
    }
  };
  for (const sibling of panel.parentElement?.children ?? []) {
    if (sibling === panel || isTabList(sibling) || !isRendered(sibling)) continue;
    if (ownDocument) ask(sibling);
    let frames = 0;
    for (const frame of sibling.querySelectorAll('iframe, frame')) {
      if (++frames > MAX_FRAMES) break;
      const inside = sameOriginDocument(frame);
      if (inside && isRendered(frame)) ask(inside);
    }
  }
  return kinds;
}

/** A whole value shaped as an ICD-10-CM code, behind an optional code-system prefix. */
const CODE_VALUE = /^\s*(?:icd-?10(?:-?cm)?\s*[:|]\s*)?[A-TV-Z]\s?\d[0-9A-Z](?:\.?[0-9A-Z]{1,4})?\s*$/i;

/**
 * A control's kind by its name (its label, aria-label or aria-labelledby, placeholder, title, name)
 * or a code-shaped value. Not the discovery heuristics: across frames the control belongs to
 * another script realm, where their `instanceof` tests all fail (a control in the page around a
 * frame was never a field there).
 */
function kindByName(control: Element): FieldKind | undefined {
  const doc = control.ownerDocument;
  const labelled = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''));
  const labels = [...((control as HTMLInputElement).labels ?? [])].map((l) => l.textContent);
  const names = [
    control.getAttribute('aria-label'),
    ...labelled,
    ...labels,
    control.getAttribute('placeholder'),
    control.getAttribute('title'),
    control.getAttribute('name'),
  ];
  for (const name of names) {
    const kind = name ? columnKind(name.replace(/[-_]+/g, ' ').trim()) : undefined;
    if (kind) return kind;
  }
  const value = (control as HTMLInputElement).value;
  return typeof value === 'string' && CODE_VALUE.test(value) ? 'diagnosis' : undefined;
}

/** The document a frame shows, when the page lets this frame see it. */
function sameOriginDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

const namesOther = (words: string) => OTHER_ENCOUNTER.test(words.replace(/[-_]+/g, ' '));

const isTabList = (element: Element) =>
  element.getAttribute('role') === 'tablist' || element.querySelector('[role="tablist"]') !== null;

/**
 * The tab that shows a panel: the `role=tab` that controls it (aria-controls) or names it
 * (aria-labelledby), else the tab at its place in the tablist beside it. Null when the panel is a
 * tab panel whose tab is not found; undefined when it is no tab panel.
 */
function tabOf(panel: Element): Element | null | undefined {
  const root = panel.getRootNode() as Document | ShadowRoot;
  const id = panel.id;
  if (id) {
    const controlling = [...root.querySelectorAll('[role="tab"][aria-controls]')].find((t) =>
      t.getAttribute('aria-controls')?.split(/\s+/).includes(id),
    );
    if (controlling) return controlling;
  }
  const labelledBy = panel.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  const named = labelledBy ? root.getElementById(labelledBy) : null;
  if (named?.getAttribute('role') === 'tab') return named;
  const parent = panel.parentElement;
  const list = parent && [...parent.children].find(isTabList);
  if (!list) return panel.getAttribute('role') === 'tabpanel' ? null : undefined;
  const tabList = list.getAttribute('role') === 'tablist' ? list : list.querySelector('[role="tablist"]');
  const tabs = [...(tabList?.querySelectorAll('[role="tab"]') ?? [])];
  const panels = [...parent.children].filter((s) => s !== list && s.tagName === panel.tagName);
  return tabs[panels.indexOf(panel)] ?? null;
}
