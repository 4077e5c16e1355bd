import { onAlertBudgetChanged, readAlertBudget } from '../platform/alert-budget-storage';
import { budgetToday, parseAlertBudget, type AlertBudget } from './alert-budget';
import type { AlertEvent } from './messages';
import { sendToBackground } from './send';

/**
 * Counts one event. The worker writes it (handlers/count-alert.ts), in turn with every other
 * surface's events; a count that cannot be sent (the extension updating) is dropped, never retried
 * into a double count.
 */
export function countAlert(event: AlertEvent): Promise<void> {
  return sendToBackground('alert/count', event).then(
    () => undefined,
    () => undefined,
  );
}

export async function loadAlertBudget(): Promise<AlertBudget> {
  return parseAlertBudget(await readAlertBudget(), budgetToday());
}

/**
 * Clears the counts (options page), through the worker so a count in flight is not written over the
 * reset. True once cleared; false when the worker could not clear them or was not reached.
 */
export function resetAlertBudget(): Promise<boolean> {
  return sendToBackground('alert/reset', {}).catch(() => false);
}

export function watchAlertBudget(listener: (budget: AlertBudget) => void): () => void {
  return onAlertBudgetChanged((value) => listener(parseAlertBudget(value, budgetToday())));
}
