import type { FieldText } from '../core';
import type { PageSnapshot } from '../protocol/messages';

/** Field ids in a tab-wide analysis are `${frameId}:${localId}`, so a span knows its frame. */
export const tabFieldId = (frameId: string | number, localId: string) => `${frameId}:${localId}`;

export function splitTabFieldId(fieldId: string): { frameId: number; localId: string } {
  const at = fieldId.indexOf(':');
  return { frameId: Number(fieldId.slice(0, at)), localId: fieldId.slice(at + 1) };
}

/** All frames' fields as one input, so a code in one frame is checked against a note in another. */
export function mergeFrames(frames: Record<string, PageSnapshot>): FieldText[] {
  return Object.entries(frames).flatMap(([frameId, snapshot]) =>
    snapshot.fields.map((field) => ({ id: tabFieldId(frameId, field.id), kind: field.kind, text: field.text })),
  );
}
