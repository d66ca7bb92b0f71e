/**
 * A browser with the built extension for the benchmark: the e2e harness's launch, plus what
 * measuring needs — Firefox with precise timers (it rounds `performance.now()` to 1 ms by
 * default) and a short background idle time (to measure a cold background), helpers to switch
 * Backstory on and off, read the content script's diagnostics, and run code in the content
 * script's world.
 */
import { execFileSync } from 'node:child_process';
import { launchChromium, CHROMIUM_PATH, withCdp } from '../../../lib/dev/chromium';
import { extensionClient, type ExtensionClient } from '../../../lib/dev/extension-client';
import { FIREFOX_PATH, launchFirefox } from '../../../lib/dev/firefox';
import type { BrowserPage } from '../../../lib/dev/page';
import { BUILD_DIRS, type BrowserName } from '../../../lib/dev/paths';
import type { ExtensionSession } from '../../../lib/dev/session-types';
import { until } from '../../../lib/dev/until';
import { PACKED_MATCHER_STORAGE_KEY } from '../../../lib/entities/storage-keys';
import type { PageDiagnostics } from '../../../lib/page/diagnostics';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

/**
 * tsx compiles the benchmark with esbuild's keepNames, which wraps named functions in
 * `__name(fn, "name")`: functions sent to a page to run there need that helper in the page.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Firefox unloads an idle MV3 background after this long (default 30 s). */
export const FIREFOX_IDLE_MS = 3000;

export interface BenchBrowser {
  name: BrowserName;
  version: string;
  session: ExtensionSession;
  ext: ExtensionClient;
  close(): Promise<void>;
}

function browserVersion(name: BrowserName): string {
  const path = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `${name} (version unknown)`;
  }
}

/** `extensionDir`: another build to measure (`npm run bench:compare` loads an older one). */
export async function launchBench(name: BrowserName, extensionDir: string = BUILD_DIRS[name]): Promise<BenchBrowser> {
  const options = {
    extensionDir,
    headless: true,
    firefoxPrefs: {
      'privacy.reduceTimerPrecision': false,
      'extensions.background.idle.timeout': FIREFOX_IDLE_MS,
    },
  };
  const session = name === 'chromium' ? await launchChromium(options) : await launchFirefox(options);
  const ext = extensionClient(session);
  await (await ext.page()).evaluateSource(NAME_SHIM);
  // The first page after an install asks the background for the compiled matcher; later ones
  // find it in storage. Measure the steady state: wait until it is stored.
  await until(() => ext.stored(PACKED_MATCHER_STORAGE_KEY), (found) => found, { timeoutMs: 30_000, what: 'the packed matcher in storage' });
  return {
    name,
    version: browserVersion(name),
    session,
    ext,
    async close() {
      await ext.close();
      await session.close();
    },
  };
}

/** Backstory on (the defaults) or off everywhere; waits until storage has it. */
export async function setBackstory(browser: BenchBrowser, on: boolean): Promise<void> {
  await browser.ext.setSettings({ ...DEFAULT_SETTINGS, enabled: on });
}

export async function diagnostics(browser: BenchBrowser, url: string): Promise<PageDiagnostics | null> {
  const reply = await browser.ext.tab(url, 'diagnostics', null);
  return reply.ok ? reply.value : null;
}

/** Waits until the content script on `url` answers with diagnostics that `accept` takes. */
export async function diagnosticsWhen(
  browser: BenchBrowser,
  url: string,
  accept: (d: PageDiagnostics) => boolean,
  what: string,
  timeoutMs = 120_000,
): Promise<PageDiagnostics> {
  const found = await until(() => diagnostics(browser, url), (d) => d !== null && accept(d), { timeoutMs, intervalMs: 50, what });
  if (!found) throw new Error(`no diagnostics from ${url}`);
  return found;
}

/** Waits until the content script on `url` has finished its first full scan. */
export function scanned(browser: BenchBrowser, url: string): Promise<PageDiagnostics> {
  return diagnosticsWhen(browser, url, (d) => d.lastFullScan?.complete === true, `the first scan of ${url}`);
}

/** What the floor pass read: every text node's data under <body>. */
export interface Floor {
  ms: number;
  textNodes: number;
  /** UTF-8 bytes of all that text (counted after the timed pass). */
  bytes: number;
}

/**
 * (a) The floor, a bare TreeWalker pass that reads every text node's data, run in the content
 * script's world of the tab showing `url`: scripting.executeScript from an extension page runs
 * in the extension's isolated world in Chromium and its sandbox in Firefox, with the same DOM
 * access costs as the content script (Firefox's Xray wrappers included).
 */
export async function floorInContentWorld(browser: BenchBrowser, url: string): Promise<Floor> {
  const tabId = await browser.ext.tabId(url);
  const page = await browser.ext.page();
  const result = await page.evaluate(async (id) => {
    interface Api {
      scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
    }
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome) as Api;
    const [injection] = await api.scripting.executeScript({
      target: { tabId: id },
      // Serialised by the browser and run in the tab: self-contained.
      func: () => {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let textNodes = 0;
        let chars = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          textNodes++;
          chars += (node as Text).data.length;
        }
        const ms = performance.now() - start;
        let bytes = 0;
        const encoder = new TextEncoder();
        const again = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = again.nextNode(); node; node = again.nextNode()) bytes += encoder.encode((node as Text).data).length;
        return { ms, textNodes, bytes, chars };
      },
    });
    return injection?.result;
  }, tabId);
  if (!result) throw new Error(`the floor pass did not run on ${url}`);
  return result as Floor;
}

/** Opens `url` in a new tab and brings it to the front (frames are only painted there). */
export async function open(browser: BenchBrowser, url: string, initScript?: string): Promise<BrowserPage> {
  const page = await browser.session.openPage(url, { initScript: `${NAME_SHIM}\n${initScript ?? ''}` });
  return page;
}

/** Waits for a content script answer on a freshly opened page (it may still be starting). */
export async function contentReady(browser: BenchBrowser, url: string): Promise<void> {
  await diagnosticsWhen(browser, url, () => true, `the content script on ${url}`, 30_000);
}

/** Stops the extension's background, so that the next message has to start it. */
export async function stopBackground(browser: BenchBrowser): Promise<string> {
  if (browser.name === 'chromium') {
    await withCdp(await browser.ext.page(), async (cdp) => {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    });
    return 'service worker stopped (DevTools ServiceWorker.stopAllWorkers)';
  }
  await new Promise((resolve) => setTimeout(resolve, FIREFOX_IDLE_MS * 2));
  return `background idle for ${(FIREFOX_IDLE_MS * 2) / 1000} s (idle timeout ${FIREFOX_IDLE_MS / 1000} s)`;
}
