/**
 * Builds a `runtime.onMessage` listener from a table of handlers, one per message type of a
 * protocol. The table's type makes a missing or mistyped handler a compile error.
 */
import type { Browser } from 'wxt/browser';
import type { RequestOf, ResponseOf, Result } from './protocol';
import { envelopeType } from './envelope';

export type Handlers<P> = {
  [K in keyof P]: (
    data: RequestOf<P, K>,
    sender: Browser.runtime.MessageSender,
  ) => ResponseOf<P, K> | Promise<ResponseOf<P, K>>;
};

export interface RouterOptions {
  /** Our own extension id: messages from anyone else are ignored. */
  extensionId: string;
}

/** The untyped shape of an envelope as it arrives from the wire. */
interface WireMessage {
  backstory: 1;
  type: string;
  data: unknown;
}

function isEnvelope(message: unknown): message is WireMessage {
  return envelopeType(message) !== null;
}

/**
 * Returns a listener for `browser.runtime.onMessage`. It answers only envelopes whose type has a
 * handler and whose sender is this extension; anything else gets `undefined` so that other
 * listeners may answer. The reply is a native Promise (Firefox drops Dexie promises).
 */
export function createRouter<P>(handlers: Handlers<P>, options: RouterOptions) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message) || sender.id !== options.extensionId) return undefined;
    if (!Object.hasOwn(handlers, message.type)) return undefined;
    const handler = handlers[message.type as keyof P] as (
      data: unknown,
      sender: Browser.runtime.MessageSender,
    ) => unknown;
    return (async (): Promise<Result<unknown>> => {
      try {
        return { ok: true, value: await handler(message.data, sender) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    })();
  };
}
