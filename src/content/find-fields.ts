/**
 * Finds the diagnosis fields and note areas of an EHR page: in the document and in every open
 * shadow root. Same-origin iframes get their own content script (all_frames), so each frame only
 * reads itself.
 *
 * Tested on: src/demo/index.html, test/fixtures/pages/*.html.
 */
export type FieldCandidate = { element: HTMLElement; kind: 'diagnosis' | 'note'; label: string };

// Words that mark a field as the place codes are entered (in labels, names, ids, placeholders).
const DIAGNOSIS_WORDS = /\b(dx|diag(nos[ie]s)?|icd(-?10)?(-?cm)?|problem|diagnosis code)\b|diagnos/i;
const EDITABLE_SELECTOR = [
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'textarea',
  'select',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[contenteditable="plaintext-only"]',
  '[role="combobox"]',
  '[role="textbox"]',
].join(',');
/** Read-only text that holds findings, such as an imaging report shown in the chart. */
const REPORT_SELECTOR = '[data-report], [aria-label*="report" i], .report, .imaging-report';

function labelOf(element: HTMLElement): string {
  const parts: string[] = [];
  const aria = element.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) {
      const text = element.ownerDocument.getElementById(id)?.textContent;
      if (text) parts.push(text);
    }
  }
  if ('labels' in element) {
    for (const label of (element as HTMLInputElement).labels ?? []) parts.push(label.textContent);
  }
  for (const attr of ['placeholder', 'name', 'id', 'title']) {
    const value = element.getAttribute(attr);
    if (value) parts.push(value);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** Every element under root, descending into open shadow roots. */
function* walk(root: Document | ShadowRoot | Element): Generator<Element> {
  const children = root.children;
  for (const child of children) {
    yield child;
    if (child.shadowRoot) {
      yield* walk(child.shadowRoot);
    }
    yield* walk(child);
  }
}

function isInsideOurHost(element: Element): boolean {
  return element.closest('[data-chartlint]') !== null;
}

/** A contenteditable inside another one is part of the same editor. */
function isNestedEditable(element: HTMLElement): boolean {
  return element.isContentEditable && element.parentElement?.closest('[contenteditable]') !== null;
}

export function findFields(root: Document = document): FieldCandidate[] {
  const found: FieldCandidate[] = [];
  for (const element of walk(root)) {
    if (!(element instanceof HTMLElement) || isInsideOurHost(element)) continue;
    if (element.matches(EDITABLE_SELECTOR)) {
      if (isNestedEditable(element)) continue;
      if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
      const label = labelOf(element);
      const isSingleLine = element instanceof HTMLInputElement || element instanceof HTMLSelectElement;
      const kind = DIAGNOSIS_WORDS.test(label) ? 'diagnosis' : isSingleLine ? undefined : 'note';
      if (kind) found.push({ element, kind, label });
    } else if (element.matches(REPORT_SELECTOR)) {
      found.push({ element, kind: 'note', label: labelOf(element) || 'Report' });
    }
  }
  return found;
}
