import type { Span } from '../types';

/**
 * The spans of the lists once each, first occurrence kept, in order. A dense note's supported
 * verdict carries thousands of spans, so this avoids building a key per span: spans are looked up
 * by field (the last field kept at hand: spans come in runs of one field) and then by start.
 */
export function spansOnce(lists: readonly (readonly Span[])[]): Span[] {
  const byField = new Map<string, SpanSet>();
  const out: Span[] = [];
  let field: string | undefined;
  let inField: SpanSet | undefined;
  for (const spans of lists) {
    for (const s of spans) {
      if (!inField || s.fieldId !== field) {
        field = s.fieldId;
        inField = byField.get(field);
        if (!inField) byField.set(field, (inField = spanSet()));
      }
      if (addSpan(inField, s.start, s.end)) out.push(s);
    }
  }
  return out;
}

/**
 * The (start, end) pairs of one field. Most starts have one end: a Map from start to that end
 * (small integers, no allocation per span, where a start * 2^26 + end key was a heap number);
 * further ends of a start go in a set of strings. A literal with every field set, not a class:
 * a class instance's fields are added one by one, and the shape that makes is dropped by the
 * next full collection once no instance is alive, taking spansOnce's optimized code with it (see
 * docs/architecture.md, "Stable object shapes").
 */
type SpanSet = { ends: Map<number, number>; more: Set<string> | undefined };

const spanSet = (): SpanSet => ({ ends: new Map<number, number>(), more: undefined });

/** Adds the pair; false when it was already there. */
function addSpan(set: SpanSet, start: number, end: number): boolean {
  const first = set.ends.get(start);
  if (first === undefined) {
    set.ends.set(start, end);
    return true;
  }
  if (first === end) return false;
  const key = `${start}:${end}`;
  set.more ??= new Set<string>();
  if (set.more.has(key)) return false;
  set.more.add(key);
  return true;
}
