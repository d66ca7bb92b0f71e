import type { BrowserPage } from './page';
import type { BrowserName } from './paths';

export interface LaunchOptions {
  extensionDir: string;
  headless: boolean;
  /** The colour scheme pages see (default light). */
  colorScheme?: 'light' | 'dark';
  /** Extra Firefox preferences (the benchmark's precise timers, a short background idle time). */
  firefoxPrefs?: Record<string, unknown>;
  /** Extra Chromium command-line flags (a recording proxy, in the zero-network test). */
  chromiumArgs?: string[];
  /**
   * The browser's UI language as a BCP 47 tag (`ar`, `de`), which picks the extension's
   * `_locales` catalogue. Firefox needs the language pack installed (Debian: firefox-esr-l10n-ar).
   */
  locale?: string;
}

export interface OpenPageOptions {
  initScript?: string;
}

/** A browser with the built extension installed. */
export interface ExtensionSession {
  readonly browserName: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  /**
   * Opens a new tab at `url` and waits for DOMContentLoaded. `initScript` runs in the page's main
   * world before any of its own scripts (e.g. to record mutations from the very start).
   */
  openPage(url: string, options?: OpenPageOptions): Promise<BrowserPage>;
  /** Opens one of the extension's own pages (e.g. `popup.html`) in a new tab. */
  openExtensionPage(path: string): Promise<BrowserPage>;
  /** Resolves when the browser goes away (the user closed the window, or `close()`). */
  readonly closed: Promise<void>;
  close(): Promise<void>;
  /**
   * Chromium only: runs `fn` in the extension's service worker (the current one, started if
   * needed). Firefox's event page is not reachable from WebDriver BiDi.
   */
  evaluateInBackground?<R>(fn: () => R | Promise<R>): Promise<R>;
}
