/**
 * Tells the background how many mentions the page has, for the toolbar badge: only when the
 * number changes, and at most once per `intervalMs` (a live page may rescan many times a second;
 * the last count always goes out). The count is taken when it is sent, not at every rescan, and
 * only once the page is idle: counting asks the browser whether each block with a mention is
 * shown (read/navigation.ts `isShown`), and in the middle of a page load that is a style pass of
 * the whole document forced early, which the page's own next pass partly repeats (about 10 ms of
 * a page's main thread in Chromium's trace of rferl-en). Once the page has rendered it is cheap.
 */
export interface PageCount {
  /** Mentions on the page now (the ones it shows: what the popup's "On this page" counts). */
  count: number;
  /** Whether Backstory is on for the page's site. */
  active: boolean;
}

/** Runs `run` when the page's main thread is next idle (or after `timeout` ms at the latest). */
export type WhenIdle = (run: () => void) => void;

const IDLE_TIMEOUT_MS = 1000;

export const whenIdle: WhenIdle = (run) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
};

export class CountReporter {
  #sent = '';
  /** A send is on its way (waiting for its interval or for the page to be idle). */
  #scheduled = false;
  #pending: (() => PageCount) | null = null;
  #latest: (() => PageCount) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastSentAt = -Infinity;

  readonly #send: (count: PageCount) => void;
  readonly #signal: AbortSignal;
  readonly #now: () => number;
  readonly #intervalMs: number;
  readonly #whenIdle: WhenIdle;

  constructor(
    send: (count: PageCount) => void,
    signal: AbortSignal,
    intervalMs = 500,
    now: () => number = () => performance.now(),
    idle: WhenIdle = whenIdle,
  ) {
    this.#send = send;
    this.#signal = signal;
    this.#now = now;
    this.#intervalMs = intervalMs;
    this.#whenIdle = idle;
    signal.addEventListener('abort', () => clearTimeout(this.#timer), { once: true });
  }

  report(count: () => PageCount): void {
    if (this.#signal.aborted) return;
    this.#pending = this.#latest = count;
    if (this.#scheduled) return;
    this.#scheduled = true;
    const wait = this.#lastSentAt + this.#intervalMs - this.#now();
    const flushWhenIdle = () => this.#whenIdle(() => this.#flush());
    if (wait <= 0) flushWhenIdle();
    else this.#timer = setTimeout(flushWhenIdle, wait);
  }

  /** Sends the count again even if unchanged (the browser reset the badge: a page restored from the back-forward cache). */
  resend(): void {
    this.#sent = '';
    if (this.#latest) this.report(this.#latest);
  }

  #flush(): void {
    this.#timer = undefined;
    this.#scheduled = false;
    const read = this.#pending;
    this.#pending = null;
    if (!read || this.#signal.aborted) return;
    const count = read();
    const key = `${count.active}:${count.count}`;
    if (key === this.#sent) return;
    this.#sent = key;
    this.#lastSentAt = this.#now();
    this.#send(count);
  }
}
