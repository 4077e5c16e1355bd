import type { CodeLookup } from '../types';

const CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Billable codes one keystroke from a code that does not exist, inside its own category only (a
 * typo in Z99 is never "fixed" with a spine code): one character changed after the category,
 * else one character dropped.
 *
 * @example nearestCodes('Z99.99', lookup) // ['Z99.89']
 */
export function nearestCodes(code: string, lookup: CodeLookup): string[] {
  const [category = '', rest = ''] = code.split('.');
  if (category.length !== 3 || rest.length === 0) return [];
  const billable = (c: string) => lookup(c)?.billable === true;
  const changed = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    for (const ch of CHARS) {
      if (ch === rest[i]) continue;
      const c = `${category}.${rest.slice(0, i)}${ch}${rest.slice(i + 1)}`;
      if (billable(c)) changed.add(c);
    }
  }
  if (changed.size > 0) return [...changed].slice(0, 3);
  const dropped = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const r = rest.slice(0, i) + rest.slice(i + 1);
    const c = r ? `${category}.${r}` : category;
    if (billable(c)) dropped.add(c);
  }
  return [...dropped].slice(0, 3);
}
