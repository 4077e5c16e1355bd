import { sendRuntimeMessage, sendTabMessage } from '../platform/runtime';
import type { BackgroundApi, ContentApi, PayloadOf, Reply, ReplyOf } from './messages';

function unwrap(reply: unknown, type: string): unknown {
  const r = reply as Reply<unknown> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`no reply to ${type}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/**
 * Sends a message to the service worker; the payload is type-checked and the reply type inferred.
 *
 * @example const verdict = await sendToBackground('page/snapshot', snapshot);
 */
export async function sendToBackground<K extends keyof BackgroundApi>(
  type: K,
  payload: PayloadOf<BackgroundApi, K>,
): Promise<ReplyOf<BackgroundApi, K>> {
  return unwrap(await sendRuntimeMessage({ chartlint: 1, type, payload }), type) as ReplyOf<BackgroundApi, K>;
}

/** Sends a message to the content script of one frame of a tab. */
export async function sendToContent<K extends keyof ContentApi>(
  target: { tabId: number; frameId: number },
  type: K,
  payload: PayloadOf<ContentApi, K>,
): Promise<ReplyOf<ContentApi, K>> {
  return unwrap(await sendTabMessage(target.tabId, { chartlint: 1, type, payload }, target.frameId), type) as ReplyOf<
    ContentApi,
    K
  >;
}
