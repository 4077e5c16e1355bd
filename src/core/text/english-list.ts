/**
 * Items joined as English lists them ("a", "a and b", "a, b, and c"): what
 * `new Intl.ListFormat('en', {style: 'long', type: 'conjunction'}).format(items)` gives, without it.
 * Why: making that formatter loads ICU's list patterns, about 12-24 ms of CPU at the core's load
 * (a third of its own module code's cost), paid again by every CLI batch worker, for three words.
 * english-list.test.ts checks it against Intl.ListFormat.
 */
export function andList(items: readonly string[]): string {
  return joined(items, 'and');
}

/** The same with "or" ("a or b", "a, b, or c"): Intl.ListFormat's English disjunction. */
export function orList(items: readonly string[]): string {
  return joined(items, 'or');
}

function joined(items: readonly string[], word: 'and' | 'or'): string {
  const n = items.length;
  if (n <= 1) return items[0] ?? '';
  if (n === 2) return `${items[0]} ${word} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[n - 1]}`;
}
