import type { FrameVerdict, PageSnapshot, TabState } from '../../protocol/messages';
import type { MessageSender } from '../../platform/runtime';
import { analyzeWithSettings } from '../analyze-with-settings';
import { loadDismissals } from '../dismissals';
import { frameVerdict } from '../frame-verdict';
import { pushVerdicts } from '../push-verdicts';
import { loadTabState, saveTabState, withTabLock } from '../tab-state';

/**
 * A frame reported its fields: store them, re-analyse the whole tab, tell the other frames whose
 * verdict changed, and answer the sender with its own verdict.
 */
export async function handlePageSnapshot(snapshot: PageSnapshot, sender: MessageSender): Promise<FrameVerdict> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) throw new Error('page/snapshot must come from a tab');

  const { state, previous } = await withTabLock(tabId, async () => {
    const stored = await loadTabState(tabId);
    // A new top document means the tab navigated: forget the old page's frames.
    const newPage = frameId === 0 && stored?.frames['0']?.docId !== snapshot.docId;
    const frames = newPage || !stored ? {} : { ...stored.frames };
    frames[String(frameId)] = snapshot;
    // The date of service set in the panel belongs to the page it was set on.
    const userDate = newPage ? undefined : stored?.userDate;
    const next: TabState = {
      tabId,
      url: frameId === 0 ? snapshot.url : (stored?.url ?? sender.tab?.url ?? snapshot.url),
      updatedAt: Date.now(),
      frames,
      // Rules the user or administrator turned off never reach the page or the panel.
      result: await analyzeWithSettings(frames, userDate),
      ...(userDate ? { userDate } : {}),
    };
    await saveTabState(next);
    return { state: next, previous: newPage ? undefined : stored };
  });

  const dismissals = await loadDismissals(state.url);
  pushVerdicts(state, dismissals, {
    skipFrame: frameId,
    before: (other) => (previous ? JSON.stringify(frameVerdict(previous.result, other, dismissals)) : ''),
  });
  return frameVerdict(state.result, frameId, dismissals);
}
