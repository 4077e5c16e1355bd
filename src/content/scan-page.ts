import type { SnapshotField } from '../protocol/messages';
import { MAX_FIELD_CHARS } from '../protocol/validate';
import { findFields, type FieldCandidate } from './find-fields';
import { readField } from './read-field';

// Field ids are kept in a WeakMap: ChartLint never writes attributes into the EHR's markup.
const ids = new WeakMap<Element, string>();
let nextId = 0;

export function fieldIdOf(element: Element): string {
  let id = ids.get(element);
  if (!id) {
    id = `field-${nextId++}`;
    ids.set(element, id);
  }
  return id;
}

export type ScannedPage = { fields: SnapshotField[]; elements: Map<string, FieldCandidate> };

/** Reads every field on the page into a plain snapshot the core can analyse. */
export function scanPage(root: Document = document): ScannedPage {
  const elements = new Map<string, FieldCandidate>();
  const fields: SnapshotField[] = [];
  for (const candidate of findFields(root)) {
    const id = fieldIdOf(candidate.element);
    elements.set(id, candidate);
    const text = readField(candidate.element).slice(0, MAX_FIELD_CHARS);
    fields.push({ id, kind: candidate.kind, text, label: candidate.label });
  }
  return { fields, elements };
}
