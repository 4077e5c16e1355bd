import { clearAlertBudget, readAlertBudget, writeAlertBudget } from '../../platform/alert-budget-storage';
import { addAlertEvent, budgetToday, parseAlertBudget } from '../../protocol/alert-budget';
import type { AlertEvent } from '../../protocol/messages';

/**
 * The alert budget's only writer. Every surface (each tab's badges, the side panel, the options
 * page's reset) sends its events here, and this worker applies them one after another: a count is a
 * read, an addition and a write of storage.local, and two contexts doing that at once lost one of
 * the counts (each read the same value and wrote its own one back). A restarted worker starts an
 * empty queue; what was written stays.
 */
let queue: Promise<unknown> = Promise.resolve();

function inTurn(step: () => Promise<void>): Promise<boolean> {
  const done = queue.then(step).then(
    () => true,
    // A failed write (storage gone) loses this one count, and the next event still runs.
    () => false,
  );
  queue = done;
  return done;
}

/** `alert/count`: one event counted. Replies false when it could not be stored. */
export function handleCountAlert(event: AlertEvent): Promise<boolean> {
  return inTurn(async () =>
    writeAlertBudget(addAlertEvent(parseAlertBudget(await readAlertBudget(), budgetToday()), event)),
  );
}

/** `alert/reset`: the options page's "Reset counts", in turn with the counts before it. */
export function handleResetAlertBudget(): Promise<boolean> {
  return inTurn(() => clearAlertBudget());
}
