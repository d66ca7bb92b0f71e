/**
 * Tells the background how many mentions the page has, for the toolbar badge: only when the
 * number changes, and at most once per `intervalMs` (a live page may rescan many times a second;
 * the last count always goes out). The count is taken when it is sent, not at every rescan.
 */
export interface PageCount {
  /** Mentions on the page now (the ones it shows: what the popup's "On this page" counts). */
  count: number;
  /** Whether Backstory is on for the page's site. */
  active: boolean;
}

export class CountReporter {
  #sent = '';
  #pending: (() => PageCount) | null = null;
  #latest: (() => PageCount) | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastSentAt = -Infinity;

  readonly #send: (count: PageCount) => void;
  readonly #signal: AbortSignal;
  readonly #now: () => number;
  readonly #intervalMs: number;

  constructor(
    send: (count: PageCount) => void,
    signal: AbortSignal,
    intervalMs = 500,
    now: () => number = () => performance.now(),
  ) {
    this.#send = send;
    this.#signal = signal;
    this.#now = now;
    this.#intervalMs = intervalMs;
    signal.addEventListener('abort', () => clearTimeout(this.#timer), { once: true });
  }

  report(count: () => PageCount): void {
    if (this.#signal.aborted) return;
    this.#pending = this.#latest = count;
    if (this.#timer !== undefined) return;
    const wait = this.#lastSentAt + this.#intervalMs - this.#now();
    if (wait <= 0) this.#flush();
    else this.#timer = setTimeout(() => this.#flush(), wait);
  }

  /** Sends the count again even if unchanged (the browser reset the badge: a page restored from the back-forward cache). */
  resend(): void {
    this.#sent = '';
    if (this.#latest) this.report(this.#latest);
  }

  #flush(): void {
    this.#timer = undefined;
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
