/**
 * Keeps Backstory's highlights registered on pages that clear `CSS.highlights` or empty our
 * highlights (a site's own find-in-page, a framework resetting the registry). Nothing polls:
 * a check is asked for after things that can come with such a change — our own rescans, scroll,
 * resize, visibility, input and pointer movement — and runs once on the next frame, however many
 * were asked for. A check is a handful of map look-ups. Pointer movement and scrolling fire many
 * times a second: they ask at most once per `FREQUENT_EVENT_MS`, so moving the mouse over a page
 * does not wake us every frame.
 *
 * A page that removes them again and again gets them back a few times at once, then less and less
 * often (the wait doubles up to `MAX_BACKOFF_MS`): its loop never becomes ours. And after
 * `WINDOW_RESTORES` restores within `WINDOW_MS` it gives up for the rest of that window: a page
 * clearing the registry in a loop for an hour costs at most that many restores a minute, and
 * once the page stops, the highlights come back at the end of the window by themselves.
 * Diagnostics say how often this happened and how long the current wait is.
 */
export interface Repairable {
  intact(): boolean;
  repair(): void;
}

export interface GuardReport {
  /** How many times our highlights were put back. */
  restores: number;
  /** The wait imposed before the next restore (0 while restores are free). */
  backoffMs: number;
}

export interface GuardOptions {
  /** Restores allowed back to back before backing off. */
  freeRestores?: number;
  firstBackoffMs?: number;
  maxBackoffMs?: number;
  /** At most this many restores within `windowMs`. */
  windowRestores?: number;
  windowMs?: number;
  now?: () => number;
  /** Schedules a check for the next frame (requestAnimationFrame in a page). */
  nextFrame?: (run: () => void) => void;
  onReport?: (report: GuardReport) => void;
}

export const FREE_RESTORES = 3;
export const FIRST_BACKOFF_MS = 250;
export const MAX_BACKOFF_MS = 8_000;
export const WINDOW_RESTORES = 10;
export const WINDOW_MS = 60_000;
/** Pointer movement and scrolling ask for a check at most this often. */
export const FREQUENT_EVENT_MS = 500;
const FREQUENT_EVENTS = ['pointermove', 'scroll'];
const OTHER_EVENTS = ['resize', 'pointerdown', 'keyup', 'input', 'focus'];

export class HighlightGuard {
  #pending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #restores = 0;
  #lastRestoreAt = -Infinity;
  /** When pointer movement or scrolling last asked for a check. */
  #lastFrequentAt = -Infinity;
  /** When the latest restores happened (at most `#windowRestores` of them, oldest first). */
  readonly #recent: number[] = [];
  readonly #windowRestores: number;
  readonly #windowMs: number;
  readonly #free: number;
  readonly #first: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #nextFrame: (run: () => void) => void;

  readonly #target: Repairable;
  readonly #signal: AbortSignal;
  readonly #options: GuardOptions;

  constructor(
    target: Repairable,
    signal: AbortSignal,
    options: GuardOptions = {},
  ) {
    this.#target = target;
    this.#signal = signal;
    this.#options = options;
    this.#free = options.freeRestores ?? FREE_RESTORES;
    this.#first = options.firstBackoffMs ?? FIRST_BACKOFF_MS;
    this.#max = options.maxBackoffMs ?? MAX_BACKOFF_MS;
    this.#windowRestores = options.windowRestores ?? WINDOW_RESTORES;
    this.#windowMs = options.windowMs ?? WINDOW_MS;
    this.#now = options.now ?? (() => performance.now());
    this.#nextFrame = options.nextFrame ?? ((run) => void requestAnimationFrame(run));
    signal.addEventListener('abort', () => clearTimeout(this.#timer), { once: true });
  }

  /** Asks for a check on the next frame (calls in between are folded into it). */
  request(): void {
    if (this.#pending || this.#signal.aborted) return;
    this.#pending = true;
    this.#nextFrame(() => {
      this.#pending = false;
      this.check();
    });
  }

  /** The wait before the next restore may happen, after `restores` of them. */
  backoff(): number {
    if (this.#restores < this.#free) return 0;
    return Math.min(this.#max, this.#first * 2 ** (this.#restores - this.#free));
  }

  /** How long from now until the next restore is allowed (back-off and window both). */
  #waitMs(): number {
    const now = this.#now();
    const backoff = this.#lastRestoreAt + this.backoff() - now;
    const oldest = this.#recent[0];
    const window = this.#recent.length >= this.#windowRestores && oldest !== undefined ? oldest + this.#windowMs - now : 0;
    return Math.max(backoff, window);
  }

  /** Checks now; repairs if allowed, else comes back when it is. */
  check(): void {
    if (this.#signal.aborted || this.#target.intact()) return;
    const wait = this.#waitMs();
    if (wait > 0) {
      if (this.#timer === undefined) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.check();
        }, wait);
      }
      return;
    }
    this.#target.repair();
    this.#restores++;
    this.#lastRestoreAt = this.#now();
    this.#recent.push(this.#lastRestoreAt);
    if (this.#recent.length > this.#windowRestores) this.#recent.shift();
    this.#options.onReport?.({ restores: this.#restores, backoffMs: Math.max(this.backoff(), this.#waitMs()) });
    // Looked at once more on the next frame: a page that removes them again is met by the wait
    // above (one timer), so this chain costs one check per restore, not one per frame.
    this.request();
  }

  /** Asks for a check after any of the events that may come with a page clearing the registry. */
  watch(win: Window): void {
    const opts = { capture: true, passive: true, signal: this.#signal } as const;
    const request = () => this.request();
    const frequent = () => {
      const now = this.#now();
      if (now - this.#lastFrequentAt < FREQUENT_EVENT_MS) return;
      this.#lastFrequentAt = now;
      this.request();
    };
    for (const type of FREQUENT_EVENTS) win.addEventListener(type, frequent, opts);
    for (const type of OTHER_EVENTS) win.addEventListener(type, request, opts);
    win.document.addEventListener('visibilitychange', request, opts);
  }
}
