import { extensionId, onRuntimeMessage, type MessageSender } from '../platform/runtime';
import type { PayloadOf, Reply, ReplyOf } from './messages';

export type Handlers<Api> = {
  [K in keyof Api]: (
    payload: PayloadOf<Api, K>,
    sender: MessageSender,
  ) => ReplyOf<Api, K> | Promise<ReplyOf<Api, K>>;
};
export type Validators<Api> = { [K in keyof Api]: (payload: unknown) => boolean };

/**
 * Routes ChartLint messages to typed handlers. A message is answered only when it comes from this
 * extension (a page cannot reach runtime.onMessage, but another extension could try), has a known
 * type and passes its payload check; anything else is left for other listeners.
 *
 * @example handleMessages<BackgroundApi>({'page/snapshot': (s, sender) => ...}, validators)
 */
export function handleMessages<Api>(
  handlers: Handlers<Api>,
  validators: Validators<Api>,
  accept: (sender: MessageSender) => boolean = () => true,
): () => void {
  return onRuntimeMessage((message, sender) => {
    if (sender.id !== extensionId() || !accept(sender)) return undefined;
    if (typeof message !== 'object' || message === null) return undefined;
    const { chartlint, type, payload } = message as { chartlint?: unknown; type?: unknown; payload?: unknown };
    if (chartlint !== 1 || typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const key = type as keyof Api;
    if (!validators[key](payload)) {
      return Promise.resolve<Reply<never>>({ ok: false, error: `invalid payload for ${type}` });
    }
    const handler = handlers[key];
    return (async (): Promise<Reply<unknown>> => {
      try {
        return { ok: true, value: await handler(payload as PayloadOf<Api, typeof key>, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  });
}
