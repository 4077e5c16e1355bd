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
import { autoUpdate, computePosition, flip, hide, offset, platform, shift, type Platform } from '@floating-ui/dom';
import { arrowWidthOf, clearSpot, isCovered, isRightToLeft, isTall, isTextEditor, roomAfterText, roomInTopBand, spotCovers, topInset, visualControlOf } from './badge-placement';
import { spotsFor } from './badge-spots';
import { findingKey } from '../core/finding-key';
import { worstSeverity } from '../core/severity';
import { sortFindings } from '../core/finding-order';
import type { CodeVerdict, Finding, FoundCode, Severity } from '../core/types';
import type { FrameVerdict, HintFromFrame, HintToFrame, HintView } from '../protocol/messages';
import { isHintFromFrame } from '../protocol/validate-hint';
import { verdictWords } from '../core/families-read/verdict-words';
import { extensionId, extensionUrl, isExtensionAlive } from '../platform/runtime';
import type { OverlayHost } from './overlay-host';
import { UnrequestedOpens } from './unrequested-opens';
import { isLanguage, pickLanguage, type Language } from '../platform/languages';
import { badgeText, type BadgeMessageId } from './badge-text';
import { browserUiLanguage, loadLanguageChoice, onLanguageChoiceChanged } from '../platform/ui-language';
import { countAlert } from '../protocol/alert-budget-count';
import { ShownFindings } from './shown-findings';
import { PendingDismissals } from './pending-dismissals';
import { CONTENT_EDITABLE } from './editable-shapes';

/**
 * Floating UI's platform with placements kept physical: `left-start` is the left edge whatever the
 * direction the badge inherits from the page (a right-to-left page's badge chooses its own end).
 */
const PHYSICAL: Platform = { ...platform, isRTL: () => false };

/** The badge's language: the browser's, or the user's choice in the options once it is read. */
let badgeLanguage: Language = pickLanguage(typeof navigator === 'undefined' ? [] : [...navigator.languages]);
export function setBadgeLanguage(lang: Language): void {
  badgeLanguage = lang;
}
const t = (id: BadgeMessageId, params: Record<string, string | number> = {}) => badgeText(badgeLanguage, id, params);
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
  /**
   * The field's element was replaced and its text is not the text this badge's verdict was for
   * (the EHR re-rendered its panel for the next patient): hidden until the next verdict.
   */
  stale: boolean;
  /** The field's text when its verdict was shown (undefined: not known). */
  renderedText: string | undefined;
  /** Places the badge again now (set while it follows its field). */
  update: (() => void) | undefined;
  /** The box the badge stands on (badge-placement.ts visualControlOf), while it follows its field. */
  control?: Element | undefined;
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
  // English and Spanish say "one" of a whole count for 1 alone (CLDR; Spanish's "many" is for
  // millions, said as "other" here too): no Intl.PluralRules, whose first use costs the first badge
  // tens of ms of locale data (languages.ts numberText).
  return t(n === 1 ? 'badgeCount_one' : 'badgeCount_other', { count: n });
}

const TABBABLE =
  `a[href], button, input:not([type="hidden" i]), select, textarea, [tabindex], ${CONTENT_EDITABLE}`;
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
   * `textOf`: each field's text as read now, kept to tell a re-rendered field that still shows it
   * from one that shows another patient's codes (`reanchor`).
   */
  render(
    verdict: FrameVerdict,
    elementOf: (fieldId: string) => Element | undefined,
    basis?: number,
    textOf?: (fieldId: string) => string | undefined,
  ): void {
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
      // Read in the side panel's order: the error that makes the badge red comes first.
      const findings = sortFindings(
        verdict.findings.filter((f) => wanted.includes(f.code) || (fieldId === firstField && !entered.has(f.code))),
        [...entered],
      );
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
      badge.stale = false;
      badge.renderedText = textOf?.(fieldId);
      const reference = badge.reference;
      this.follow(badge, elementOf(fieldId));
      // The same field with new content (a chip added, a code typed, a stale badge shown again):
      // placed anew, as its text may now fill the room the badge stood in.
      if (badge.reference === reference) badge.update?.();
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

  /**
   * Re-anchors badges whose field element was replaced by a re-render. A field re-created with
   * other text than its verdict was for (a panel swapped for the next patient's by innerHTML) hides
   * its badge until the next verdict: the old patient's count never stands on the new one's field.
   * A re-render that keeps the text (a framework re-creating the form) keeps the badge on show.
   */
  reanchor(elementOf: (fieldId: string) => Element | undefined, textOf?: (fieldId: string) => string | undefined): void {
    for (const badge of this.badges.values()) {
      const element = elementOf(badge.fieldId);
      if (element !== badge.reference && textOf && badge.renderedText !== undefined && textOf(badge.fieldId) !== badge.renderedText)
        badge.stale = true;
      this.follow(badge, element);
    }
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
      stale: false,
      renderedText: undefined,
      update: undefined,
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
   * Keeps the badge beside the control the user sees (the bordered box around a picker's tiny
   * input or a web component's slotted one, the select, the chips row), following scroll, resize
   * and layout changes: at the first spot (badge-spots.ts) that is in the viewport and covers none
   * of the page's controls or words (a combo box's clear button, the next field, a label): inside
   * its right end when the text and a select's arrow leave room, else just outside it, else above
   * or below its right end; a tall control's top-right corner. Hidden while something else (a fixed
   * app bar, a dialog) covers the spot, once the field has left the page (a panel re-rendered by
   * innerHTML), and while it is stale (see `reanchor`).
   */
  private follow(badge: Badge, reference: Element | undefined): void {
    // The same field follows on, unless the box it is drawn in changed: a token field's first chip
    // makes the whole field, not its search box, the control (badge-placement.ts).
    const control = reference?.isConnected ? visualControlOf(reference) : undefined;
    if (badge.reference === reference && reference?.isConnected && badge.control === control) return;
    badge.stopFollowing?.();
    badge.stopFollowing = undefined;
    badge.reference = reference;
    badge.control = control;
    if (!reference?.isConnected || !control) {
      badge.anchor.dataset.hidden = '';
      return;
    }
    const host = this.overlay.host;
    /** Whether the last placing found room inside the control's right end (undefined: tall, or not placed yet). */
    let roomy: boolean | undefined;
    const update = () => {
      // The field left the page (its panel re-rendered): the badge goes with it at once, before
      // the registry finds what replaced it.
      if (!reference.isConnected || !control.isConnected) {
        badge.anchor.dataset.hidden = '';
        return;
      }
      const own = badge.anchor.getBoundingClientRect();
      const width = own.width || 40;
      const height = own.height || 20;
      const tall = isTall(reference, control);
      const editor = tall && isTextEditor(reference);
      // Written right to left, the field's inline end, where the badge stands, is its left end.
      const rtl = isRightToLeft(reference);
      const room = editor ? Infinity : tall ? roomInTopBand(reference, control, height, rtl) : roomAfterText(reference, control, rtl);
      roomy = room >= width + 8;
      const spots = spotsFor({ tall, editor, room: roomy }, rtl);
      const arrow = arrowWidthOf(reference);
      void computePosition(control, badge.anchor, {
        strategy: 'fixed',
        // The spots are physical: the badge inherits the page's direction, which must not mirror them.
        platform: PHYSICAL,
        placement: spots[0]?.placement ?? 'right',
        middleware: [
          // Inside the right end (before a select's arrow; a tall control's top corner), or 6 px outside.
          offset(({ rects, middlewareData }) => {
            const spot = spots[(middlewareData.clearSpot as { index?: number } | undefined)?.index ?? 0];
            return spot?.inside
              ? { mainAxis: -rects.floating.width - 6 - arrow, crossAxis: tall ? topInset(control, rects.floating.height) : 0 }
              : { mainAxis: 6 };
          }),
          clearSpot(spots, (rect) => spotCovers(rect, reference, control, host)),
          shift({ padding: 4, crossAxis: true }),
          hide(),
        ],
      }).then(({ x, y, middlewareData }) => {
        badge.anchor.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        const covered =
          middlewareData.hide?.referenceHidden === true || isCovered(control, x, y, width, height, host);
        if (covered || badge.stale || !reference.isConnected) badge.anchor.dataset.hidden = '';
        else delete badge.anchor.dataset.hidden;
      });
    };
    badge.update = update;
    const stopAuto = autoUpdate(control, badge.anchor, update, { animationFrame: false });
    // Typing changes no layout, so nothing above sees it: a badge inside a one-line field's right
    // end would stay there while the text runs on under it (QA stop 50, L4). Each input measures
    // the text again (one canvas measure) and places the badge anew only when the room for it
    // inside comes or goes: outside the box once the text would reach it, back when it is cleared.
    const typed = () => {
      if (roomy === undefined || isTall(reference, control)) return;
      const width = badge.anchor.getBoundingClientRect().width || 40;
      if (roomAfterText(reference, control, isRightToLeft(reference)) >= width + 8 !== roomy) update();
    };
    reference.addEventListener('input', typed, { passive: true });
    badge.stopFollowing = () => {
      stopAuto();
      reference.removeEventListener('input', typed);
    };
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
