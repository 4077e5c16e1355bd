import type { DismissalMap, TabState } from '../protocol/messages';
import { sendToContent } from '../protocol/send';
import { frameVerdict } from './frame-verdict';

/**
 * Sends each frame of a tab its verdict, skipping frames whose verdict is unchanged from `before`
 * (a JSON comparison by frame) and the frame that asked (it gets the verdict as its reply).
 */
export function pushVerdicts(
  state: TabState,
  dismissals: DismissalMap,
  options: { skipFrame?: number; before?: (frameId: number) => string } = {},
): void {
  for (const frameId of Object.keys(state.frames).map(Number)) {
    if (frameId === options.skipFrame) continue;
    const verdict = frameVerdict(state.result, frameId, dismissals);
    if (options.before && JSON.stringify(verdict) === options.before(frameId)) continue;
    // A frame that has gone away simply does not answer.
    sendToContent({ tabId: state.tabId, frameId }, 'findings/update', verdict).catch(() => undefined);
  }
}
