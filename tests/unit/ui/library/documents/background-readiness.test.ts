/** While a preview waits, the library keeps the background ready: told at once, then on a beat, until it stops. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepBackgroundReady, READY_EVERY_MS } from '@/lib/ui/library/documents/background-readiness';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('keepBackgroundReady', () => {
  it('tells at once and every interval until aborted, below Firefox\'s 30 s idle time', () => {
    expect(READY_EVERY_MS).toBeLessThan(30_000);
    const send = vi.fn(async () => undefined);
    const waiting = new AbortController();
    keepBackgroundReady(waiting.signal, send, 1000);
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2500);
    expect(send).toHaveBeenCalledTimes(3);
    waiting.abort();
    vi.advanceTimersByTime(5000);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('does nothing once aborted, and a failed send is not thrown', async () => {
    const aborted = new AbortController();
    aborted.abort();
    const never = vi.fn();
    keepBackgroundReady(aborted.signal, never, 1000);
    vi.advanceTimersByTime(5000);
    expect(never).not.toHaveBeenCalled();
    const failing = vi.fn(() => Promise.reject(new Error('no receiver')));
    const waiting = new AbortController();
    keepBackgroundReady(waiting.signal, failing, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(failing).toHaveBeenCalledTimes(2);
    waiting.abort();
  });
});
