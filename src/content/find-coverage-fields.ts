/**
 * The payer as the page shows it: a patient banner's "Payer: Medicare Part B", a header's
 * "Coverage: Medicare", a "Primary insurance" row or input. Sent as fields of kind 'coverage',
 * which the core reads only for the payer (src/core/chiro/detect-payer.ts), never as a note or a
 * diagnosis. Only the label and its value are sent, not the banner around them.
 * Cheap by design, like find-date-fields: short-text reads only, a bounded number of elements, no layout.
 */
import { PAYER_LABEL as LABEL_WORDS } from '../core/chiro/detect-payer';
import { primaryPayerStatement, rankOfLabel } from '../core/chiro/payer-statement';
import type { SnapshotField } from '../protocol/messages';
import { coverageText, shownText, valueBeside } from './coverage-text';
import { shownChoice } from './shown-choice';
import { CONTENT_EDITABLE } from './editable-shapes';

/** An element whose whole text is a label ("Payer", "Primary insurance:"): its value is what follows it. */
const LABEL_ONLY = new RegExp(String.raw`^\s*(${LABEL_WORDS})\s*(?:\(primary\))?\s*:?\s*$`, 'i');
/** A short text holding a label and its value ("Payer: Medicare Part B", "… · Coverage: Medicare · …"). */
const LABEL_VALUE = new RegExp(String.raw`(?:^|[^a-z])(${LABEL_WORDS})\s*(?:\(primary\))?\s*[:=]\s*([^\n;|·•]{2,60})`, 'i');
const isLabelOnly = (text: string) => LABEL_ONLY.test(text);
/**
 * A control's name that starts with a payer label and says no more than which claim or visit
 * ("Payer for this claim", "Primary insurance (this visit)"): its value is the payer. A name that
 * goes on to an attribute of the coverage ("Insurance ID", "Payer phone") is not.
 */
const CONTROL_LABEL = new RegExp(String.raw`^\s*(${LABEL_WORDS})\b(?![^]*(?:\b(?:id|number|no|phone|fax|address|member|group|policy|subscriber|relationship|status|copay|deductible|date|effective|auth\w*)\b|#))[^:]{0,30}:?\s*$`, 'i');
/** A caret a picker draws after its value ("Medicare Part B ▾"): no part of the payer's name. */
const CARET = /[\s▾▼▿▽⌄⏷⯆]+$/u;
const MAX_ELEMENTS = 400;
const MAX_TEXT = 120;
const MAX_FIELDS = 5;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A control's name, and whether a person sees it (a label, aria) or it is only its name or id attribute. */
function nameOf(control: HTMLInputElement | HTMLSelectElement): { name: string; shown: boolean } {
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (root.getElementById(id)?.textContent ?? '') : ''))
    .join(' ');
  const shown = control.labels?.[0]?.textContent ?? control.getAttribute('aria-label') ?? (clean(labelledBy) || null) ?? control.getAttribute('placeholder');
  return { name: clean(shown ?? (control.name || control.id)).slice(0, 80), shown: shown !== null };
}

// An option not chosen (a listbox's, a select's) is an offer, never the payer.
const skipped = (el: Element) =>
  el.closest('[data-chartlint], textarea, [contenteditable]:not([contenteditable="false"]), script, style, option, datalist, [role="option"]:not([aria-selected="true"])') !== null;

/** Elements read across the shadow roots, per call (a record form drawn in closed roots). */
const MAX_SHADOW_ELEMENTS = 400;

/**
 * Payer fields in `root` and in the shadow roots the registry watches (a design system's output
 * field, a record form in closed roots); the shadow roots share one budget.
 */
export function findCoverageFields(root: Document = document, shadowRoots: readonly ShadowRoot[] = []): SnapshotField[] {
  const fields: SnapshotField[] = [];
  const seen = new Set<string>();
  const add = (label: string, value: string) => {
    // Sent as the page writes it ("Cvg", "Fin Class"): the core reads the same labels (PAYER_LABEL).
    // A banner's unlabelled statement ("MEDICARE PART B — PRIMARY") is sent as written (label '').
    const shown = clean(value).replace(CARET, '');
    const text = label ? `${clean(label).replace(/:$/, '')}: ${shown}` : shown;
    const key = text.toLowerCase();
    if (!shown || seen.has(key) || fields.length >= MAX_FIELDS) return;
    seen.add(key);
    fields.push({ id: `coverage-${fields.length}`, kind: 'coverage', text, label: 'Coverage' });
  };
  findIn(root, MAX_ELEMENTS, add);
  let budget = MAX_SHADOW_ELEMENTS;
  for (const shadow of shadowRoots) {
    if (budget <= 0) break;
    budget -= findIn(shadow, budget, add);
  }
  return fields;
}

/**
 * Label elements a design system draws ("Payer" in an `<ion-label>`, a `.slds-form-element__label`
 * span) beside their value element (an `<ion-note>`, a static div) in the same item.
 */
const LABEL_ELEMENT = '[class*="label" i], [slot="start"], [slot="label"]';

/**
 * A payer's logo or icon, named by its alt text or aria-label (`<img alt="Medicare">`, an icon
 * font's `<i aria-label="Medicare Part B">`): read as a statement in a banner only.
 */
const IMAGE_BLOCK = 'img, svg, [role="img"], i[aria-label], i[title], span[aria-label]';

/**
 * The page's banner and header regions: a patient banner, a header, an app bar, a coverage box.
 * A logo's or icon's name states the payer there and only there: the same image in a note, a
 * letter or a help text names no payer of this visit (stop 48-49 QA: "[Medicare logo]" banners).
 */
const BANNER_REGION =
  'header, [role="banner"], [class*="banner" i], [id*="banner" i], [class*="header" i], [id*="header" i], [aria-label*="banner" i], [aria-label*="patient" i], [class*="patient" i], [class*="demographic" i], [class*="coverage" i], [class*="insurance" i], [class*="payer" i]';
/** Never a banner's, whatever its class: the note and reports, and a page's main text blocks. */
const NOTE_REGION = 'article, [data-report], [role="document"], [role="article"]';
/** A banner is a line or two: a "patient" box around the whole chart (note included) is none. */
const MAX_BANNER_TEXT = 600;
const EDITOR = `textarea, ${CONTENT_EDITABLE}`;

/** True when `el` sits in a banner or header region: a short one, holding no editor, in no note. */
function inBanner(el: Element): boolean {
  if (el.closest(NOTE_REGION)) return false;
  let region = el.closest(BANNER_REGION);
  for (let i = 0; region && i < 3; i++, region = region.parentElement?.closest(BANNER_REGION) ?? null)
    if (region.textContent.length <= MAX_BANNER_TEXT && !region.querySelector(EDITOR)) return true;
  return false;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Payer fields in one tree; returns how many elements it looked at. */
function findIn(root: Document | ShadowRoot, limit: number, add: (label: string, value: string) => void): number {
  let looked = 0;
  // Inputs, selects and listboxes labelled as coverage: the label says what it is, the value (a
  // select's chosen option, never its list: shown-choice.ts) names the payer.
  const controls: Element[] = [];
  for (const control of Array.from(root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input:not([type]), input[type="text" i], select, [role="listbox"]')).slice(0, limit)) {
    looked++;
    if (skipped(control)) continue;
    const { name, shown } = nameOf(control);
    // A longer name counts only as a person reads it: an id ("payer-native", a design system's
    // hidden select) is no label to quote.
    const label = LABEL_ONLY.test(name) ? name : shown ? CONTROL_LABEL.exec(name)?.[1] : undefined;
    if (!label) continue;
    // The block around it says the same with the label's words run on, or, with nothing chosen,
    // takes the label for the value ("Insurance: Payer for this claim"): the control answers.
    controls.push(control);
    const value = control instanceof HTMLInputElement ? control.value : shownChoice(control);
    if (value) add(label, value);
  }
  // Banners, headers, definition lists and table rows: the deepest short text naming a payer. A
  // patient banner is often a heading ("BAKER, Lou (M, 67) — Medicare Part B" in an <h1>).
  const blocks = Array.from(
    root.querySelectorAll<HTMLElement>(`header, [role="banner"], ${HEADINGS}, section, dt, th, td, li, p, span, div, b, strong, label, ${LABEL_ELEMENT}, ${IMAGE_BLOCK}`),
  ).slice(0, Math.max(0, limit - looked));
  looked += blocks.length;
  const hits: { el: HTMLElement; label: string; value: string }[] = [];
  const statements: { el: HTMLElement; text: string }[] = [];
  for (const el of blocks) {
    if (el.textContent.length > MAX_TEXT || skipped(el) || controls.some((c) => el.contains(c) || c.contains(el))) continue;
    // Images by their names, a label and its value element joined (coverage-text.ts).
    const text = coverageText(el, isLabelOnly);
    const only = LABEL_ONLY.exec(text);
    // A heading that is only a label ("Insurance") titles a section: its value is no text beside it.
    if (only && el.matches(HEADINGS)) continue;
    if (only) {
      hits.push({ el, label: only[1] ?? '', value: valueBeside(el, isLabelOnly) });
      continue;
    }
    const pair = LABEL_VALUE.exec(text);
    if (pair) hits.push({ el, label: pair[1] ?? '', value: pair[2] ?? '' });
    else {
      // Unlabelled, an image's name states the payer only in a banner (BANNER_REGION).
      const statement = statementOf(el, inBanner(el) ? text : shownText(el, false));
      if (statement) statements.push({ el, text: statement });
    }
  }
  // A wrapper repeats what its child already says, less cleanly ("Patient: … Payer: …"): keep the child.
  for (const hit of hits) if (!hits.some((other) => other !== hit && hit.el.contains(other.el))) add(hit.label, hit.value);
  // Unlabelled statements after the labelled lines, and only where no label names the payer
  // already (a "Coverage [Medicare]" pill is read with its label): the deepest element saying it.
  const near = (a: Element, b: Element) => a.contains(b) || b.contains(a);
  for (const s of statements)
    if (!hits.some((hit) => near(hit.el, s.el)) && !statements.some((other) => other !== s && s.el.contains(other.el))) add('', s.text);
  return looked;
}

/**
 * The element's text when it states the primary payer with no label (coverage-text's reading, so a
 * logo counts by its alt text), with the rank its label before it gives ("Secondary" then a
 * "Medicare" pill is the secondary payer: sent as "Secondary: Medicare", which names no primary).
 */
function statementOf(el: Element, text: string): string | undefined {
  const own = primaryPayerStatement(text);
  if (!own) return undefined;
  const previous = el.previousElementSibling;
  if (own.rank !== 'unranked' || !previous || previous.textContent.length > 40) return text;
  const label = clean(shownText(previous));
  if (!rankOfLabel(label)) return text;
  const ranked = `${label.replace(/:$/, '')}: ${text}`;
  return primaryPayerStatement(ranked) ? ranked : undefined;
}
