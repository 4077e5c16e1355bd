/**
 * Reads what a user sees in a field. Diagnosis widgets often keep the code out of the visible text
 * (a hidden input, a chip, a select option value like "ICD10:M99.60") and show only the official
 * title: those parts are read too, one per line after the field's own value, and the bits that
 * hold no code are returned as title candidates for the service worker to resolve.
 */
import { findCodes } from '../core/find-codes';
import type { FieldCandidate } from './find-fields';
import { readEditable } from './read-editable';

export type FieldReading = {
  /** The field's own text first (spans into it map onto the field), then extra widget parts. */
  text: string;
  /** Length of the field's own text at the start of `text`. */
  ownLength: number;
  /** Short texts with no code in them that may be official ICD-10-CM titles. */
  titles: string[];
};

const EDITABLE =
  'input:not([type="hidden" i]), select, textarea, [contenteditable=""], [contenteditable="true" i]';
const CHIP =
  '[role="listitem"], [role="row"], [data-code], .chip, .tag, .pill, .token, [class*="chip" i], [class*="tag" i], [class*="pill" i], [class*="token" i], li';
const MAX_TITLE = 300;
const MAX_PARTS = 40;

/** The widget around a diagnosis field: the largest ancestor (up to 4 up) holding no other editable. */
function widgetOf(element: HTMLElement): Element {
  let island: Element = element;
  for (
    let i = 0, up = element.parentElement;
    i < 4 && up && up !== up.ownerDocument.body;
    i++, up = up.parentElement
  ) {
    if (up.querySelectorAll(EDITABLE).length > 1) break;
    island = up;
  }
  return island;
}

function hasCode(text: string): boolean {
  return findCodes({ id: '', kind: 'diagnosis', text }).length > 0;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The parts of a diagnosis widget beyond its own value: hidden inputs and chips/tags/rows. */
function widgetParts(element: HTMLElement): string[] {
  const island = widgetOf(element);
  if (island === element) return [];
  const parts: string[] = [];
  for (const hidden of island.querySelectorAll<HTMLInputElement>('input[type="hidden" i]'))
    parts.push(clean(hidden.value));
  for (const chip of island.querySelectorAll(CHIP)) {
    if (chip.contains(element) || chip.closest('[role="listbox"], [role="option"], [data-chartlint]'))
      continue;
    // Only the innermost chip: an outer list item would repeat its children's text.
    if (chip.querySelector(CHIP)) continue;
    parts.push(clean(chip.textContent));
  }
  return parts.filter((p) => p.length > 0 && p.length <= 1000).slice(0, MAX_PARTS);
}

function ownText(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  if (element instanceof HTMLSelectElement) {
    return [...element.selectedOptions].map((o) => `${o.value} ${clean(o.text)}`).join('\n');
  }
  return readEditable(element).text;
}

export function readField(candidate: FieldCandidate): FieldReading {
  const own = ownText(candidate.element);
  if (candidate.kind !== 'diagnosis') return { text: own, ownLength: own.length, titles: [] };
  const extras = [...new Set(widgetParts(candidate.element))].filter((p) => p !== clean(own));
  const titles: string[] = [];
  const maybeTitle = (text: string) => {
    if (text.length >= 4 && text.length <= MAX_TITLE && !hasCode(text)) titles.push(text);
  };
  if (candidate.element instanceof HTMLSelectElement) {
    for (const option of candidate.element.selectedOptions) {
      // The value often holds the code ("ICD10:M99.60"); only a bare title needs resolving.
      if (!hasCode(option.value)) maybeTitle(clean(option.text));
    }
  } else {
    maybeTitle(clean(own));
  }
  for (const part of extras) maybeTitle(part);
  const text = [own, ...extras].join('\n');
  return { text, ownLength: own.length, titles: [...new Set(titles)] };
}
