/** Interruptive mode opens a field's findings unasked at most once in this long (the alert budget). */
export const UNREQUESTED_OPEN_GAP_MS = 60_000;

/**
 * Remembers when each field's badge last opened by itself, and says whether it may again: new
 * warnings in interruptive mode open the findings at most once a minute per field, never a stream.
 */
export class UnrequestedOpens {
  private readonly last = new Map<string, number>();

  /** True (and remembered) when the field's findings may open unasked at `now` (ms). */
  allow(fieldId: string, now: number): boolean {
    const before = this.last.get(fieldId);
    if (before !== undefined && now - before < UNREQUESTED_OPEN_GAP_MS) return false;
    this.last.set(fieldId, now);
    return true;
  }
}
