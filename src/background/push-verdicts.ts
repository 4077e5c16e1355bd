import type { DismissalMap, TabState } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import { sendToContent } from '../protocol/send';
import { canonicalJson } from './canonical-json';
import { verdictFor } from './frame-verdict';

/**
 * Sends each frame of a tab its verdict, skipping frames whose verdict is unchanged from `before`
 * (canonicalJson of each, by frame: keys sorted, as storage returns them) and the frame that asked (it gets the verdict as its reply).
 * `onGone` hears of frames that no longer answer (removed or navigated away).
 */
export function pushVerdicts(
  state: TabState,
  dismissals: DismissalMap,
  settings: Pick<Settings, 'rules'>,
  options: { skipFrame?: number; before?: (frameId: number) => string; onGone?: (frameId: number) => void } = {},
): void {
  for (const frameId of Object.keys(state.frames).map(Number)) {
    if (frameId === options.skipFrame) continue;
    const verdict = verdictFor(state, frameId, dismissals, settings);
    if (options.before && canonicalJson(verdict) === options.before(frameId)) continue;
    sendToContent({ tabId: state.tabId, frameId }, 'findings/update', verdict).catch(() => options.onGone?.(frameId));
  }
}
