/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) with the build installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi (no geckodriver).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { centreOf, DEFAULT_WAIT_MS, SELECT_ALL, type BrowserPage } from './page';
import type { ExtensionSession, LaunchOptions, OpenPageOptions } from './session-types';
import { bidiShadowReader, registerShadowReader } from './closed-shadow';
import { GECKO_ID } from '../build/ids';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned so moz-extension:// URLs are known before the add-on is installed. */
export const EXTENSION_UUID = '7b2d9c4e-5a1f-4e8b-9c3d-2f6a8e1b0c47';

/**
 * Every request that is not for 127.0.0.1 goes to a proxy on a closed local port and fails there:
 * Firefox's own background services cannot reach the network either.
 */
export const FIREFOX_PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

interface BidiFrameInternals {
  browsingContext: {
    navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
    setViewport(options: { viewport: { width: number; height: number } | null; devicePixelRatio: number | null }): Promise<void>;
  };
}

/** Presses a key or a chord written as Playwright does ("Control+A", "Shift+Tab"). */
async function press(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop();
  if (!key) return;
  for (const modifier of keys) await page.keyboard.down(modifier);
  try {
    await page.keyboard.press(key);
  } finally {
    for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
  }
}

/**
 * `fn(arg)` run in the page every 50 ms until it gives a truthy value, which is returned (a DOM
 * node as `true`: it cannot leave the page). Puppeteer's waitForFunction builds its poller in the
 * page with `Function()`, which Firefox ESR 140 refuses in a page whose CSP forbids eval (every
 * extension page); an expression evaluated by WebDriver BiDi itself is not the page's eval. A
 * poll that fails (the page navigating meanwhile) is tried again; the last failure is in the
 * timeout's message.
 */
async function pollPage(page: Page, fn: (arg: unknown) => unknown, arg: unknown, timeoutMs: number): Promise<unknown> {
  const expression = `(async () => {
    const value = await (${fn.toString()})(${arg === undefined ? 'undefined' : JSON.stringify(arg)});
    return typeof Node !== 'undefined' && value instanceof Node ? true : value;
  })()`;
  const deadline = Date.now() + timeoutMs;
  let failure: unknown = null;
  for (;;) {
    try {
      const value: unknown = await page.evaluate(expression);
      if (value) return value;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for a condition in the page${failure ? ` (last failure: ${String(failure)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
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
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    evaluateSource: (source) => page.evaluate(source),
    waitFor: (fn, arg, timeoutMs = DEFAULT_WAIT_MS) => pollPage(page, fn as (arg: unknown) => unknown, arg, timeoutMs) as never,
    mouse: {
      move: (x, y) => page.mouse.move(x, y),
      click: (x, y) => page.mouse.click(x, y),
      wheel: (dx, dy) => page.mouse.wheel({ deltaX: dx, deltaY: dy }),
      down: () => page.mouse.down(),
      up: () => page.mouse.up(),
    },
    keyboard: { press: (key) => press(page, key), type: (text) => page.keyboard.type(text) },
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
      await press(page, SELECT_ALL);
      if (text === '') await press(page, 'Delete');
      else await page.keyboard.type(text);
    },
    async chooseFiles(selector, paths) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no file input matches ${selector}`);
      await (input as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    // BiDi's own command: Puppeteer's setViewport also overrides the screen orientation, a
    // command Firefox ESR 140 does not know.
    setViewport: (width, height) => (page.mainFrame() as unknown as BidiFrameInternals).browsingContext.setViewport({ viewport: { width, height }, devicePixelRatio: null }),
    errors,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
  registerShadowReader(wrapped, bidiShadowReader(page));
  return wrapped;
}

/**
 * Firefox's extensions follow its own UI language, which `intl.locale.requested` can only set to
 * a language it has: the language pack, which Debian installs next to the browser.
 */
function localePrefs(locale: string | undefined): Record<string, unknown> {
  if (!locale || locale.startsWith('en')) return {};
  const language = locale.split('-')[0] ?? locale;
  const pack = join(dirname(realpathSync(FIREFOX_PATH)), 'browser', 'extensions', `langpack-${language}@firefox-esr.mozilla.org.xpi`);
  if (!existsSync(pack)) throw new Error(`Firefox has no ${language} language pack (${pack}): apt-get install firefox-esr-l10n-${language}`);
  return { 'intl.locale.requested': locale };
}

export async function launchFirefox(options: LaunchOptions): Promise<ExtensionSession> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless,
    // Lets WebDriver BiDi open and script moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...options.firefoxPrefs,
      ...localePrefs(options.locale),
    },
    defaultViewport: options.headless ? { width: 1280, height: 900 } : null,
  });
  try {
    // An empty extensionDir: the same browser with no extension (the benchmark's baseline).
    if (options.extensionDir !== '') await browser.installExtension(options.extensionDir);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
  const openPage = async (url: string, options: OpenPageOptions = {}): Promise<BrowserPage> => {
    const page = await browser.newPage();
    const wrapped = wrap(page);
    if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
    if (url.startsWith('moz-extension:')) {
      // Extension documents send no load events over BiDi: navigate, then wait for a body.
      const frame = page.mainFrame() as unknown as BidiFrameInternals;
      await frame.browsingContext.navigate(url, 'interactive');
      await pollPage(page, () => document.readyState !== 'loading', undefined, DEFAULT_WAIT_MS);
    } else {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    }
    // Background tabs get no animation frames or intersection updates: tests read the front one.
    await page.bringToFront();
    return wrapped;
  };
  return {
    browserName: 'firefox',
    extensionOrigin: origin,
    closed,
    openPage,
    openExtensionPage: (path) => openPage(`${origin}/${path}`),
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
