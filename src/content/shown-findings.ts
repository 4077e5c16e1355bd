/**
 * Which findings are on show now, so the alert budget counts a finding once each time it appears
 * on a badge: a re-render, a keystroke that leaves it in place, or a second badge showing it adds
 * nothing; a finding that leaves (fixed, dismissed, code removed) and comes back counts again.
 */
export class ShownFindings {
  private showing = new Set<string>();

  /** Takes the keys on show now and returns those that were not on show before. */
  update(keys: Iterable<string>): string[] {
    const now = new Set(keys);
    const appeared = [...now].filter((k) => !this.showing.has(k));
    this.showing = now;
    return appeared;
  }
}
