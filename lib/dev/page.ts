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
  mouse: {
    move(x: number, y: number): Promise<void>;
    click(x: number, y: number): Promise<void>;
    /** Turns the real mouse wheel by (dx, dy) pixels where the pointer is. */
    wheel(dx: number, dy: number): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  /**
   * A person's click: scrolls the first element matching `selector` (in the document or in an
   * open shadow root) into view and presses the real mouse at its centre. Throws when nothing
   * matches or the element has no box (hidden), so a test cannot click what a user could not.
   */
  click(selector: string): Promise<void>;
  /** Moves the real mouse to the centre of the first element matching `selector`. */
  hover(selector: string): Promise<void>;
  /** Clicks into the field (focus, caret at its end), selects what it holds and types `text` over it. */
  fill(selector: string, text: string): Promise<void>;
  /** Picks files in an `<input type="file">` as the browser's file chooser would. */
  chooseFiles(selector: string, paths: string[]): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Makes this the active tab (background tabs get no animation frames). */
  bringToFront(): Promise<void>;
  /** Console errors and uncaught exceptions seen on this page since it opened. */
  readonly errors: string[];
  close(): Promise<void>;
}

export const DEFAULT_WAIT_MS = 15_000;

/** Where a click on an element lands, and whether it would reach that element. */
export interface ClickPoint {
  x: number;
  y: number;
  /** The element on top at that point is the target, inside it, or in the same label. */
  receives: boolean;
  /** What is on top there instead (for the failure message). */
  onTop: string;
}

/**
 * Runs in the page (serialised, so self-contained): the centre of the first element matching
 * `selector`, searched in the document and then in every open shadow root, after scrolling it
 * into view and letting a frame pass (so layout has settled), and whether a click there reaches
 * it — as a person's click would only if nothing covers it; null when there is none or it has no
 * box.
 */
export async function elementCentre(selector: string): Promise<ClickPoint | null> {
  const find = (root: Document | ShadowRoot): Element | null => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  const el = find(document);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'center' });
  // One frame (or 100 ms in a background tab, which gets none) for layout to follow the scroll.
  await new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return null;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const root = el.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint(x, y);
  const label = (e: Element | null) => e?.closest('label') ?? null;
  const receives = !!top && (top === el || el.contains(top) || (label(top) !== null && label(top) === label(el)));
  return { x, y, receives, onTop: top ? `<${top.tagName.toLowerCase()}${top.id ? `#${top.id}` : ''}${top.className && typeof top.className === 'string' ? `.${top.className.split(' ').join('.')}` : ''}>` : 'nothing' };
}

/** How long a click waits for its target to be uncovered and still. */
const CLICKABLE_WAIT_MS = 5_000;

/**
 * The centre of `selector` once a click there reaches it (waiting while something covers it or
 * the layout moves it), or a readable failure naming the selector.
 */
export async function centreOf(page: Pick<BrowserPage, 'evaluate'>, selector: string): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + CLICKABLE_WAIT_MS;
  for (;;) {
    const at = await page.evaluate(elementCentre, selector);
    if (!at) throw new Error(`nothing visible matches ${selector} on ${(page as BrowserPage).url?.() ?? 'the page'}`);
    if (at.receives) {
      // Still there a moment later: the layout is not moving it under the pointer.
      const again = await page.evaluate(elementCentre, selector);
      if (again?.receives && Math.abs(again.x - at.x) < 1 && Math.abs(again.y - at.y) < 1) return again;
    }
    if (Date.now() > deadline) throw new Error(`${selector} cannot be clicked: ${at.onTop} is on top of its centre`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Select-all for the platform the browser runs on (tests run on Linux). */
export const SELECT_ALL = 'Control+a';
