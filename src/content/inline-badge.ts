/**
 * The inline warning: one small badge per diagnosis field that holds codes, anchored to the field
 * with Floating UI (follows scroll, resize and re-renders), in ChartLint's own overlay host. It
 * expands on hover, focus or click into the findings for that field's codes: message, evidence
 * snippet, suggested code with a copy button, dismiss for this page (shared with the side panel), and "Open panel".
 * The findings are drawn in an extension-origin frame (src/ui/hint, one per page, created when
 * typing pauses or findings first open), so their text is never in the page's document (issue 15); this module
 * places the frame, hands it the view over a private MessageChannel and acts on what the user did there.
 *
 * Quiet by design: it never moves focus, never opens by itself, and never writes into the EHR
 * (the copy button only writes to the clipboard).
 *
 * QA contract: the badge is `.badge[role=status][data-code]` with an accessible name that states
 * the count; each finding is `.finding[data-rule][data-code]`, inside the frame's document.
 */
import { dismissalKeyOf } from '../protocol/storage-keys';
import { autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
import { findingKey } from '../core/finding-key';
import { worstSeverity } from '../core/severity';
import type { CodeVerdict, Finding, FoundCode, Severity } from '../core/types';
import type { FrameVerdict, HintFromFrame, HintToFrame, HintView } from '../protocol/messages';
import { isHintFromFrame } from '../protocol/validate-hint';
import { verdictWords } from '../core/families-read/verdict-words';
import { extensionId, extensionUrl, isExtensionAlive } from '../platform/runtime';
import type { OverlayHost } from './overlay-host';
import { UnrequestedOpens } from './unrequested-opens';
import { gridOf } from './grid-columns';
import { isLanguage, pickLanguage, translate, type Language } from '../platform/i18n';
import { browserUiLanguage, loadLanguageChoice, onLanguageChoiceChanged } from '../platform/ui-language';
import { countAlert } from '../protocol/alert-budget-count';
import { ShownFindings } from './shown-findings';
import { PendingDismissals } from './pending-dismissals';

/** The badge's language: the browser's, or the user's choice in the options once it is read. */
let badgeLanguage: Language = pickLanguage(typeof navigator === 'undefined' ? [] : [...navigator.languages]);
export function setBadgeLanguage(lang: Language): void {
  badgeLanguage = lang;
}
const t = (id: string, params: Record<string, string | number> = {}) => translate(badgeLanguage, id, params);
/** The language for a choice in the options ('auto': the browser's, as chrome.i18n reports it). */
const languageOf = (choice: string): Language =>
  isLanguage(choice) ? choice : pickLanguage([browserUiLanguage(), ...(typeof navigator === 'undefined' ? [] : navigator.languages)]);

// Icons are drawn (SVG), not emoji: EHR workstations and headless browsers often lack emoji fonts.
const SEVERITY_ICON: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };
/** Delay before a hover opens or closes the findings, so passing the mouse over does nothing. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;
/** Findings that open by themselves (interruptive mode) wait this long after the last input to create the frame. */
const TYPING_IDLE_MS = 600;
/** The findings frame: an extension page, listed in web_accessible_resources for the content script's sites only. */
const HINT_PAGE = 'src/ui/hint/index.html';
const HINT_ID = 'chartlint-findings';

/**
 * The origin of the frame's document. Chrome hands out a use_dynamic_url resource under a session
 * id (chrome-extension://<random>/…), but the document it loads has the extension's own origin.
 */
function extensionOrigin(): string {
  const { protocol, origin } = new URL(extensionUrl(HINT_PAGE));
  return protocol === 'chrome-extension:' ? `chrome-extension://${extensionId()}` : origin;
}

export type BadgeActions = {
  /** Must be called synchronously in the click handler: opening the side panel needs the user gesture. */
  openPanel: () => void;
  /**
   * Dismisses (or brings back) a finding for this page; the side panel shares the same record.
   * Resolves true when the worker stored it, false (or rejects) when it refused.
   */
  dismiss: (finding: Finding, dismissed: boolean) => Promise<boolean>;
  /**
   * Sends the page's fields again even if unchanged: once the worker has stored a click, the verdict
   * answering a snapshot sent after that is what the worker holds (see PendingDismissals).
   */
  refresh: () => void;
};

type Badge = {
  fieldId: string;
  anchor: HTMLElement;
  status: HTMLElement;
  button: HTMLButtonElement;
  reference: Element | undefined;
  stopFollowing: (() => void) | undefined;
  pinned: boolean;
  hoverTimer: ReturnType<typeof setTimeout> | undefined;
  codes: string[];
  findings: Finding[];
  /** Each code's verdict in words (supported / finding / not checked), shown under the findings. */
  verdicts: CodeVerdict[];
  /** What the findings show now: unchanged verdicts leave the frame (and any focus in it) alone. */
  shown: string;
  /** Set while we move focus back to the badge, so that focus does not reopen the panel. */
  refocusing: boolean;
};

/**
 * The findings' card: a popover in the closed root (placed and sized here) holding the frame that
 * draws them. One per page, kept while the page lives: moving or re-creating an iframe reloads it.
 */
type Hint = {
  panel: HTMLElement;
  frame: HTMLIFrameElement;
  port: MessagePort;
  stopPanel: (() => void) | undefined;
  /** The frame has loaded and been handed its port (messages before that would be lost). */
  connected: boolean;
  /** The user tabbed into the findings before the frame had loaded. */
  focusOnConnect: boolean;
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Shape per severity on a 16×16 grid: a circle with "!", a triangle with "!", a circle with "i". */
const ICON_PATHS: Record<'error' | 'warning' | 'info' | 'none', string> = {
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 3.5h1.8l-.3 5H7.4zM8 10.6a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  warning: 'M8 1.5 15.2 14H.8zm-.9 4 .3 4.4h1.2l.3-4.4zM8 10.8a.95.95 0 1 0 0 1.9.95.95 0 0 0 0-1.9z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-.9 6h1.8v5H7.1zM8 3.6a1 1 0 1 1 0 2 1 1 0 0 1 0-2z',
  none: 'M8 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
};

function iconOf(doc: Document, kind: keyof typeof ICON_PATHS, className: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '12');
  svg.setAttribute('height', '12');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('fill', 'currentColor');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('fill-rule', 'evenodd');
  path.setAttribute('d', ICON_PATHS[kind]);
  svg.append(path);
  return svg;
}

/** Popover API (Chrome 114+, Firefox 125+); without it the overlay stays an ordinary fixed layer. */
function setPopover(element: HTMLElement): void {
  if ('showPopover' in element) element.setAttribute('popover', 'manual');
}
function showPopover(element: HTMLElement): void {
  try {
    // Re-showing moves it above anything that entered the top layer since (a dialog opened later).
    if (element.matches(':popover-open')) element.hidePopover();
    element.showPopover();
  } catch {
    // No Popover API, or the element is not connected yet: the fixed layer still works.
  }
}
function hidePopover(element: HTMLElement): void {
  try {
    if (element.matches(':popover-open')) element.hidePopover();
  } catch {
    // See showPopover.
  }
}

function countText(n: number): string {
  return t(new Intl.PluralRules(badgeLanguage).select(n) === 'one' ? 'badgeCount_one' : 'badgeCount_other', { count: n });
}

const EDITABLES =
  'input:not([type="hidden" i]), select, textarea, [contenteditable=""], [contenteditable="true" i]';

/** True when the element draws a box of its own (a border or a background). */
function drawsBox(element: Element): boolean {
  const style = getComputedStyle(element);
  const border = ['Top', 'Right', 'Bottom', 'Left'].some(
    (side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );
  const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
  return border || background || style.boxShadow !== 'none';
}

/**
 * The box the user sees as the field: a picker's auto-width input sits borderless inside a styled
 * container (react-select, MUI, chips inputs); up to four levels up, the first ancestor that draws
 * a box, is on the same row, and holds no other editable.
 */
export function visualControlOf(element: Element): Element {
  if (element instanceof HTMLSelectElement && !isDrawn(element)) return enhancedWidgetOf(element) ?? element;
  // A grid column read from its header (grid-columns.ts): the badge stands on that header, even
  // when only the header row draws a box (AG Grid), which holds every column.
  if (element.matches('th, [role="columnheader"]')) return element;
  if (drawsBox(element) || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
    return element;
  const own = element.getBoundingClientRect();
  let up = element.parentElement;
  for (let i = 0; i < 4 && up && up !== element.ownerDocument.body; i++, up = up.parentElement) {
    const box = up.getBoundingClientRect();
    if (box.height > Math.max(own.height * 3, 80)) break;
    if ([...up.querySelectorAll(EDITABLES)].some((e) => e !== element && !element.contains(e))) break;
    if (drawsBox(up)) return up;
  }
  return element;
}

/** True when the element takes more than a pixel or two on screen (a visually hidden select takes 1 px, or none). */
function isDrawn(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 2 && box.height > 2;
}

/**
 * The widget a script draws for a select it hides (Select2 and Chosen right after it, Kendo around
 * it): the user sees that, not the select.
 */
function enhancedWidgetOf(select: HTMLSelectElement): Element | undefined {
  return [select.nextElementSibling, select.parentElement].find(
    (candidate): candidate is Element => candidate !== null && candidate !== select.ownerDocument.body && isDrawn(candidate),
  );
}

/** The width of a native select's arrow (drawn by the browser at the right end). */
function arrowWidthOf(element: Element): number {
  return element instanceof HTMLSelectElement && !element.multiple ? 22 : 0;
}

let measure: CanvasRenderingContext2D | null | undefined;

/** An element that draws something of its own: an icon, a button, an indicator, a chip's box. */
function showsSelf(element: Element): boolean {
  if (element.matches('svg, img, canvas, button, [role="button"]')) return true;
  return drawsBox(element);
}

/**
 * The right edge of what the control shows besides the field's own text: a picker's chosen value,
 * its chips, its clear and arrow indicators (react-select draws them in the control's right end).
 * Text is measured by its own glyphs (a block that stretches across the row is not its text).
 * `textOnly`: text alone counts (a grid header's drawn handles and separators do not).
 */
function contentRight(control: Element, field: Element, textOnly = false): number {
  let right = -Infinity;
  const doc = control.ownerDocument;
  const range = doc.createRange();
  const walker = doc.createTreeWalker(control, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < 400; node = walker.nextNode(), seen++) {
    // (A select's options are not drawn in the page; a chips row's own chips are.)
    if (node === field || (field instanceof HTMLSelectElement && field.contains(node))) continue;
    let box: DOMRect | undefined;
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.nodeValue?.trim()) continue;
      range.selectNodeContents(node);
      box = range.getBoundingClientRect();
    } else if (!textOnly && !(node as Element).contains(field) && showsSelf(node as Element)) {
      box = (node as Element).getBoundingClientRect();
    }
    if (box && box.width > 0 && box.height > 0) right = Math.max(right, box.right);
  }
  return right;
}

/**
 * Free pixels between the end of what the control shows (the field's text, a select's arrow, a
 * picker's value, chips and indicators) and the control's right edge.
 */
function roomAfterText(field: Element, control: Element): number {
  const box = control.getBoundingClientRect();
  let end = box.left;
  if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
    const text = field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? '') : field.value;
    const style = getComputedStyle(field);
    measure ??= field.ownerDocument.createElement('canvas').getContext('2d');
    if (!measure) return 0;
    measure.font = style.font;
    const start =
      field.getBoundingClientRect().left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
    end = start + measure.measureText(text).width;
    if (control === field) return box.right - parseFloat(style.paddingRight) - arrowWidthOf(field) - end;
  }
  // A picker's box around the field, a chips row: its own content decides. A grid's column header
  // (its own control): its name's text, not the resize handle or separator a grid draws at its end,
  // and its padding is room too (outside it is the next column's name, not free space).
  const header = control === field && field.matches('th, [role="columnheader"]');
  end = Math.max(end, contentRight(control, field, header));
  return box.right - (header ? 0 : parseFloat(getComputedStyle(control).paddingRight)) - end;
}

/** A multi-line text editor: a tall one gets the badge inside its top-right corner. */
function isTextEditor(element: Element): boolean {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLElement && element.isContentEditable) ||
    element.getAttribute('role') === 'textbox'
  );
}

/**
 * True when the control is out of sight at the badge's spot: scrolled (almost) out of the viewport
 * (the badge would otherwise be shifted into view, onto the page's fixed header), or covered there
 * by something of the page that is not the control (a fixed app bar, a dialog).
 */
function isCovered(control: Element, x: number, y: number, width: number, height: number, host: Element): boolean {
  const root = control.getRootNode() as Document | ShadowRoot;
  const box = control.getBoundingClientRect();
  const view = control.ownerDocument.defaultView;
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, view?.innerHeight ?? box.bottom);
  // Less than 8 px of the control in view (half of a smaller one): no badge for what the user cannot see.
  if (bottom - top < Math.min(8, box.height / 2)) return true;
  // The point of the control's visible part nearest to the badge's centre (the badge itself is in our overlay).
  const px = Math.min(Math.max(x + width / 2, box.left + 1), box.right - 1);
  const py = Math.min(Math.max(y + height / 2, top + 1), bottom - 1);
  const hit = root.elementFromPoint(px, py);
  if (!hit || hit === host) return false;
  if (control.contains(hit) || hit.contains(control)) return false;
  // A data grid's own layers drawn over its master table (Handsontable's cloned header, frozen
  // rows and columns) show the same header: the grid is not covered by itself.
  const grid = gridOf(control);
  return !(grid && grid.contains(hit));
}

const TABBABLE =
  'a[href], button, input:not([type="hidden" i]), select, textarea, [tabindex], [contenteditable=""], [contenteditable="true" i]';
/** The first element after `field` (outside it) that Tab would reach, in document order. */
function nextTabbable(field: Element): HTMLElement | undefined {
  const root = field.getRootNode() as Document | ShadowRoot;
  for (const element of root.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (field.contains(element)) continue;
    if (!(field.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (element.tabIndex < 0 || (element as HTMLInputElement).disabled) continue;
    if (element.getClientRects().length === 0) continue;
    return element;
  }
  return undefined;
}

export class InlineBadges {
  private readonly badges = new Map<string, Badge>();
  /**
   * Findings dismissed on this page, as `rule|code` keys. The worker keeps them in storage.session
   * (shared with the side panel) and sends them with every verdict (`listed`, the last one's); a
   * click here shows at once and stays over the verdicts until they hold it (`pending`).
   */
  private dismissed = new Set<string>();
  private listed: readonly string[] = [];
  private readonly pending = new PendingDismissals();
  private readonly doc: Document;
  private escListening = false;
  /** Findings already shown to the user (for `interruptive` mode: only new ones open the badge). */
  private readonly announced = new Set<string>();
  /**
   * `quiet` (default): the badge opens only when the user hovers, focuses or clicks it.
   * `interruptive` (a setting): it also opens by itself when a new warning or error appears.
   * Either way it never takes focus.
   */
  mode: 'quiet' | 'interruptive' = 'quiet';
  /** When each field's badge last opened by itself: never more than once a minute per field. */
  private readonly unrequested = new UnrequestedOpens();
  /** The findings on show, so the alert budget counts each appearance once (not each render). */
  private readonly shownFindings = new ShownFindings();
  private stopLanguage: (() => void) | undefined;
  /** The findings frame, once findings have opened on this page; and the badge it shows. */
  private hint: Hint | undefined;
  private openBadge: Badge | undefined;
  /** An unrequested open waiting for the user to stop typing (the frame is never created mid-typing). */
  private cancelIdleOpen: (() => void) | undefined;
  private readonly darkScheme =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;

  constructor(
    private readonly overlay: OverlayHost,
    private readonly actions: BadgeActions,
  ) {
    this.doc = overlay.host.ownerDocument;
    this.followLanguage();
  }

  /** Speaks the language chosen in the options (or the browser's), and re-words the badges when it changes. */
  private followLanguage(): void {
    const apply = (choice: string) => {
      const lang = languageOf(choice);
      if (lang === badgeLanguage) return;
      setBadgeLanguage(lang);
      for (const badge of this.badges.values()) {
        badge.shown = JSON.stringify([lang, badge.shown]);
        this.fill(badge);
      }
    };
    try {
      this.stopLanguage = onLanguageChoiceChanged(apply);
      loadLanguageChoice().then(apply, () => undefined);
    } catch {
      // No extension storage (the script outlived its extension): the browser's language stays.
    }
  }

  /** The release of the last verdict (shown in every panel). */
  private release: FrameVerdict['release'];
  /** Part of the page past the size budget, or storage trouble: said in the findings, never swallowed. */
  private limits: FrameVerdict['limits'];
  private problem: FrameVerdict['problem'];

  /**
   * Shows the verdict: one badge per field with codes; fields without codes lose theirs. `basis`:
   * what `mark()` gave when the snapshot this verdict answers was sent (none for a pushed verdict).
   */
  render(verdict: FrameVerdict, elementOf: (fieldId: string) => Element | undefined, basis?: number): void {
    this.listed = verdict.dismissed ?? [];
    this.dismissed = this.pending.apply(
      this.listed,
      verdict.findings.map((f) => dismissalKeyOf(f)),
      basis,
    );
    this.release = verdict.release;
    this.limits = verdict.limits;
    this.problem = verdict.problem;
    // One badge per code: linked controls (a select, a code input and a chips row showing the
    // same diagnosis) all hold it; the first field that shows it on screen gets the badge.
    const byField = new Map<string, FoundCode[]>();
    const owner = new Map<string, string>();
    const shows = (fieldId: string) => {
      const element = elementOf(fieldId);
      return element?.isConnected === true && element.getClientRects().length > 0;
    };
    for (const code of verdict.codes) {
      const current = owner.get(code.code);
      if (current === undefined || (!shows(current) && shows(code.span.fieldId)))
        owner.set(code.code, code.span.fieldId);
    }
    for (const code of verdict.codes) {
      if (owner.get(code.code) !== code.span.fieldId) continue;
      byField.set(code.span.fieldId, [...(byField.get(code.span.fieldId) ?? []), code]);
    }
    for (const [fieldId, badge] of this.badges) {
      if (!byField.has(fieldId)) this.removeBadge(badge);
    }
    // Findings about the visit rather than one code (a procedure line, an uncoded region) go on the first badge.
    const entered = new Set(verdict.codes.map((c) => c.code));
    const firstField = byField.keys().next().value;
    for (const [fieldId, codes] of byField) {
      const wanted = [...new Set(codes.map((c) => c.code))];
      const findings = verdict.findings.filter((f) => wanted.includes(f.code) || (fieldId === firstField && !entered.has(f.code)));
      const badge = this.badges.get(fieldId) ?? this.createBadge(fieldId);
      badge.codes = wanted;
      badge.findings = findings;
      badge.verdicts = (verdict.verdicts ?? []).filter((v) => wanted.includes(v.code));
      this.refill(badge);
      const fresh = this.visibleFindings(badge).filter(
        (f) => f.severity !== 'info' && !this.announced.has(findingKey(f)),
      );
      for (const f of findings) this.announced.add(findingKey(f));
      if (this.mode === 'interruptive' && fresh.length > 0 && this.unrequested.allow(fieldId, Date.now()))
        this.openUnrequested(badge);
      this.follow(badge, elementOf(fieldId));
    }
    this.countShown();
    if (!this.hint && this.badges.size > 0 && !this.cancelIdleOpen) this.whenTypingPauses(() => this.badges.size > 0 && this.ensureHint());
  }

  /** Taken as a snapshot is sent, and given back to `render` with its verdict (PendingDismissals.mark). */
  mark(): number {
    return this.pending.mark();
  }

  /**
   * The page's address changed without a new document (pushState) or it came back from the
   * back/forward cache: dismissals belong to another record now, so clicks not yet settled are
   * forgotten and the next verdict is shown as it is.
   */
  resetDismissals(): void {
    this.pending.reset();
    this.showDismissed();
  }

  /** Fills the badge again when what it shows changed (unchanged verdicts leave the frame, and any focus in it, alone). */
  private refill(badge: Badge): void {
    const keys = badge.findings.map((f) => dismissalKeyOf(f));
    const refused = this.pending.refused();
    const shown = JSON.stringify([
      badge.codes,
      badge.findings,
      badge.verdicts,
      keys.filter((k) => this.dismissed.has(k)),
      keys.filter((k) => refused.has(k)),
      this.release,
      this.limits,
      this.problem,
    ]);
    if (shown === badge.shown) return;
    badge.shown = shown;
    this.fill(badge);
  }

  /**
   * The user dismissed or brought back findings: shown at once, sent to the worker, and its answers
   * heard: a stored click is settled by the verdict of a fresh snapshot; a refused one is undone,
   * and the card says so.
   */
  private sendDismissals(findings: Finding[], dismissed: boolean): void {
    for (const finding of findings) {
      const key = dismissalKeyOf(finding);
      const id = this.pending.request(key, dismissed);
      const answered = (stored: boolean) => {
        // The alert budget counts a dismissal once the worker stored it (one the worker refuses
        // never left its record), as "not applicable here", as the badge's Dismiss says. Sent
        // after the answer, as every count is, to the worker, the budget's only writer
        // (background/handlers/count-alert.ts).
        if (stored && dismissed) void countAlert({ rule: finding.rule, kind: 'dismissed', reason: 'not-applicable' });
        if (stored) this.actions.refresh();
        // A stored click may change what the alert budget counts as on show (a restore appears).
        if (this.pending.answer(key, id, stored)) this.showDismissed();
        else this.countShown();
      };
      this.actions.dismiss(finding, dismissed).then(answered, () => answered(false));
    }
    this.showDismissed();
  }

  /** Shows the last verdict's dismissals with the user's clicks over them. */
  private showDismissed(): void {
    this.dismissed = this.pending.overlay(this.listed);
    for (const badge of this.badges.values()) this.refill(badge);
    this.countShown();
  }

  /**
   * The alert budget: each finding that appeared on a badge since the last render counts once as
   * shown. Dismissals and restores count once the worker has stored them (PendingDismissals.held):
   * a finding the user dismissed, whose dismissal the worker refused, comes back on the card but
   * never left the worker's record, and a refused restore never brought one back.
   */
  private countShown(): void {
    const held = this.pending.held(this.listed);
    const onShow = new Map<string, Finding>();
    for (const badge of this.badges.values())
      for (const f of badge.findings) if (!held.has(dismissalKeyOf(f))) onShow.set(findingKey(f), f);
    for (const key of this.shownFindings.update(onShow.keys())) {
      const f = onShow.get(key);
      if (f) void countAlert({ rule: f.rule, kind: 'shown' });
    }
  }

  /** Re-anchors badges whose field element was replaced by a re-render. */
  reanchor(elementOf: (fieldId: string) => Element | undefined): void {
    for (const badge of this.badges.values()) this.follow(badge, elementOf(badge.fieldId));
  }

  destroy(): void {
    this.stopLanguage?.();
    this.cancelIdleOpen?.();
    for (const badge of this.badges.values()) this.removeBadge(badge);
    this.setEscListener(false);
    this.setTabListener(false);
    this.darkScheme?.removeEventListener('change', this.onScheme);
    if (this.hint) {
      this.hint.port.close();
      this.hint.panel.remove();
      this.hint = undefined;
    }
  }

  private el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className?: string,
    text?: string,
  ): HTMLElementTagNameMap[K] {
    const element = this.doc.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  private createBadge(fieldId: string): Badge {
    const anchor = this.el('div', 'anchor');
    anchor.dataset.field = fieldId;
    const status = this.el('span', 'badge');
    status.setAttribute('role', 'status');
    const button = this.el('button', 'badge-button');
    button.type = 'button';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', HINT_ID);
    status.append(button);
    anchor.append(status);
    this.overlay.root.append(anchor);
    // In the top layer, so a field inside a modal <dialog> (itself in the top layer, with the rest
    // of the page inert) still shows its badge above the dialog, and it can be opened.
    setPopover(anchor);
    showPopover(anchor);

    const badge: Badge = {
      fieldId,
      anchor,
      status,
      button,
      reference: undefined,
      stopFollowing: undefined,
      pinned: false,
      hoverTimer: undefined,
      codes: [],
      findings: [],
      verdicts: [],
      shown: '',
      refocusing: false,
    };
    button.addEventListener('click', () => {
      badge.pinned = !badge.pinned || this.openBadge !== badge;
      if (badge.pinned) this.open(badge);
      else this.close(badge);
    });
    // Keyboard users reach the badge with Tab: focus shows the findings, leaving hides them.
    button.addEventListener('focus', () => {
      if (!badge.refocusing) this.open(badge);
    });
    const hoverIn = () => this.hover(badge, true);
    const hoverOut = () => this.hover(badge, false);
    status.addEventListener('mouseenter', hoverIn);
    status.addEventListener('mouseleave', hoverOut);
    // Focus may be on its way into the findings frame (whose element the event does not name).
    button.addEventListener('blur', () => this.closeUnlessFocused(badge));
    // Tab from the badge goes into its open findings (the frame), else on to what follows the
    // field in the page; Shift+Tab from the badge goes back to the field. Tab from the findings'
    // last action comes back as a port message (onHint).
    const leave = (event: KeyboardEvent) => {
      if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey || !event.isTrusted) return;
      const field = badge.reference;
      if (!(field instanceof HTMLElement) || !field.isConnected) return;
      const target = event.composedPath()[0];
      if (event.shiftKey) {
        if (target !== button) return;
        event.preventDefault();
        field.focus({ preventScroll: true });
        return;
      }
      if (target !== button) return;
      if (this.openBadge === badge && this.hint) {
        event.preventDefault();
        this.focusFindings(this.hint);
        return;
      }
      const next = nextTabbable(field);
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    status.addEventListener('keydown', leave);
    this.badges.set(fieldId, badge);
    this.setTabListener(true);
    return badge;
  }

  private visibleFindings(badge: Badge): Finding[] {
    return badge.findings.filter((f) => !this.dismissed.has(dismissalKeyOf(f)));
  }

  /** Writes the badge's label and the panel's findings. */
  private fill(badge: Badge): void {
    const findings = this.visibleFindings(badge);
    const codes = badge.codes.join(', ');
    const severity = worstSeverity(findings);
    const label = t('badgeLabel', { count: countText(findings.length), codes });
    badge.status.setAttribute('aria-label', label);
    badge.status.dataset.code = badge.codes.join(' ');
    badge.status.dataset.count = String(findings.length);
    if (severity) badge.status.dataset.severity = severity;
    else delete badge.status.dataset.severity;
    badge.button.setAttribute('aria-label', t('badgeShowDetails', { label }));
    const icon = iconOf(this.doc, severity ? SEVERITY_ICON[severity] : 'none', 'icon');
    badge.button.replaceChildren(icon, this.el('span', 'count', String(findings.length)));

    // Say per code what was checked (the findings list it in words): never a silent "no findings".
    badge.status.dataset.verdicts = badge.verdicts.map((v) => `${v.code}:${v.verdict}`).join(' ');
    this.sendView();
  }

  /** What the frame shows: every badge's findings (one card each), in the badge's language and the page's scheme. */
  private view(): HintView {
    return {
      lang: badgeLanguage,
      scheme: this.darkScheme?.matches === true ? 'dark' : 'light',
      panels: [...this.badges.values()].map((badge) => {
        const findings = this.visibleFindings(badge);
        return {
          field: badge.fieldId,
          codes: badge.codes,
          findings: findings.map((f) => ({ ...f, key: dismissalKeyOf(f) })),
          dismissedCount: badge.findings.length - findings.length,
          ...this.refusedOf(badge),
          verdicts: badge.verdicts.map((v) => ({ ...v, words: verdictWords(v) })),
        };
      }),
      ...(this.openBadge ? { open: this.openBadge.fieldId } : {}),
      ...(this.release ? { release: this.release } : {}),
      ...(this.limits ? { limits: this.limits } : {}),
      ...(this.problem ? { problem: this.problem } : {}),
    };
  }

  /** The card's findings whose last dismiss or restore the worker refused (the card says so). */
  private refusedOf(badge: Badge): { refused?: string[] } {
    const refused = this.pending.refused();
    const keys = [...new Set(badge.findings.map((f) => dismissalKeyOf(f)))].filter((k) => refused.has(k));
    return keys.length > 0 ? { refused: keys } : {};
  }

  private viewQueued = false;
  /** Sends the frame the current view once, after this task's changes (a render fills many badges). */
  private sendView(): void {
    if (!this.hint || this.viewQueued) return;
    this.viewQueued = true;
    queueMicrotask(() => {
      this.viewQueued = false;
      this.post({ type: 'view', view: this.view() });
    });
  }

  private post(message: HintToFrame): void {
    this.hint?.port.postMessage(message);
  }

  private readonly onScheme = () => this.sendView();

  /** Focus into the open card's first control (after any view still on its way; once the frame is connected). */
  private focusFindings(hint: Hint): void {
    hint.frame.focus();
    if (!hint.connected) {
      hint.focusOnConnect = true;
      return;
    }
    queueMicrotask(() => this.post({ type: 'focus' }));
  }

  /**
   * The findings' card and its frame: one per page, created once typing has paused after the first
   * badge appeared, or when findings first open, whichever comes first. The frame is named
   * with a random token and, once loaded, gets one end of a MessageChannel posted to the
   * extension's origin only; it takes the port only with that token (src/ui/hint/main.ts).
   */
  private ensureHint(): Hint | undefined {
    if (this.hint) return this.hint;
    // The extension was reloaded under this script (which leaves at its next alive check): its
    // pages are gone, and asking for their URL would throw.
    if (!isExtensionAlive()) return undefined;
    const panel = this.el('div', 'card');
    panel.id = HINT_ID;
    panel.hidden = true;
    setPopover(panel);
    const frame = this.el('iframe', 'hint-frame');
    const src = extensionUrl(HINT_PAGE);
    frame.name = Array.from(crypto.getRandomValues(new Uint32Array(6)), (n) => n.toString(36).padStart(7, '0')).join('');
    frame.title = t('extName');
    frame.setAttribute('allow', 'clipboard-write');
    frame.src = src;
    const token = frame.name;
    const origin = extensionOrigin();
    // A fresh channel at each load (a page may navigate a child frame: whatever document it put
    // there gets nothing, the message goes to the extension's origin only); the frame takes only
    // the first port that carries its token.
    frame.addEventListener('load', () => {
      const hint = this.hint;
      if (!hint) return;
      hint.port.close();
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        if (isHintFromFrame(event.data)) this.onHint(event.data);
      };
      hint.port = channel.port1;
      frame.contentWindow?.postMessage({ chartlintHint: token }, origin, [channel.port2]);
      hint.connected = true;
      this.sendView();
      if (hint.focusOnConnect && this.openBadge) {
        hint.focusOnConnect = false;
        this.focusFindings(hint);
      }
    });
    panel.addEventListener('mouseenter', () => this.openBadge && this.hover(this.openBadge, true));
    panel.addEventListener('mouseleave', () => this.openBadge && this.hover(this.openBadge, false));
    panel.addEventListener('focusout', () => this.openBadge && this.closeUnlessFocused(this.openBadge));
    panel.append(frame);
    this.overlay.root.append(panel);
    this.darkScheme?.addEventListener('change', this.onScheme);
    this.hint = { panel, frame, port: new MessageChannel().port1, stopPanel: undefined, connected: false, focusOnConnect: false };
    return this.hint;
  }

  /** What the user did in the findings frame (its trusted events only; the page cannot reach the port). */
  private onHint(message: HintFromFrame): void {
    const badge = this.openBadge;
    const hint = this.hint;
    if (!badge || !hint) return;
    // Actions come from the open card only (the others are hidden in the frame).
    if ('field' in message && message.field !== badge.fieldId) return;
    const byKey = (key: string) => badge.findings.find((f) => dismissalKeyOf(f) === key);
    switch (message.type) {
      case 'size': {
        hint.frame.style.height = `${message.height}px`;
        hint.panel.style.opacity = '';
        this.placePanel();
        return;
      }
      case 'close':
        this.close(badge, true);
        return;
      case 'blur':
        this.closeUnlessFocused(badge);
        return;
      case 'tab-back':
        this.focusBadge(badge);
        return;
      case 'tab-out': {
        const field = badge.reference;
        const next = field?.isConnected ? nextTabbable(field) : undefined;
        if (next) next.focus();
        else this.focusBadge(badge);
        return;
      }
      case 'accepted': {
        const finding = byKey(message.key);
        if (finding) void countAlert({ rule: finding.rule, kind: 'accepted' });
        return;
      }
      case 'dismiss': {
        const finding = byKey(message.key);
        if (!finding || this.dismissed.has(message.key)) return;
        // Counted in the alert budget once the worker stored it (sendDismissals), not at the click.
        this.sendDismissals([finding], true);
        if (message.hadFocus) this.focusBadge(badge);
        return;
      }
      case 'restore': {
        // Each key once: the worker keeps one record per rule and code.
        const keys = new Set(
          badge.findings.map((f) => dismissalKeyOf(f)).filter((k) => this.dismissed.has(k)),
        );
        this.sendDismissals(
          badge.findings.filter((f) => keys.delete(dismissalKeyOf(f))),
          false,
        );
        return;
      }
    }
  }

  /** Closes the findings when focus has left both the badge and its findings (and they are not pinned). */
  private closeUnlessFocused(badge: Badge): void {
    // Focus moving into the frame blurs the badge first: look once it has landed.
    setTimeout(() => {
      if (!badge.pinned && this.openBadge === badge && !this.hasFocusInside(badge)) this.close(badge);
    }, 0);
  }

  /**
   * Keeps the badge on the control the user sees (the bordered box around a picker's tiny input,
   * the select, the chips row), following scroll, resize and layout changes: inside its right end
   * when the text and a select's arrow leave room, else just outside it; always in the viewport,
   * and hidden while something else (a fixed app bar, a dialog) covers the spot.
   */
  private follow(badge: Badge, reference: Element | undefined): void {
    if (badge.reference === reference && reference?.isConnected) return;
    badge.stopFollowing?.();
    badge.stopFollowing = undefined;
    badge.reference = reference;
    if (!reference?.isConnected) {
      badge.anchor.dataset.hidden = '';
      return;
    }
    const control = visualControlOf(reference);
    const update = () => {
      const box = control.getBoundingClientRect();
      const tall = box.height > 48 && isTextEditor(reference);
      const room = tall ? Infinity : roomAfterText(reference, control);
      const width = badge.anchor.getBoundingClientRect().width || 40;
      const inside = room >= width + 8;
      void computePosition(control, badge.anchor, {
        strategy: 'fixed',
        placement: tall ? 'right-start' : 'right',
        middleware: [
          // Inside the right end (before a select's arrow), or 6 px outside the control.
          offset(({ rects }) =>
            inside
              ? { mainAxis: -rects.floating.width - 6 - arrowWidthOf(reference), crossAxis: tall ? 6 : 0 }
              : { mainAxis: 6 },
          ),
          flip({ fallbackPlacements: ['top-end', 'bottom-end'] }),
          shift({ padding: 4, crossAxis: true }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        badge.anchor.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        const covered =
          middlewareData.hide?.referenceHidden === true || isCovered(control, x, y, width, badge.anchor.getBoundingClientRect().height || 20, this.overlay.host);
        if (covered) badge.anchor.dataset.hidden = '';
        else delete badge.anchor.dataset.hidden;
      });
    };
    badge.stopFollowing = autoUpdate(control, badge.anchor, update, { animationFrame: false });
  }

  private placePanel(): void {
    const badge = this.openBadge;
    const panel = this.hint?.panel;
    if (!badge || !panel) return;
    void computePosition(badge.status, panel, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      panel.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    });
  }

  private hover(badge: Badge, inside: boolean): void {
    if (badge.hoverTimer !== undefined) clearTimeout(badge.hoverTimer);
    badge.hoverTimer = setTimeout(
      () => {
        badge.hoverTimer = undefined;
        if (inside) this.open(badge);
        else if (!badge.pinned && !this.hasFocusInside(badge)) this.close(badge);
      },
      inside ? HOVER_OPEN_MS : HOVER_CLOSE_MS,
    );
  }

  private focusBadge(badge: Badge): void {
    badge.refocusing = true;
    badge.button.focus({ preventScroll: true });
    badge.refocusing = false;
  }

  private hasFocusInside(badge: Badge): boolean {
    const active = this.overlay.root.activeElement;
    if (active === null) return false;
    // Focus inside the frame shows here as the frame element.
    return badge.status.contains(active) || (this.openBadge === badge && this.hint?.panel.contains(active) === true);
  }

  /**
   * The frame is created while the user is not typing: once a badge exists and input has paused
   * (an unrequested open in interruptive mode waits for it too), or at once when the user opens
   * the findings. One per page, kept hidden between opens.
   */
  private whenTypingPauses(then: () => void): void {
    this.cancelIdleOpen?.();
    let timer = setTimeout(() => go(), TYPING_IDLE_MS);
    const typing = () => {
      clearTimeout(timer);
      timer = setTimeout(() => go(), TYPING_IDLE_MS);
    };
    const cancel = () => {
      clearTimeout(timer);
      this.doc.removeEventListener('input', typing, { capture: true });
      this.doc.removeEventListener('keydown', typing, { capture: true });
      this.cancelIdleOpen = undefined;
    };
    const go = () => {
      cancel();
      then();
    };
    this.doc.addEventListener('input', typing, { capture: true, passive: true });
    this.doc.addEventListener('keydown', typing, { capture: true, passive: true });
    this.cancelIdleOpen = cancel;
  }

  private openUnrequested(badge: Badge): void {
    if (this.hint) this.open(badge);
    else this.whenTypingPauses(() => this.badges.get(badge.fieldId) === badge && this.open(badge));
  }

  private open(badge: Badge): void {
    for (const other of this.badges.values()) if (other !== badge) this.close(other);
    if (this.openBadge === badge) return;
    const hint = this.ensureHint();
    if (!hint) return;
    this.cancelIdleOpen?.();
    this.openBadge = badge;
    hint.panel.hidden = false;
    // Unseen until the frame has drawn this badge's findings and said their height. Transparent,
    // not hidden: Chromium stops rendering a cross-origin frame it considers invisible, so it
    // would never lay out and measure.
    hint.panel.style.opacity = '0';
    showPopover(hint.panel);
    badge.button.setAttribute('aria-expanded', 'true');
    this.sendView();
    hint.stopPanel = autoUpdate(badge.status, hint.panel, () => this.placePanel(), { animationFrame: false });
    this.setEscListener(true);
  }

  private close(badge: Badge, returnFocus = false): void {
    badge.pinned = false;
    const hint = this.hint;
    if (this.openBadge !== badge || !hint) return;
    // Only when the user was working inside the findings: focus goes back to the badge, never to the page.
    if (returnFocus && this.hasFocusInside(badge)) this.focusBadge(badge);
    hidePopover(hint.panel);
    hint.panel.hidden = true;
    this.openBadge = undefined;
    this.sendView();
    badge.button.setAttribute('aria-expanded', 'false');
    hint.stopPanel?.();
    hint.stopPanel = undefined;
    this.setEscListener(false);
  }

  /** Esc closes an open panel, wherever focus is; the key still reaches the page as usual. */
  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    for (const badge of this.badges.values()) this.close(badge, true);
  };

  /**
   * Tab in a field that has a badge stops at the badge next (keyboard users reach it right after
   * the field, not after the whole page); Alt+Shift+L still opens the side panel from anywhere.
   */
  private readonly onTab = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!event.isTrusted || event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || target.closest('[data-chartlint]')) return;
    for (const badge of this.badges.values()) {
      const field = badge.reference;
      if (!field || !(field === target || field.contains(target))) continue;
      if (badge.anchor.dataset.hidden !== undefined) return;
      event.preventDefault();
      badge.button.focus({ preventScroll: true });
      return;
    }
  };
  private tabListening = false;

  private setTabListener(on: boolean): void {
    if (on === this.tabListening) return;
    this.tabListening = on;
    if (on) this.doc.addEventListener('keydown', this.onTab, { capture: true });
    else this.doc.removeEventListener('keydown', this.onTab, { capture: true });
  }

  private setEscListener(on: boolean): void {
    if (on === this.escListening) return;
    this.escListening = on;
    if (on) this.doc.addEventListener('keydown', this.onKeydown, { capture: true, passive: true });
    else this.doc.removeEventListener('keydown', this.onKeydown, { capture: true });
  }

  private removeBadge(badge: Badge): void {
    if (badge.hoverTimer !== undefined) clearTimeout(badge.hoverTimer);
    this.close(badge);
    badge.stopFollowing?.();
    badge.anchor.remove();
    this.sendView();
    this.badges.delete(badge.fieldId);
    if (this.badges.size === 0) {
      this.setEscListener(false);
      this.setTabListener(false);
    }
  }
}
