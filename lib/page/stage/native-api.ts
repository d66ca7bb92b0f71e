/**
 * The browser's own extension API, typed to the little the content script's first stage uses.
 * The first stage runs on every page and every frame: without webextension-polyfill (about a
 * third of the old content script) it parses and compiles in a fraction of the time. Both
 * browsers give promises here: Firefox's `browser`, and Chromium's `chrome` in MV3 (Backstory's
 * minimum, Chrome 105, has them for every call below). Message listeners answer through
 * `sendResponse`, the one form both browsers accept. The second stage (lib/page/stage/second-stage.ts)
 * and the rest of the extension keep WXT's polyfill module.
 */
import { envelope } from '@/lib/messages/envelope';
import type { BackgroundProtocol, RequestOf, ResponseOf } from '@/lib/messages/protocol';

export interface NativeSender {
  id?: string;
}

export type NativeMessageListener = (message: unknown, sender: NativeSender, sendResponse: (reply: unknown) => void) => boolean | undefined;

export type NativeStorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

interface NativeEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export interface NativeApi {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: NativeEvent<NativeMessageListener>;
  };
  storage: {
    local: { get(keys: string[]): Promise<Record<string, unknown>> };
    onChanged: NativeEvent<NativeStorageListener>;
  };
}

/**
 * Firefox's `browser`, else Chromium's `chrome`; null outside an extension. Only `runtime` is
 * looked at: the first look at `storage` sets that API up in the content script's world, which
 * a page without a mention never needs.
 */
export function nativeApi(global: object = globalThis): NativeApi | null {
  const g = global as { browser?: Partial<NativeApi>; chrome?: Partial<NativeApi> };
  if (g.browser?.runtime?.id) return g.browser as NativeApi;
  if (g.chrome?.runtime?.id) return g.chrome as NativeApi;
  return null;
}

/** The API, looked at only when first used; `touched` says whether it has been. */
export interface LazyNativeApi {
  readonly api: NativeApi;
  readonly touched: boolean;
}

/**
 * `nativeApi`, resolved on first use. In Firefox the first look at `browser` (or `chrome`) builds
 * the whole extension API in the content script's sandbox (profiled: 8–15 ms of the page's main
 * thread a frame, README "Page-load cost"), which a frame that never speaks to the
 * background — one without text — does not need. Null where neither global exists (asked with
 * `in`, which runs no getter); a use where they hold no extension API throws.
 */
export function lazyNativeApi(global: object = globalThis): LazyNativeApi | null {
  if (!('browser' in global) && !('chrome' in global)) return null;
  let resolved: NativeApi | null = null;
  const resolve = (): NativeApi => {
    resolved ??= nativeApi(global);
    if (!resolved) throw new Error('no extension API in this world');
    return resolved;
  };
  // Properties defined, not written as getters: WXT's build reads a getter named `storage` as a
  // use of its own `storage` and bundles that module (9 KB) into the first stage.
  const api = Object.defineProperties({} as NativeApi, {
    runtime: { get: () => resolve().runtime, enumerable: true },
    storage: { get: () => resolve().storage, enumerable: true },
  });
  return {
    api,
    get touched() {
      return resolved !== null;
    },
  };
}

/**
 * Asks the background through the browser's own API, in the extension's wire format
 * (lib/messages/envelope.ts): the reply's value — its fields looked at with care by the caller —
 * or an error with the background's message when it did not answer `ok`.
 */
export async function askBackgroundNatively<K extends keyof BackgroundProtocol>(
  api: NativeApi,
  type: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<Partial<ResponseOf<BackgroundProtocol, K>> | undefined> {
  const reply = (await api.runtime.sendMessage(envelope<BackgroundProtocol, K>(type, data))) as
    | { ok?: boolean; value?: Partial<ResponseOf<BackgroundProtocol, K>>; error?: string }
    | undefined;
  if (reply?.ok !== true) throw new Error(reply?.error ?? 'no answer from the background');
  return reply.value;
}
