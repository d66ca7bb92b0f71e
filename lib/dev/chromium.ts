/** Chromium (Debian's /usr/bin/chromium) with the unpacked build loaded, driven by playwright-core. */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { centreOf, DEFAULT_WAIT_MS, SELECT_ALL, type BrowserPage } from './page';
import type { ExtensionSession, LaunchOptions, OpenPageOptions } from './session-types';
import { cdpShadowReader, registerShadowReader } from './closed-shadow';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network and away from every non-local host. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

const playwrightPages = new WeakMap<BrowserPage, Page>();

/** Runs `use` with a DevTools session on a Chromium `BrowserPage`, detached afterwards. */
export async function withCdp<T>(page: BrowserPage, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const pw = playwrightPages.get(page);
  if (!pw) throw new Error('not a Chromium page');
  const cdp = await pw.context().newCDPSession(pw);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach();
  }
}

function wrap(page: Page): BrowserPage {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  const wrapped: BrowserPage = {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn, arg as never),
    evaluateSource: (source) => page.evaluate(source),
    async waitFor(fn, arg, timeoutMs = DEFAULT_WAIT_MS) {
      const handle = await page.waitForFunction(fn, arg as never, { timeout: timeoutMs, polling: 50 });
      return (await handle.jsonValue()) as never;
    },
    mouse: {
      move: (x, y) => page.mouse.move(x, y),
      click: (x, y) => page.mouse.click(x, y),
      wheel: (dx, dy) => page.mouse.wheel(dx, dy),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
    },
    keyboard: { press: (key) => page.keyboard.press(key), type: (text) => page.keyboard.type(text) },
    async click(selector) {
      const at = await centreOf(wrapped, selector);
      await page.mouse.click(at.x, at.y);
    },
    async hover(selector) {
      const at = await centreOf(wrapped, selector);
      await page.mouse.move(at.x, at.y);
    },
    async fill(selector, text) {
      await wrapped.click(selector);
      await page.keyboard.press(SELECT_ALL);
      // Typing nothing over a selection would leave it: a person presses Delete instead.
      if (text === '') await page.keyboard.press('Delete');
      else await page.keyboard.type(text);
    },
    chooseFiles: (selector, paths) => page.setInputFiles(selector, paths),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    errors,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  playwrightPages.set(wrapped, page);
  registerShadowReader(wrapped, cdpShadowReader((use) => withCdp(wrapped, use)));
  return wrapped;
}

/**
 * Chromium with the extension at `options.extensionDir` loaded, or — with an empty
 * `extensionDir` — the same browser with no extension at all (the benchmark's baseline).
 */
export async function launchChromium(options: LaunchOptions): Promise<ExtensionSession> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const bare = options.extensionDir === '';
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: options.headless,
      args: [
        ...(bare ? chromiumArgs('').filter((a) => !a.includes('extension')) : chromiumArgs(options.extensionDir)),
        ...(options.chromiumArgs ?? []),
        ...(options.locale ? [`--lang=${options.locale}`] : []),
      ],
      // Chromium on Linux takes its UI language from LANGUAGE as much as from --lang.
      ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale.replace('-', '_') }, locale: options.locale } : {}),
      viewport: options.headless ? { width: 1280, height: 900 } : null,
      colorScheme: options.colorScheme ?? 'light',
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  try {
    const worker = bare ? null : (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
    const origin = worker ? `chrome-extension://${new URL(worker.url()).host}` : '';
    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    const openPage = async (url: string, options: OpenPageOptions = {}): Promise<BrowserPage> => {
      const page = await context.newPage();
      const wrapped = wrap(page);
      if (options.initScript) await page.addInitScript(options.initScript);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      // Background tabs get no animation frames or intersection updates: tests read the front one.
      await page.bringToFront();
      return wrapped;
    };
    return {
      browserName: 'chromium',
      extensionOrigin: origin,
      closed,
      openPage,
      openExtensionPage: (path) => openPage(`${origin}/${path}`),
      async evaluateInBackground(fn) {
        const current = context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? (await context.waitForEvent('serviceworker'));
        return current.evaluate(fn);
      },
      async close() {
        await context.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
