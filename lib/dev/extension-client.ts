/**
 * Sends typed messages to the installed extension's background from one of its own pages, the
 * way the popup does, and reads the `Result` reply.
 */
import type {
  BackgroundProtocol,
  ContentProtocol,
  RequestOf,
  ResponseOf,
  Result,
} from '../messages/protocol';
import { envelope } from '../messages/envelope';
import { sanitizeSettings, type Settings } from '../settings/schema';
import { SETTINGS_AREA_KEY, SETTINGS_META_KEY, SETTINGS_VERSION } from '../settings/storage-key';
import type { BrowserPage } from './page';
import type { ExtensionSession } from './session-types';

export interface ExtensionClient {
  /** An extension page (options.html) kept open to send messages from. */
  page(): Promise<BrowserPage>;
  background<K extends keyof BackgroundProtocol>(
    type: K,
    data: RequestOf<BackgroundProtocol, K>,
  ): Promise<Result<ResponseOf<BackgroundProtocol, K>>>;
  /** Sends to the content script of the tab whose URL is `url`. */
  tab<K extends keyof ContentProtocol>(
    url: string,
    type: K,
    data: RequestOf<ContentProtocol, K>,
  ): Promise<Result<ResponseOf<ContentProtocol, K>>>;
  /** The id of the tab showing `url`. */
  tabId(url: string): Promise<number>;
  /**
   * Writes Backstory's settings item as the options page does: validated, with the item's schema
   * version (the benchmark switches Backstory on and off this way; tests use the Settings tab).
   */
  setSettings(settings: Settings): Promise<void>;
  /** Whether `storage.local` holds `key`. */
  stored(key: string): Promise<boolean>;
  /** What `storage.local` holds under `settings` (for assertions; tests change settings through the UI). */
  storedSettings(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

interface WebExtGlobal {
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
}

export function extensionClient(session: ExtensionSession): ExtensionClient {
  let opened: Promise<BrowserPage> | undefined;
  const page = () => (opened ??= session.openExtensionPage('options.html'));
  return {
    page,
    async background(type, data) {
      const p = await page();
      return p.evaluate(
        async (message) => {
          const g = globalThis as unknown as { browser?: WebExtGlobal; chrome?: WebExtGlobal };
          const api = (g.browser ?? g.chrome) as WebExtGlobal;
          const reply: unknown = await api.runtime.sendMessage(message).catch((error: unknown) => ({ ok: false, error: String(error) }));
          // Copied as plain JSON: an object the reply holds twice (one document behind many
          // passages) would otherwise reach Node from Firefox's WebDriver BiDi as a bare handle.
          return JSON.parse(JSON.stringify(reply ?? null)) as unknown;
        },
        envelope<BackgroundProtocol, typeof type>(type, data),
      ) as never;
    },
    async tab(url, type, data) {
      const p = await page();
      return p.evaluate(
        async ({ url, message }) => {
          const g = globalThis as unknown as { browser?: WebExtGlobal; chrome?: WebExtGlobal };
          const api = (g.browser ?? g.chrome) as WebExtGlobal;
          const tabs = await api.tabs.query({});
          const tab = tabs.find((t) => t.url === url);
          if (tab?.id === undefined) return { ok: false, error: `no tab at ${url}` };
          // No receiver yet (the content script is still starting) is an answer, not a crash.
          const reply: unknown = await api.tabs.sendMessage(tab.id, message).catch((error: unknown) => ({ ok: false, error: String(error) }));
          return JSON.parse(JSON.stringify(reply ?? null)) as unknown;
        },
        { url, message: envelope<ContentProtocol, typeof type>(type, data) },
      ) as never;
    },
    async tabId(url) {
      const p = await page();
      const id = await p.evaluate(async (u) => {
        const g = globalThis as unknown as { browser?: WebExtGlobal; chrome?: WebExtGlobal };
        const tabs = await (g.browser ?? g.chrome)?.tabs.query({});
        return tabs?.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab at ${url}`);
      return id;
    },
    async setSettings(settings) {
      const p = await page();
      const items = { [SETTINGS_AREA_KEY]: sanitizeSettings(settings), [SETTINGS_META_KEY]: { v: SETTINGS_VERSION } };
      await p.evaluate(async (value) => {
        const g = globalThis as unknown as { browser?: WebExtGlobal; chrome?: WebExtGlobal };
        await (g.browser ?? g.chrome)?.storage.local.set(value);
      }, items);
    },
    async stored(key) {
      const p = await page();
      return p.evaluate(async (k) => {
        const g = globalThis as unknown as { browser?: WebExtGlobal; chrome?: WebExtGlobal };
        return k in ((await (g.browser ?? g.chrome)?.storage.local.get(k)) ?? {});
      }, key);
    },
    async storedSettings() {
      const p = await page();
      return p.evaluate(async (key) => {
        const g = globalThis as unknown as { browser?: WebExtGlobal; chrome?: WebExtGlobal };
        const got = (await (g.browser ?? g.chrome)?.storage.local.get(key)) ?? {};
        return (got[key] ?? {}) as Record<string, unknown>;
      }, SETTINGS_AREA_KEY);
    },
    async close() {
      if (opened) await (await opened).close().catch(() => undefined);
    },
  };
}
