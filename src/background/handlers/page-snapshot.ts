import type { FrameVerdict, PageSnapshot, TabState } from '../../protocol/messages';
import type { MessageSender } from '../../platform/runtime';
import { sendToContent } from '../../protocol/send';
import { dismissalsKey } from '../../protocol/storage-keys';
import { canonicalJson } from '../canonical-json';
import { currentSettings } from '../current-settings';
import { loadDismissals } from '../dismissals';
import { verdictFor } from '../frame-verdict';
import { clearLiveFrames, liveTab, removeLiveFrame, setLiveFrame, type LiveTab } from '../live-tabs';
import { pushVerdicts } from '../push-verdicts';
import { emptyTabState, refreshTab, storeOrSay } from '../refresh-tab';
import { loadTabState, withTabLock } from '../tab-state';

/**
 * The worker restarted and lost the texts it keeps in memory: frames the stored state still lists
 * are asked to send their fields again, so a code in one frame is checked against their notes.
 */
export function askMissingFrames(tabId: number, stored: TabState, live: LiveTab): void {
  for (const id of Object.keys(stored.frames)) {
    if (live.frames.has(id)) continue;
    sendToContent({ tabId, frameId: Number(id) }, 'page/resend', {}).catch(() => undefined);
  }
}

/** Tells the tab's frames (but `frameId`, which gets a reply) whose verdict changed; returns the reply. */
export async function answer(state: TabState, previous: TabState | undefined, frameId?: number): Promise<FrameVerdict> {
  const settings = await currentSettings();
  const dismissals = await loadDismissals(state.url);
  pushVerdicts(state, dismissals, settings, {
    ...(frameId === undefined ? {} : { skipFrame: frameId }),
    before: (other) => (previous?.frames[String(other)] ? canonicalJson(verdictFor(previous, other, dismissals, settings)) : ''),
    // A frame that no longer answers was removed or navigated without saying so: forget it.
    onGone: (gone) => void leaveFrame(state.tabId, gone),
  });
  return verdictFor(state, frameId ?? 0, dismissals, settings);
}

/**
 * A frame reported its fields: keep them in memory, re-analyse the frame's group (frames of its
 * origin), store what the panel needs, tell the other frames whose verdict changed, and answer the
 * sender with its own verdict.
 */
export async function handlePageSnapshot(snapshot: PageSnapshot, sender: MessageSender): Promise<FrameVerdict> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined) throw new Error('page/snapshot must come from a tab');

  const { state, previous, others } = await withTabLock(tabId, async () => {
    const stored = await loadTabState(tabId);
    const live = liveTab(tabId);
    // A new top document means the tab navigated: forget the old page's frames. Only a top
    // document known to be another one says so: after a worker restart the first frame to report
    // (often a note frame being typed in) is stored alone, so the top frame's resend that follows
    // has no known docId to match, and taking it for a new page wiped the note just reported (the
    // note's script sends again only on its next edit: the checklist stayed stale). A navigation
    // is also told by the old top document's page/leave, which empties the tab.
    const topDoc = live.frames.get('0')?.docId ?? stored?.frames['0']?.docId;
    const newPage = frameId === 0 && topDoc !== undefined && topDoc !== snapshot.docId;
    if (newPage) clearLiveFrames(live);
    setLiveFrame(live, String(frameId), snapshot);
    if (!newPage && stored) askMissingFrames(tabId, stored, live);
    const url = frameId === 0 ? snapshot.url : (stored?.url ?? sender.tab?.url ?? snapshot.url);
    // The top document moved to another page record without a new document (pushState): the other
    // frames' documents stay, and their addresses did not change; only the worker can tell them.
    const moved =
      frameId === 0 && !newPage && stored !== undefined && dismissalsKey(stored.url) !== dismissalsKey(url);
    const others = moved ? [...live.frames.keys()].filter((id) => id !== '0') : [];
    return {
      state: await refreshTab(tabId, live, url, newPage ? undefined : stored?.userDate),
      previous: newPage ? undefined : stored,
      others,
    };
  });
  for (const other of others)
    sendToContent({ tabId, frameId: Number(other) }, 'page/moved', {}).catch(() => undefined);
  return answer(state, previous, frameId);
}

/**
 * A frame's document went away (pagehide, or it stopped answering). The top frame's leaving ends
 * the page: everything goes. Another frame's leaving removes its fields, and the frames analysed
 * with it are checked again without them. `docId`, when given, must match: a late message from an
 * old document never removes the new one.
 */
export async function leaveFrame(tabId: number, frameId: number, docId?: string): Promise<boolean> {
  const id = String(frameId);
  const changed = await withTabLock(tabId, async () => {
    const stored = await loadTabState(tabId);
    const live = liveTab(tabId);
    const known = live.frames.get(id)?.docId ?? stored?.frames[id]?.docId;
    if (known === undefined || (docId !== undefined && known !== docId)) return undefined;
    if (frameId === 0) {
      clearLiveFrames(live);
      return { state: await storeOrSay(emptyTabState(tabId, stored?.url ?? live.frames.get('0')?.url ?? '')), previous: undefined };
    }
    removeLiveFrame(live, id);
    const url = stored?.url ?? live.frames.get('0')?.url ?? '';
    return { state: await refreshTab(tabId, live, url, stored?.userDate), previous: stored };
  });
  if (!changed) return false;
  await answer(changed.state, changed.previous);
  return true;
}

/** 'page/leave': the sender frame's document is being unloaded. */
export function handlePageLeave({ docId }: { docId: string }, sender: MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('page/leave must come from a tab');
  return leaveFrame(tabId, sender.frameId ?? 0, docId);
}
