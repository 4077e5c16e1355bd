/**
 * The dismissals (and "Show N dismissed" restores) the user made on the badge that the worker's
 * verdicts may not hold yet. The worker stores them (findings/dismiss) and sends the page's list
 * with every verdict, but a verdict it computed before it stored the click (the user kept typing, a
 * mutation, another frame) still arrives afterwards with the old list: taken as it was, it put a
 * dismissed finding back on the badge, and "Show dismissed" then had nothing to bring back.
 *
 * So the badge keeps each click here and lays it over every verdict's list until one of these
 * settles it:
 * - a verdict holds it (the finding listed as dismissed, or not, as the click wanted), once the
 *   worker has answered every earlier click on the same finding (a verdict from before a quick
 *   dismiss-then-restore would hold the restore by chance);
 * - the worker refuses it (its answer is false, or an error): the click is undone and the card
 *   says so (`refused`), so the badge never shows what the worker did not accept;
 * - a verdict answers a snapshot sent after the worker stored it (`mark`): the worker read the
 *   page's dismissals after storing the click, so that verdict is the truth even if it differs (the
 *   side panel restored it meanwhile, or the page's address changed under it);
 * - the page's dismissal record is another one now (`reset`: a same-document navigation to another
 *   address keeps the tab's state, but dismissals belong to a page address).
 *
 * What the card shows (`overlay`) has every click at once; what the worker holds (`held`) has only
 * those it stored. The alert budget counts from the second, so a click the worker refuses changes no
 * count: the finding that comes back on the card was never gone from the worker's record.
 */
type Click = {
  id: number;
  dismissed: boolean;
  /** Earlier clicks on the same finding the worker has not answered yet. */
  earlier: Set<number>;
  /** The worker stored it: the number of stored clicks counted so far, itself included. */
  storedAs?: number;
  /**
   * Until it is stored: whether the worker holds the finding dismissed by an earlier click it
   * stored, which this one replaced (undefined: no such click, the verdicts' list says).
   */
  held?: boolean;
};

export class PendingDismissals {
  private readonly clicks = new Map<string, Click>();
  /** Clicks replaced by a later one on the same finding, waiting for the worker's answer. */
  private readonly replaced = new Map<number, { key: string; dismissed: boolean }>();
  private readonly refusals = new Set<string>();
  private lastId = 0;
  private stored = 0;

  /**
   * The user dismissed (`dismissed` true) or brought back a finding (`key`, `rule|code`): shown so
   * at once. Returns the id to give `answer` with the worker's reply.
   */
  request(key: string, dismissed: boolean): number {
    const id = ++this.lastId;
    const before = this.clicks.get(key);
    const earlier = new Set(before?.earlier);
    if (before && before.storedAs === undefined) {
      earlier.add(before.id);
      this.replaced.set(before.id, { key, dismissed: before.dismissed });
    }
    const held = before?.storedAs !== undefined ? before.dismissed : before?.held;
    this.clicks.set(key, { id, dismissed, earlier, ...(held === undefined ? {} : { held }) });
    this.refusals.delete(key);
    return id;
  }

  /**
   * The worker answered click `id` on `key`: `stored` true when it holds it now. Returns true when
   * what the badge shows changes (a refused click is undone).
   */
  answer(key: string, id: number, stored: boolean): boolean {
    const replaced = this.replaced.get(id);
    if (replaced?.key === key) {
      this.replaced.delete(id);
      const click = this.clicks.get(key);
      click?.earlier.delete(id);
      // The worker answers one page's clicks in the order they were made (its writes queue).
      if (click && stored) click.held = replaced.dismissed;
      return false;
    }
    const click = this.clicks.get(key);
    if (click?.id !== id) return false;
    if (stored) {
      click.storedAs = ++this.stored;
      return false;
    }
    this.clicks.delete(key);
    this.refusals.add(key);
    return true;
  }

  /**
   * Taken when a snapshot is sent: its verdict (passed back to `apply`) was computed after the worker
   * stored every click it had answered so far.
   */
  mark(): number {
    return this.stored;
  }

  /**
   * The findings to show as dismissed, from a verdict's list (`dismissed`: those of its findings
   * the worker holds as dismissed) with the clicks not settled yet laid over it. `present`: the keys
   * of the verdict's findings (a verdict says nothing of the others); `basis`: `mark()` when the
   * snapshot this verdict answers was sent, absent for a verdict the worker pushed.
   */
  apply(dismissed: Iterable<string>, present: Iterable<string>, basis?: number): Set<string> {
    const listed = new Set(dismissed);
    const findings = new Set(present);
    for (const [key, click] of this.clicks) {
      const holds = findings.has(key) && listed.has(key) === click.dismissed && click.earlier.size === 0;
      const after = basis !== undefined && click.storedAs !== undefined && click.storedAs <= basis;
      if (holds || after) this.drop(key, click);
    }
    return this.overlay(listed);
  }

  /** The list with the clicks not settled yet laid over it (settling none: for a list already applied). */
  overlay(dismissed: Iterable<string>): Set<string> {
    return this.lay(dismissed, (click) => click.dismissed);
  }

  /**
   * What the worker holds as dismissed, as far as its answers tell: the list with only the clicks
   * it stored laid over it (a click not answered yet, or refused, counts as not made).
   */
  held(dismissed: Iterable<string>): Set<string> {
    return this.lay(dismissed, (click) => (click.storedAs === undefined ? click.held : click.dismissed));
  }

  /** Findings whose last dismiss or restore the worker refused (the card says so until the next click on them). */
  refused(): ReadonlySet<string> {
    return this.refusals;
  }

  /** The page's dismissal record is another one now: every click not settled is forgotten. */
  reset(): void {
    this.clicks.clear();
    this.replaced.clear();
    this.refusals.clear();
  }

  private lay(dismissed: Iterable<string>, stateOf: (click: Click) => boolean | undefined): Set<string> {
    const list = new Set(dismissed);
    for (const [key, click] of this.clicks) {
      const state = stateOf(click);
      if (state === true) list.add(key);
      else if (state === false) list.delete(key);
    }
    return list;
  }

  private drop(key: string, click: Click): void {
    this.clicks.delete(key);
    for (const id of click.earlier) this.replaced.delete(id);
  }
}
