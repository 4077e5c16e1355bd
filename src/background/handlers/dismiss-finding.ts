import type { MessageSender } from '../../platform/runtime';
import { countAlert } from '../../protocol/alert-budget-count';
import { setDismissed } from '../dismissals';
import { loadTabState } from '../tab-state';

/**
 * The inline badge dismissed or restored a finding. It is stored for the sender tab's page (the
 * side panel reads the same store); the storage listener in main.ts then updates every frame.
 * Only a finding the tab actually has can be dismissed: a page script that reaches the badge
 * cannot fill the store with made-up keys (and setDismissed bounds the count per page).
 *
 * The alert budget counts the badge's dismissal here, once stored, as "not applicable here" (the
 * badge's one Dismiss button says so): a dismissal refused (false, or an error) never counts, and
 * one stored counts even when the page was reloaded before it heard the answer. Counted before the
 * answer, so the badge's own counts (it counts what it shows) come after it.
 */
export async function handleDismissFinding(
  { rule, code, dismissed }: { rule: string; code: string; dismissed: boolean },
  sender: MessageSender,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('findings/dismiss must come from a tab');
  const state = await loadTabState(tabId);
  if (!state) return false;
  const finding = state.result.findings.find((f) => f.rule === rule && f.code === code);
  if (dismissed && !finding) return false;
  const changed = await setDismissed(state.url, `${rule}|${code}`, dismissed);
  // A finding already dismissed (from the side panel, which counted it) is not dismissed again.
  if (dismissed && changed && finding)
    await countAlert({ rule: finding.rule, kind: 'dismissed', reason: 'not-applicable' });
  return true;
}
