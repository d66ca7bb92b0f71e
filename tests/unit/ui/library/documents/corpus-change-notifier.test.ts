/** The library tells the background of changes at most once a second, and never drops the last one. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corpusChangeNotifier } from '@/lib/ui/library/documents/corpus-change-notifier';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('corpusChangeNotifier', () => {
  it('tells the first change at once, a burst once per interval, and the last one always', () => {
    const send = vi.fn();
    const notifier = corpusChangeNotifier(send, 1000, () => Date.now());
    notifier.changed();
    expect(send).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(100);
      notifier.changed();
    }
    // 2 s of changes every 100 ms: told at 0, 1000 and 2000 ms.
    expect(send).toHaveBeenCalledTimes(3);
    notifier.changed();
    expect(send).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(1000);
    expect(send).toHaveBeenCalledTimes(4);
    vi.advanceTimersByTime(5000);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('flushes at once, and a change waiting is not told twice', () => {
    const send = vi.fn();
    const notifier = corpusChangeNotifier(send, 1000, () => Date.now());
    notifier.changed();
    notifier.changed();
    notifier.flush();
    expect(send).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(2000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
