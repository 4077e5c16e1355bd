import { clearAlertBudget, onAlertBudgetChanged, readAlertBudget, writeAlertBudget } from '../platform/alert-budget-storage';
import { addAlertEvent, parseAlertBudget, type AlertBudget, type AlertEvent } from './alert-budget';

const today = () => new Date().toISOString().slice(0, 10);

let queue: Promise<void> = Promise.resolve();

/** Counts one event; events are written one after another so none is lost between surfaces' reads. */
export function countAlert(event: AlertEvent): Promise<void> {
  queue = queue
    .then(async () => writeAlertBudget(addAlertEvent(parseAlertBudget(await readAlertBudget(), today()), event)))
    .catch(() => undefined);
  return queue;
}

export async function loadAlertBudget(): Promise<AlertBudget> {
  return parseAlertBudget(await readAlertBudget(), today());
}

export function resetAlertBudget(): Promise<void> {
  return clearAlertBudget();
}

export function watchAlertBudget(listener: (budget: AlertBudget) => void): () => void {
  return onAlertBudgetChanged((value) => listener(parseAlertBudget(value, today())));
}
