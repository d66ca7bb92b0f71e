/**
 * Second stages injected early. Where a frame's rough text (lib/page/stage/rough-read.ts) may
 * hold a mention, the background starts injecting the second stage at once and answers; the
 * frame reads its blocks meanwhile, and its ask about them (`early`) takes the injection here
 * and answers with it (lib/background/gate-text.ts). The injection's round trip then overlaps
 * the frame's reading instead of following it. On the fixture pages every rough pass was
 * followed by blocks that may hold a mention: the injection is almost never in vain.
 */
import type { FrameSender } from './page-injection';

/** Injections kept at most, waiting to be taken: a frame that stops before its blocks' ask leaves one. */
export const EARLY_LIMIT = 64;

const keyOf = (sender: FrameSender): string | null => (sender.tab?.id === undefined ? null : `${sender.tab.id}:${sender.frameId ?? 0}`);

export class EarlyInjections {
  /** Each frame's injection (whether it ran), in the order they began. */
  readonly #started = new Map<string, Promise<boolean>>();

  constructor(private readonly limit = EARLY_LIMIT) {}

  /**
   * Starts `inject` for the sender's frame and keeps it until the frame's next ask takes it (a
   * newer one replaces it: the frame asked about a new page). False when the sender is no frame.
   */
  start(sender: FrameSender, inject: () => Promise<void>): boolean {
    const key = keyOf(sender);
    if (key === null) return false;
    this.#started.delete(key);
    this.#started.set(key, inject().then(() => true, () => false));
    // The oldest is let go: its frame is gone, or will ask for its second stage itself.
    for (const oldest of this.#started.keys()) {
      if (this.#started.size <= this.limit) break;
      this.#started.delete(oldest);
    }
    return true;
  }

  /** The sender's injection (once): whether it ran. Null when there is none to take. */
  take(sender: FrameSender): Promise<boolean> | null {
    const key = keyOf(sender);
    const started = key === null ? undefined : this.#started.get(key);
    if (key === null || !started) return null;
    this.#started.delete(key);
    return started;
  }
}
