/**
 * One page, whichever browser drives it. Playwright (Chromium) and Puppeteer (Firefox over
 * WebDriver BiDi) differ in argument order and handles; tests only see this interface.
 */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

export interface BrowserPage {
  url(): string;
  /** Runs `fn` in the page's main world with one serialisable argument. */
  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /**
   * Evaluates a whole script in the page's main world (a bundle, for tools such as the
   * benchmark), as the browser's developer tools would: the page's CSP does not apply.
   */
  evaluateSource(source: string): Promise<unknown>;
  /** Polls `fn` in the page until it returns a truthy value, and resolves with that value. */
  waitFor<R, A = undefined>(fn: PageFunction<A, R>, arg?: A, timeoutMs?: number): Promise<R>;
  mouse: { move(x: number, y: number): Promise<void>; click(x: number, y: number): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the active tab (background tabs get no animation frames). */
  bringToFront(): Promise<void>;
  /** Console errors and uncaught exceptions seen on this page since it opened. */
  readonly errors: string[];
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 15_000;
