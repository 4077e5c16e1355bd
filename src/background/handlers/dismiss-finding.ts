import type { MessageSender } from '../../platform/runtime';
import { setDismissed } from '../dismissals';
import { loadTabState } from '../tab-state';

/**
 * The inline badge dismissed or restored a finding. It is stored for the sender tab's page (the
 * side panel reads the same store); the storage listener in main.ts then updates every frame.
 * Only a finding the tab actually has can be dismissed: a page script that reaches the badge
 * cannot fill the store with made-up keys (and setDismissed bounds the count per page).
 */
export async function handleDismissFinding(
  { rule, code, dismissed }: { rule: string; code: string; dismissed: boolean },
  sender: MessageSender,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('findings/dismiss must come from a tab');
  const state = await loadTabState(tabId);
  if (!state) return false;
  const known = state.result.findings.some((f) => f.rule === rule && f.code === code);
  if (dismissed && !known) return false;
  await setDismissed(state.url, `${rule}|${code}`, dismissed);
  return true;
}
