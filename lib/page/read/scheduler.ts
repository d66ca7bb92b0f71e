/**
 * Cooperative time slicing: long work runs in slices of a few milliseconds and yields the main
 * thread between them, so no task of ours comes near the 50 ms long-task threshold.
 */
export const SLICE_BUDGET_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Yields to the event loop: `scheduler.yield()` where it exists, else a message-channel turn. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface SliceOptions {
  budgetMs?: number;
  now?: () => number;
  /** Told how long each slice ran (diagnostics). */
  onSlice?: ((ms: number) => void) | undefined;
}

/**
 * Feeds `items` to `work` in slices of `budgetMs`, yielding between slices. Stops early (without
 * throwing) when `signal` aborts. Returns whether every item was processed.
 */
export async function runSliced<T>(
  items: Iterable<T>,
  work: (item: T) => void,
  signal: AbortSignal,
  { budgetMs = SLICE_BUDGET_MS, now = () => performance.now(), onSlice }: SliceOptions = {},
): Promise<boolean> {
  let sliceStart = now();
  for (const item of items) {
    if (signal.aborted) break;
    work(item);
    const elapsed = now() - sliceStart;
    if (elapsed >= budgetMs) {
      onSlice?.(elapsed);
      await yieldToMain();
      sliceStart = now();
    }
  }
  onSlice?.(now() - sliceStart);
  return !signal.aborted;
}
