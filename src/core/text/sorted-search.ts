// Binary searches over the sorted position lists the readers keep (commas, brackets, cues, hits):
// a dense sentence asks them for every target, and a pass over the list each time made long
// sentences quadratic.

/** The first index among a sorted list's first `length` entries whose value is at or after `from`; `length` when none is. */
export function firstAtOrAfter(list: readonly number[], from: number, length = list.length): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] ?? Infinity) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first index of a list sorted by start whose entry starts at or after `from`; the list's length when none does. */
export function firstStartingAt(list: readonly { start: number }[], from: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid]?.start ?? Infinity) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}
