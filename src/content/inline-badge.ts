/**
 * The inline warning: one small badge per diagnosis field that holds codes, anchored to the field
 * with Floating UI (follows scroll, resize and re-renders), in ChartLint's own overlay host. It
 * expands on hover, focus or click into the findings for that field's codes: message, evidence
 * snippet, suggested code with a copy button, dismiss for this page (shared with the side panel), and "Open panel".
 *
 * Quiet by design: it never moves focus, never opens by itself, and never writes into the EHR
 * (the copy button only writes to the clipboard).
 *
 * QA contract: the badge is `.badge[role=status][data-code]` with an accessible name that states
 * the count; each finding is `.finding[data-rule][data-code]`.
 */
import { dismissalKeyOf } from '../protocol/storage-keys';
import { autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
import { findingKey } from '../core/finding-key';
import { worstSeverity } from '../core/severity';
import type { CodeVerdict, Finding, FoundCode, Severity } from '../core/types';
import { verdictWords } from '../core/families-read/verdict-words';
import type { FrameVerdict } from '../protocol/messages';
import type { OverlayHost } from './overlay-host';
import { UnrequestedOpens } from './unrequested-opens';
import { isLanguage, pickLanguage, sayCoreText, translate, type Language } from '../platform/i18n';
import { browserUiLanguage, loadLanguageChoice, onLanguageChoiceChanged } from '../platform/ui-language';
import { countAlert } from '../protocol/alert-budget-count';
import { ShownFindings } from './shown-findings';

/** The badge's language: the browser's, or the user's choice in the options once it is read. */
let badgeLanguage: Language = pickLanguage(typeof navigator === 'undefined' ? [] : [...navigator.languages]);
export function setBadgeLanguage(lang: Language): void {
  badgeLanguage = lang;
}
const t = (id: string, params: Record<string, string | number> = {}) => translate(badgeLanguage, id, params);
/** A text the core made (finding, verdict, release) in the badge's language; English is the core's own sentence. */
const say = (english: string, messageId: string | undefined, params: Record<string, string> | undefined) =>
  badgeLanguage === 'en' || !messageId ? english : sayCoreText(badgeLanguage, messageId, params ?? {}, english);
/** The language for a choice in the options ('auto': the browser's, as chrome.i18n reports it). */
const languageOf = (choice: string): Language =>
  isLanguage(choice) ? choice : pickLanguage([browserUiLanguage(), ...(typeof navigator === 'undefined' ? [] : navigator.languages)]);

// Icons are drawn (SVG), not emoji: EHR workstations and headless browsers often lack emoji fonts.
const SEVERITY_ICON: Record<Severity, 'error' | 'warning' | 'info'> = { error: 'error', warning: 'warning', info: 'info' };
/** Delay before a hover opens or closes the findings, so passing the mouse over does nothing. */
const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 300;

export type BadgeActions = {
  /** Must be called synchronously in the click handler: opening the side panel needs the user gesture. */
  openPanel: () => void;
  copy: (text: string) => Promise<void>;
  /** Dismisses (or brings back) a finding for this page; the side panel shares the same record. */
  dismiss: (finding: Finding, dismissed: boolean) => void;
};

type Badge = {
  fieldId: string;
  anchor: HTMLElement;
  status: HTMLElement;
  button: HTMLButtonElement;
  panel: HTMLElement;
  reference: Element | undefined;
  stopFollowing: (() => void) | undefined;
  stopPanel: (() => void) | undefined;
  pinned: boolean;
  hoverTimer: ReturnType<typeof setTimeout> | undefined;
  codes: string[];
  findings: Finding[];
  /** Each code's verdict in words (supported / finding / not checked), shown under the findings. */
  verdicts: CodeVerdict[];
  /** What the panel shows now: unchanged verdicts leave the DOM (and any focus in it) alone. */
  shown: string;
  /** Set while we move focus back to the badge, so that focus does not reopen the panel. */
  refocusing: boolean;
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

/** Cuts long evidence to a readable snippet. */
function snippet(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
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
 */
function contentRight(control: Element, field: Element): number {
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
    } else if (!(node as Element).contains(field) && showsSelf(node as Element)) {
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
  // A picker's box around the field, a chips row: its own content decides.
  end = Math.max(end, contentRight(control, field));
  return box.right - parseFloat(getComputedStyle(control).paddingRight) - end;
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
  return !(control.contains(hit) || hit.contains(control));
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
   * (shared with the side panel) and sends them with every verdict; a click here updates at once.
   */
  private dismissed = new Set<string>();
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

  /** Shows the verdict: one badge per field with codes; fields without codes lose theirs. */
  render(verdict: FrameVerdict, elementOf: (fieldId: string) => Element | undefined): void {
    this.dismissed = new Set(verdict.dismissed ?? []);
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
      const shown = JSON.stringify([wanted, findings, badge.verdicts, findings.filter((f) => this.dismissed.has(dismissalKeyOf(f))), this.release, this.limits, this.problem]);
      if (shown !== badge.shown) {
        badge.shown = shown;
        this.fill(badge);
      }
      const fresh = this.visibleFindings(badge).filter(
        (f) => f.severity !== 'info' && !this.announced.has(findingKey(f)),
      );
      for (const f of findings) this.announced.add(findingKey(f));
      if (this.mode === 'interruptive' && fresh.length > 0 && this.unrequested.allow(fieldId, Date.now())) this.open(badge);
      this.follow(badge, elementOf(fieldId));
    }
    this.countShown();
  }

  /** The alert budget: each finding that appeared on a badge since the last render counts once as shown. */
  private countShown(): void {
    const onShow = new Map<string, Finding>();
    for (const badge of this.badges.values()) for (const f of this.visibleFindings(badge)) onShow.set(findingKey(f), f);
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
    for (const badge of this.badges.values()) this.removeBadge(badge);
    this.setEscListener(false);
    this.setTabListener(false);
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
    const panelId = `chartlint-panel-${fieldId}`;
    button.setAttribute('aria-controls', panelId);
    status.append(button);
    anchor.append(status);
    const panel = this.el('div', 'panel');
    panel.id = panelId;
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.dataset.field = fieldId;
    this.overlay.root.append(anchor, panel);
    // In the top layer, so a field inside a modal <dialog> (itself in the top layer, with the rest
    // of the page inert) still shows its badge above the dialog, and it can be opened.
    setPopover(anchor);
    setPopover(panel);
    showPopover(anchor);

    const badge: Badge = {
      fieldId,
      anchor,
      status,
      button,
      panel,
      reference: undefined,
      stopFollowing: undefined,
      stopPanel: undefined,
      pinned: false,
      hoverTimer: undefined,
      codes: [],
      findings: [],
      verdicts: [],
      shown: '',
      refocusing: false,
    };
    button.addEventListener('click', () => {
      badge.pinned = !badge.pinned || panel.hidden !== false;
      if (badge.pinned) this.open(badge);
      else this.close(badge);
    });
    // Keyboard users reach the badge with Tab: focus shows the findings, leaving hides them.
    button.addEventListener('focus', () => {
      if (!badge.refocusing) this.open(badge);
    });
    const hoverIn = () => this.hover(badge, true);
    const hoverOut = () => this.hover(badge, false);
    for (const target of [status, panel]) {
      target.addEventListener('mouseenter', hoverIn);
      target.addEventListener('mouseleave', hoverOut);
    }
    panel.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (!badge.pinned && !(next instanceof Node && (panel.contains(next) || status.contains(next))))
        this.close(badge);
    });
    button.addEventListener('blur', (event) => {
      const next = event.relatedTarget;
      if (!badge.pinned && !(next instanceof Node && panel.contains(next))) this.close(badge);
    });
    // Tab from the badge (or from the last action of its open findings) goes on to what follows
    // the field in the page; Shift+Tab from the badge goes back to the field.
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
      const actions = [...panel.querySelectorAll<HTMLElement>('button')];
      const last = panel.hidden ? button : actions.at(-1);
      if (target !== last) return;
      const next = nextTabbable(field);
      if (!next) return;
      event.preventDefault();
      next.focus();
    };
    status.addEventListener('keydown', leave);
    panel.addEventListener('keydown', leave);
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

    const panel = badge.panel;
    panel.setAttribute('aria-label', t('badgePanelLabel', { codes }));
    // Plain divs: a <header> here would be a second page banner landmark for assistive tech.
    const header = this.el('div', 'head');
    const close = this.el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('close'));
    close.addEventListener('click', () => this.close(badge, true));
    header.append(this.el('h2', undefined, `ChartLint · ${codes}`), close);

    const list = this.el('ul');
    for (const finding of findings) list.append(this.findingItem(badge, finding));
    const body: HTMLElement[] = [header];
    // The release the codes were checked against; plainly when it is expired, pinned or not in force.
    if (this.limits) {
      const kb = (chars: number) => Math.max(1, Math.round(chars / 1024));
      body.push(this.el('p', 'release release-warning', t('notesTooLarge', { checked: kb(this.limits.checkedChars), total: kb(this.limits.totalChars) })));
    }
    if (this.problem === 'storage-full') body.push(this.el('p', 'release release-warning', t('badgeStorageFull')));
    const r = this.release;
    if (r) body.push(this.el('p', r.status === 'in-force' ? 'release' : 'release release-warning', r.message ? say(r.message, r.messageId, r.params) : t('badgeReleaseChecked', { version: r.version })));
    if (findings.length > 0) body.push(list);
    else if (badge.verdicts.length === 0) body.push(this.el('p', 'empty', t('badgeNoFindings', { codes })));
    // Say per code what was checked: never a silent "no findings" for a code nothing compared.
    badge.status.dataset.verdicts = badge.verdicts.map((v) => `${v.code}:${v.verdict}`).join(' ');
    for (const v of badge.verdicts.filter((x) => x.verdict !== 'finding')) {
      const line = this.el('p', 'empty verdict', say(verdictWords(v), v.messageId, v.params));
      line.dataset.verdict = v.verdict;
      body.push(line);
    }

    const footer = this.el('div', 'foot');
    const hidden = badge.findings.length - findings.length;
    if (hidden > 0) {
      const restore = this.el('button', 'small', t('badgeShowDismissed', { count: hidden }));
      restore.type = 'button';
      restore.addEventListener('click', (event) => {
        if (!event.isTrusted) return;
        for (const f of badge.findings) {
          if (this.dismissed.delete(dismissalKeyOf(f))) this.actions.dismiss(f, false);
        }
        this.fill(badge);
        this.countShown();
      });
      footer.append(restore);
    } else {
      footer.append(this.el('span'));
    }
    const openPanel = this.el('button', 'small', t('badgeOpenPanel'));
    openPanel.type = 'button';
    openPanel.dataset.action = 'open-panel';
    // Called synchronously: the side panel may only open in response to this click.
    openPanel.addEventListener('click', (event) => {
      if (event.isTrusted) this.actions.openPanel();
    });
    footer.append(openPanel);
    body.push(footer);
    panel.replaceChildren(...body);
  }

  private findingItem(badge: Badge, finding: Finding): HTMLLIElement {
    const item = this.el('li', 'finding');
    item.dataset.rule = finding.rule;
    item.dataset.code = finding.code;
    item.dataset.severity = finding.severity;
    const text = say(finding.message, finding.messageId, finding.params);
    const message = this.el('p', 'message');
    const sev = iconOf(this.doc, SEVERITY_ICON[finding.severity], 'sev');
    message.append(sev, this.el('span', 'sr-only', t('severityPrefix', { severity: t(`severity_${finding.severity}`) })), text);
    item.append(message);
    // The evidence from the note (not the code itself, which the user can see in the field).
    const squash = (text: string) => text.toUpperCase().replace(/[\s.]/g, '');
    const codes = badge.codes.map(squash);
    const evidence =
      finding.evidence.find((e) => !codes.some((c) => squash(e.text).includes(c))) ?? finding.evidence[0];
    if (evidence) {
      const quote = this.el('blockquote', 'evidence', `“${snippet(evidence.text)}”`);
      item.append(quote);
    }
    const row = this.el('div', 'row');
    const suggestions = finding.suggestions.slice(0, 3);
    if (suggestions.length > 0) row.append(this.el('span', undefined, t('suggested')));
    for (const code of suggestions) {
      const copy = this.el('button', 'small', t('copy'));
      copy.type = 'button';
      copy.dataset.action = 'copy';
      copy.setAttribute('aria-label', t('copyCodeShort', { code }));
      copy.addEventListener('click', (event) => {
        if (!event.isTrusted) return;
        void countAlert({ rule: finding.rule, kind: 'accepted' });
        this.actions.copy(code).then(
          () => (copy.textContent = t('copied')),
          () => (copy.textContent = t('copyFailed')),
        );
      });
      const pair = this.el('span', 'suggestion');
      pair.append(this.el('code', undefined, code), copy);
      row.append(pair);
    }
    const dismiss = this.el('button', 'small dismiss', t('dismiss'));
    dismiss.type = 'button';
    dismiss.dataset.action = 'dismiss';
    dismiss.setAttribute('aria-label', t('dismissNotApplicableLabel', { title: text }));
    dismiss.addEventListener('click', (event) => {
      // Only the user's own click: a page script's scripted .click() must not hide a finding.
      if (!event.isTrusted) return;
      const hadFocus = this.hasFocusInside(badge);
      this.dismissed.add(dismissalKeyOf(finding));
      this.actions.dismiss(finding, true);
      // The badge dismisses as "not applicable here" (its label says so), as the worker records it.
      void countAlert({ rule: finding.rule, kind: 'dismissed', reason: 'not-applicable' });
      this.fill(badge);
      this.countShown();
      if (hadFocus) this.focusBadge(badge);
      if (!badge.panel.hidden) this.placePanel(badge);
    });
    row.append(dismiss);
    item.append(row);
    return item;
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

  private placePanel(badge: Badge): void {
    void computePosition(badge.status, badge.panel, {
      strategy: 'fixed',
      placement: 'bottom-end',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      badge.panel.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
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
    return active !== null && (badge.panel.contains(active) || badge.status.contains(active));
  }

  private open(badge: Badge): void {
    for (const other of this.badges.values()) if (other !== badge) this.close(other);
    if (!badge.panel.hidden) return;
    badge.panel.hidden = false;
    showPopover(badge.panel);
    badge.button.setAttribute('aria-expanded', 'true');
    badge.stopPanel = autoUpdate(badge.status, badge.panel, () => this.placePanel(badge), {
      animationFrame: false,
    });
    this.setEscListener(true);
  }

  private close(badge: Badge, returnFocus = false): void {
    badge.pinned = false;
    if (badge.panel.hidden) return;
    // Only when the user was working inside the panel: focus goes back to the badge, never to the page.
    if (returnFocus && this.hasFocusInside(badge)) this.focusBadge(badge);
    hidePopover(badge.panel);
    badge.panel.hidden = true;
    badge.button.setAttribute('aria-expanded', 'false');
    badge.stopPanel?.();
    badge.stopPanel = undefined;
    if ([...this.badges.values()].every((b) => b.panel.hidden)) this.setEscListener(false);
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
    badge.stopFollowing?.();
    badge.stopPanel?.();
    badge.anchor.remove();
    badge.panel.remove();
    this.badges.delete(badge.fieldId);
    if (this.badges.size === 0) {
      this.setEscListener(false);
      this.setTabListener(false);
    }
  }
}
