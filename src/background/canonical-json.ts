/**
 * JSON with every object's keys in sorted order, so two values read the same when they hold the
 * same data, whatever order their keys were set in. Why: storage.session hands a stored tab state
 * back with its objects' keys sorted, while a state just analysed keeps the order the core wrote
 * them in; compared as plain JSON, a frame's verdict from the stored state never equalled the same
 * verdict from the fresh one, and every frame was sent every snapshot's verdict.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? sortedKeys(v as Record<string, unknown>) : v));
}

function sortedKeys(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object).sort()) out[key] = object[key];
  return out;
}
