import { describe, expect, it } from 'vitest';
import { PendingDismissals } from './pending-dismissals';
import { ShownFindings } from './shown-findings';

const K = 'region-mismatch|M99.60';
const OTHER = 'classified-elsewhere|M99.60';
/** The dismissed keys shown for a verdict with both findings (`listed`: the worker's dismissed list). */
const shown = (pending: PendingDismissals, listed: string[], basis?: number) =>
  [...pending.apply(listed, [K, OTHER], basis)].sort();
/** The findings the alert budget takes as on show (the badge's countShown): those the worker does not hold dismissed. */
const onShow = (pending: PendingDismissals, listed: string[]) =>
  [K, OTHER].filter((k) => !pending.held(listed).has(k));

describe('PendingDismissals', () => {
  it('keeps a dismissed finding dismissed over a verdict computed before the worker stored it, until a verdict holds it', () => {
    const pending = new PendingDismissals();
    const id = pending.request(K, true);
    // The user typed on: the worker's answer to that snapshot still has the old list.
    expect(shown(pending, [])).toEqual([K]);
    pending.answer(K, id, true);
    expect(shown(pending, [])).toEqual([K]);
    // The worker's push after storing it holds it: the click is settled...
    expect(shown(pending, [K])).toEqual([K]);
    // ...and later verdicts are taken as they are (the side panel restored it).
    expect(shown(pending, [])).toEqual([]);
  });

  it('keeps a finding brought back ("Show N dismissed") over a verdict that still lists it dismissed', () => {
    const pending = new PendingDismissals();
    const id = pending.request(K, false);
    expect(shown(pending, [K, OTHER])).toEqual([OTHER]);
    pending.answer(K, id, true);
    expect(shown(pending, [K, OTHER])).toEqual([OTHER]);
    expect(shown(pending, [OTHER])).toEqual([OTHER]);
    expect(shown(pending, [K, OTHER])).toEqual([OTHER, K]);
  });

  it('undoes a click the worker refused and names it until the next click on that finding', () => {
    const pending = new PendingDismissals();
    const id = pending.request(K, true);
    expect(shown(pending, [])).toEqual([K]);
    expect(pending.answer(K, id, false)).toBe(true);
    expect(shown(pending, [])).toEqual([]);
    expect([...pending.refused()]).toEqual([K]);
    pending.request(K, true);
    expect([...pending.refused()]).toEqual([]);
  });

  it('does not take a verdict from before a quick dismiss-and-restore as holding the restore', () => {
    const pending = new PendingDismissals();
    const dismiss = pending.request(K, true);
    const restore = pending.request(K, false);
    // From before both clicks: it lists K as not dismissed, as the restore wants, by chance.
    expect(shown(pending, [])).toEqual([]);
    // The worker's push after storing the dismissal: the restore still shows.
    expect(shown(pending, [K])).toEqual([]);
    // The answer to the replaced click changes nothing, and a refusal of it is not the user's last word.
    expect(pending.answer(K, dismiss, false)).toBe(false);
    expect(pending.refused().size).toBe(0);
    expect(shown(pending, [K])).toEqual([]);
    pending.answer(K, restore, true);
    expect(shown(pending, [])).toEqual([]);
    // Settled: a later dismissal (from the side panel) shows.
    expect(shown(pending, [K])).toEqual([K]);
  });

  it('takes the verdict of a snapshot sent after the worker stored the click as the truth, even when it differs', () => {
    const pending = new PendingDismissals();
    const id = pending.request(K, true);
    const before = pending.mark();
    pending.answer(K, id, true);
    // A snapshot sent before the answer may have read the old list: not the truth yet.
    expect(shown(pending, [], before)).toEqual([K]);
    // The side panel restored it before the worker's push: pushes never hold the click...
    expect(shown(pending, [])).toEqual([K]);
    // ...but a snapshot sent now was answered from what the worker holds after storing it.
    expect(shown(pending, [], pending.mark())).toEqual([]);
    expect(shown(pending, [])).toEqual([]);
  });

  it('keeps a click while verdicts do not have its finding (they say nothing of it)', () => {
    const pending = new PendingDismissals();
    pending.request(K, true);
    expect([...pending.apply([], [OTHER])]).toEqual([K]);
    expect(shown(pending, [])).toEqual([K]);
  });

  it('forgets every click and refusal when the page (and its dismissal record) changes', () => {
    const pending = new PendingDismissals();
    const id = pending.request(K, true);
    pending.request(OTHER, true);
    pending.answer(K, id, false);
    pending.reset();
    expect(shown(pending, [])).toEqual([]);
    expect(pending.refused().size).toBe(0);
    // An answer about a forgotten click changes nothing.
    expect(pending.answer(OTHER, id + 1, false)).toBe(false);
    expect(pending.refused().size).toBe(0);
  });

  it('holds a click as made for the alert budget only once the worker stored it: a refused dismiss or restore is no new appearance', () => {
    const pending = new PendingDismissals();
    const budget = new ShownFindings();
    expect(budget.update(onShow(pending, []))).toEqual([K, OTHER]);
    // Dismissed: gone from the card at once, still held as on show until the worker answers.
    const dismiss = pending.request(K, true);
    expect(shown(pending, [])).toEqual([K]);
    expect(budget.update(onShow(pending, []))).toEqual([]);
    // Refused: back on the card, and it never left the budget's count.
    pending.answer(K, dismiss, false);
    expect(budget.update(onShow(pending, []))).toEqual([]);
    // Stored this time: it leaves; the verdict that holds it changes nothing more.
    pending.answer(K, pending.request(K, true), true);
    expect(budget.update(onShow(pending, []))).toEqual([]);
    expect(onShow(pending, [])).toEqual([OTHER]);
    shown(pending, [K]);
    expect(budget.update(onShow(pending, [K]))).toEqual([]);
    // A restore the worker refuses never brought it back; one it stores does, once.
    const restore = pending.request(K, false);
    expect(shown(pending, [K])).toEqual([]);
    expect(budget.update(onShow(pending, [K]))).toEqual([]);
    pending.answer(K, restore, false);
    expect(budget.update(onShow(pending, [K]))).toEqual([]);
    pending.answer(K, pending.request(K, false), true);
    expect(budget.update(onShow(pending, [K]))).toEqual([K]);
  });

  it('holds what the last stored click did while a later one on the same finding waits', () => {
    const pending = new PendingDismissals();
    // Dismiss stored, then restore before any verdict holds the dismissal.
    pending.answer(K, pending.request(K, true), true);
    const restore = pending.request(K, false);
    expect([...pending.held([])]).toEqual([K]);
    pending.answer(K, restore, true);
    expect([...pending.held([])]).toEqual([]);
    // Two quick clicks, both waiting: the first one's answer tells what the worker holds.
    const dismiss = pending.request(OTHER, true);
    pending.request(OTHER, false);
    expect([...pending.held([])]).toEqual([]);
    pending.answer(OTHER, dismiss, true);
    expect([...pending.held([])]).toEqual([OTHER]);
  });
});
