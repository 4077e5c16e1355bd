import type { Span } from '../../core';
import type { MessageSender } from '../../platform/runtime';
import { extensionUrl } from '../../platform/runtime';
import { sendToContent } from '../../protocol/send';
import { splitTabFieldId } from '../merge-frames';

/**
 * The side panel asks to show an evidence span in the page. Spans in the tab-wide analysis carry
 * `${frameId}:${localId}` field ids; the frame's content script only knows its local ids, so the
 * worker splits the id and sends the span to that one frame.
 */
export async function handleShowEvidence(
  { tabId, span }: { tabId: number; span: Span },
  sender: MessageSender,
): Promise<boolean> {
  // Only ChartLint's own pages may steer the page's selection; a content script (which shares its
  // page with untrusted code) may not point another tab at anything.
  if (sender.tab !== undefined && !sender.url?.startsWith(extensionUrl(''))) {
    throw new Error('tab-evidence/show is for ChartLint pages only');
  }
  const { frameId, localId } = splitTabFieldId(span.fieldId);
  if (!Number.isInteger(frameId) || frameId < 0) return false;
  try {
    return await sendToContent({ tabId, frameId }, 'evidence/show', { ...span, fieldId: localId });
  } catch {
    // The frame navigated away or the tab closed: nothing to show.
    return false;
  }
}
